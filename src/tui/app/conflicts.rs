//! The disk catching up with the session: stories arriving while loading, recovery journals offered back, and
//! reloads merged with the edits here, with the collisions waiting to be settled.

use super::*;

/// A recovery journal found at start-up, with what restoring it would do.
#[derive(Debug, Clone)]
pub struct Offer {
    pub story: usize,
    /// The journal's file: removed once restored edits are journaled again or saved, or when discarded.
    pub path: std::path::PathBuf,
    pub journal: crate::safety::journal::Journal,
    pub lines: Vec<String>,
}

/// Recovery journals offered back, and what restoring them left to do. The fields are private so that a story
/// stays held exactly while an offer of it waits (or its journal could not be read).
#[derive(Debug, Clone, Default)]
pub struct Recovery {
    /// Journals waiting for the journalist's decision, the first on screen.
    offers: Vec<Offer>,
    /// Stories whose journal was not restored yet: it must not be overwritten.
    held: Vec<bool>,
    /// Orphaned journals restored here, by story: removed once this copy's own journal or a save holds their edits.
    adopted: Vec<(usize, std::path::PathBuf)>,
    /// Forms typed in a session that crashed, restored with its journal: reopened one at a time.
    drafts: Vec<(usize, crate::safety::journal::Draft)>,
}

impl Recovery {
    /// The journals waiting for a decision.
    pub fn offers(&self) -> &[Offer] {
        &self.offers
    }

    /// Whether story `si`'s journal waits for a decision (or could not be read): it must not be overwritten.
    pub fn is_held(&self, si: usize) -> bool {
        self.held.get(si).copied().unwrap_or(false)
    }

    /// The orphaned journals restored into story `si`.
    pub fn adopted_into(&self, si: usize) -> impl Iterator<Item = &std::path::Path> {
        self.adopted.iter().filter(move |(s, _)| *s == si).map(|(_, p)| p.as_path())
    }

    /// Forgets the journals restored into story `si` that `remove` removed (one it could not remove stays).
    pub fn drop_adopted(&mut self, si: usize, mut remove: impl FnMut(&std::path::Path) -> bool) {
        self.adopted.retain(|(s, path)| *s != si || !remove(path));
    }

    /// Holds `offers` and the stories of `unreadable` among `stories` stories.
    fn offer(&mut self, stories: usize, offers: Vec<Offer>, unreadable: &[usize]) {
        self.held = vec![false; stories];
        for si in offers.iter().map(|o| o.story).chain(unreadable.iter().copied()) {
            if let Some(h) = self.held.get_mut(si) {
                *h = true;
            }
        }
        self.offers = offers;
    }

    /// Takes the first offer off the queue.
    fn take_first(&mut self) -> Option<Offer> {
        (!self.offers.is_empty()).then(|| self.offers.remove(0))
    }

    /// Story `si` is held until every offer of it is answered (two crashed copies may have left one each).
    pub(super) fn release(&mut self, si: usize) {
        let more = self.offers.iter().any(|o| o.story == si);
        if let Some(h) = self.held.get_mut(si) {
            *h = more;
        }
    }

    /// `offer` was restored into its story: its file goes once the edits are journaled again or saved, and its
    /// drafts wait to be reopened.
    fn adopt(&mut self, offer: &Offer) {
        self.adopted.push((offer.story, offer.path.clone()));
        self.drafts.extend(offer.journal.drafts.iter().map(|d| (offer.story, d.clone())));
    }

    /// The next restored form draft to reopen.
    pub(super) fn next_draft(&mut self) -> Option<(usize, crate::safety::journal::Draft)> {
        (!self.drafts.is_empty()).then(|| self.drafts.remove(0))
    }
}

/// A three-way merge whose collisions the journalist is settling, one at a time.
#[derive(Debug, Clone)]
pub struct Resolving {
    pub story: usize,
    pub merge: crate::safety::merge::Merge,
    /// The story before the reload.
    pub before: StoryFile,
    pub select: Option<String>,
    /// (claim id, how its collision was settled), for the claims' history.
    pub settled: Vec<(String, String)>,
}

impl Resolving {
    /// The collision being shown: (its index, it, its position among the unsettled ones, how many are left).
    pub fn current(&self) -> Option<(usize, &crate::safety::merge::Conflict, usize)> {
        let left = self.merge.pending().count();
        self.merge.pending().next().map(|(i, c)| (i, c, left))
    }
}

impl App {
    /// Notes how a journal write went: a failure turns on the header's "not journaling" and is said on the message
    /// line once, never over a save error there (the save error matters more, and the header keeps the journal's);
    /// the first success after a failure says so once. `true` when the journals are written.
    pub fn journal_written(&mut self, result: Result<(), String>) -> bool {
        match result {
            Ok(()) => {
                if self.session.is_some()
                    && self.journal_trouble.take().is_some()
                    && !self.message.as_ref().is_some_and(|m| m.error)
                {
                    self.set_message("the recovery journal is written again", false);
                }
                true
            }
            Err(e) => {
                let other_error_shown =
                    self.message.as_ref().is_some_and(|m| m.error && m.about != super::About::Journal);
                if self.journal_trouble.is_none() && !other_error_shown {
                    self.set_message_about(e.clone(), true, super::About::Journal);
                }
                self.journal_trouble = Some(e);
                false
            }
        }
    }

    /// Queues recovery journals found at start-up; the first is offered at once.
    pub fn offer_recovery(&mut self, offers: Vec<Offer>, unreadable: &[usize]) {
        self.recovery.offer(self.ws.stories.len(), offers, unreadable);
        if !self.recovery.offers().is_empty() {
            self.mode = Mode::Recover;
        }
    }

    /// Whether the runner may write this story's journal (a journal not yet restored is never overwritten).
    pub fn may_journal(&self, si: usize) -> bool {
        self.journaling && self.session.is_some() && self.loading.is_none() && !self.recovery.is_held(si)
    }

    /// This copy's journal of story `si`, when it journals.
    pub fn own_journal(&self, si: usize) -> Option<std::path::PathBuf> {
        let story = self.ws.stories.get(si)?;
        Some(crate::safety::journal::session_journal_path(&story.dir, self.session.as_deref()?))
    }

    /// Brings story files read again from disk into the workspace. A story without unsaved edits simply
    /// takes the file (the selection stays); one with edits gets a three-way merge (`safety::merge`): changes
    /// that do not collide merge, and collisions are queued for the journalist to settle one at a time.
    pub fn reloaded(&mut self, files: Vec<(usize, Result<String, String>)>) {
        use crate::safety::sync;
        self.claims_changed();
        let mut notes = Vec::new();
        let mut changed = 0;
        // Notes that say what was done rather than what went wrong.
        let mut told = 0;
        for (si, read) in files {
            let Some(story) = self.ws.stories.get(si) else { continue };
            let text = match read {
                Ok(t) => t,
                Err(e) => {
                    notes.push(e);
                    continue;
                }
            };
            if store::hash(text.as_bytes()) == story.disk_hash {
                continue;
            }
            if self.resolving.iter().any(|r| r.story == si) {
                // Settle the collisions on screen first; the newer change is merged right after.
                self.recheck = true;
                continue;
            }
            let theirs = match store::parse_story(&story.path(), &text) {
                Ok(f) => f,
                Err(d) => {
                    // A git merge left markers on fields both sides changed: without edits here, the story takes
                    // ours and the fields wait to be settled, as at start-up.
                    if !self.is_dirty(si)
                        && let Some((ours_text, ours, merge)) = crate::yaml::marked_story(&story.path(), &text)
                    {
                        let select = self.current_claim().map(|c| c.id.clone());
                        let before = std::mem::replace(&mut self.ws.stories[si].file, ours.clone());
                        let story = &mut self.ws.stories[si];
                        story.disk_hash = store::hash(text.as_bytes());
                        story.disk_text = Some(ours_text);
                        self.unsaved.rebase(si, ours);
                        self.after_edit(si, select.clone(), &before.claims);
                        self.unsaved.forget_history(si);
                        self.resolving.push(Resolving { story: si, merge, before, select, settled: Vec::new() });
                        notes.push(format!("{}: a git merge left fields to settle", self.ws.stories[si].slug));
                        told += 1;
                        changed += 1;
                        continue;
                    }
                    notes.push(format!("{d}; not reloaded, your edits are kept"));
                    continue;
                }
            };
            let select = self.current_claim().map(|c| c.id.clone());
            let (new_file, merged) = match sync::take_theirs(self.base(si), &story.file, &theirs, self.is_dirty(si)) {
                Ok(x) => x,
                Err(e) => {
                    notes.push(format!("{}: {e}; not reloaded, your edits are kept", story.slug));
                    continue;
                }
            };
            let before = std::mem::replace(&mut self.ws.stories[si].file, new_file);
            let story = &mut self.ws.stories[si];
            story.disk_hash = store::hash(text.as_bytes());
            story.disk_text = None;
            self.unsaved.rebase(si, theirs);
            self.after_edit(si, select.clone(), &before.claims);
            // Undo snapshots of this story predate the change on disk: restoring one would silently drop it.
            self.unsaved.forget_history(si);
            if let Some(m) = merged
                && !m.is_clean()
            {
                self.resolving.push(Resolving { story: si, merge: m, before, select, settled: Vec::new() });
            }
            if let Some(why) = self.read_only(si) {
                notes.push(format!("{why}; until then it is read-only and not saved"));
            }
            changed += 1;
        }
        let head = match changed {
            0 if notes.len() > told => "not reloaded".to_string(),
            0 => "nothing changed on disk".to_string(),
            1 => "reloaded 1 story changed on disk".to_string(),
            n => format!("reloaded {n} stories changed on disk"),
        };
        let error = notes.len() > told;
        notes.insert(0, head);
        if !self.resolving.is_empty() {
            let key = |name| self.keymap.key_for(Context::Resolve, name);
            notes.push(format!(
                "changed here and on disk: settle each ({} mine, {} theirs, {} both)",
                key("keep-mine"),
                key("take-theirs"),
                key("keep-both")
            ));
        }
        self.set_message(notes.join(" | "), error);
    }

    /// Settles the collision on screen; when the last one is settled, the merge goes into the story.
    pub fn settle(&mut self, choice: crate::safety::merge::Choice) {
        let Some(r) = self.resolving.first_mut() else {
            self.mode = Mode::Normal;
            return;
        };
        let Some((i, c, _)) = r.current() else { return };
        let choice = match choice {
            crate::safety::merge::Choice::Custom(None) => match c.both() {
                Some(v) => crate::safety::merge::Choice::Custom(Some(v)),
                None => {
                    self.set_message("these cannot be combined: choose m (mine) or t (theirs)", true);
                    self.mode = Mode::Resolve;
                    return;
                }
            },
            other => other,
        };
        // The history keeps the side not chosen, so the value set aside can still be found (and put back).
        let short = |v: &Option<serde_yaml::Value>| {
            let one_line = crate::safety::merge::Conflict::show(v).split_whitespace().collect::<Vec<_>>().join(" ");
            let mut cut: String = one_line.chars().take(80).collect();
            if one_line.chars().count() > 80 {
                cut.push('…');
            }
            cut
        };
        let what = match &choice {
            crate::safety::merge::Choice::Mine => format!("kept mine; the version on disk was `{}`", short(&c.theirs)),
            crate::safety::merge::Choice::Theirs => format!("took the version on disk; mine was `{}`", short(&c.mine)),
            _ => "kept both".to_string(),
        };
        let (claim_id, field) = (c.claim_id.clone(), c.field.clone());
        let settled = r.merge.resolve(i, choice);
        let more = r.current().is_some();
        if let Err(e) = settled {
            // Never trap the journalist here: the story keeps my version of what could not be settled.
            self.set_message(format!("{e}; your version is kept"), true);
            self.resolving.remove(0);
            self.mode = if self.resolving.is_empty() { Mode::Normal } else { Mode::Resolve };
            return;
        }
        if let Some(id) = claim_id {
            r.settled.push((id, format!("collision on {field}: {what}")));
        }
        if more {
            self.mode = Mode::Resolve;
            return;
        }
        let r = self.resolving.remove(0);
        match r.merge.result() {
            Ok(mut file) => {
                // Say in each claim's history how its collision was settled.
                let (at, by) = (self.now(), self.reviewer.clone());
                for (id, change) in &r.settled {
                    if let Some(c) = file.claims.iter_mut().find(|c| &c.id == id) {
                        c.history.push(HistoryEntry { at: at.clone(), by: by.clone(), change: change.clone() });
                    }
                }
                self.keep_base(r.story);
                let old = std::mem::replace(&mut self.ws.stories[r.story].file, file);
                self.after_edit(r.story, r.select, &old.claims);
                self.set_message(format!("merged {}: every collision settled", self.ws.stories[r.story].slug), false);
            }
            Err(e) => self.set_message(format!("{e}; your edits are kept"), true),
        }
        self.mode = if self.resolving.is_empty() { Mode::Normal } else { Mode::Resolve };
    }

    /// Opens story files a merge left with conflict markers (refused while loading): each story holds ours, and
    /// its conflicting fields wait in Resolve mode. Until every one is settled the story is unchanged (ours, as in
    /// the file's ours side) and Resolve mode takes only m/t/b, so nothing is saved with a field unsettled; once
    /// settled, the merge (both sides' clean changes, and each field as chosen) is the story's unsaved edit.
    pub fn open_marked(&mut self, marked: Vec<Marked>) {
        let mut names = Vec::new();
        for Marked { story, merge, diagnostics } in marked {
            let path = story.path();
            if self.ws.stories.iter().any(|s| s.dir == story.dir) {
                continue;
            }
            // Its refusal goes: what checking ours found comes in instead.
            self.ws.diagnostics.retain(|d| d.path != path);
            let before = story.file.clone();
            names.push(format!(
                "{} ({})",
                story.slug,
                merge.conflicts.iter().map(|c| c.place()).collect::<Vec<_>>().join(", ")
            ));
            self.add_stories(LoadedChunk::new(vec![story], diagnostics));
            let si = self.ws.stories.len() - 1;
            self.resolving.push(Resolving { story: si, merge, before, select: None, settled: Vec::new() });
        }
        if names.is_empty() {
            return;
        }
        let key = |name| self.keymap.key_for(Context::Resolve, name);
        let text = format!(
            "a git merge left fields to settle in {}: settle each ({} mine, {} theirs, {} both); the file keeps its \
             conflict markers until you save",
            names.join("; "),
            key("keep-mine"),
            key("take-theirs"),
            key("keep-both")
        );
        self.set_message(crate::sanitize::line(&text), false);
        if matches!(self.mode, Mode::Normal) {
            self.mode = Mode::Resolve;
        }
    }

    /// Restores (or, with `restore == false`, sets aside) the first offered recovery journal.
    pub fn take_offer(&mut self, restore: bool) -> Option<usize> {
        let Some(offer) = self.recovery.take_first() else {
            self.mode = Mode::Normal;
            return None;
        };
        let si = offer.story;
        if restore {
            let select = self.current_claim().map(|c| c.id.clone());
            self.keep_base(si);
            let before = self.ws.stories[si].file.clone();
            match crate::safety::journal::restore(&offer.journal, &mut self.ws.stories[si]) {
                Ok(merge) => {
                    // The journal's base is what the edits were made on; the disk may have moved since.
                    self.after_edit(si, select.clone(), &before.claims);
                    self.unsaved.push_undo(Snapshot {
                        story: si,
                        file: before.clone(),
                        select: select.clone(),
                        group: 0,
                    });
                    if let Some(m) = merge
                        && !m.is_clean()
                    {
                        self.resolving.push(Resolving { story: si, merge: m, before, select, settled: Vec::new() });
                    }
                    // Held until every offer of this story is answered (two crashed copies may have left one each).
                    self.recovery.release(si);
                    self.recovery.adopt(&offer);
                    self.set_message(
                        format!(
                            "restored unsaved edits of {} ({} saves them)",
                            self.ws.stories[si].slug,
                            self.keymap.key_for(Context::Main, "save")
                        ),
                        false,
                    );
                }
                Err(e) => self.set_message(format!("{e}; the journal is kept"), true),
            }
        }
        self.mode = if !self.recovery.offers().is_empty() {
            Mode::Recover
        } else if !self.resolving.is_empty() {
            Mode::Resolve
        } else {
            Mode::Normal
        };
        Some(si)
    }

    /// Adds stories the loader read, after those already here. Editing waits until loading finishes
    /// (`finish_loading`), so the workspace lock and recovery journals are in place before the first edit.
    pub fn add_stories(&mut self, chunk: LoadedChunk) {
        let LoadedChunk { stories, diagnostics, folders } = chunk;
        let n = stories.len();
        let before = self.ws.stories.len();
        self.ws.stories.extend(stories);
        self.ws.diagnostics.extend(diagnostics);
        let len = self.ws.stories.len();
        self.unsaved.grow(len);
        self.article_text.resize_with(len, std::cell::OnceCell::new);
        // The filter's corpus, if one was made, no longer holds every claim: it is made again when needed.
        self.corpus.set(None);
        self.tally_added(before);
        if let Some((here, _)) = &mut self.loading {
            // Folders that hold no story count too, so the count reaches every folder at the end.
            *here = if folders > 0 { folders.max(*here) } else { *here + n };
        }
        if !self.async_filter {
            self.async_filter = self.claim_count() >= ASYNC_FILTER_CLAIMS;
        }
        if self.is_filtering() {
            self.rebuild_rows(None);
        } else {
            // Stories arrive in the list's order: their rows go at the end, and the rows already there stay.
            self.append_rows(before);
        }
    }

    /// Takes stories whose files were fixed since they failed to load: their old problems go, what loading them
    /// found now comes in, and they join the list.
    pub fn stories_fixed(&mut self, retried: Retried) {
        let Retried { chunk, retried } = retried;
        let n = chunk.stories.len();
        for dir in &retried {
            self.ws.diagnostics.retain(|d| !d.path.starts_with(dir));
        }
        self.add_stories(chunk);
        let still = retried.len() - n;
        let loaded = crate::words::plural(n, "story", "stories");
        let problem = self.first_problem();
        let error = problem.is_some();
        let msg = match (n, problem) {
            (0, Some(problem)) => format!("still cannot be read: {problem}"),
            (_, Some(problem)) => {
                format!("{loaded} that could not be read before now loaded; {still} still not: {problem}")
            }
            (_, None) => format!("{loaded} that could not be read before now loaded"),
        };
        self.set_message(msg, error);
    }

    /// Every story is here: editing opens, and problems found while loading are pointed out.
    pub fn finish_loading(&mut self) {
        self.loading = None;
        if self.message.as_ref().is_some_and(|m| m.text.starts_with("still loading")) {
            self.set_message("every story is loaded: editing is open", false);
        }
        if let Some(first) = self.first_problem() {
            self.set_message(first, true);
        }
    }

    /// The first error found in the workspace, with how many there are in all, for the message line and the empty
    /// list: a story that could not be read must not look like an empty one.
    pub fn first_problem(&self) -> Option<String> {
        let mut errors = self.ws.diagnostics.iter().filter(|d| d.is_error());
        let first = errors.next()?;
        let more = errors.count();
        let tail = if more == 0 { String::new() } else { format!(" (and {more} more; `factdesk check` lists them)") };
        Some(format!("{first}{tail}"))
    }
}
