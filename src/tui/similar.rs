//! The similar-claims panel's index: built in the background from a snapshot of what says what each claim is
//! (text, quote, claimant, summary or notes' first line).

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
/// fields in one buffer, and each story's names.
#[derive(Debug, Default)]
pub struct SimilarInput {
    docs: Vec<(u32, u32)>,
    texts: String,
    /// Where each claim's fields end in `texts`: `FIELDS` ends a claim.
    ends: Vec<u32>,
    names: Vec<StoryNames>,
}

/// Fields copied per claim: text, quote, claimant, summary.
const FIELDS: usize = 4;

impl SimilarClaims {
    /// Copies the story, claim, slug, id and fields of every claim.
    pub fn input(ws: &Workspace) -> SimilarInput {
        Self::input_of(0, &ws.stories)
    }

    /// [`SimilarClaims::input`] of some stories only, the first of which is story `first` of the workspace: a
    /// part as the runner hands it over (see [`SimilarClaims::build_parts`]).
    pub fn input_of(first: usize, stories: &[crate::store::Story]) -> SimilarInput {
        let mut v = SimilarInput::default();
        for (si, s) in stories.iter().enumerate() {
            let si = first + si;
            let mut names = StoryNames { slug: s.slug.clone(), ..Default::default() };
            for (ci, c) in s.file.claims.iter().enumerate() {
                v.docs.push((si as u32, ci as u32));
                let f = crate::similar::Fields::of(c);
                for field in [f.text, f.quote, f.claimant, f.summary] {
                    v.texts.push_str(field);
                    v.ends.push(v.texts.len() as u32);
                }
                names.ids.push_str(&c.id);
                names.ends.push(names.ids.len() as u32);
            }
            v.names.push(names);
        }
        v
    }

    pub fn build(input: SimilarInput) -> Self {
        Self::build_parts([input])
    }

    /// The index of stories copied a part at a time (in the workspace's order, say a loader's chunks), each part
    /// dropped once its claims' terms are taken: only one part's texts are ever held, never every claim's.
    pub fn build_parts(parts: impl IntoIterator<Item = SimilarInput>) -> Self {
        Self::build_parts_releasing(parts, || {})
    }

    /// [`SimilarClaims::build_parts`], calling `release` as the index's scratch space is freed (see
    /// [`crate::similar::Builder::finish_releasing`]).
    pub fn build_parts_releasing(parts: impl IntoIterator<Item = SimilarInput>, release: impl FnMut()) -> Self {
        use crate::similar::{Builder, DocRef, Fields, Params};
        let mut b = Builder::new(Params::default());
        let mut all_names = Vec::new();
        for SimilarInput { docs, texts, ends, names } in parts {
            let field = |k: usize| {
                let start = if k == 0 { 0 } else { ends[k - 1] as usize };
                texts.get(start..ends[k] as usize).unwrap_or("")
            };
            for (k, &(story, claim)) in docs.iter().enumerate() {
                let f = |i| field(k * FIELDS + i);
                b.add(
                    DocRef { story, claim },
                    &Fields { text: f(0), quote: f(1), claimant: f(2), summary: f(3), title: "" },
                );
            }
            all_names.extend(names);
        }
        SimilarClaims { index: b.finish_releasing(release), names: all_names, externals: Vec::new() }
    }

    /// One story's [`SimilarClaims::input`] (`input_of(0, [story])`) renumbered as story `si`.
    pub fn numbered(mut input: SimilarInput, si: usize) -> SimilarInput {
        for d in &mut input.docs {
            d.0 = si as u32;
        }
        input
    }

    /// How many stories the index was built from.
    pub fn stories(&self) -> usize {
        self.names.len()
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

    /// The index the cache already holds (`cache::load_similar_table`), when it was built from exactly these
    /// claims: the same stories, ids and fields, in the same order. `None`: build it instead.
    pub fn from_table(table: crate::similar::table::SimilarTable, input: SimilarInput) -> Result<Self, SimilarInput> {
        let field = |k: usize| {
            let start = if k == 0 { 0 } else { input.ends[k - 1] as usize };
            input.texts.get(start..input.ends[k] as usize).unwrap_or("")
        };
        let same = table.index.len() == input.docs.len()
            && input.docs.iter().enumerate().all(|(k, &(story, claim))| {
                let (Some(names), Some(row)) = (input.names.get(story as usize), table.row(k)) else { return false };
                let f = |i| field(k * FIELDS + i);
                table.index.doc(k) == Some(crate::similar::DocRef { story, claim })
                    && row.story == names.slug
                    && names.id(claim as usize) == Some(row.id.as_str())
                    && (row.text.as_str(), row.quote.as_str(), row.claimant.as_str(), row.summary.as_str())
                        == (f(0), f(1), f(2), f(3))
            });
        if !same {
            return Err(input);
        }
        Ok(SimilarClaims { index: table.index, names: input.names, externals: Vec::new() })
    }

    /// The claims most like `query`, other than (`slug`, `id`): (score 0..1, slug, id), best first, however
    /// weak (label them with [`crate::similar::Closeness::of`]).
    pub fn lookup(
        &self,
        query: &crate::similar::Fields,
        slug: &str,
        id: &str,
        limit: usize,
    ) -> Vec<(f32, String, String)> {
        let (hits, _) = self.index.lookup(query, None, limit + 1);
        hits.into_iter()
            .filter_map(|h| {
                let names = self.names.get(h.doc.story as usize)?;
                let i = names.id(h.doc.claim as usize)?;
                (names.slug != slug || i != id).then(|| (h.score, names.slug.clone(), i.to_string()))
            })
            .take(limit)
            .collect()
    }
}
