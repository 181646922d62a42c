//! The similar-claims index as it was before issue 18 (TF-IDF cosine over the claim text, a 0.35 cut-off),
//! kept only so `factdesk bench-similar` can measure the change against it.

use super::terms::{unspaced_script, unspaced_terms};
use super::{DocRef, LookupStats, Similar, offsets};
use std::collections::HashMap;

/// Claims at least this similar (cosine, 0..1) are listed.
pub const MIN_SIMILARITY: f32 = 0.35;
/// How many candidates from the inverted lists are rescored exactly.
const RESCORE: usize = 256;

/// Splits text into index terms.
pub fn tokenize(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if unspaced_script(c) {
            let start = i;
            while i < chars.len() && unspaced_script(chars[i]) {
                i += 1;
            }
            out.extend(unspaced_terms(&chars[start..i]));
        } else if c.is_alphanumeric() {
            let mut word = String::new();
            while i < chars.len() {
                let c = chars[i];
                let between_digits = |i: usize| {
                    i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                };
                if c.is_alphanumeric() && !unspaced_script(c) {
                    word.extend(c.to_lowercase());
                } else if c == ',' && between_digits(i) {
                    // thousands separator: dropped
                } else if c == '.' && between_digits(i) {
                    word.push('.');
                } else {
                    break;
                }
                i += 1;
            }
            if !STOP.contains(&word.as_str()) {
                out.push(word);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Words too common to say anything about a claim.
const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have", "in", "is", "it", "its",
    "of", "on", "or", "said", "than", "that", "the", "their", "this", "to", "was", "were", "which", "with",
];

/// A TF-IDF index of every claim's text, with inverted lists. Build it once per load, off the UI thread.
#[derive(Debug, Clone, Default)]
pub struct TfIdfIndex {
    docs: Vec<DocRef>,
    vocab: HashMap<String, u32>,
    /// Per term: its documents and weights (CSR: `post_off[t]..post_off[t+1]`).
    post_off: Vec<u32>,
    postings: Vec<(u32, f32)>,
    /// Per document: its terms (sorted) and normalized weights.
    doc_off: Vec<u32>,
    doc_terms: Vec<(u32, f32)>,
    idf: Vec<f32>,
}

impl TfIdfIndex {
    /// Indexes the given texts.
    pub fn from_texts<'a>(items: impl IntoIterator<Item = (DocRef, &'a str)>) -> Self {
        let mut ix = TfIdfIndex::default();
        let mut raw: Vec<Vec<(u32, u32)>> = Vec::new(); // per doc: (term, count)
        let mut df: Vec<u32> = Vec::new();
        for (doc, text) in items {
            let mut counts: HashMap<u32, u32> = HashMap::new();
            for tok in tokenize(text) {
                let next = ix.vocab.len() as u32;
                let t = *ix.vocab.entry(tok).or_insert(next);
                if t as usize == df.len() {
                    df.push(0);
                }
                *counts.entry(t).or_insert(0) += 1;
            }
            let mut terms: Vec<(u32, u32)> = counts.into_iter().collect();
            terms.sort_unstable();
            for &(t, _) in &terms {
                df[t as usize] += 1;
            }
            ix.docs.push(doc);
            raw.push(terms);
        }
        let n = ix.docs.len().max(1) as f32;
        ix.idf = df.iter().map(|&d| (1.0 + n / d.max(1) as f32).ln()).collect();
        ix.doc_off.push(0);
        for terms in &raw {
            let w: Vec<(u32, f32)> =
                terms.iter().map(|&(t, c)| (t, (1.0 + (c as f32).ln()) * ix.idf[t as usize])).collect();
            let norm = w.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
            ix.doc_terms.extend(w.into_iter().map(|(t, x)| (t, x / norm)));
            ix.doc_off.push(ix.doc_terms.len() as u32);
        }
        // Inverted lists, by counting sort.
        ix.post_off = offsets(&df);
        let mut fill: Vec<u32> = ix.post_off[..df.len()].to_vec();
        let mut postings = vec![(0, 0.0); ix.post_off[df.len()] as usize];
        for d in 0..ix.docs.len() {
            for &(t, w) in ix.doc_vec(d) {
                let slot = &mut fill[t as usize];
                postings[*slot as usize] = (d as u32, w);
                *slot += 1;
            }
        }
        ix.postings = postings;
        ix
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn doc_vec(&self, d: usize) -> &[(u32, f32)] {
        &self.doc_terms[self.doc_off[d] as usize..self.doc_off[d + 1] as usize]
    }

    fn posting(&self, t: u32) -> &[(u32, f32)] {
        &self.postings[self.post_off[t as usize] as usize..self.post_off[t as usize + 1] as usize]
    }

    /// The index of a claim, if it was indexed.
    pub fn doc_of(&self, story: u32, claim: u32) -> Option<usize> {
        // Built from a workspace, documents are in (story, claim) order.
        match self.docs.binary_search_by_key(&(story, claim), |d| (d.story, d.claim)) {
            Ok(i) => Some(i),
            Err(_) => self.docs.iter().position(|d| d.story == story && d.claim == claim),
        }
    }

    /// Claims similar to the indexed claim at (`story`, `claim`), itself excluded, best first.
    pub fn similar_to(&self, story: u32, claim: u32, limit: usize) -> (Vec<Similar>, LookupStats) {
        match self.doc_of(story, claim) {
            Some(d) => self.lookup(self.doc_vec(d).to_vec(), Some(d), limit),
            None => (Vec::new(), LookupStats::default()),
        }
    }

    /// Claims similar to any text (e.g. a claim being typed), best first.
    pub fn similar_to_text(&self, text: &str, limit: usize) -> (Vec<Similar>, LookupStats) {
        let mut counts: HashMap<u32, u32> = HashMap::new();
        for tok in tokenize(text) {
            if let Some(&t) = self.vocab.get(&tok) {
                *counts.entry(t).or_insert(0) += 1;
            }
        }
        let mut v: Vec<(u32, f32)> =
            counts.into_iter().map(|(t, c)| (t, (1.0 + (c as f32).ln()) * self.idf[t as usize])).collect();
        v.sort_unstable_by_key(|&(t, _)| t);
        let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
        v.iter_mut().for_each(|(_, x)| *x /= norm);
        self.lookup(v, None, limit)
    }

    fn lookup(&self, query: Vec<(u32, f32)>, exclude: Option<usize>, limit: usize) -> (Vec<Similar>, LookupStats) {
        let mut stats = LookupStats::default();
        if query.is_empty() {
            return (Vec::new(), stats);
        }
        // Candidates come from the rarest terms: their inverted lists are read in order of
        // length until a budget of postings is spent (the rarest list is always read). The
        // common terms still count in the exact rescoring below.
        let budget = 4096 + self.docs.len() / 50;
        let mut by_rarity: Vec<&(u32, f32)> = query.iter().collect();
        by_rarity.sort_by_key(|(t, _)| self.posting(*t).len());
        let mut acc: HashMap<u32, f32> = HashMap::new();
        for &&(t, w) in &by_rarity {
            let list = self.posting(t);
            if stats.postings > 0 && stats.postings + list.len() > budget {
                break;
            }
            stats.postings += list.len();
            for &(d, dw) in list {
                *acc.entry(d).or_insert(0.0) += w * dw;
            }
        }
        stats.touched = acc.len();
        let mut cands: Vec<(u32, f32)> = acc.into_iter().filter(|&(d, _)| Some(d as usize) != exclude).collect();
        cands.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cands.truncate(RESCORE);
        let mut out: Vec<Similar> = cands
            .into_iter()
            .map(|(d, _)| Similar {
                doc: self.docs[d as usize],
                score: cosine(&query, self.doc_vec(d as usize)),
                bm25: 0.0,
            })
            .filter(|s| s.score >= MIN_SIMILARITY)
            .collect();
        out.sort_unstable_by(|a, b| {
            b.score.total_cmp(&a.score).then((a.doc.story, a.doc.claim).cmp(&(b.doc.story, b.doc.claim)))
        });
        out.truncate(limit);
        (out, stats)
    }
}

/// Dot product of two term-sorted, normalized vectors.
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum.min(1.0)
}
