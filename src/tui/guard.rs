//! Keeping unsaved work safe while the UI runs: the workspace lock, the watcher, recovery journals and signals.

use super::app::{Action, App, Offer, update};
use crate::safety::{journal, lock, watch};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// The runner's guard over the workspace. Dropping it releases the lock.
pub struct Guard {
    _lock: Option<lock::WorkspaceLock>,
    watcher: Option<watch::WorkspaceWatcher>,
    clock: journal::JournalClock,
    seen_edits: u64,
    signals: Option<Arc<AtomicBool>>,
    /// False when another live copy holds the workspace: its journals are its own.
    journaling: bool,
}

impl Guard {
    /// Starts watching the workspace for changes on disk. Call it before the stories load, and hand the
    /// result to [`Guard::start`]: a story changed while the others were still loading is then reloaded too.
    pub fn watch(root: &std::path::Path) -> Result<watch::WorkspaceWatcher, String> {
        watch::WorkspaceWatcher::start(root, watch::DEBOUNCE).map_err(|e| e.to_string())
    }

    /// Takes the workspace lock (or says who holds it), takes over the watcher, and offers any recovery
    /// journals.
    pub fn start(app: &mut App, watcher: Result<watch::WorkspaceWatcher, String>) -> Guard {
        let root = app.ws.root.clone();
        let mut notes = Vec::new();
        let mut journaling = true;
        let lock = match lock::acquire(&root) {
            Ok(lock::LockOutcome::HeldBy(info)) => {
                // Its recovery journals are its own: neither offered here nor overwritten.
                journaling = false;
                notes.push(format!(
                    "another factdesk has this workspace open ({info}): no recovery journal here, save often; \
                     saves never overwrite its changes"
                ));
                None
            }
            Ok(lock::LockOutcome::TookOverStale { lock, previous }) => {
                notes.push(format!("took over a stale lock ({previous})"));
                Some(lock)
            }
            Ok(lock::LockOutcome::Acquired(lock)) => Some(lock),
            Err(e) => {
                notes.push(format!("could not lock the workspace ({e}); saves still check for changes on disk"));
                None
            }
        };
        let watcher = match watcher {
            Ok(w) => Some(w),
            Err(e) => {
                notes.push(format!("not watching for changes on disk ({e}); R reloads by hand"));
                None
            }
        };
        let signals = journal::signal_flag().ok();
        app.journaling = journaling;
        let (found, unreadable) = if journaling { offers(app) } else { (Vec::new(), Vec::new()) };
        if !unreadable.is_empty() {
            notes.push(format!(
                "{} recovery journal(s) could not be read; they are left alone (see `factdesk check`)",
                unreadable.len()
            ));
        }
        app.offer_recovery(found, &unreadable);
        if !notes.is_empty() {
            app.set_message(notes.join(" | "), true);
        }
        Guard {
            _lock: lock,
            watcher,
            clock: journal::JournalClock::default(),
            seen_edits: app.edits,
            signals,
            journaling,
        }
    }

    /// One loop tick: reloads what changed on disk, writes due journals. `Some(result)` when a signal asks
    /// to quit: the journals were written first, or the error says why they could not be.
    pub fn tick(&mut self, app: &mut App) -> Option<Result<(), String>> {
        self.reload_changed(app);
        if app.recheck && app.resolving.is_empty() {
            app.recheck = false;
            let files = super::read_story_files(app);
            update(app, Action::Reloaded(files));
        }
        let now = Instant::now();
        if app.edits != self.seen_edits {
            self.seen_edits = app.edits;
            self.clock.edited(now);
        }
        if self.journaling && self.clock.due(now) {
            match write_journals(app) {
                Ok(()) => self.clock.written(),
                // Kept due: retried on the next tick.
                Err(e) => app.set_message(e, true),
            }
        }
        if self.signals.as_ref().is_some_and(|f| f.load(Ordering::SeqCst)) {
            return Some(if self.journaling { write_journals(app) } else { Ok(()) });
        }
        None
    }

    /// Whether this copy keeps recovery journals (not when another live copy holds the workspace).
    pub fn journaling(&self) -> bool {
        self.journaling
    }

    fn reload_changed(&mut self, app: &mut App) {
        let Some(w) = &self.watcher else { return };
        let mut files: Vec<(usize, Result<String, String>)> = Vec::new();
        let mut articles: Vec<(usize, Result<String, String>)> = Vec::new();
        let mut waiting = Vec::new();
        while let Some(change) = w.try_recv() {
            let Some(si) = app.ws.stories.iter().position(|s| Some(&s.slug) == change.slug.as_ref()) else {
                continue;
            };
            let story = &app.ws.stories[si];
            if let Some(why) = &change.waiting {
                // Changed on disk but not settled (it does not parse): the story stays as it is.
                waiting.push(format!(
                    "{}: waiting to reload: its file changed on disk, but {why}; your copy is unchanged until then",
                    story.slug
                ));
                continue;
            }
            match change.kind {
                watch::FileKind::Story if change.is_news_for(&story.disk_hash) => {
                    // The text the watcher checked is what is taken; a later change replaces an earlier one.
                    let read = match (&change.text, &change.hash) {
                        (Some(t), _) => Ok(t.as_ref().clone()),
                        // Gone, or no longer a regular file (a FIFO would block a read): not read here.
                        (None, None) => Err(format!(
                            "{}: the story file is gone or is no longer a regular file; not reloaded, your copy is kept",
                            crate::sanitize::line(&change.path.display().to_string())
                        )),
                        (None, Some(_)) => super::read_story_file(story),
                    };
                    files.retain(|(i, _)| *i != si);
                    files.push((si, read));
                }
                // A story's article changed: re-anchor its claims on the new text.
                watch::FileKind::StoryOther
                    if change.path == story.article_path()
                        && change.hash.as_deref() != Some(&crate::store::hash(story.article.as_bytes())) =>
                {
                    // Gone, or no longer a regular file (a FIFO would block a read): not read here.
                    let read = match change.hash {
                        None => Err(format!(
                            "{}: the article is gone or is no longer a regular file; the text on screen is kept",
                            crate::sanitize::line(&change.path.display().to_string())
                        )),
                        Some(_) => story.read_article().map_err(|d| d.to_string()),
                    };
                    articles.retain(|(i, _)| *i != si);
                    articles.push((si, read));
                }
                _ => {}
            }
        }
        if !files.is_empty() {
            update(app, Action::Reloaded(files));
        }
        for (si, read) in articles {
            update(app, Action::ArticleChanged(si, read));
        }
        if !waiting.is_empty() {
            app.set_message(crate::sanitize::line(&waiting.join(" | ")), true);
        }
    }
}

/// Writes the journal of every story with unsaved edits, and removes the journal of a story whose edits were
/// all undone. A journal not yet restored is never overwritten.
pub fn write_journals(app: &App) -> Result<(), String> {
    let mut errors = Vec::new();
    for (si, story) in app.ws.stories.iter().enumerate() {
        if !app.may_journal(si) {
            continue;
        }
        // Notes being typed in place count too: a crash mid-sentence must not lose the paragraph.
        let typing = typed_notes(app, si);
        let story = typing.as_ref().unwrap_or(story);
        if app.is_dirty(si) || typing.is_some() {
            if let Err(e) = journal::write(story, app.base(si)) {
                errors.push(format!(
                    "{}: could not write the recovery journal ({e}); save soon",
                    journal::journal_path(&story.dir).display()
                ));
            }
        } else if journal::journal_path(&story.dir).exists() {
            let _ = journal::discard(&story.dir);
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors.join(" | ")) }
}

/// Story `si` with the notes being typed in place put into their claim, when they differ from its notes.
fn typed_notes(app: &App, si: usize) -> Option<crate::store::Story> {
    let (super::app::Mode::Notes(ta), Some(base)) = (&app.mode, &app.notes_base) else { return None };
    if base.story != si {
        return None;
    }
    let text = ta.lines().join("\n");
    let story = app.ws.stories.get(si)?;
    let ci = story.file.claims.iter().position(|c| c.id == base.id)?;
    if story.file.claims[ci].notes.trim_end() == text.trim_end() {
        return None;
    }
    let mut copy = story.clone();
    copy.file.claims[ci].notes = text;
    Some(copy)
}

/// Removes the journals of stories whose unsaved edits the journalist chose to drop.
pub fn discard_journals(app: &App) {
    for (si, story) in app.ws.stories.iter().enumerate() {
        if app.may_journal(si) {
            let _ = journal::discard(&story.dir);
        }
    }
}

/// The recovery journals in the workspace, matched to their stories, with what restoring would do; and the
/// stories whose journal cannot be read (left alone, never overwritten, for `factdesk recover` or a person).
pub fn offers(app: &App) -> (Vec<Offer>, Vec<usize>) {
    let (mut out, mut unreadable) = (Vec::new(), Vec::new());
    for found in journal::find_journals(&app.ws.root) {
        let Some(si) = app.ws.stories.iter().position(|s| s.slug == found.slug) else { continue };
        match found.journal {
            Ok(j) => {
                // History entries are bookkeeping that comes with each edit: the edits themselves say enough.
                let lines: Vec<String> = journal::summarize(&j, &app.ws.stories[si])
                    .lines()
                    .into_iter()
                    .filter(|l| !l.contains(", history: "))
                    .collect();
                out.push(Offer { story: si, journal: j, lines });
            }
            Err(_) => unreadable.push(si),
        }
    }
    (out, unreadable)
}
