//! Unsaved edits left in recovery journals: listed, restored or discarded without the UI (`factdesk recover`, printed
//! by `cli::commands::recover`).

use crate::safety::journal;
use crate::sanitize;
use crate::store;
use std::path::Path;

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

/// What `factdesk recover` did: the lines to print (sanitized), and how many journals listed there could not be read
/// (the command then fails).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Recovered {
    pub lines: Vec<String>,
    pub unreadable: usize,
}

impl From<Vec<String>> for Recovered {
    fn from(lines: Vec<String>) -> Recovered {
        Recovered { lines, unreadable: 0 }
    }
}

/// Does the work of `factdesk recover`; what to print, or an error message.
///
/// Only orphaned journals (their copy ended without saving) are restored or discarded; a running copy's journal
/// is listed as such and left to it. A story can have several orphans (two copies crashed): each is listed, and
/// `--restore` merges them all, oldest first. A journal whose `claims.yaml` is gone writes the story back.
pub fn recover(workspace: &Path, action: Action) -> Result<Recovered, String> {
    let found = journal::find_journals(workspace);
    let ws = crate::load::load_workspace(workspace).map_err(|d| d.to_string())?;
    let name = |f: &journal::Found| {
        sanitize::line(&f.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
    };
    match action {
        Action::List => {
            if found.is_empty() {
                return Ok(vec!["no unsaved edits to recover".to_string()].into());
            }
            let (mut out, mut unreadable) = (Vec::new(), 0);
            for f in &found {
                let slug = sanitize::line(&f.slug);
                if f.live {
                    let pid = f.pid().map(|p| format!(", pid {p},")).unwrap_or_default();
                    out.push(format!(
                        "story `{slug}`: another copy of factdesk{pid} is editing it (its journal {})",
                        name(f)
                    ));
                    continue;
                }
                if let Some(host) = &f.elsewhere {
                    out.push(format!(
                        "story `{slug}`: a journal ({}) of a copy of factdesk on host {}: it may still be running \
                         there; once it has ended, restore or discard it here",
                        name(f),
                        sanitize::line(host)
                    ));
                }
                match (&f.journal, ws.story(&f.slug)) {
                    (Ok(j), Some(story)) => {
                        out.push(format!(
                            "story `{slug}`: unsaved edits from {} ({})",
                            sanitize::line(&j.written_at),
                            name(f)
                        ));
                        out.extend(journal::summarize(j, story).lines().into_iter().map(|l| format!("  {l}")));
                        out.push(format!(
                            "  restore: factdesk recover --restore {slug}   discard: factdesk recover --discard {slug}"
                        ));
                    }
                    (Err(d), _) => {
                        unreadable += 1;
                        out.push(format!("story `{slug}`: journal cannot be read: {d}"))
                    }
                    (Ok(j), None) if story_file_gone(&f.dir) => {
                        out.push(format!(
                            "story `{slug}`: unsaved edits from {} ({}), and its claims.yaml is gone: \
                             restoring writes the story back",
                            sanitize::line(&j.written_at),
                            name(f)
                        ));
                        out.extend(j.drafts.iter().map(|d| format!("  {d}")));
                        out.push(format!(
                            "  restore: factdesk recover --restore {slug}   discard: factdesk recover --discard {slug}"
                        ));
                    }
                    (Ok(_), None) => out.push(format!(
                        "story `{slug}`: journal found, but the story does not load (see `factdesk check`)"
                    )),
                }
            }
            Ok(Recovered { lines: out, unreadable })
        }
        Action::Discard(slug) => {
            let mine = orphans_of(&found, &slug)?;
            for f in &mine {
                journal::remove(&f.path).map_err(|e| format!("{}: cannot remove: {e}", f.path.display()))?;
            }
            let count = if mine.len() > 1 { format!(" ({} journals)", mine.len()) } else { String::new() };
            Ok(vec![format!("discarded the unsaved edits of `{}`{count}", sanitize::line(&slug))].into())
        }
        Action::Restore(slug) => {
            let mine = orphans_of(&found, &slug)?;
            let readable: Vec<(&journal::Found, &journal::Journal)> =
                mine.iter().filter_map(|f| f.journal.as_ref().ok().map(|j| (*f, j))).collect();
            let unreadable: Vec<String> =
                mine.iter().filter_map(|f| f.journal.as_ref().err().map(|d| d.to_string())).collect();
            if readable.is_empty() {
                return Err(unreadable.join("; "));
            }
            let mut ws = ws;
            let drafts: Vec<journal::Draft> = readable.iter().flat_map(|(_, j)| j.drafts.clone()).collect();
            let mut out = match ws.story_mut(&slug) {
                Some(story) => restore_into(story, &slug, &readable)?,
                None if story_file_gone(&readable[0].0.dir) => write_back(&readable[0].0.dir, &slug, &readable)?,
                None => return Err(format!("story `{slug}` does not load; run `factdesk check`")),
            };
            // The edits are saved: the journals have done their job.
            for (f, _) in &readable {
                journal::remove(&f.path).map_err(|e| format!("restored, but {} stays: {e}", f.path.display()))?;
            }
            if !drafts.is_empty() {
                // Forms typed but never submitted are not claims yet: shown here, and kept for the UI to reopen.
                out.extend(drafts.iter().map(|d| format!("  {d}")));
                let story = crate::load::load_workspace(workspace).ok().and_then(|w| w.story(&slug).cloned());
                if let Some(story) = story {
                    let kept = journal::Journal {
                        version: journal::JOURNAL_VERSION,
                        written_at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
                        base_hash: story.disk_hash.clone(),
                        base: story.file.clone(),
                        unsaved: story.file.clone(),
                        drafts,
                    };
                    let path = journal::session_journal_path(&story.dir, &format!("0-recovered{}", std::process::id()));
                    match journal::write_journal(&path, &kept) {
                        Ok(()) => {
                            out.push("  the form(s) reopen with what was typed at the next start of factdesk".into())
                        }
                        Err(e) => {
                            out.push(format!("  could not keep the form(s) for factdesk ({e}): copy them from here"))
                        }
                    }
                }
            }
            let count = unreadable.len();
            for u in unreadable {
                out.push(format!("note: left alone, unreadable: {}", sanitize::line(&u)));
            }
            Ok(Recovered { lines: out, unreadable: count })
        }
    }
}

/// Whether story folder `dir` has lost its `claims.yaml` (deleted, or never committed), while a journal is there.
fn story_file_gone(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(store::STORY_FILE)).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
}

/// The orphaned journals of story `slug`; an error when it has none.
fn orphans_of<'a>(found: &'a [journal::Found], slug: &str) -> Result<Vec<&'a journal::Found>, String> {
    let mine: Vec<&journal::Found> = found.iter().filter(|f| f.slug == slug && !f.live).collect();
    if mine.is_empty() {
        return Err(match found.iter().find(|f| f.slug == slug) {
            Some(f) => format!(
                "story `{slug}`: its journal belongs to a copy of factdesk that is running{}; save or quit it there",
                f.pid().map(|p| format!(" (pid {p})")).unwrap_or_default()
            ),
            None => format!("no journal for story `{slug}`"),
        });
    }
    Ok(mine)
}

/// Restores `journals` into a story that loads, one after another, and saves it; nothing changes on a collision.
fn restore_into(
    story: &mut store::Story,
    slug: &str,
    journals: &[(&journal::Found, &journal::Journal)],
) -> Result<Vec<String>, String> {
    let mut changes = Vec::new();
    for (_, j) in journals {
        changes.extend(journal::summarize(j, story).changes);
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
    }
    let warning = store::save_plan(story).ok().and_then(|p| p.warning);
    store::save_story(story).map_err(|e| e.to_string())?;
    let mut out = vec![format!("restored into {}:", sanitize::line(&story.path().display().to_string()))];
    out.extend(changes.iter().map(|c| format!("  {c}")));
    if let Some(w) = warning {
        out.push(format!("note: {}", sanitize::line(&w)));
    }
    Ok(out)
}

/// Writes a story whose `claims.yaml` is gone back from its journals (the first one's edits, the others merged in).
fn write_back(
    dir: &Path,
    slug: &str,
    journals: &[(&journal::Found, &journal::Journal)],
) -> Result<Vec<String>, String> {
    let mut file = journals[0].1.unsaved.clone();
    for (_, j) in &journals[1..] {
        let m = crate::safety::merge::merge(&j.base, &j.unsaved, &file).map_err(|e| e.to_string())?;
        if !m.conflicts.is_empty() {
            return Err(format!(
                "story `{slug}`: its journals collide in {} place(s); nothing was written. Restore them one at a \
                 time: move all but one journal away, restore, then open factdesk",
                m.conflicts.len()
            ));
        }
        file = m.result().map_err(|e| e.to_string())?;
    }
    let path = dir.join(store::STORY_FILE);
    let text = crate::splice::plan("", &file).map_err(|why| format!("{}: {why}", path.display()))?.text;
    if !story_file_gone(dir) {
        return Err(format!("{}: appeared meanwhile; run the command again", path.display()));
    }
    store::write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(vec![format!(
        "{} was gone: wrote the story back from its journal ({} claims)",
        sanitize::line(&path.display().to_string()),
        file.claims.len()
    )])
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
        let mut story = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        let base = story.file.clone();
        story.file.claims[0].notes = "\u{1b}]0;evil\u{7}note".into();
        journal::write(&story, &base).unwrap();
        (t, story)
    }

    #[test]
    fn lists_restores_and_discards() {
        let (t, story) = setup();
        let lines = recover(t.path(), Action::List).unwrap().lines;
        assert!(lines[0].starts_with("story `s`: unsaved edits from"), "{lines:?}");
        assert!(lines[1].contains("claim `a`, notes: (none) -> ␛]0;evil␇note"), "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains('\u{1b}')));
        let out = recover(t.path(), Action::Restore("s".into())).unwrap().lines;
        assert!(out[0].starts_with("restored into"), "{out:?}");
        let text = fs::read_to_string(story.path()).unwrap();
        assert!(text.starts_with("# kept\n") && text.contains("notes:"), "{text}");
        assert!(!journal::journal_path(&story.dir).exists());
        assert_eq!(recover(t.path(), Action::List).unwrap().lines, ["no unsaved edits to recover"]);
        assert!(recover(t.path(), Action::Discard("s".into())).unwrap_err().contains("no journal"));
    }

    #[test]
    fn a_journal_whose_story_file_is_gone_writes_the_story_back() {
        let (t, story) = setup();
        fs::remove_file(story.path()).unwrap();
        let lines = recover(t.path(), Action::List).unwrap().lines;
        assert!(lines[0].contains("its claims.yaml is gone"), "{lines:?}");
        let out = recover(t.path(), Action::Restore("s".into())).unwrap().lines;
        assert!(out[0].contains("wrote the story back"), "{out:?}");
        let back = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        assert_eq!(back.file, story.file);
        assert!(journal::orphans(t.path()).is_empty());
    }

    #[test]
    fn several_orphans_are_restored_together_and_a_live_copys_journal_is_left_alone() {
        let (t, story) = setup();
        let base = crate::load::load_workspace(t.path()).unwrap().stories.remove(0).file;
        let mut other = story.clone();
        other.file = base.clone();
        other.file.claims[0].verdict = "accurate".into();
        journal::write_session(&other, &base, "9-other", &[]).unwrap();
        let live = journal::Session::start(t.path()).unwrap();
        let mut running = story.clone();
        running.file = base.clone();
        running.file.claims[0].tags = vec!["live".into()];
        let live_path = journal::write_session(&running, &base, live.id(), &[]).unwrap();
        let lines = recover(t.path(), Action::List).unwrap().lines;
        assert!(lines.iter().any(|l| l.contains("another copy of factdesk") && l.contains("is editing")), "{lines:?}");
        recover(t.path(), Action::Restore("s".into())).unwrap();
        let back = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        assert_eq!(back.file.claims[0].verdict, "accurate");
        assert!(back.file.claims[0].notes.ends_with("note"), "both orphans' edits are in");
        assert!(back.file.claims[0].tags.is_empty(), "the running copy's edits stay its own");
        assert!(live_path.exists());
        let e = recover(t.path(), Action::Discard("s".into())).unwrap_err();
        assert!(e.contains("running"), "{e}");
        assert!(live_path.exists());
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
