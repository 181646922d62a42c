//! Git, as factdesk uses it: finding the repository, its merge-driver settings, and (for the UI) status, diff and
//! log. factdesk never commits: it runs the `git` program the journalist has, as lazygit does, and says nothing
//! when there is no git or no repository.

pub mod driver;
pub mod init;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The merge driver's name in `.gitattributes` and `.git/config` (`merge.factdesk.*`).
pub const DRIVER_NAME: &str = "factdesk";
/// What git runs for a `claims.yaml` merge: `%O` base, `%A` ours (the result is written here), `%B` theirs,
/// `%P` the path in the repository.
pub const DRIVER_COMMAND: &str = "factdesk merge-driver %O %A %B %P";
/// The driver's human name (`merge.factdesk.name`).
pub const DRIVER_DESCRIPTION: &str = "factdesk: three-way merge of claims.yaml, claim by claim and field by field";

/// Why a git command could not be run or failed.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot run git: {0} (install git, or use factdesk without it)")]
    Spawn(#[from] std::io::Error),
    #[error("`git {args}` failed: {stderr}")]
    Failed { args: String, stderr: String },
}

/// Runs `git -C dir args…` with no terminal prompts and returns its standard output.
pub fn run(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .stdin(Stdio::null())
        .output()?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(GitError::Failed { args: args.join(" "), stderr: String::from_utf8_lossy(&out.stderr).trim().to_string() })
    }
}

/// The top folder of the git repository holding `dir`, or `None` (no repository, or no git).
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    let out = run(dir, &["rev-parse", "--show-toplevel"]).ok()?;
    let s = String::from_utf8(out).ok()?;
    let s = s.trim_end_matches(['\n', '\r']);
    (!s.is_empty()).then(|| PathBuf::from(s))
}

/// A setting of the repository holding `dir` (`None` when unset, or no repository).
pub fn config_get(dir: &Path, key: &str) -> Option<String> {
    let out = run(dir, &["config", "--get", key]).ok()?;
    Some(String::from_utf8_lossy(&out).trim_end_matches(['\n', '\r']).to_string())
}

/// Sets a setting in the repository's own `.git/config`.
pub fn config_set(dir: &Path, key: &str, value: &str) -> Result<(), GitError> {
    run(dir, &["config", "--local", key, value]).map(|_| ())
}
