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

/// Each story's base and unsaved state, and the undo history. The fields are private: a story is dirty exactly
/// when its base differs from its file, and keeps no base when it is not (outside an edit under way).
#[derive(Debug, Default)]
pub(super) struct Unsaved {
    /// Each story as loaded or last saved, kept only while the story differs from it (`None`: the story is its
    /// own base). A big workspace would otherwise hold every story twice.
    pristine: Vec<Option<StoryFile>>,
    dirty: Vec<bool>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The last group number given to snapshots undone together.
    groups: u32,
}

impl Unsaved {
    pub(super) fn new(stories: usize) -> Unsaved {
        Unsaved {
            pristine: vec![None; stories],
            dirty: vec![false; stories],
            undo: Vec::new(),
            redo: Vec::new(),
            groups: 0,
        }
    }

    /// Room for the stories the loader added (they arrive saved).
    pub(super) fn grow(&mut self, stories: usize) {
        self.pristine.resize_with(stories, || None);
        self.dirty.resize(stories, false);
    }

    /// Story `si`'s base, when it differs from its file.
    fn pristine(&self, si: usize) -> Option<&StoryFile> {
        self.pristine[si].as_ref()
    }

    /// Keeps `file` as story `si`'s base unless it has one.
    fn keep(&mut self, si: usize, file: &StoryFile) {
        if self.pristine[si].is_none() {
            self.pristine[si] = Some(file.clone());
        }
    }

    fn is_dirty(&self, si: usize) -> bool {
        self.dirty.get(si).copied().unwrap_or(false)
    }

    /// An edit that changed nothing: a story without unsaved edits keeps no base.
    fn unchanged(&mut self, si: usize) {
        if !self.dirty[si] {
            self.pristine[si] = None;
        }
    }

    /// After story `si`'s file became `file`: dirty when it differs from its base, which goes when it does not.
    fn settle(&mut self, si: usize, file: &StoryFile) {
        self.dirty[si] = self.pristine[si].as_ref().is_some_and(|base| base != file);
        self.unchanged(si);
    }

    /// Story `si` was saved: it is its own base.
    fn saved(&mut self, si: usize) {
        self.pristine[si] = None;
        self.dirty[si] = false;
    }

    /// Story `si` was reloaded from `theirs` on disk: that is its base now.
    pub(super) fn rebase(&mut self, si: usize, theirs: StoryFile) {
        self.pristine[si] = Some(theirs);
    }

    /// Forgets story `si`'s undo and redo snapshots: restoring one would silently drop a change from disk.
    pub(super) fn forget_history(&mut self, si: usize) {
        self.undo.retain(|s| s.story != si);
        self.redo.retain(|s| s.story != si);
    }

    /// Records a change undo can take back.
    pub(super) fn push_undo(&mut self, snap: Snapshot) {
        self.undo.push(snap);
    }

    /// Records a new edit: undo can take it back, and what was undone before can no longer be redone.
    fn record(&mut self, snap: Snapshot) {
        self.undo.push(snap);
        self.redo.clear();
    }

    /// Makes the last `n` edits one: undo and redo take them together.
    pub(super) fn join_last(&mut self, n: usize) {
        self.groups += 1;
        let at = self.undo.len().saturating_sub(n);
        for snap in &mut self.undo[at..] {
            snap.group = self.groups;
        }
    }

    /// The group of the next snapshot undo (`from_undo`) or redo would take.
    fn next_group(&self, from_undo: bool) -> u32 {
        let stack = if from_undo { &self.undo } else { &self.redo };
        stack.last().map_or(0, |s| s.group)
    }

    /// The last snapshot to undo (`from_undo`) or redo.
    fn pop(&mut self, from_undo: bool) -> Option<Snapshot> {
        if from_undo { self.undo.pop() } else { self.redo.pop() }
    }

    /// After an undo, what it replaced can be redone; after a redo, undone again.
    fn push_back(&mut self, from_undo: bool, snap: Snapshot) {
        if from_undo { self.redo.push(snap) } else { self.undo.push(snap) }
    }

    /// How many stories have unsaved edits.
    fn dirty_count(&self) -> usize {
        self.dirty.iter().filter(|d| **d).count()
    }
}

impl App {
    /// The story as loaded or last saved (the base of a three-way merge and of its journal).
    pub fn base(&self, si: usize) -> &StoryFile {
        self.unsaved.pristine(si).unwrap_or(&self.ws.stories[si].file)
    }

    /// Keeps story `si`'s base before its claims change: call before every change to a story's file.
    pub(super) fn keep_base(&mut self, si: usize) {
        self.unsaved.keep(si, &self.ws.stories[si].file);
    }

    /// Whether this story has unsaved edits.
    pub fn is_dirty(&self, si: usize) -> bool {
        self.unsaved.is_dirty(si)
    }

    /// Whether any story has unsaved edits.
    pub fn is_modified(&self) -> bool {
        self.unsaved.dirty_count() > 0
    }

    pub fn modified_stories(&self) -> usize {
        self.unsaved.dirty_count()
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
            self.unsaved.unchanged(si);
            return false;
        };
        if let Some(id) = &claim_id {
            let entry = HistoryEntry { at: self.now(), by: self.reviewer.clone(), change: change.clone() };
            if let Some(c) = self.ws.stories[si].file.claims.iter_mut().find(|c| &c.id == id) {
                c.history.push(entry);
            }
        }
        self.after_edit(si, claim_id, &before.claims);
        self.unsaved.record(Snapshot { story: si, file: before, select, group: 0 });
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
        self.story_claims_changed(si);
        self.edits += 1;
        reanchor_changed(&mut self.ws.stories[si], old);
        self.unsaved.settle(si, &self.ws.stories[si].file);
        self.rebuild_rows(select.map(|id| (si, id)));
        if self.article_open {
            self.scroll_article_to_selection();
        }
    }

    pub(super) fn restore(&mut self, from_undo: bool) {
        let popped = self.unsaved.pop(from_undo);
        let Some(snap) = popped else {
            let what = if from_undo { "undo" } else { "redo" };
            self.set_message(format!("nothing to {what}"), false);
            return;
        };
        let mut snap = snap;
        loop {
            let si = snap.story;
            let group = snap.group;
            self.keep_base(si);
            let select = self.current_claim().map(|c| c.id.clone());
            let current = std::mem::replace(&mut self.ws.stories[si].file, snap.file);
            self.after_edit(si, snap.select, &current.claims);
            let back = Snapshot { story: si, file: current, select, group };
            self.unsaved.push_back(from_undo, back);
            // One edit that changed two stories (a candidate merged into another story's claim) goes back whole.
            if group == 0 || self.unsaved.next_group(from_undo) != group {
                break;
            }
            match self.unsaved.pop(from_undo) {
                Some(next) => snap = next,
                None => break,
            }
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
        self.unsaved.saved(si);
    }

    /// Story `si` to write, with the base a save checks the disk against.
    pub fn story_and_pristine(&mut self, si: usize) -> (&mut store::Story, Option<&StoryFile>) {
        (&mut self.ws.stories[si], self.unsaved.pristine(si))
    }
}
