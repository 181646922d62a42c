//! Claim detection: split an article into sentences, score each for check-worthiness, and add candidates to a story.

#[cfg(any(test, feature = "dev"))]
pub mod bench;
pub mod classify;
pub mod features;
pub mod model;
pub mod numbers;
pub mod page;
pub mod score;
pub mod split;

use crate::anchor;
use crate::model::is_slug;
use crate::model::{Claim, Kind, Status, StoryFile, slugify, unique_id};
use crate::words::plural;
use crate::{sanitize, store};
use features::Extractor;
use model::Model;
use numbers::Number;
use serde::Serialize;
use split::Role;
use std::collections::HashSet;
use std::path::Path;

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
            a.is_placed().then_some((a.start, a.end))
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
        let id = unique_id(&slugify(&text, crate::model::MAX_ID_LEN), |id| ids.contains(id));
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

/// Creates the story if needed, adds candidates, saves. Returns a summary to print.
pub fn extract_into(
    root: &Path,
    slug: &str,
    article_path: &Path,
    article: &str,
    title: Option<&str>,
    threshold: f64,
    replace_article: bool,
) -> Result<String, String> {
    if !is_slug(slug) {
        return Err(format!("`{slug}` is not a slug; use lowercase letters, digits and dashes"));
    }
    let mut created = false;
    if std::fs::symlink_metadata(root.join(slug).join(store::STORY_FILE)).is_err() {
        store::new_story(root, slug, article_path, title).map_err(|e| e.to_string())?;
        created = true;
    }
    let mut ws = crate::load::load_workspace(root).map_err(|d| d.to_string())?;
    let story_path = root.join(slug).join(store::STORY_FILE);
    let dir = root.join(slug);
    let errors: Vec<String> = ws.errors_in(&dir).map(|d| d.to_string()).collect();
    let Some(story) = ws.story_mut(slug) else {
        return Err(format!("{}: could not load the story: {}", story_path.display(), errors.join("; ")));
    };
    if !errors.is_empty() {
        // Candidates are matched to claims by their quotes and ids: adding them to a story with errors (a duplicate
        // id, an unknown verdict) would build on what the journalist has to fix first.
        return Err(format!("the story has errors; fix them first, then extract again: {}", errors.join("; ")));
    }
    let mut replaced = String::new();
    if story.article.trim_end() != article.trim_end() {
        if !replace_article {
            return Err(format!(
                "{}: differs from the story's article {}; extract from the story's own article, or pass \
                 --replace-article to make this the story's article (claims are anchored again)",
                article_path.display(),
                story.article_path().display()
            ));
        }
        // Only where the path policy allows: inside the story folder, a regular file (item: `article:
        // ../../victim.txt` once overwrote a file outside the workspace).
        let target = story
            .checked_article_path()
            .map_err(|e| format!("{}: story.article: {e}; the article was not replaced", story_path.display()))?;
        store::write_atomic(&target, article.as_bytes())
            .map_err(|e| format!("{}: cannot replace the article: {e}", target.display()))?;
        story.article = article.to_string();
        story.reanchor();
        let changed: Vec<&str> = story
            .file
            .claims
            .iter()
            .zip(&story.anchors)
            .filter(|(_, a)| {
                matches!(a.state, crate::anchor::AnchorState::Fuzzy | crate::anchor::AnchorState::Orphaned)
            })
            .map(|(c, _)| c.id.as_str())
            .collect();
        replaced = format!("replaced the article {}\n", story.article_path().display());
        if !changed.is_empty() {
            replaced += &format!(
                "  {} whose words changed or went (`factdesk check` says what each now reads): {}\n",
                plural(changed.len(), "claim", "claims"),
                changed.join(", ")
            );
        }
    }
    let text = story.article.clone();
    let sentences = analyse(&text, Model::embedded(), threshold);
    let report = apply(&mut story.file, &text, &sentences);
    if !report.added.is_empty() || created {
        store::save_story(story).map_err(|e| e.to_string())?;
        story.reanchor();
    }
    let mut msg = replaced;
    msg += &format!(
        "{} {}: {} ({} already {}, {} rejected before)\n",
        if created { "created" } else { "updated" },
        story_path.display(),
        plural(report.added.len(), "new candidate", "new candidates"),
        report.existing,
        if report.existing == 1 { "a claim" } else { "claims" },
        report.rejected
    );
    for id in &report.added {
        if let Some(c) = story.file.claims.iter().find(|c| &c.id == id) {
            let t: String = c.text.chars().take(80).collect();
            msg.push_str(&format!("  {:.2}  {:<11} {}\n", c.score.unwrap_or(0.0), c.kind.as_str(), sanitize::line(&t)));
        }
    }
    Ok(msg)
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
