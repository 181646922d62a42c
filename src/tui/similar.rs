//! The similar-claims panel's index: built in the background from a snapshot of the claims' texts.

use crate::store::Workspace;

/// The similar-claims index with the (story slug, claim id) of every indexed claim, so results stay
/// right after edits shift claims around; built from a snapshot of the claims' texts.
#[derive(Debug, Default)]
pub struct SimilarClaims {
    pub index: crate::similar::SimilarIndex,
    /// Story index at build time -> the story's slug and its claims' ids.
    names: Vec<StoryNames>,
    /// Other newsrooms' fact-checks from `archive/` (`factdesk import-claimreview`), shown as external.
    pub externals: Vec<crate::archive::External>,
}

/// A story's slug and its claims' ids, in one buffer (a big workspace has a hundred thousand ids).
#[derive(Debug, Default)]
struct StoryNames {
    slug: String,
    ids: String,
    /// Where each claim's id ends in `ids`.
    ends: Vec<u32>,
}

impl StoryNames {
    fn id(&self, claim: usize) -> Option<&str> {
        let end = *self.ends.get(claim)? as usize;
        let start = if claim == 0 { 0 } else { self.ends[claim - 1] as usize };
        self.ids.get(start..end)
    }
}

/// Indexes are compared by identity (actions compare equal in tests only when they carry the same index).
impl PartialEq for SimilarClaims {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// What the index needs from the workspace, copied so it can be built on another thread: every claim's
/// text in one buffer, and each story's names.
#[derive(Debug, Default)]
pub struct SimilarInput {
    docs: Vec<(u32, u32)>,
    texts: String,
    /// Where each claim's text ends in `texts`.
    ends: Vec<u32>,
    names: Vec<StoryNames>,
}

impl SimilarClaims {
    /// Copies the story, claim, slug, id and text of every claim.
    pub fn input(ws: &Workspace) -> SimilarInput {
        let mut v = SimilarInput::default();
        for (si, s) in ws.stories.iter().enumerate() {
            let mut names = StoryNames { slug: s.slug.clone(), ..Default::default() };
            for (ci, c) in s.file.claims.iter().enumerate() {
                v.docs.push((si as u32, ci as u32));
                v.texts.push_str(&c.text);
                v.ends.push(v.texts.len() as u32);
                names.ids.push_str(&c.id);
                names.ends.push(names.ids.len() as u32);
            }
            v.names.push(names);
        }
        v
    }

    pub fn build(input: SimilarInput) -> Self {
        use crate::similar::{DocRef, SimilarIndex};
        let SimilarInput { docs, texts, ends, names } = input;
        let index = SimilarIndex::from_texts(docs.iter().enumerate().map(|(k, &(story, claim))| {
            let start = if k == 0 { 0 } else { ends[k - 1] as usize };
            (DocRef { story, claim }, &texts[start..ends[k] as usize])
        }));
        SimilarClaims { index, names, externals: Vec::new() }
    }

    /// The same index, with the imported fact-checks of `archive/` (read by the runner's effects).
    pub fn with_externals(mut self, externals: Vec<crate::archive::External>) -> Self {
        self.externals = externals;
        self
    }

    /// Imported fact-checks that say nearly the same as `text`: (score, the check), best first.
    pub fn lookup_external(&self, text: &str, limit: usize) -> Vec<(f32, &crate::archive::External)> {
        crate::archive::similar(&self.externals, text, limit)
    }

    /// Claims that say nearly the same as `text`, other than (`slug`, `id`): (score, slug, id), best first.
    pub fn lookup(&self, text: &str, slug: &str, id: &str, limit: usize) -> Vec<(f32, String, String)> {
        let (hits, _) = self.index.similar_to_text(text, limit + 1);
        hits.into_iter()
            .filter(|h| h.score >= crate::similar::MIN_SIMILARITY)
            .filter_map(|h| {
                let names = self.names.get(h.doc.story as usize)?;
                let i = names.id(h.doc.claim as usize)?;
                (names.slug != slug || i != id).then(|| (h.score, names.slug.clone(), i.to_string()))
            })
            .take(limit)
            .collect()
    }
}
