//! `factdesk fmt`: rewrite story files in the canonical layout, keeping hand-written comments unless forced.

use crate::cli::output::{fail, load};
use crate::sanitize;
use crate::store;
use crate::words::plural;
use std::path::Path;
use std::process::ExitCode;

pub fn fmt(workspace: &Path, force: bool) -> ExitCode {
    use crate::safety::lock;
    // Hold the workspace lock while rewriting, so an open review UI is never written under.
    let _lock = match lock::acquire(workspace) {
        Ok(lock::LockOutcome::Acquired(l)) | Ok(lock::LockOutcome::TookOverStale { lock: l, .. }) => Some(l),
        Ok(lock::LockOutcome::HeldBy(info)) => {
            return fail(&format!(
                "{}: another factdesk has this workspace open ({info}); save and quit it first, then run fmt again; \
                 nothing was rewritten",
                workspace.display()
            ));
        }
        // A read-only or missing folder: the load below says what is wrong.
        Err(_) => None,
    };
    let ws = match load(workspace) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    if let Some(d) = ws.diagnostics.iter().find(|d| d.is_error()) {
        eprintln!("{d}");
        return fail("fix the errors above first; nothing was rewritten");
    }
    let mut kept = Vec::new();
    for story in &ws.stories {
        // Checked: the text must read back as the same story, or the file is left alone.
        let text = match crate::splice::plan("", &story.file) {
            Ok(plan) => plan.text,
            Err(why) => return fail(&format!("{}: {why}; nothing was rewritten", story.path().display())),
        };
        let old = match story.text() {
            Ok(old) => old,
            Err(store::SaveError::ChangedOnDisk(_)) => {
                return fail(&format!(
                    "{}: changed on disk while fmt ran; it was left alone. Run fmt again",
                    story.path().display()
                ));
            }
            Err(e) => return fail(&e.to_string()),
        };
        if text == old {
            continue;
        }
        let lost = crate::splice::comment_lines(&old).saturating_sub(crate::splice::comment_lines(&text));
        if lost > 0 && !force {
            // The canonical layout has no place for comments: a journalist's `# Bora is on it` would go silently.
            kept.push(format!(
                "{}: left alone: rewriting it would drop {}; move them into notes, or run `factdesk fmt --force`",
                sanitize::line(&story.path().display().to_string()),
                plural(lost, "comment", "comments")
            ));
            continue;
        }
        // Like every save: refused if the file changed since it was read.
        if store::read_limited(&story.path(), store::MAX_YAML_BYTES).map(|b| store::hash(&b)).ok().as_deref()
            != Some(story.disk_hash.as_str())
        {
            return fail(&format!(
                "{}: changed on disk while fmt ran; it was left alone. Run fmt again",
                story.path().display()
            ));
        }
        if let Err(e) = store::write_atomic(&story.path(), text.as_bytes()) {
            return fail(&format!("{}: {e}", story.path().display()));
        }
        println!("rewrote {}", sanitize::line(&story.path().display().to_string()));
    }
    for k in &kept {
        eprintln!("{k}");
    }
    if kept.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
