//! The header's counts of claims (by verdict, reviewed, candidates to triage), kept rather than counted at every
//! frame: a million-claim archive would otherwise be gone over at every key. Counted again after any change to the
//! claims (the same moments the `/` filter's corpus is dropped), and added to as stories load.

use super::*;
use crate::model::WorkspaceConfig;

/// What the header counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Claims that are not candidates.
    pub total: usize,
    /// Of those, reviewed or published.
    pub reviewed: usize,
    /// Of those, without a verdict.
    pub none: usize,
    /// Of those, with a verdict the scale does not know.
    pub unknown: usize,
    /// Candidates still to triage.
    pub candidates: usize,
    /// Per verdict of the scale, in its order.
    pub counts: Vec<usize>,
}

impl Tally {
    /// The counts of every claim of `ws`.
    pub fn of(ws: &Workspace) -> Tally {
        let mut t = Tally { counts: vec![0; ws.config.verdicts.len()], ..Tally::default() };
        for s in &ws.stories {
            t.add(&s.file.claims, &ws.config);
        }
        t
    }

    fn add(&mut self, claims: &[Claim], config: &WorkspaceConfig) {
        for c in claims {
            if c.status == Status::Candidate {
                self.candidates += 1;
                continue;
            }
            self.total += 1;
            if matches!(c.status, Status::Reviewed | Status::Published) {
                self.reviewed += 1;
            }
            match config.verdicts.iter().position(|v| v.name == c.verdict) {
                Some(i) => self.counts[i] += 1,
                None if c.verdict.is_empty() => self.none += 1,
                None => self.unknown += 1,
            }
        }
    }
}

impl App {
    /// The header's counts, counted once after each change.
    pub fn tally(&self) -> &Tally {
        self.tally.get_or_init(|| Tally::of(&self.ws))
    }

    /// Call after any change to the claims or the settings: what was worked out from every claim is dropped.
    pub(super) fn claims_changed(&mut self) {
        self.corpus.clear();
        self.tally = std::cell::OnceCell::new();
    }

    /// Call after an edit to story `si`'s claims: the counts are counted again, and the filter's entries of that
    /// story alone are made again.
    pub(super) fn story_claims_changed(&mut self, si: usize) {
        self.corpus.story_changed(si);
        self.tally = std::cell::OnceCell::new();
    }

    /// Stories `from..` were just added: their claims join the counts.
    pub(super) fn tally_added(&mut self, from: usize) {
        if let Some(t) = self.tally.get_mut() {
            for s in &self.ws.stories[from..] {
                t.add(&s.file.claims, &self.ws.config);
            }
        }
    }
}
