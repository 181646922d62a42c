//! `factdesk merge-driver %O %A %B %P`: git's merge-driver protocol for `claims.yaml`. The merged file is
//! written over `%A`; the exit code is 0 for a clean merge and 1 when conflict markers were left.

use crate::git::driver::merge_texts;
use crate::sanitize;
use crate::store;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments git passes (`merge.factdesk.driver = factdesk merge-driver %O %A %B %P`).
#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// %O: the common ancestor's version.
    pub base: PathBuf,
    /// %A: our version; the merged result is written here.
    pub ours: PathBuf,
    /// %B: their version.
    pub theirs: PathBuf,
    /// %P: the file's path in the repository, for messages.
    pub path: Option<PathBuf>,
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = store::read_user_file(path, store::MAX_YAML_BYTES).map_err(|d| d.to_string())?;
    store::decode_utf8(path, bytes, "the story file").map_err(|d| d.to_string())
}

/// Runs the driver.
pub fn run(a: MergeDriverArgs) -> ExitCode {
    let shown = a.path.clone().unwrap_or_else(|| a.ours.clone());
    let say = |msg: &str| {
        eprintln!("factdesk merge-driver: {}: {}", sanitize::line(&shown.display().to_string()), sanitize::line(msg))
    };
    let texts = (read(&a.base), read(&a.ours), read(&a.theirs));
    let (base, ours, theirs) = match texts {
        (Ok(b), Ok(o), Ok(t)) => (b, o, t),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            say(&e);
            return ExitCode::from(2);
        }
    };
    let (text, clean) = match merge_texts(&shown, &base, &ours, &theirs) {
        Ok(out) => {
            for n in &out.merged_notes {
                say(&format!("{n}: both sides' paragraphs kept"));
            }
            for c in &out.conflicts {
                say(&format!(
                    "conflict in {}: ours {:?}, theirs {:?}; keep one side between the markers, delete the marker lines, then `git add` the file",
                    c.place(),
                    crate::safety::merge::Conflict::show(&c.mine),
                    crate::safety::merge::Conflict::show(&c.theirs)
                ));
            }
            (out.text, out.conflicts.is_empty())
        }
        Err(e) => {
            // Not a story file factdesk can read on some side: merge it line by line, as git would.
            say(&format!("{e}; merged line by line instead"));
            match diffy::merge(&base, &ours, &theirs) {
                Ok(t) => (t, true),
                Err(t) => (t, false),
            }
        }
    };
    if let Err(e) = store::write_atomic(&a.ours, text.as_bytes()) {
        say(&format!("cannot write the merged file: {e}"));
        return ExitCode::from(2);
    }
    if clean { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
