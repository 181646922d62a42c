//! "Have we checked this before?": a BM25 index over what says what each claim is (its text, quote,
//! claimant, summary or notes' first line; an imported review's title), with word pairs, and numbers and
//! abbreviations normalised (`similar::terms`). `factdesk similar` and the UI's similar panel read it, and
//! `similar::bench` measures it on CLEF-2020 CheckThat! Task 2.
//!
//! A lookup always returns the ranked top-k with scores; how close a match is becomes a label
//! ([`Closeness`]: "same claim", "related", "weak"), never a filter. Lookups read only the inverted lists of
//! the query's terms (never the whole workspace) into one dense accumulator.
//!
//! An extra kind of document (an imported ClaimReview from another outlet) plugs in as one more
//! [`DocRef`] ([`DocRef::review`]) with its [`Fields`] (claim text as `text`, headline as `title`).

#[cfg(feature = "dev")]
pub mod baseline;
pub mod bench;
pub mod table;
pub mod terms;

use crate::model::Claim;
use crate::store::Workspace;
use std::collections::HashMap;

/// Where an indexed document lives: a claim of the workspace (`story`, `claim`), or, with
/// `story == REVIEWS`, the `claim`-th imported external review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocRef {
    pub story: u32,
    pub claim: u32,
}

/// The `story` of a [`DocRef`] that names an imported external review rather than a workspace claim.
pub const REVIEWS: u32 = u32::MAX;

impl DocRef {
    /// The `n`-th imported external review.
    pub fn review(n: u32) -> Self {
        DocRef { story: REVIEWS, claim: n }
    }

    pub fn is_review(self) -> bool {
        self.story == REVIEWS
    }
}

/// What says what a document is, field by field (empty fields are fine).
#[derive(Debug, Clone, Copy, Default)]
pub struct Fields<'a> {
    pub text: &'a str,
    pub quote: &'a str,
    pub claimant: &'a str,
    /// The summary, or the notes' first line when there is no summary.
    pub summary: &'a str,
    /// The title of the review that checked it (an imported ClaimReview's headline).
    pub title: &'a str,
}

impl<'a> Fields<'a> {
    /// Just a text (a claim being typed, `factdesk similar --text`).
    pub fn text(text: &'a str) -> Self {
        Fields { text, ..Default::default() }
    }

    /// A workspace claim's fields.
    pub fn of(c: &'a Claim) -> Self {
        let summary = if c.summary.trim().is_empty() {
            c.notes.lines().find(|l| !l.trim().is_empty()).unwrap_or("")
        } else {
            &c.summary
        };
        // The quote usually repeats the text; it counts once when it does.
        let quote = if c.quote.exact.trim() == c.text.trim() { "" } else { c.quote.exact.as_str() };
        Fields { text: &c.text, quote, claimant: &c.claimant, summary, title: "" }
    }
}

/// The ranking function's settings. [`Params::default`] is the shipped model, tuned on the CheckThat!
/// 2020 Task 2 train and dev tweets only (see BENCHMARKS.md).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// BM25 length normalisation.
    pub b: f32,
    /// Weight of a word pair against a word.
    pub bigram: f32,
    /// Field weights.
    pub text: f32,
    pub quote: f32,
    pub claimant: f32,
    pub summary: f32,
    pub title: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params { k1: 1.6, b: 0.5, bigram: 0.0, text: 1.0, quote: 0.5, claimant: 0.5, summary: 0.5, title: 1.0 }
    }
}

/// How close a match is, from its [`Similar::score`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Closeness {
    Weak,
    Related,
    SameClaim,
}

/// Scores at least this close are labelled "same claim". Calibrated on the CheckThat! 2020 Task 2 train and
/// dev tweets: a first result labelled so was right 156 of 159 times (train) and 39 of 39 (dev).
pub const SAME_CLAIM: f32 = 0.45;
/// Scores at least this close are labelled "related" (right 352 of 399 and 70 of 83 times as a first result);
/// below, "weak" (140 of 242 and 29 of 75). Where the old index hid everything under its 0.35 cosine cut-off,
/// the label now says how far to trust a match.
pub const RELATED: f32 = 0.25;

impl Closeness {
    pub fn of(score: f32) -> Self {
        if score >= SAME_CLAIM {
            Closeness::SameClaim
        } else if score >= RELATED {
            Closeness::Related
        } else {
            Closeness::Weak
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Closeness::SameClaim => "same claim",
            Closeness::Related => "related",
            Closeness::Weak => "weak",
        }
    }
}

/// One similar document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similar {
    pub doc: DocRef,
    /// How close the document is, 0..1: its BM25 score over the geometric mean of the query's and the
    /// document's scores against themselves (a copy scores 1).
    pub score: f32,
    /// The raw BM25 score, which ranks.
    pub bm25: f32,
}

impl Similar {
    pub fn closeness(&self) -> Closeness {
        Closeness::of(self.score)
    }
}

/// What one lookup cost: the evidence that it went through the index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LookupStats {
    /// Postings read from the inverted lists.
    pub postings: usize,
    /// Distinct documents touched.
    pub touched: usize,
}

/// A BM25 index of every claim (and any imported review), with inverted lists. Build it once per load, off
/// the UI thread.
#[derive(Debug, Clone, Default)]
pub struct SimilarIndex {
    params: Params,
    docs: Vec<DocRef>,
    /// Term hashes and their numbers, sorted by hash (half the memory of a hash map, and stored as is).
    vocab: Vec<(u64, u32)>,
    /// Per term: its documents and BM25 impacts (CSR: `post_off[t]..post_off[t+1]`).
    post_off: Vec<u32>,
    postings: Vec<(u32, f32)>,
    idf: Vec<f32>,
    avgdl: f32,
    /// Per document: its BM25 score against itself, which scales a match into 0..1.
    own: Vec<f32>,
}

/// A document's or a query's weighted terms, summed per term, and its length.
fn bag(f: &Fields, p: &Params) -> (Vec<(u64, f32)>, f32) {
    let mut v = Vec::new();
    for (text, w) in
        [(f.text, p.text), (f.quote, p.quote), (f.claimant, p.claimant), (f.summary, p.summary), (f.title, p.title)]
    {
        if w <= 0.0 || text.is_empty() {
            continue;
        }
        let from = v.len();
        terms::terms(text, p.bigram, &mut v);
        v[from..].iter_mut().for_each(|(_, x)| *x *= w);
    }
    v.sort_unstable_by_key(|&(t, _)| t);
    let mut out: Vec<(u64, f32)> = Vec::with_capacity(v.len());
    let mut len = 0.0;
    for (t, w) in v {
        len += w;
        match out.last_mut() {
            Some((lt, lw)) if *lt == t => *lw += w,
            _ => out.push((t, w)),
        }
    }
    (out, len)
}

/// Builds a [`SimilarIndex`] a document at a time ([`SimilarIndex::from_docs`] in steps), so a caller holding the
/// documents' texts can free them before [`Builder::finish`] lays out the postings: a million claims' texts, their
/// terms and their postings are then never in memory at once.
pub struct Builder {
    ix: SimilarIndex,
    vocab: HashMap<u64, u32>,
    /// Every document's (term, tf), concatenated, in blocks (a block is freed once its postings are laid out, and
    /// growing never copies the whole list).
    raw: Vec<Vec<(u32, f32)>>,
    /// Terms per document.
    counts: Vec<u32>,
    lens: Vec<f32>,
    df: Vec<u32>,
}

/// Entries per block of [`Builder`]'s terms (1 MB: small enough that the blocks already laid out can be given back
/// while the postings fill, see [`Builder::finish_releasing`]).
const RAW_BLOCK: usize = 1 << 17;

/// How many blocks of terms [`Builder::finish_releasing`] lays out between two releases, of `blocks` in all: each
/// one up to 16 blocks, then a sixteenth of them (at most a sixteenth of the terms is then held beside the postings).
fn release_every(blocks: usize) -> usize {
    (blocks / 16).max(1)
}

impl Builder {
    pub fn new(params: Params) -> Builder {
        Builder {
            ix: SimilarIndex { params, ..Default::default() },
            vocab: HashMap::new(),
            raw: Vec::new(),
            counts: Vec::new(),
            lens: Vec::new(),
            df: Vec::new(),
        }
    }

    /// Adds one document.
    pub fn add(&mut self, doc: DocRef, fields: &Fields) {
        let (bag, len) = bag(fields, &self.ix.params);
        self.counts.push(bag.len() as u32);
        for (h, w) in bag {
            let next = self.vocab.len() as u32;
            let t = *self.vocab.entry(h).or_insert(next);
            if t as usize == self.df.len() {
                self.df.push(0);
            }
            self.df[t as usize] += 1;
            if self.raw.last().is_none_or(|b| b.len() == RAW_BLOCK) {
                self.raw.push(Vec::with_capacity(RAW_BLOCK));
            }
            if let Some(block) = self.raw.last_mut() {
                block.push((t, w));
            }
        }
        self.lens.push(len);
        self.ix.docs.push(doc);
    }

    /// The index of every document added.
    pub fn finish(self) -> SimilarIndex {
        self.finish_releasing(|| {})
    }

    /// [`Builder::finish`], calling `release` as blocks of terms are laid out and freed, so the caller can give that
    /// memory back to the system at once (the terms and the postings then never take twice the room): after every
    /// block, or every sixteenth of them in a big index (a release costs more as the heap grows).
    pub fn finish_releasing(self, mut release: impl FnMut()) -> SimilarIndex {
        let Builder { mut ix, vocab, raw, counts, lens, df } = self;
        ix.vocab = vocab.into_iter().collect();
        ix.vocab.sort_unstable();
        let n = ix.docs.len() as f32;
        ix.avgdl = (lens.iter().sum::<f32>() / n.max(1.0)).max(1.0);
        ix.idf = df.iter().map(|&d| (1.0 + (n - d as f32 + 0.5) / (d as f32 + 0.5)).ln()).collect();
        // Inverted lists, by counting sort, holding each posting's BM25 impact.
        ix.post_off = offsets(&df);
        let mut fill: Vec<u32> = ix.post_off[..df.len()].to_vec();
        let mut postings = vec![(0, 0.0); ix.post_off[df.len()] as usize];
        let Params { k1, b, .. } = ix.params;
        ix.own = Vec::with_capacity(ix.docs.len());
        // Blocks are dropped as the walk leaves them.
        let every = release_every(raw.len());
        let mut terms = raw.into_iter().flatten();
        let (mut walked, mut blocks) = (0, 0);
        for (d, &count) in counts.iter().enumerate() {
            let norm = k1 * (1.0 - b + b * lens[d] / ix.avgdl);
            let mut own = 0.0;
            for (t, tf) in terms.by_ref().take(count as usize) {
                let slot = &mut fill[t as usize];
                let impact = ix.idf[t as usize] * tf * (k1 + 1.0) / (tf + norm);
                postings[*slot as usize] = (d as u32, impact);
                own += tf * impact;
                *slot += 1;
            }
            walked += count as usize;
            if walked >= RAW_BLOCK {
                // The block just walked is dropped once the walk is in the next one.
                walked -= RAW_BLOCK;
                blocks += 1;
                if blocks % every == 0 {
                    release();
                }
            }
            ix.own.push(own);
        }
        ix.postings = postings;
        ix
    }
}

impl SimilarIndex {
    /// Indexes every claim of the workspace.
    pub fn build(ws: &Workspace) -> Self {
        Self::from_docs(
            ws.stories.iter().enumerate().flat_map(|(si, s)| {
                s.file
                    .claims
                    .iter()
                    .enumerate()
                    .map(move |(ci, c)| (DocRef { story: si as u32, claim: ci as u32 }, Fields::of(c)))
            }),
            Params::default(),
        )
    }

    /// Indexes the given texts (text only).
    pub fn from_texts<'a>(items: impl IntoIterator<Item = (DocRef, &'a str)>) -> Self {
        Self::from_docs(items.into_iter().map(|(d, t)| (d, Fields::text(t))), Params::default())
    }

    /// Indexes the given documents with the given settings.
    pub fn from_docs<'a>(items: impl IntoIterator<Item = (DocRef, Fields<'a>)>, params: Params) -> Self {
        let mut b = Builder::new(params);
        for (doc, fields) in items {
            b.add(doc, &fields);
        }
        b.finish()
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn params(&self) -> Params {
        self.params
    }

    /// The bytes the index holds on the heap (its arrays' capacities).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.docs.capacity() * size_of::<DocRef>()
            + self.vocab.capacity() * size_of::<(u64, u32)>()
            + self.post_off.capacity() * 4
            + self.postings.capacity() * size_of::<(u32, f32)>()
            + self.idf.capacity() * 4
            + self.own.capacity() * 4
    }

    /// The `d`-th indexed document.
    pub fn doc(&self, d: usize) -> Option<DocRef> {
        self.docs.get(d).copied()
    }

    /// Where `doc` is among the indexed documents.
    pub fn position(&self, doc: DocRef) -> Option<usize> {
        // Built from a workspace, documents are in (story, claim) order.
        match self.docs.binary_search(&doc) {
            Ok(i) => Some(i),
            Err(_) => self.docs.iter().position(|&d| d == doc),
        }
    }

    fn term(&self, h: u64) -> Option<u32> {
        self.vocab.binary_search_by_key(&h, |&(k, _)| k).ok().map(|i| self.vocab[i].1)
    }

    fn posting(&self, t: u32) -> &[(u32, f32)] {
        &self.postings[self.post_off[t as usize] as usize..self.post_off[t as usize + 1] as usize]
    }

    /// Documents like `query`, best first, `exclude` left out (the claim itself); always the top `limit`
    /// that share a term with it, however weak (see [`Similar::closeness`]).
    pub fn lookup(&self, query: &Fields, exclude: Option<DocRef>, limit: usize) -> (Vec<Similar>, LookupStats) {
        let mut stats = LookupStats::default();
        let (bag, qlen) = bag(query, &self.params);
        let Params { k1, b, .. } = self.params;
        let qnorm = k1 * (1.0 - b + b * qlen / self.avgdl);
        // One dense accumulator (4 bytes a document) and the list of documents it touched.
        let mut acc: Vec<f32> = vec![0.0; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut own = 0.0f32;
        for &(h, qtf) in &bag {
            let Some(t) = self.term(h) else {
                // A term no document has: it still counts in the query's score against itself, as a term seen once.
                let idf = (1.0 + (self.docs.len() as f32 + 0.5) / 1.5).ln();
                own += qtf * idf * qtf * (k1 + 1.0) / (qtf + qnorm);
                continue;
            };
            let idf = self.idf[t as usize];
            own += qtf * idf * qtf * (k1 + 1.0) / (qtf + qnorm);
            let list = self.posting(t);
            stats.postings += list.len();
            for &(d, impact) in list {
                let a = &mut acc[d as usize];
                if *a == 0.0 {
                    touched.push(d);
                }
                *a += qtf * impact;
            }
        }
        stats.touched = touched.len();
        let mut out: Vec<Similar> = touched
            .into_iter()
            .filter(|&d| Some(self.docs[d as usize]) != exclude)
            .map(|d| (d, acc[d as usize]))
            .map(|(d, s)| {
                // Scaled by both sides' scores against themselves (a geometric mean, as cosine does): a copy
                // scores 1, and neither a short query inside a long claim nor the reverse does.
                let scale = (own * self.own[d as usize]).sqrt().max(f32::MIN_POSITIVE);
                Similar { doc: self.docs[d as usize], score: (s / scale).min(1.0), bm25: s }
            })
            .collect();
        let by_rank = |a: &Similar, b: &Similar| b.bm25.total_cmp(&a.bm25).then(a.doc.cmp(&b.doc));
        if out.len() > limit {
            out.select_nth_unstable_by(limit, by_rank);
            out.truncate(limit);
        }
        out.sort_unstable_by(by_rank);
        (out, stats)
    }

    /// Claims like the workspace claim `doc` (whose fields are `fields`), itself left out, best first.
    pub fn similar_to(&self, doc: DocRef, fields: &Fields, limit: usize) -> (Vec<Similar>, LookupStats) {
        self.lookup(fields, Some(doc), limit)
    }

    /// Documents like any text (a claim being typed, `factdesk similar --text`), best first.
    pub fn similar_to_text(&self, text: &str, limit: usize) -> (Vec<Similar>, LookupStats) {
        self.lookup(&Fields::text(text), None, limit)
    }
}

/// Where each term's postings start in a counting sort, from each term's count: 0, then the running sums (one
/// more entry than `counts`; the last is the number of postings).
fn offsets(counts: &[u32]) -> Vec<u32> {
    let mut off = Vec::with_capacity(counts.len() + 1);
    off.push(0);
    let mut acc = 0u32;
    for &d in counts {
        acc += d;
        off.push(acc);
    }
    off
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(i: usize) -> DocRef {
        DocRef { story: (i / 100) as u32, claim: (i % 100) as u32 }
    }

    #[test]
    fn terms_given_back_block_by_block_lay_out_the_same_index() {
        // Enough terms for several blocks: the walk crosses block ends mid-document.
        let texts: Vec<String> = (0..40_000)
            .map(|i| format!("claim {i} says {} beds in {} district {} of {}", i * 7, i % 311, i % 97, 2000 + i % 25))
            .collect();
        let build = |releasing: bool| {
            let mut b = Builder::new(Params::default());
            for (i, t) in texts.iter().enumerate() {
                b.add(at(i), &Fields::text(t));
            }
            let mut released = 0;
            let ix = if releasing { b.finish_releasing(|| released += 1) } else { b.finish() };
            (ix, released)
        };
        let ((plain, _), (released, calls)) = (build(false), build(true));
        let terms = plain.postings.len();
        assert!(terms > 2 * RAW_BLOCK, "{terms} terms: more than two blocks");
        assert_eq!(calls, terms / RAW_BLOCK, "one call per block walked, in an index of fewer than 32 blocks");
        assert_eq!((release_every(17), release_every(31), release_every(32), release_every(200)), (1, 1, 2, 12));
        assert_eq!(plain.postings, released.postings);
        assert_eq!(plain.post_off, released.post_off);
        assert_eq!(plain.own, released.own);
        let q = Fields::text("claim 4242 says 29694 beds");
        let hits = |ix: &SimilarIndex| ix.lookup(&q, None, 5).0.iter().map(|h| (h.doc, h.score)).collect::<Vec<_>>();
        assert_eq!(hits(&plain), hits(&released));
        assert_eq!(hits(&plain)[0].0, at(4242));
    }

    #[test]
    fn near_duplicate_ranks_first_through_the_index() {
        let mut texts: Vec<String> = (0..3000)
            .map(|i| {
                format!("The ministry counted {} hospital beds in district {} during {}", i * 13, i % 97, 2000 + i % 25)
            })
            .collect();
        texts.push("Police raided 40 scam compounds near Sihanoukville last year".into());
        texts.push("Police raided 40 scam compounds near Sihanoukville in 2024".into()); // the planted twin
        texts.push("Police raided 12 casinos near Bangkok".into());
        let ix = SimilarIndex::from_texts(texts.iter().enumerate().map(|(i, t)| (at(i), t.as_str())));
        let probe = texts.len() - 3;
        let (found, stats) = ix.similar_to(at(probe), &Fields::text(&texts[probe]), 5);
        let twin = texts.len() - 2;
        assert_eq!(found[0].doc, at(twin));
        assert_eq!(found[0].closeness(), Closeness::SameClaim, "{found:?}");
        assert!(found.iter().all(|s| s.doc != at(probe)));
        // Through the index: only claims sharing a term were touched, not all 3003.
        assert!(stats.touched < 50, "{stats:?}");
        let (by_text, _) = ix.similar_to_text("scam compounds raided near Sihanoukville", 3);
        assert!(by_text.len() >= 2 && by_text.iter().take(2).all(|s| s.doc.story == 30));
    }

    #[test]
    fn weak_matches_are_listed_and_labelled_not_hidden() {
        let texts = ["The minimum wage rose to 12 dollars in 2023", "Bridges in the north were closed for repairs"];
        let ix = SimilarIndex::from_texts(texts.iter().enumerate().map(|(i, t)| (at(i), *t)));
        let (found, _) = ix.similar_to_text("Fuel prices and the wage debate in parliament", 5);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].doc, at(0));
        assert_eq!(found[0].closeness(), Closeness::Weak);
        let (copy, _) = ix.similar_to_text(texts[0], 5);
        assert!((copy[0].score - 1.0).abs() < 1e-4, "a copy scores 1: {copy:?}");
    }

    #[test]
    fn a_review_is_one_more_kind_of_document() {
        let ix = SimilarIndex::from_docs(
            [
                (at(0), Fields::text("The bridge cost 40 million dollars")),
                (
                    DocRef::review(0),
                    Fields {
                        text: "Says the U.N. cut its refugee budget by half",
                        title: "Did the UN halve refugee aid?",
                        ..Default::default()
                    },
                ),
            ],
            Params::default(),
        );
        let (found, _) = ix.similar_to_text("UN halves its refugee budget", 2);
        assert!(found[0].doc.is_review(), "{found:?}");
        let (found, _) = ix.similar_to_text("a $40m bridge", 2);
        assert_eq!(found[0].doc, at(0));
    }
}
