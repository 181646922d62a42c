//! What every command shares: the `--format` choice, `-q`/`-v`/`--color`, finding the workspace, error and load helpers, the "left out" report, claim JSON.

use crate::store::{self, Workspace};
use crate::words::plural;
use crate::{anchor, sanitize};
use clap::ValueEnum;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

/// Exit code 2: a usage error, or a file that could not be read or written (1 is for findings).
pub const USAGE_OR_IO: u8 = 2;

/// Says what went wrong on standard error and returns exit code 2 (usage or I/O).
pub fn fail(msg: &str) -> ExitCode {
    eprintln!("factdesk: {}", sanitize::line(msg));
    ExitCode::from(USAGE_OR_IO)
}

pub fn load(workspace: &Path) -> Result<Workspace, ExitCode> {
    crate::load::load_workspace(workspace).map_err(|d| {
        eprintln!("{d}");
        ExitCode::from(USAGE_OR_IO)
    })
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

static QUIET: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicBool = AtomicBool::new(false);
static COLOR: AtomicBool = AtomicBool::new(false);

/// Takes `-q`, `-v` and `--color` for the rest of the run.
pub fn set_options(g: &super::Global) {
    QUIET.store(g.quiet, Ordering::Relaxed);
    VERBOSE.store(g.verbose, Ordering::Relaxed);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    let color = match g.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => !no_color && !dumb && std::io::stdout().is_terminal(),
    };
    COLOR.store(color, Ordering::Relaxed);
}

/// Whether `-q` was given: summaries and notes on standard error are left out.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Whether `-v` was given.
pub fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

/// Whether standard output is coloured.
pub fn color() -> bool {
    COLOR.load(Ordering::Relaxed)
}

/// `text` in an ANSI colour (31 red, 33 yellow, 32 green…) when colour is on; as it is otherwise.
pub fn paint(code: u8, text: &str) -> String {
    if color() { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
}

/// The workspace a command works on: the positional argument, else `-w`, else the nearest folder from the
/// current one upward that holds `factdesk.yaml` (or is a story's parent, or holds `claims/`), else `claims`.
pub fn workspace(positional: Option<PathBuf>, global: Option<&Path>) -> PathBuf {
    let (ws, how) = match (positional, global) {
        (Some(p), _) => (p, "given"),
        (None, Some(g)) => (g.to_path_buf(), "given with -w"),
        (None, None) => match std::env::current_dir().ok().and_then(|cwd| find_workspace(&cwd)) {
            Some(found) => (found, "found from the current folder"),
            None => (PathBuf::from("claims"), "the default"),
        },
    };
    if verbose() {
        eprintln!("factdesk: workspace {} ({how})", sanitize::line(&ws.display().to_string()));
    }
    ws
}

/// Walks up from `start` as git does for its repository: the first folder holding `factdesk.yaml`, the parent
/// of a story folder (one holding `claims.yaml`), or a folder's `claims/` workspace.
pub fn find_workspace(start: &Path) -> Option<PathBuf> {
    for dir in start.ancestors() {
        if dir.join(crate::boundary::CONFIG_FILE).is_file() {
            return Some(dir.to_path_buf());
        }
        if dir.join(crate::boundary::STORY_FILE).is_file() {
            return dir.parent().map(Path::to_path_buf);
        }
        let claims = dir.join("claims");
        if claims.is_dir() {
            return Some(claims);
        }
    }
    None
}

/// Edit distance in characters, counting a swap of two neighbours as one edit (`lsit` is 1 from `list`), for
/// "did you mean".
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// A listing leaves out stories that could not be read (a refused link or FIFO, a broken file): says so on standard
/// error and fails, so a script does not take the output as whole. `SUCCESS` when every story was read.
/// A settings file that could not be read (a link, a FIFO, bad YAML) is said too: the listing then used the
/// default verdict scale.
pub fn left_out(ws: &Workspace) -> ExitCode {
    left_out_of(ws, &ws.unreadable())
}

/// [`left_out`] with the unreadable stories' problems given: a streamed listing holds no stories to ask.
pub fn left_out_of(ws: &Workspace, unreadable: &[&crate::diag::Diagnostic]) -> ExitCode {
    for d in unreadable {
        eprintln!("{d}");
    }
    let config = ws.root.join(store::CONFIG_FILE);
    let settings: Vec<_> = ws.errors_in(&config).collect();
    for d in &settings {
        eprintln!("{d}");
    }
    if !settings.is_empty() {
        eprintln!("the settings file could not be read: the default verdicts were used (see `factdesk check`)");
    }
    if !unreadable.is_empty() {
        eprintln!("{} left out: fix the file (see `factdesk check`)", plural(unreadable.len(), "story", "stories"));
    }
    if unreadable.is_empty() && settings.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// A claim as JSON, with its story's slug and its anchor.
pub fn claim_json(story: &store::Story, i: usize) -> serde_json::Value {
    let c = &story.file.claims[i];
    let mut v = serde_json::to_value(c).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("story".into(), story.slug.clone().into());
        let orphaned = story.anchors.get(i).is_none_or(anchor::Anchor::is_orphaned);
        obj.insert("orphaned".into(), orphaned.into());
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        assert_eq!(edit_distance("lsit", "list"), 1);
        assert_eq!(edit_distance("lsit", "init"), 2);
        assert_eq!(edit_distance("chek", "check"), 1);
        assert_eq!(edit_distance("", "ab"), 2);
    }

    #[test]
    fn the_workspace_is_found_from_a_story_folder_and_from_a_repository() {
        let t = tempfile::tempdir().unwrap();
        let ws = t.path().join("claims");
        std::fs::create_dir_all(ws.join("s")).unwrap();
        std::fs::write(ws.join("s/claims.yaml"), "").unwrap();
        assert_eq!(find_workspace(&ws.join("s")), Some(ws.clone()), "a story's parent, without factdesk.yaml");
        assert_eq!(find_workspace(t.path()), Some(ws.clone()), "a repository's claims/");
        std::fs::write(ws.join("factdesk.yaml"), "").unwrap();
        std::fs::create_dir_all(ws.join("s/deeper")).unwrap();
        assert_eq!(find_workspace(&ws.join("s/deeper")), Some(ws.clone()));
    }
}
