//! "Have we checked this before?": a TF-IDF index over claim texts (words and numbers); `factdesk similar`
//! prints it from `cli::commands::similar`.
//!
//! Words are lowercased runs of letters and digits; numbers keep their decimals and drop
//! thousands separators (`40,000` and `40000` are one token). Scripts written without spaces
//! (Thai, Khmer, Lao, Myanmar, CJK) are cut into overlapping character pairs.
//! Lookups walk the inverted lists of the claim's rarer terms, then rescore the best
//! candidates exactly by cosine similarity: no lookup scans the whole workspace.

use crate::store::Workspace;
use std::collections::HashMap;

/// Claims at least this similar (cosine, 0..1) are listed.
pub const MIN_SIMILARITY: f32 = 0.35;
/// How many candidates from the inverted lists are rescored exactly.
const RESCORE: usize = 256;
/// Texts tokenized together on every core while the index is built (bounds the tokens held at once).
const TOKENIZE_BLOCK: usize = 8192;

fn unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}'   // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
        | '\u{3040}'..='\u{30ff}' // Kana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

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
            let run = &chars[start..i];
            if run.len() == 1 {
                out.push(run[0].to_string());
            }
            out.extend(run.windows(2).map(|w| w.iter().collect::<String>()));
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

/// Where an indexed claim lives in the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocRef {
    pub story: u32,
    pub claim: u32,
}

/// One similar claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similar {
    pub doc: DocRef,
    /// Cosine similarity of the TF-IDF vectors, 0..1.
    pub score: f32,
}

/// What one lookup cost: the evidence that it went through the index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LookupStats {
    /// Postings read from the inverted lists.
    pub postings: usize,
    /// Distinct claims touched.
    pub touched: usize,
}

/// A TF-IDF index of every claim's text, with inverted lists. Build it once per load, off the UI thread.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SimilarIndex {
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

impl SimilarIndex {
    /// Indexes every claim of the workspace.
    pub fn build(ws: &Workspace) -> Self {
        let mut items = Vec::new();
        for (si, s) in ws.stories.iter().enumerate() {
            for (ci, c) in s.file.claims.iter().enumerate() {
                items.push((DocRef { story: si as u32, claim: ci as u32 }, c.text.as_str()));
            }
        }
        Self::from_texts(items)
    }

    /// Indexes the given texts.
    pub fn from_texts<'a>(items: impl IntoIterator<Item = (DocRef, &'a str)>) -> Self {
        Self::from_texts_on(items, std::thread::available_parallelism().map_or(1, |n| n.get()).min(8))
    }

    /// [`SimilarIndex::from_texts`] tokenizing on `threads` threads.
    fn from_texts_on<'a>(items: impl IntoIterator<Item = (DocRef, &'a str)>, threads: usize) -> Self {
        let threads = threads.max(1);
        let mut ix = SimilarIndex::default();
        let mut raw: Vec<Vec<(u32, u32)>> = Vec::new(); // per doc: (term, count)
        let mut df: Vec<u32> = Vec::new();
        // Texts are cut into tokens a block at a time on every core; terms are then numbered in the texts' order on
        // this thread, so the index is the same whatever the number of cores.
        let items: Vec<(DocRef, &str)> = items.into_iter().collect();
        let tokenized = items.chunks(TOKENIZE_BLOCK).flat_map(|block| {
            let per = block.len().div_ceil(threads).max(1);
            std::thread::scope(|s| {
                let handles: Vec<_> = block
                    .chunks(per)
                    .map(|part| {
                        s.spawn(move || part.iter().map(|(doc, text)| (*doc, tokenize(text))).collect::<Vec<_>>())
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect::<Vec<_>>()
            })
        });
        for (doc, tokens) in tokenized {
            let mut counts: HashMap<u32, u32> = HashMap::new();
            for tok in tokens {
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
        ix.post_off = Vec::with_capacity(df.len() + 1);
        ix.post_off.push(0);
        let mut acc = 0u32;
        for &d in &df {
            acc += d;
            ix.post_off.push(acc);
        }
        let mut fill: Vec<u32> = ix.post_off[..df.len()].to_vec();
        let mut postings = vec![(0, 0.0); acc as usize];
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
            .map(|(d, _)| Similar { doc: self.docs[d as usize], score: cosine(&query, self.doc_vec(d as usize)) })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_and_cut_unspaced_scripts() {
        assert_eq!(
            tokenize("Exports rose 40,000 tonnes (12.5%) in 2024."),
            ["exports", "rose", "40000", "tonnes", "12.5", "2024"]
        );
        assert_eq!(tokenize("ភ្នំពេញ"), ["ភ្", "្ន", "នំ", "ំព", "ពេ", "េញ"]);
        assert_eq!(tokenize("東京 rice"), ["東京", "rice"]);
    }

    #[test]
    fn the_index_is_the_same_on_any_number_of_threads() {
        let texts: Vec<String> = (0..(TOKENIZE_BLOCK + 700))
            .map(|i| format!("claim {i} about rice {} in ភ្នំពេញ and 東京 {}", i % 37, i % 5))
            .collect();
        let items = || {
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| (DocRef { story: (i / 10) as u32, claim: (i % 10) as u32 }, t.as_str()))
        };
        let one = SimilarIndex::from_texts_on(items(), 1);
        assert_eq!(one.len(), texts.len());
        assert_eq!(SimilarIndex::from_texts_on(items(), 3), one);
        assert_eq!(SimilarIndex::from_texts(items()), one);
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
        let ix = SimilarIndex::from_texts(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| (DocRef { story: (i / 100) as u32, claim: (i % 100) as u32 }, t.as_str())),
        );
        let probe = texts.len() - 3;
        let (found, stats) = ix.similar_to((probe / 100) as u32, (probe % 100) as u32, 5);
        let twin = texts.len() - 2;
        assert_eq!(found[0].doc, DocRef { story: (twin / 100) as u32, claim: (twin % 100) as u32 });
        assert!(found[0].score > 0.6, "{found:?}");
        assert!(found.iter().all(|s| s.doc != DocRef { story: (probe / 100) as u32, claim: (probe % 100) as u32 }));
        // Through the index: only claims sharing a term were touched, not all 3003.
        assert!(stats.touched < 50, "{stats:?}");
        let (by_text, _) = ix.similar_to_text("scam compounds raided near Sihanoukville", 3);
        assert!(by_text.len() >= 2 && by_text.iter().take(2).all(|s| s.doc.story == 30));
    }
}
