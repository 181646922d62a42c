//! `factdesk recover`: lists unsaved edits left in recovery journals, and restores or discards them without the UI.

use crate::safety::journal;
use crate::sanitize;
use crate::store;
use std::path::Path;
use std::process::ExitCode;

/// What to do with the journals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show every journal and what restoring it would change.
    List,
    /// Restore the story's journal into its `claims.yaml` (saved losslessly), then remove the journal.
    Restore(String),
    /// Delete the story's journal, dropping its edits.
    Discard(String),
}

impl Action {
    /// From the command line's `--restore` / `--discard` (clap makes them exclusive).
    pub fn from_flags(restore: Option<String>, discard: Option<String>) -> Action {
        match (restore, discard) {
            (Some(s), _) => Action::Restore(s),
            (None, Some(s)) => Action::Discard(s),
            (None, None) => Action::List,
        }
    }
}

/// Runs `factdesk recover`, printing to stdout/stderr; returns the exit code.
pub fn run(workspace: &Path, action: Action) -> ExitCode {
    match recover(workspace, action) {
        Ok(lines) => {
            for l in lines {
                println!("{l}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("factdesk: {}", sanitize::line(&e));
            ExitCode::FAILURE
        }
    }
}

/// Does the work of [`run`]; the lines to print (sanitized) or an error message.
pub fn recover(workspace: &Path, action: Action) -> Result<Vec<String>, String> {
    let found = journal::find_journals(workspace);
    let ws = store::load_workspace(workspace).map_err(|d| d.to_string())?;
    match action {
        Action::List => {
            if found.is_empty() {
                return Ok(vec!["no unsaved edits to recover".into()]);
            }
            let mut out = Vec::new();
            for f in &found {
                let slug = sanitize::line(&f.slug);
                match (&f.journal, ws.story(&f.slug)) {
                    (Ok(j), Some(story)) => {
                        out.push(format!("story `{slug}`: unsaved edits from {}", sanitize::line(&j.written_at)));
                        out.extend(journal::summarize(j, story).lines().into_iter().map(|l| format!("  {l}")));
                        out.push(format!(
                            "  restore: factdesk recover --restore {slug}   discard: factdesk recover --discard {slug}"
                        ));
                    }
                    (Err(d), _) => out.push(format!("story `{slug}`: journal cannot be read: {d}")),
                    (Ok(_), None) => out.push(format!(
                        "story `{slug}`: journal found, but the story does not load (see `factdesk check`)"
                    )),
                }
            }
            Ok(out)
        }
        Action::Discard(slug) => {
            let f = found.iter().find(|f| f.slug == slug).ok_or_else(|| format!("no journal for story `{slug}`"))?;
            journal::discard(&f.dir).map_err(|e| format!("{}: cannot remove: {e}", f.path.display()))?;
            Ok(vec![format!("discarded the unsaved edits of `{}`", sanitize::line(&slug))])
        }
        Action::Restore(slug) => {
            let f = found.iter().find(|f| f.slug == slug).ok_or_else(|| format!("no journal for story `{slug}`"))?;
            let j = f.journal.as_ref().map_err(|d| d.to_string())?;
            let mut ws = ws;
            let story =
                ws.story_mut(&slug).ok_or_else(|| format!("story `{slug}` does not load; run `factdesk check`"))?;
            let summary = journal::summarize(j, story);
            let merge = journal::restore(j, story).map_err(|e| e.to_string())?;
            if let Some(m) = merge.filter(|m| !m.conflicts.is_empty()) {
                let mut msg = format!(
                    "story `{slug}` changed on disk since these edits, and {} of them collide; nothing was changed. \
                     Open the story in factdesk to choose for each:",
                    m.conflicts.len()
                );
                for c in &m.conflicts {
                    msg.push_str(&format!("\n  {c}"));
                }
                return Err(msg);
            }
            let warning = store::save_plan(story).ok().and_then(|p| p.warning);
            store::save_story(story).map_err(|e| e.to_string())?;
            // The edits are saved: the journal has done its job.
            journal::discard(&story.dir).map_err(|e| format!("restored, but the journal stays: {e}"))?;
            let mut out = vec![format!("restored into {}:", sanitize::line(&story.path().display().to_string()))];
            out.extend(summary.changes.iter().map(|c| format!("  {c}")));
            if let Some(w) = warning {
                out.push(format!("note: {}", sanitize::line(&w)));
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn setup() -> (tempfile::TempDir, store::Story) {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("s");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(store::STORY_FILE), "# kept\nstory:\n  title: T\nclaims:\n- id: a\n  text: x\n").unwrap();
        fs::write(dir.join("article.txt"), "x").unwrap();
        let mut story = store::load_workspace(t.path()).unwrap().stories.remove(0);
        let base = story.file.clone();
        story.file.claims[0].notes = "\u{1b}]0;evil\u{7}note".into();
        journal::write(&story, &base).unwrap();
        (t, story)
    }

    #[test]
    fn lists_restores_and_discards() {
        let (t, story) = setup();
        let lines = recover(t.path(), Action::List).unwrap();
        assert!(lines[0].starts_with("story `s`: unsaved edits from"), "{lines:?}");
        assert!(lines[1].contains("claim `a`, notes: (none) -> ␛]0;evil␇note"), "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains('\u{1b}')));
        let out = recover(t.path(), Action::Restore("s".into())).unwrap();
        assert!(out[0].starts_with("restored into"), "{out:?}");
        let text = fs::read_to_string(story.path()).unwrap();
        assert!(text.starts_with("# kept\n") && text.contains("notes:"), "{text}");
        assert!(!journal::journal_path(&story.dir).exists());
        assert_eq!(recover(t.path(), Action::List).unwrap(), ["no unsaved edits to recover"]);
        assert!(recover(t.path(), Action::Discard("s".into())).unwrap_err().contains("no journal"));
    }

    #[test]
    fn colliding_restore_changes_nothing() {
        let (t, story) = setup();
        let theirs = "story:\n  title: T\nclaims:\n- id: a\n  text: x\n  notes: theirs\n";
        fs::write(story.path(), theirs).unwrap();
        let e = recover(t.path(), Action::Restore("s".into())).unwrap_err();
        assert!(e.contains("1 of them collide") && e.contains("notes"), "{e}");
        assert_eq!(fs::read_to_string(story.path()).unwrap(), theirs);
        assert!(journal::journal_path(&story.dir).exists());
        recover(t.path(), Action::Discard("s".into())).unwrap();
        assert!(!journal::journal_path(&story.dir).exists());
    }
}
