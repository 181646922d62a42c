//! The session's edits: the workspace as edited here, each story's base for merges and saves, undo and redo,
//! and the clock stamped on history entries.

use super::*;

/// The first id that two claims of `file` share, if any.
fn duplicate_id(file: &StoryFile) -> Option<&str> {
    let mut seen = std::collections::HashSet::new();
    file.claims.iter().map(|c| c.id.as_str()).find(|id| !seen.insert(*id))
}

/// Re-anchors only the claims whose quote is new; the others keep the anchor they had for the same quote.
fn reanchor_changed(story: &mut store::Story, old: &[Claim]) {
    use std::collections::HashMap;
    let key = |q: &crate::model::Quote| (q.exact.clone(), q.prefix.clone(), q.suffix.clone(), q.start, q.end);
    let mut known: HashMap<_, Anchor> = HashMap::new();
    for (c, a) in old.iter().zip(&story.anchors) {
        known.insert(key(&c.quote), *a);
    }
    let article = &story.article;
    story.anchors = story
        .file
        .claims
        .iter()
        .map(|c| known.get(&key(&c.quote)).copied().unwrap_or_else(|| anchor::resolve(article, &c.quote)))
        .collect();
}

impl App {
    /// The story as loaded or last saved (the base of a three-way merge and of its journal).
    pub fn base(&self, si: usize) -> &StoryFile {
        self.pristine[si].as_ref().unwrap_or(&self.ws.stories[si].file)
    }

    /// Keeps story `si`'s base before its claims change: call before every change to a story's file.
    pub(super) fn keep_base(&mut self, si: usize) {
        if self.pristine[si].is_none() {
            self.pristine[si] = Some(self.ws.stories[si].file.clone());
        }
    }

    /// Whether this story has unsaved edits.
    pub fn is_dirty(&self, si: usize) -> bool {
        self.dirty.get(si).copied().unwrap_or(false)
    }

    /// Whether any story has unsaved edits.
    pub fn is_modified(&self) -> bool {
        self.dirty.iter().any(|d| *d)
    }

    pub fn modified_stories(&self) -> usize {
        self.dirty.iter().filter(|d| **d).count()
    }

    /// How many claims the workspace holds (candidates included).
    pub fn claim_count(&self) -> usize {
        self.ws.stories.iter().map(|s| s.file.claims.len()).sum()
    }

    /// Applies an edit to one story with undo, history and dirty tracking. `f` returns the claim id to record
    /// history on and the change's description, or `None` when nothing changed.
    pub(super) fn edit_story(
        &mut self,
        si: usize,
        f: impl FnOnce(&mut StoryFile) -> Option<(Option<String>, String)>,
    ) -> bool {
        // Edits, history and the cursor find claims by id: with two claims under one id an edit could land on the
        // wrong one. Such a story is read-only until the file is fixed (the watcher reloads it).
        if let Some(why) = self.read_only(si) {
            self.set_message(why, true);
            return false;
        }
        self.keep_base(si);
        let before = self.ws.stories[si].file.clone();
        let select = self.current_claim().map(|c| c.id.clone());
        let Some((claim_id, change)) = f(&mut self.ws.stories[si].file) else {
            if !self.dirty[si] {
                self.pristine[si] = None;
            }
            return false;
        };
        if let Some(id) = &claim_id {
            let entry = HistoryEntry { at: self.now(), by: self.reviewer.clone(), change: change.clone() };
            if let Some(c) = self.ws.stories[si].file.claims.iter_mut().find(|c| &c.id == id) {
                c.history.push(entry);
            }
        }
        self.after_edit(si, claim_id, &before.claims);
        self.undo.push(Snapshot { story: si, file: before, select });
        self.redo.clear();
        self.set_message(change, false);
        true
    }

    /// Edits the selected claim; `f` returns the change's description, or `None` for no change.
    pub(super) fn edit_current(&mut self, f: impl FnOnce(&mut Claim) -> Option<String>) -> bool {
        let Some((si, ci)) = self.current() else {
            self.set_message("no claim selected", true);
            return false;
        };
        self.edit_story(si, |file| {
            let claim = &mut file.claims[ci];
            f(claim).map(|change| (Some(claim.id.clone()), change))
        })
    }

    /// Call after changing story `si`, whose claims were `old` (the anchors still match those).
    pub(super) fn after_edit(&mut self, si: usize, select: Option<String>, old: &[Claim]) {
        self.corpus = None;
        self.edits += 1;
        reanchor_changed(&mut self.ws.stories[si], old);
        self.dirty[si] = self.pristine[si].as_ref().is_some_and(|base| *base != self.ws.stories[si].file);
        if !self.dirty[si] {
            self.pristine[si] = None;
        }
        self.rebuild_rows(select.map(|id| (si, id)));
        if self.article_open {
            self.scroll_article_to_selection();
        }
    }

    pub(super) fn restore(&mut self, from_undo: bool) {
        let popped = if from_undo { self.undo.pop() } else { self.redo.pop() };
        let Some(snap) = popped else {
            let what = if from_undo { "undo" } else { "redo" };
            self.set_message(format!("nothing to {what}"), false);
            return;
        };
        let si = snap.story;
        self.keep_base(si);
        let select = self.current_claim().map(|c| c.id.clone());
        let current = std::mem::replace(&mut self.ws.stories[si].file, snap.file);
        self.after_edit(si, snap.select, &current.claims);
        let back = Snapshot { story: si, file: current, select };
        if from_undo {
            self.redo.push(back)
        } else {
            self.undo.push(back)
        }
        self.set_message(if from_undo { "undone" } else { "redone" }, false);
    }

    /// Why story `si` cannot be edited now, if it cannot: its crash journal waits for a decision (new edits could not
    /// be journaled), or two claims share an id (edits, history and the cursor find claims by id, so an edit could
    /// land on the wrong one). It stays read-only until that is settled.
    pub fn read_only(&self, si: usize) -> Option<String> {
        let story = self.ws.stories.get(si)?;
        if self.recovery.is_held(si) && self.loading.is_none() {
            // Its journal from a crashed session waits for a decision, and this session may not overwrite it: new
            // edits would have no crash protection, so they wait too.
            return Some(format!(
                "{} has unsaved edits from an earlier session waiting: quit and reopen factdesk to restore them, or \
                 run `factdesk recover --discard {}`; until then it is read-only",
                story.slug, story.slug
            ));
        }
        let id = duplicate_id(&story.file)?;
        Some(format!(
            "two claims share the id `{id}` in {}: rename one there (it reloads by itself)",
            story.path().display()
        ))
    }

    /// The time stamp of history entries: the clock the runner set for this update (tests fix it); empty when
    /// none was set.
    pub(super) fn now(&self) -> String {
        self.clock.as_ref().map(|(now, _)| now.clone()).unwrap_or_default()
    }

    /// Today's date, from the same clock.
    pub(super) fn today(&self) -> String {
        self.clock.as_ref().map(|(_, today)| today.clone()).unwrap_or_default()
    }

    /// Story `si` is on disk as it is here: no unsaved edits, and no base kept for a merge.
    pub fn mark_saved(&mut self, si: usize) {
        self.pristine[si] = None;
        self.dirty[si] = false;
    }

    /// Story `si` to write, with the base a save checks the disk against.
    pub fn story_and_pristine(&mut self, si: usize) -> (&mut store::Story, Option<&StoryFile>) {
        (&mut self.ws.stories[si], self.pristine[si].as_ref())
    }
}
