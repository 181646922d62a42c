//! "Checked before?" for the selected claim: the similar-claims index asked about it, for the detail pane and
//! the merge picker (`M` on a candidate lists the earlier checks like it first, from any story).

use super::*;
use crate::similar::{Closeness, Fields};

/// A claim like the selected one, found by the index and still in the workspace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    /// How much of the selected claim it matches, 0..1.
    pub score: f32,
    pub story: usize,
    pub claim: usize,
}

impl Found {
    pub fn closeness(&self) -> Closeness {
        Closeness::of(self.score)
    }
}

impl App {
    /// The `limit` claims most like claim `ci` of story `si`, best first, however weak (each has its label);
    /// empty until the index is built.
    pub fn similar_to(&self, si: usize, ci: usize, limit: usize) -> Vec<Found> {
        let (Some(sim), Some(story)) = (&self.similar, self.ws.stories.get(si)) else { return Vec::new() };
        let Some(c) = story.file.claims.get(ci) else { return Vec::new() };
        sim.lookup(&Fields::of(c), &story.slug, &c.id, limit)
            .into_iter()
            .filter_map(|(score, slug, id)| {
                // Found by slug and id: the index may be older than the last edit.
                let story = self.ws.stories.iter().position(|s| s.slug == slug)?;
                let claim = self.ws.stories[story].file.claims.iter().position(|c| c.id == id)?;
                Some(Found { score, story, claim })
            })
            .collect()
    }
}

/// How many earlier checks the merge picker offers first.
const MERGE_TARGETS: usize = 5;

/// The merge picker's first rows for candidate `ci` of story `si`: the checked (not candidate) claims most like
/// it, from any story, labelled with how close they are.
pub(super) fn merge_targets(app: &App, si: usize, ci: usize) -> Vec<PickItem> {
    app.similar_to(si, ci, MERGE_TARGETS + 5)
        .into_iter()
        .filter(|f| app.ws.stories[f.story].file.claims[f.claim].status != Status::Candidate)
        .take(MERGE_TARGETS)
        .map(|f| {
            let story = &app.ws.stories[f.story];
            let c = &story.file.claims[f.claim];
            let verdict = if c.verdict.is_empty() { "no verdict" } else { c.verdict.as_str() };
            let label = format!(
                "{} {:.2} · {}/{} ({verdict}) — {}",
                f.closeness().label(),
                f.score,
                story.slug,
                c.id,
                c.text.chars().take(50).collect::<String>()
            );
            let value = if f.story == si {
                PickValue::MergeInto(f.claim)
            } else {
                PickValue::MergeAcross { slug: story.slug.clone(), id: c.id.clone() }
            };
            PickItem { label, value, color: String::new() }
        })
        .collect()
}
