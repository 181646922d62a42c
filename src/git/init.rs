//! `factdesk init`: what a new workspace needs to be shared through git (settings, `.gitignore`,
//! `.gitattributes`, the merge driver in `.git/config`), added where missing and never changed where present.

use crate::boundary::{self, CONFIG_FILE};
use crate::model::Organization;
use std::path::{Path, PathBuf};

/// The lines `.gitignore` needs: factdesk's own bookkeeping, which must never be committed.
pub const GITIGNORE_LINES: &[&str] = &[
    // The lock an open review UI holds on the workspace, each story's lock, and each session's lock.
    ".workspace.factdesk-lock",
    "*.factdesk-lock",
    // Recovery journals of unsaved edits (`factdesk recover` restores them).
    "*.factdesk-journal",
    // Temporary files of an atomic save.
    ".factdesk-*.tmp",
];
const GITIGNORE_HEADER: &str = "# factdesk's own bookkeeping, never to be committed: locks held by an open review UI, recovery \
journals of\n# unsaved edits (`factdesk recover` restores them), and temporary files of an atomic save.\n";

/// The `.gitattributes` line that sends every story file through factdesk's merge driver.
pub const GITATTRIBUTES_LINE: &str = "claims.yaml merge=factdesk";
const GITATTRIBUTES_HEADER: &str = "# Story files merge claim by claim and field by field through `factdesk merge-driver`\n\
# (registered in .git/config by `factdesk init`; without it git merges them line by line).\n";

/// What `init` did, file by file, for the command to print.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct InitReport {
    /// Files or settings created or extended, with what was added.
    pub added: Vec<String>,
    /// Files or settings already as they should be, left untouched.
    pub kept: Vec<String>,
    /// Things the journalist should know (a driver set to something else, no repository).
    pub notes: Vec<String>,
}

/// Why `init` could not finish.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0}")]
    Boundary(#[from] boundary::BoundaryError),
    #[error("{}: cannot create the folder: {err}; check the path and its permissions", .path.display())]
    CreateDir { path: PathBuf, err: std::io::Error },
    #[error("{}: cannot write: {err}; check the folder's permissions", .path.display())]
    Write { path: PathBuf, err: std::io::Error },
    #[error("{}: is not UTF-8 text; fix or remove it, then run `factdesk init` again", .0.display())]
    NotText(PathBuf),
    #[error("cannot register the merge driver in .git/config: {0}")]
    Git(#[from] super::GitError),
}

/// The settings file a new workspace starts with: the default verdict scale and evidence rules, and `org`.
pub fn config_text(org: &Organization) -> String {
    let scalar = |s: &str| serde_yaml::to_string(s).unwrap_or_else(|_| "''\n".into()).trim_end().to_string();
    let mut out = String::from(
        "# Workspace settings for factdesk, shared by everyone who works on this folder.\n\
         # See claims/README.md in factdesk's repository for every key.\n\n\
         # The verdict scale. `rating` is the ClaimReview ratingValue (1 = worst, 5 = best),\n\
         # or null for a verdict that is not a rating.\n",
    );
    let verdicts =
        serde_yaml::to_string(&serde_json::json!({ "verdicts": crate::model::default_scale() })).unwrap_or_default();
    out.push_str(&verdicts);
    out.push_str(
        "\n# Evidence rules, reported as warnings by `factdesk check` and in the UI.\nevidence:\n  \
         min_independent_sources: 2\n  duplicate_urls: true\n  require_accessed: true\n",
    );
    out.push_str("\n# Who publishes the fact-checks (for ClaimReview exports).\norganization:\n");
    out.push_str(&format!("  name: {}\n", scalar(&org.name)));
    out.push_str(&format!("  url: {}\n", scalar(&org.url)));
    out.push_str(&format!("  review_url: {}\n", scalar(&org.review_url)));
    out
}

/// Creates or completes the workspace at `dir`. `org` fills a new `factdesk.yaml`; an existing one is kept as it
/// is. Inside a git repository, registers the merge driver in its `.git/config` unless a driver of that name is
/// already set.
pub fn init(dir: &Path, org: &Organization) -> Result<InitReport, InitError> {
    let mut report = InitReport::default();
    if std::fs::symlink_metadata(dir).is_err() {
        std::fs::create_dir_all(dir).map_err(|e| InitError::CreateDir { path: dir.to_path_buf(), err: e })?;
        report.added.push(format!("{}/ (a new workspace)", dir.display()));
    }
    boundary::real_dir(dir)?;

    let config = dir.join(CONFIG_FILE);
    if read_text(&config)?.is_some() {
        report.kept.push(CONFIG_FILE.to_string());
    } else {
        write(&config, &config_text(org))?;
        report.added.push(format!("{CONFIG_FILE} (the default verdict scale and your organisation)"));
    }

    let ignore: Vec<String> = GITIGNORE_LINES.iter().map(|l| l.to_string()).collect();
    complete_lines(&dir.join(".gitignore"), GITIGNORE_HEADER, &ignore, &mut report)?;
    complete_lines(&dir.join(".gitattributes"), GITATTRIBUTES_HEADER, &[GITATTRIBUTES_LINE.to_string()], &mut report)?;

    match super::toplevel(dir) {
        None => report.notes.push(
            "not inside a git repository (or git is not installed): run `git init` and `factdesk init` again to \
             register the merge driver"
                .into(),
        ),
        Some(_) => {
            for (key, want) in [
                (format!("merge.{}.name", super::DRIVER_NAME), super::DRIVER_DESCRIPTION),
                (format!("merge.{}.driver", super::DRIVER_NAME), super::DRIVER_COMMAND),
            ] {
                match super::config_get(dir, &key) {
                    None => {
                        super::config_set(dir, &key, want)?;
                        report.added.push(format!(".git/config {key}"));
                    }
                    Some(v) if v == want => report.kept.push(format!(".git/config {key}")),
                    Some(v) => report.notes.push(format!(
                        ".git/config {key} is already `{v}`: left as it is (run `git config {key} \"{want}\"` to \
                         use factdesk's)"
                    )),
                }
            }
        }
    }
    Ok(report)
}

/// A workspace file's text, `None` when absent.
fn read_text(path: &Path) -> Result<Option<String>, InitError> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    let bytes = boundary::read_regular(path, 16 * 1024 * 1024)?;
    String::from_utf8(bytes).map(Some).map_err(|_| InitError::NotText(path.to_path_buf()))
}

fn write(path: &Path, text: &str) -> Result<(), InitError> {
    boundary::check_write_target(path)?;
    crate::store::write_atomic(path, text.as_bytes()).map_err(|e| InitError::Write { path: path.to_path_buf(), err: e })
}

/// Adds the `lines` a file is missing (after `header` in a new file); an existing line is never changed.
fn complete_lines(path: &Path, header: &str, lines: &[String], report: &mut InitReport) -> Result<(), InitError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let old = read_text(path)?;
    let have: Vec<&str> = old.as_deref().unwrap_or("").lines().map(str::trim).collect();
    let missing: Vec<&String> = lines.iter().filter(|l| !have.contains(&l.as_str())).collect();
    if missing.is_empty() {
        report.kept.push(name);
        return Ok(());
    }
    let mut text = old.clone().unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(if old.is_some() { "# Added by `factdesk init`:\n" } else { header });
    for l in &missing {
        text.push_str(l);
        text.push('\n');
    }
    write(path, &text)?;
    let what = missing.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ");
    report.added.push(format!("{name}: {what}"));
    Ok(())
}
