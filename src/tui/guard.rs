//! Keeping unsaved work safe while the UI runs: the workspace lock, the watcher, recovery journals and signals.

use super::app::{App, Reply};
use super::effects;
pub use super::effects::{discard_journals, form_draft, offers, write_journals};
use crate::safety::{journal, lock, watch};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How often a copy that found the workspace lock held asks for it again.
const LOCK_RETRY: Duration = Duration::from_secs(1);

/// The runner's guard over the workspace. Dropping it releases the lock and ends the journal session.
pub struct Guard {
    lock: Option<lock::WorkspaceLock>,
    /// When the lock was last asked for, while another copy holds it.
    lock_asked: Option<Instant>,
    watcher: Option<watch::WorkspaceWatcher>,
    clock: journal::JournalClock,
    seen_edits: u64,
    signals: Option<Arc<AtomicBool>>,
    /// This copy's journal session: its journals are its own whoever holds the workspace lock.
    session: Option<journal::Session>,
}

impl Guard {
    /// Starts watching the workspace for changes on disk. Call it before the stories load, and hand the
    /// result to [`Guard::start`]: a story changed while the others were still loading is then reloaded too.
    pub fn watch(root: &std::path::Path) -> Result<watch::WorkspaceWatcher, String> {
        watch::WorkspaceWatcher::start(root, watch::DEBOUNCE).map_err(|e| e.to_string())
    }

    /// Starts this copy's journal session, takes the workspace lock (or says who holds it), takes over the
    /// watcher, and offers the orphaned recovery journals.
    pub fn start(app: &mut App, watcher: Result<watch::WorkspaceWatcher, String>) -> Guard {
        let root = app.ws.root.clone();
        let mut notes = Vec::new();
        let session = match journal::Session::start(&root) {
            Ok(s) => {
                app.session = Some(s.id().to_string());
                app.journal_trouble = None;
                Some(s)
            }
            Err(e) => {
                let why = format!(
                    "no recovery journal: cannot start a journal session in {} ({e}); save often",
                    root.display()
                );
                notes.push(why.clone());
                app.journal_trouble = Some(why);
                None
            }
        };
        let mut lock_asked = None;
        let mut about = super::app::About::Other;
        let lock = match lock::acquire(&root) {
            Ok(lock::LockOutcome::HeldBy(info)) => {
                lock_asked = Some(Instant::now());
                about = super::app::About::LockHeld;
                notes.push(format!(
                    "another factdesk has this workspace open ({info}); both keep recovery journals, and saves never \
                     overwrite its changes"
                ));
                None
            }
            Ok(lock::LockOutcome::TookOverStale { lock, previous }) => {
                // The OS lock is free, so its holder has ended, or the file was copied with the workspace.
                if previous.pid != 0 && previous.host != lock::hostname() {
                    notes.push(format!(
                        "the workspace lock names {previous}, another machine: OS locks do not reach across machines \
                         (a synced folder), so it may still be editing; saves never overwrite its changes"
                    ));
                } else if !previous.path.is_empty() && previous.path != root.display().to_string() {
                    notes.push(format!(
                        "the workspace lock file names {} (copied with the workspace?); nobody holds it here, so this \
                         copy took it",
                        crate::sanitize::line(&previous.path)
                    ));
                } else {
                    notes.push(format!("took over the lock of a copy that ended without releasing it ({previous})"));
                }
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
                notes.push(format!(
                    "not watching for changes on disk ({e}); {} reloads by hand",
                    app.keymap.key_for(super::keymap::Context::Main, "reload")
                ));
                None
            }
        };
        let signals = journal::signal_flag().ok();
        app.journaling = session.is_some();
        let (found, unreadable) = offers(app);
        if !unreadable.is_empty() {
            notes.push(format!(
                "{} recovery journal(s) could not be read; they are left alone (see `factdesk check`)",
                unreadable.len()
            ));
        }
        app.offer_recovery(found, &unreadable);
        // Journals not offered here are named, so no unsaved work waits unseen.
        for f in journal::find_journals(&root).into_iter().filter(|f| !f.live) {
            let slug = crate::sanitize::line(&f.slug);
            if let Some(host) = &f.elsewhere {
                notes.push(format!(
                    "unsaved edits of {slug} from a copy on {} are left alone (`factdesk recover` restores them once \
                     it has ended)",
                    crate::sanitize::line(host)
                ));
            } else if !app.ws.stories.iter().any(|s| s.slug == f.slug) {
                notes.push(format!(
                    "unsaved edits of {slug} wait in a journal, but the story does not load: `factdesk recover` \
                     shows them (and writes the story back if its claims.yaml is gone)"
                ));
            }
        }
        journal::sweep_sessions(&root);
        if !notes.is_empty() {
            app.set_message_about(notes.join(" | "), true, about);
        }
        // What was set here (the lock, the journal session, offers, notes) is on screen at the next frame.
        app.frames.changed();
        Guard {
            lock,
            lock_asked,
            watcher,
            clock: journal::JournalClock::default(),
            seen_edits: app.edits,
            signals,
            session,
        }
    }

    /// One loop tick: reloads what changed on disk, writes due journals, asks again for a lock another copy
    /// held. What was read goes to the app through `send` (the runner's dispatch loop). `Some(result)` when a
    /// signal asks to quit: the journals were written first, or the error says why they could not be.
    pub fn tick(&mut self, app: &mut App, send: &mut dyn FnMut(&mut App, Reply)) -> Option<Result<(), String>> {
        self.reload_changed(app, send);
        if app.recheck && app.resolving.is_empty() {
            app.recheck = false;
            let files = effects::read_story_files(app);
            send(app, Reply::Reloaded(files));
        }
        let now = Instant::now();
        self.retry_lock(app, now);
        if app.edits != self.seen_edits {
            self.seen_edits = app.edits;
            self.clock.edited(now);
        }
        if app.journaling && self.clock.due(now) {
            // Kept due on failure: retried on the next tick.
            if journal_result(app, write_journals(app)) {
                self.clock.written();
            }
            // A journal that could not be written (or can again) is said on screen.
            app.frames.changed();
        }
        if self.signals.as_ref().is_some_and(|f| f.load(Ordering::SeqCst)) {
            return Some(if app.journaling { write_journals(app) } else { Ok(()) });
        }
        None
    }

    /// Whether this copy keeps recovery journals (it has a journal session).
    pub fn journaling(&self) -> bool {
        self.session.is_some()
    }

    /// Whether this copy holds the workspace lock.
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// Asks again for the workspace lock another copy held, at most every [`LOCK_RETRY`]; says so once taken.
    fn retry_lock(&mut self, app: &mut App, now: Instant) {
        let Some(asked) = self.lock_asked else { return };
        if now.duration_since(asked) < LOCK_RETRY {
            return;
        }
        self.lock_asked = Some(now);
        if let Ok(Some(lock)) = lock::acquire(&app.ws.root).map(lock::LockOutcome::lock) {
            self.lock = Some(lock);
            self.lock_asked = None;
            if !app.message.as_ref().is_some_and(|m| m.error)
                || app.message.as_ref().is_some_and(|m| m.about == super::app::About::LockHeld)
            {
                app.set_message("the other copy of factdesk closed: this one now holds the workspace lock", false);
            }
            app.frames.changed();
        }
    }

    fn reload_changed(&mut self, app: &mut App, send: &mut dyn FnMut(&mut App, Reply)) {
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
                        (None, Some(_)) => effects::read_story_file(story),
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
                        Some(_) => effects::read_article(story),
                    };
                    articles.retain(|(i, _)| *i != si);
                    articles.push((si, read));
                }
                _ => {}
            }
        }
        if !files.is_empty() {
            send(app, Reply::Reloaded(files));
        }
        for (si, read) in articles {
            send(app, Reply::ArticleChanged(si, read));
        }
        if !waiting.is_empty() {
            send(app, Reply::Note { text: crate::sanitize::line(&waiting.join(" | ")), error: true });
        }
    }
}

/// Notes how a journal write went (see [`App::journal_written`]). `true` when the journals are written.
pub fn journal_result(app: &mut App, result: Result<(), String>) -> bool {
    app.journal_written(result)
}
