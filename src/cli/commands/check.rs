//! `factdesk check`: validate every story (or the stories named) and print its diagnostics.

use crate::cache::check::{Report, Scope};
use crate::cli::output::fail;
use crate::store;
use crate::words::plural;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

/// `factdesk check [WORKSPACE] [PATH…] [--story S]…`.
pub fn check(workspace: &Path, stories: &[String], paths: &[PathBuf]) -> ExitCode {
    let scope = match scope(workspace, stories, paths) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match diagnostics(workspace, &scope) {
        Ok(report) => print(&report),
        Err(code) => code,
    }
}

/// The check's findings, sorted by file, line and column: what every output format prints.
pub fn diagnostics(workspace: &Path, scope: &Scope) -> Result<Report, ExitCode> {
    let mut report = crate::cache::check::check(workspace, scope).map_err(|d| {
        eprintln!("{d}");
        ExitCode::FAILURE
    })?;
    report.diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    Ok(report)
}

fn print(report: &Report) -> ExitCode {
    for d in &report.diagnostics {
        println!("{d}");
    }
    let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = report.diagnostics.len() - errors;
    eprintln!(
        "checked {}, {}: {}, {}",
        plural(report.stories, "story", "stories"),
        plural(report.claims, "claim", "claims"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Which stories `--story` and the paths name: every story when neither is given, or when the settings file is
/// among the paths (it changes every story's diagnostics).
fn scope(workspace: &Path, stories: &[String], paths: &[PathBuf]) -> Result<Scope, ExitCode> {
    if stories.is_empty() && paths.is_empty() {
        return Ok(Scope::All);
    }
    for s in stories {
        if crate::load::story_dirs_named(workspace, std::slice::from_ref(s)).is_ok_and(|d| d.is_empty()) {
            return Err(fail(&format!(
                "no story `{s}` in {}; run `factdesk list {}` to see the stories",
                workspace.display(),
                workspace.display()
            )));
        }
    }
    let mut slugs = stories.to_vec();
    for p in paths {
        match story_of(workspace, p) {
            Named::Story(s) => slugs.push(s),
            Named::Settings => return Ok(Scope::All),
            Named::Other => {}
            Named::Outside => {
                return Err(fail(&format!(
                    "{} is not in the workspace {}; pass story folders or files in them",
                    p.display(),
                    workspace.display()
                )));
            }
        }
    }
    Ok(Scope::Stories(slugs))
}

/// What a path on the command line stands for.
#[derive(Debug, PartialEq, Eq)]
enum Named {
    /// A story folder, or a file in one (it may be gone: a staged deletion).
    Story(String),
    /// The settings file.
    Settings,
    /// Something else in the workspace (a README): not a story.
    Other,
    /// Not in the workspace at all.
    Outside,
}

/// Which story folder of `workspace` the path `p` is in, comparing absolute paths without following links (a
/// staged deletion no longer exists).
fn story_of(workspace: &Path, p: &Path) -> Named {
    let abs = |x: &Path| std::path::absolute(x).map(|a| normal(&a)).ok();
    let (Some(root), Some(path)) = (abs(workspace), abs(p)) else { return Named::Outside };
    let Ok(rel) = path.strip_prefix(&root) else {
        // The same folder reached through a link (a checkout under a linked home): compare real paths.
        let real = |x: &Path| std::fs::canonicalize(x).ok();
        return match (real(workspace), p.parent().and_then(real)) {
            (Some(r), Some(parent)) if parent.join(p.file_name().unwrap_or_default()).starts_with(&r) => {
                story_of(&r, &parent.join(p.file_name().unwrap_or_default()))
            }
            _ => Named::Outside,
        };
    };
    let mut parts = rel.components();
    match (parts.next(), parts.next()) {
        (None, _) => Named::Settings,
        (Some(Component::Normal(n)), None) if n == store::CONFIG_FILE => Named::Settings,
        (Some(Component::Normal(n)), _) => {
            let dir = root.join(n);
            // A folder that holds a story file, or nothing at all (a story deleted, as a hook passes it).
            if store::is_story_candidate(&dir) || fs::symlink_metadata(&dir).is_err() {
                Named::Story(n.to_string_lossy().into_owned())
            } else {
                Named::Other
            }
        }
        _ => Named::Other,
    }
}

/// `a/./b/../c` as `a/c`, without looking at the disk.
fn normal(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_story_folders() {
        let t = tempfile::tempdir().unwrap();
        let ws = t.path().join("claims");
        std::fs::create_dir_all(ws.join("a-story")).unwrap();
        std::fs::write(ws.join("a-story").join(store::STORY_FILE), "").unwrap();
        std::fs::write(ws.join("README.md"), "").unwrap();
        assert_eq!(story_of(&ws, &ws.join("a-story/claims.yaml")), Named::Story("a-story".into()));
        assert_eq!(story_of(&ws, &ws.join("a-story/./article.txt")), Named::Story("a-story".into()));
        assert_eq!(story_of(&ws, &ws.join("a-story")), Named::Story("a-story".into()));
        assert_eq!(story_of(&ws, &ws.join("gone/claims.yaml")), Named::Story("gone".into()));
        assert_eq!(story_of(&ws, &ws.join(store::CONFIG_FILE)), Named::Settings);
        assert_eq!(story_of(&ws, &ws.join("README.md")), Named::Other);
        assert_eq!(story_of(&ws, &t.path().join("elsewhere.yaml")), Named::Outside);
        assert_eq!(story_of(&ws, &ws.join("a-story/../../x")), Named::Outside);
    }
}
