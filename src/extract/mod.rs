//! Claim detection: split an article into sentences, score each for check-worthiness, and add candidates to a story.

pub mod bench;
pub mod classify;
pub mod cmd;
pub mod features;
pub mod model;
pub mod numbers;
pub mod split;

use crate::anchor;
use crate::model::{Claim, Kind, Status, StoryFile, slugify};
use features::Extractor;
use model::Model;
use numbers::Number;
use serde::Serialize;
use split::Role;
use std::collections::HashSet;

/// Score at or above which a sentence becomes a candidate claim.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// Key under `Claim.extra` where a candidate's normalised numbers are kept.
pub const NUMBERS_KEY: &str = "numbers";

/// One sentence of an article, analysed.
#[derive(Debug, Clone, Serialize)]
pub struct Analysed {
    pub text: String,
    /// Character offsets into the article.
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub score: f64,
    pub kind: Kind,
    /// Empty when no claimant was found.
    pub claimant: String,
    pub numbers: Vec<Number>,
    /// Whether it would be proposed as a candidate: a body sentence scoring at least the threshold.
    pub passes: bool,
}

/// Splits, scores and classifies every sentence of `article`.
pub fn analyse(article: &str, model: &Model, threshold: f64) -> Vec<Analysed> {
    let chars: Vec<char> = article.chars().collect();
    let mut x = Extractor::new();
    let mut out: Vec<Analysed> = Vec::new();
    let mut last_claimant: Option<(usize, String)> = None;
    for s in split::split(article) {
        let text = split::text_of(&chars, &s);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let score = (model.score(&mut x, &flat) * 10_000.0).round() / 10_000.0;
        let nums = numbers::find(&text);
        let kind = classify::kind(&text, &nums);
        let mut claimant = if s.role.can_be_claim() { classify::claimant(&text) } else { String::new() };
        // "He explained...", or a bare quote: the speaker of the paragraph's previous sentence.
        if let Some((block, prev)) = &last_claimant
            && *block == s.block
            && (classify::is_pronoun(&claimant) || (claimant.is_empty() && kind == Kind::Quote))
        {
            claimant = prev.clone();
        }
        if !claimant.is_empty() && !classify::is_pronoun(&claimant) {
            last_claimant = Some((s.block, claimant.clone()));
        }
        let passes = s.role.can_be_claim() && score >= threshold;
        out.push(Analysed {
            text,
            start: s.start,
            end: s.end,
            role: s.role,
            score,
            kind,
            claimant,
            numbers: nums,
            passes,
        });
    }
    out
}

/// What `apply` did to a story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Ids of the candidates added.
    pub added: Vec<String>,
    /// Sentences that were already claims.
    pub existing: usize,
    /// Sentences skipped because the journalist rejected them.
    pub rejected: usize,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `a` and `b` overlap by more than half of the shorter one.
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let shorter = (a.1 - a.0).min(b.1 - b.0).max(1);
    inter * 2 > shorter
}

/// Adds the sentences that pass as candidate claims, skipping any that is already a claim
/// (same quote, or an anchor overlapping it) or that the journalist rejected.
pub fn apply(file: &mut StoryFile, article: &str, sentences: &[Analysed]) -> ApplyReport {
    let mut report = ApplyReport::default();
    let spans: Vec<Option<(usize, usize)>> = file
        .claims
        .iter()
        .map(|c| {
            let a = anchor::resolve(article, &c.quote);
            (!a.is_orphaned()).then_some((a.start, a.end))
        })
        .collect();
    let quotes: HashSet<String> = file.claims.iter().map(|c| norm(&c.quote.exact)).collect();
    let rejected: Vec<String> = file.rejected.iter().map(|r| norm(&r.exact)).filter(|r| !r.is_empty()).collect();
    // Where each rejected quote sits now, even after small edits to the article (fuzzy anchoring).
    let rejected_spans: Vec<(usize, usize)> = file
        .rejected
        .iter()
        .filter(|r| !r.exact.trim().is_empty())
        .map(|r| anchor::resolve(article, &crate::model::Quote { exact: r.exact.clone(), ..Default::default() }))
        .filter(|a| !a.is_orphaned())
        .map(|a| (a.start, a.end))
        .collect();
    let mut ids: HashSet<String> = file.claims.iter().map(|c| c.id.clone()).collect();
    for s in sentences.iter().filter(|s| s.passes) {
        let text = norm(&s.text);
        if quotes.contains(&text) || spans.iter().flatten().any(|&sp| overlaps(sp, (s.start, s.end))) {
            report.existing += 1;
            continue;
        }
        let contained = |r: &String| *r == text || (r.len() >= 20 && (text.contains(r.as_str()) || r.contains(&text)));
        if rejected.iter().any(contained) || rejected_spans.iter().any(|&sp| overlaps(sp, (s.start, s.end))) {
            report.rejected += 1;
            continue;
        }
        let base = slugify(&text, 40);
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.insert(id.clone());
        let mut claim = Claim::new(&id, &text);
        claim.quote = anchor::make_quote(article, s.start, s.end);
        claim.claimant = s.claimant.clone();
        claim.kind = s.kind;
        claim.status = Status::Candidate;
        claim.score = Some(s.score);
        if !s.numbers.is_empty()
            && let Ok(v) = serde_yaml::to_value(&s.numbers)
        {
            claim.extra.insert(NUMBERS_KEY.into(), v);
        }
        file.claims.push(claim);
        report.added.push(id);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rejected;

    const ARTICLE: &str = "Officials said 40 people died in the floods. The river rose 3 metres overnight.";

    fn model() -> &'static Model {
        Model::embedded()
    }

    #[test]
    fn apply_adds_once_and_respects_rejections() {
        let mut file = StoryFile::default();
        let all = analyse(ARTICLE, model(), 0.0);
        let first = apply(&mut file, ARTICLE, &all);
        assert_eq!(first.added.len(), 2);
        assert_eq!(file.claims[0].status, Status::Candidate);
        assert_eq!(file.claims[0].quote.exact, "Officials said 40 people died in the floods.");
        assert_eq!(apply(&mut file, ARTICLE, &all), ApplyReport { added: vec![], existing: 2, rejected: 0 });
        // Reject the first, then edit the article a little: it stays rejected.
        let gone = file.claims.remove(0);
        file.rejected.push(Rejected { exact: gone.quote.exact, ..Default::default() });
        let edited = ARTICLE.replace("40 people died", "41 people died");
        let again = analyse(&edited, model(), 0.0);
        let r = apply(&mut file, &edited, &again);
        assert_eq!((r.added.len(), r.rejected), (0, 1), "{r:?}");
        assert_eq!(file.claims.len(), 1);
    }

    #[test]
    fn ids_are_unique_slugs() {
        let text = "Prices rose 5 percent. Prices rose 5 percent.";
        let mut file = StoryFile::default();
        let r = apply(&mut file, text, &analyse(text, model(), 0.0));
        assert_eq!(r.added, ["prices-rose-5-percent", "prices-rose-5-percent-2"]);
    }
}
