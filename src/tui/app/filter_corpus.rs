//! The `/` filter's corpus (every claim's haystack) as the app keeps it between filters: built once, grown as
//! stories load, and after an edit patched for the edited stories alone rather than rebuilt for every claim.

use crate::search::{Corpus, Entry};
use crate::store::Workspace;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The corpus, when one was made, and the stories edited since (their entries are made again when it is next
/// asked for).
#[derive(Debug, Default)]
pub(super) struct FilterCorpus {
    corpus: Option<Arc<Corpus>>,
    /// Stories whose claims changed since `corpus` was made: their entries are out of date.
    stale: BTreeSet<usize>,
    /// Moves on at every change to the claims or the stories (kept corpus or not), so the filter that reads the
    /// claims in place (`search::live`) knows when what it remembers is out of date.
    version: u64,
}

impl FilterCorpus {
    /// Forgets the corpus (any change that is not one story's edit: a reload, new settings, stories joining).
    pub(super) fn clear(&mut self) {
        self.version += 1;
        self.corpus = None;
        self.stale.clear();
    }

    /// Story `si`'s claims changed: its entries are made again when the corpus is next asked for.
    pub(super) fn story_changed(&mut self, si: usize) {
        self.version += 1;
        if self.corpus.is_some() {
            self.stale.insert(si);
        }
    }

    /// Whether the corpus is there but some stories' entries wait to be made again: [`FilterCorpus::get`] patches
    /// it in place when nothing else holds it (the runner lets go of the filter worker's copy first).
    pub(super) fn is_stale(&self) -> bool {
        self.corpus.is_some() && !self.stale.is_empty()
    }

    /// The count of changes to the claims and the stories so far.
    pub(super) fn version(&self) -> u64 {
        self.version
    }

    pub(super) fn set(&mut self, corpus: Option<Arc<Corpus>>) {
        self.version += 1;
        self.stale.clear();
        self.corpus = corpus;
    }

    /// The corpus of the claims of `ws` as they are now: the kept one, its edited stories' entries made again
    /// (in place when nobody else holds it), or a new one.
    pub(super) fn get(&mut self, ws: &Workspace) -> Arc<Corpus> {
        let stale = std::mem::take(&mut self.stale);
        let patched = match self.corpus.as_mut() {
            Some(_) if stale.is_empty() => true,
            Some(corpus) => Arc::get_mut(corpus).is_some_and(|c| patch(c, ws, &stale)),
            None => false,
        };
        if !patched {
            self.corpus = Some(Arc::new(Corpus::from_workspace(ws)));
        }
        Arc::clone(self.corpus.get_or_insert_with(Default::default))
    }
}

/// Makes the entries of stories `stale` again from `ws`, in place; `false` when the corpus does not fit the
/// workspace (a story gone): build it again then.
fn patch(corpus: &mut Corpus, ws: &Workspace, stale: &BTreeSet<usize>) -> bool {
    for &si in stale {
        let Some(story) = ws.stories.get(si) else { return false };
        // Entries are in story order, then claim order.
        let start = corpus.entries.partition_point(|e| (e.story as usize) < si);
        let end = corpus.entries.partition_point(|e| (e.story as usize) <= si);
        let fresh = story.file.claims.iter().enumerate().map(|(ci, c)| Entry::new(si as u32, ci as u32, c));
        corpus.entries.splice(start..end, fresh);
    }
    corpus.entries.len() == ws.stories.iter().map(|s| s.file.claims.len()).sum::<usize>()
}
