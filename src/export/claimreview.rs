//! schema.org ClaimReview JSON-LD: one review per published claim that has a verdict (with `--all`, per claim that
//! has a verdict), following Google's fact-check markup. The markup describes fact-checks that are live at their
//! review url, so a claim not `published` yet is left out, and the notes name it.
//!
//! The publishing organisation and the review url pattern come from `factdesk.yaml`'s `organization:`;
//! the claim's appearance (url, headline, date, outlet, byline, language) from the story's `story:` block. A missing
//! setting is an error naming it. A verdict without a rating (unverifiable) is exported with its label as
//! `reviewRating.alternateName` and no number. `datePublished` is the claim's `published_at`, recorded once when it
//! became `published`; a claim not published yet has none. `itemReviewed.author` is the claim's claimant (else the
//! story's outlet), typed by its `claimant_type`; when that is not set, `Organization` when the name is the outlet or
//! reads like an institution, else `Person`.

use super::{Exported, Options, verdict_of};
use crate::diag::Diagnostic;
use crate::locate;
use crate::model::{Claim, ClaimantType, Status};
use crate::store::{self, Story, Workspace};
use serde_json::{Value, json};

/// Longest `claimReviewed` that search results show in full.
pub const MAX_CLAIM_REVIEWED: usize = 75;

/// Words that mark a claimant as an organisation rather than a person.
const ORG_WORDS: &[&str] = &[
    "agency",
    "amnesty",
    "association",
    "bank",
    "commission",
    "council",
    "department",
    "foundation",
    "fund",
    "government",
    "institute",
    "international",
    "ministry",
    "news",
    "office",
    "ohchr",
    "organization",
    "organisation",
    "police",
    "post",
    "press",
    "reuters",
    "times",
    "united nations",
    "university",
];

/// The schema.org type of a claimant: the claim's `claimant_type` when set, else a guess from the name.
pub fn author_type(claim: &Claim, name: &str, outlet: &str) -> &'static str {
    match claim.claimant_type {
        Some(ClaimantType::Person) => "Person",
        Some(ClaimantType::Organization) => "Organization",
        None => claimant_type(name, outlet),
    }
}

fn claimant_type(name: &str, outlet: &str) -> &'static str {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    let org = lower == outlet.to_lowercase()
        || ORG_WORDS.iter().any(|w| if w.contains(' ') { lower.contains(w) } else { words.contains(w) });
    if org { "Organization" } else { "Person" }
}

fn config_pos(ws: &Workspace, key: &str) -> (usize, usize) {
    let path = ws.root.join(store::CONFIG_FILE);
    let text = store::read_limited(&path, store::MAX_YAML_BYTES)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default();
    for k in [key, "organization"] {
        if let Some(i) = text.lines().position(|l| l.trim_start().starts_with(&format!("{k}:"))) {
            let l = text.lines().nth(i).unwrap_or("");
            return (i + 1, l.len() - l.trim_start().len() + 1);
        }
    }
    (1, 1)
}

/// Checks the settings a ClaimReview needs; every missing one is an error naming where to add it.
fn settings_errors(ws: &Workspace, story: &Story) -> Vec<Diagnostic> {
    let cfg_path = ws.root.join(store::CONFIG_FILE);
    let org = &ws.config.organization;
    let mut out = Vec::new();
    let shown = cfg_path.display().to_string();
    let mut need = |key: &str, value: &str, what: &str, example: &str| {
        if value.trim().is_empty() {
            let (l, c) = config_pos(ws, key);
            out.push(Diagnostic::error(
                &cfg_path,
                l,
                c,
                format!("ClaimReview needs `organization.{key}` ({what}); add it to {shown}, e.g. `organization: {{{key}: {example}}}`"),
            ));
        }
    };
    need("name", &org.name, "the publisher named as the review's author", "Example Fact Check");
    need("url", &org.url, "the publisher's web site", "https://factcheck.example.org");
    need(
        "review_url",
        &org.review_url,
        "where each fact-check is published, with {story} and {id} placeholders",
        "https://factcheck.example.org/{story}#{id}",
    );
    if !org.review_url.trim().is_empty() && !org.review_url.contains("{id}") {
        let (l, c) = config_pos(ws, "review_url");
        out.push(Diagnostic::error(
            &cfg_path,
            l,
            c,
            "`organization.review_url` has no `{id}` placeholder, so every claim would share one url; add `{id}` (and `{story}`)",
        ));
    }
    for (key, value) in [("url", &org.url), ("review_url", &org.review_url)] {
        if !value.trim().is_empty() && !value.starts_with("https://") && !value.starts_with("http://") {
            let (l, c) = config_pos(ws, key);
            out.push(Diagnostic::error(
                &cfg_path,
                l,
                c,
                format!("`organization.{key}` must be an http(s) url, not `{value}`"),
            ));
        }
    }
    let spath = story.path();
    for (key, value, what) in [
        ("url", &story.file.story.url, "where the reviewed article appeared"),
        (
            "published",
            &story.file.story.published,
            "the reviewed article's date, YYYY-MM-DD (or YYYY-MM when only the month is known)",
        ),
    ] {
        let line =
            || story.text().unwrap_or_default().lines().position(|l| l.starts_with("story:")).map_or(1, |i| i + 1);
        if value.trim().is_empty() {
            out.push(Diagnostic::error(
                &spath,
                line(),
                1,
                format!("ClaimReview needs `story.{key}` ({what}); add it under `story:`"),
            ));
            continue;
        }
        // What platforms read must be what it says it is: a web address, a date.
        let (bad, want) = match key {
            "url" => (!crate::evidence::is_web_url(value), "an http(s) web address"),
            _ => (
                !crate::dates::is_date(value) && !crate::dates::is_date(&format!("{value}-01")),
                "a date, YYYY-MM-DD or YYYY-MM",
            ),
        };
        if bad {
            let v = crate::sanitize::line(value);
            out.push(Diagnostic::error(&spath, line(), 1, format!("`story.{key}` is `{v}`: it must be {want}")));
        }
    }
    let language = story.file.story.language();
    if !crate::model::is_language_tag(language) {
        let text = story.text().unwrap_or_default();
        let l = story_key_line(&text, "language");
        out.push(Diagnostic::error(
            &spath,
            l,
            1,
            format!(
                "`story.language` is `{}`: it must be a BCP 47 language tag such as `en`, `km` or `pt-BR` (ClaimReview's inLanguage)",
                crate::sanitize::line(language)
            ),
        ));
    }
    out
}

/// The hosts reserved for examples (RFC 2606): a publisher there is the sample's placeholder, not a real desk.
fn is_example_host(url: &str) -> bool {
    crate::evidence::host(url).is_some_and(|h| {
        ["example.org", "example.com", "example.net"].iter().any(|e| h == *e || h.ends_with(&format!(".{e}")))
    })
}

/// A warning when the publishing organisation is still the sample's placeholder (an `example.org` address): every
/// export that names the publisher (ClaimReview, the report, the CSV's review urls) gives it.
pub fn placeholder_warning(ws: &Workspace) -> Option<Diagnostic> {
    let org = &ws.config.organization;
    let key = [("url", &org.url), ("review_url", &org.review_url)].into_iter().find(|(_, v)| is_example_host(v))?.0;
    let (l, c) = config_pos(ws, key);
    Some(Diagnostic::warning(
        &ws.root.join(store::CONFIG_FILE),
        l,
        c,
        format!(
            "`organization.{key}` is a placeholder (`{}`): the export names the sample desk as the fact-checks' publisher; set `organization:` (name, url, review_url) in {} to your own",
            crate::sanitize::line(if key == "url" { &org.url } else { &org.review_url }),
            ws.root.join(store::CONFIG_FILE).display()
        ),
    ))
}

/// The 1-based line of `key:` directly under `story:`, else the `story:` line.
fn story_key_line(text: &str, key: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with("story:")) else { return 1 };
    let want = format!("{key}:");
    lines
        .iter()
        .enumerate()
        .skip(start + 1)
        .take_while(|(_, l)| l.is_empty() || l.starts_with(' ') || l.starts_with('#'))
        .find(|(_, l)| l.trim_start().starts_with(&want))
        .map_or(start + 1, |(i, _)| i + 1)
}

fn text_pos(lines: &[&str], span: Option<locate::ClaimSpan>) -> (usize, usize) {
    span.and_then(|s| locate::claim_key(lines, s, "text")).or(span.map(|s| (s.start + 1, 1))).unwrap_or((1, 1))
}

/// The review url for a claim: the pattern with `{story}` and `{id}` filled in (percent-encoded).
pub fn review_url(pattern: &str, story: &str, id: &str) -> String {
    pattern.replace("{story}", &url_part(story)).replace("{id}", &url_part(id))
}

/// Percent-encodes everything but unreserved url characters.
pub fn url_part(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The story as the work the claim appeared in: a schema.org `CreativeWork` with what the story block holds.
fn appearance(story: &Story) -> Value {
    let meta = &story.file.story;
    let mut work = json!({"@type": "CreativeWork", "url": meta.url});
    if !meta.title.trim().is_empty() {
        work["headline"] = meta.title.trim().into();
    }
    if !meta.published.trim().is_empty() {
        work["datePublished"] = meta.published.trim().into();
    }
    if !meta.byline.trim().is_empty() {
        work["author"] = json!({"@type": "Person", "name": meta.byline.trim()});
    }
    if !meta.outlet.trim().is_empty() {
        work["publisher"] = json!({"@type": "Organization", "name": meta.outlet.trim()});
    }
    work["inLanguage"] = meta.language().into();
    work
}

/// Builds the JSON-LD array. Fails, naming every missing setting, when a required one is absent.
pub fn build(
    ws: &Workspace,
    story: &Story,
    opts: &Options,
) -> Result<(Value, Vec<Diagnostic>, Vec<String>), Vec<Diagnostic>> {
    let mut errors = settings_errors(ws, story);
    let ratings: Vec<u8> = ws.config.verdicts.iter().filter_map(|v| v.rating).collect();
    let (best, worst) = (ratings.iter().max().copied(), ratings.iter().min().copied());
    let meta = &story.file.story;
    let org = &ws.config.organization;
    // Positions only: a file that cannot be read again gives claims no line.
    let text = story.text().unwrap_or_default();
    let lines = locate::lines(&text);
    let spans = locate::claim_spans(&lines, &story.file.claims);
    let mut reviews = Vec::new();
    let mut warnings: Vec<Diagnostic> = placeholder_warning(ws).into_iter().collect();
    let mut skipped: Vec<&str> = Vec::new();
    let mut undated: Vec<&str> = Vec::new();
    let mut unpublished: Vec<&str> = Vec::new();
    let first_appearance = appearance(story);
    for (claim, span) in story.file.claims.iter().zip(spans) {
        let Some(verdict) = verdict_of(ws, claim) else {
            skipped.push(&claim.id);
            continue;
        };
        if !opts.all_claims && claim.status != Status::Published {
            unpublished.push(&claim.id);
            continue;
        }
        let reviewed = claim_reviewed(claim);
        let (line, col) = text_pos(&lines, span);
        let n = reviewed.chars().count();
        if n > MAX_CLAIM_REVIEWED {
            warnings.push(Diagnostic::warning(
                &story.path(),
                line,
                col,
                format!(
                    "claim `{}`: claimReviewed is {n} characters, over the {MAX_CLAIM_REVIEWED} that search results show; shorten the claim's `text`",
                    claim.id
                ),
            ));
        }
        if !matches!(claim.status, Status::Reviewed | Status::Published) {
            let (l, c) = span.and_then(|s| locate::claim_key(&lines, s, "status")).unwrap_or((line, col));
            warnings.push(Diagnostic::warning(
                &story.path(),
                l,
                c,
                format!(
                    "claim `{}` is exported with its verdict while still `{}`; finish the review before publishing",
                    claim.id, claim.status
                ),
            ));
        }
        let claimant = if claim.claimant.trim().is_empty() { meta.outlet.trim() } else { claim.claimant.trim() };
        if claimant.is_empty() {
            errors.push(Diagnostic::error(
                &story.path(),
                line,
                col,
                format!("ClaimReview needs who made claim `{}`: set its `claimant`, or `story.outlet`", claim.id),
            ));
        }
        if reviewed.trim().is_empty() {
            errors.push(Diagnostic::error(
                &story.path(),
                line,
                col,
                format!("claim `{}` has no `text` to publish as claimReviewed", claim.id),
            ));
        }
        let published_at = claim.published_at.trim();
        if !published_at.is_empty() && !crate::dates::is_date(published_at) {
            let (l, c) = span.and_then(|s| locate::claim_key(&lines, s, "published_at")).unwrap_or((line, col));
            errors.push(Diagnostic::error(
                &story.path(),
                l,
                c,
                format!(
                    "claim `{}`: `published_at` is `{}`: it must be the date the fact-check went out, YYYY-MM-DD",
                    claim.id,
                    crate::sanitize::line(published_at)
                ),
            ));
        } else if published_at.is_empty() && claim.status == Status::Published {
            let (l, c) = span.and_then(|s| locate::claim_key(&lines, s, "status")).unwrap_or((line, col));
            warnings.push(Diagnostic::warning(
                &story.path(),
                l,
                c,
                format!(
                    "claim `{}` is `published` but has no `published_at`, so its ClaimReview has no datePublished; add `published_at: YYYY-MM-DD`, the day it went out",
                    claim.id
                ),
            ));
        } else if published_at.is_empty() {
            undated.push(&claim.id);
        }
        let label = if verdict.label.is_empty() { &verdict.name } else { &verdict.label };
        // Google reads the textual rating; the number goes with its scale, or not at all (unverifiable).
        let mut rating = json!({"@type": "Rating", "alternateName": label});
        if let Some(r) = verdict.rating {
            rating["ratingValue"] = r.into();
            rating["bestRating"] = best.into();
            rating["worstRating"] = worst.into();
        }
        let mut review = json!({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": review_url(&org.review_url, &story.slug, &claim.id),
            "claimReviewed": reviewed,
        });
        if !published_at.is_empty() {
            review["datePublished"] = published_at.into();
        }
        review["inLanguage"] = meta.language().into();
        review["author"] = json!({"@type": "Organization", "name": org.name, "url": org.url});
        review["reviewRating"] = rating;
        if !claim.summary.trim().is_empty() {
            review["reviewBody"] = claim.summary.trim().into();
        }
        review["itemReviewed"] = json!({
            "@type": "Claim",
            "author": {"@type": author_type(claim, claimant, &meta.outlet), "name": claimant},
            "datePublished": meta.published,
            "appearance": first_appearance,
            "firstAppearance": first_appearance,
        });
        reviews.push(review);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut notes = Vec::new();
    if !unpublished.is_empty() {
        notes.push(format!(
            "left out {} with a verdict but not published yet (their fact-checks are not live at their review url): {}; \
             set the status to published when it goes out (that records the date), or export with --all",
            crate::words::plural(unpublished.len(), "claim", "claims"),
            unpublished.join(", ")
        ));
    }
    if !skipped.is_empty() {
        notes.push(format!(
            "left out {} claim{} without a verdict: {}",
            skipped.len(),
            if skipped.len() == 1 { "" } else { "s" },
            skipped.join(", ")
        ));
    }
    if !undated.is_empty() {
        notes.push(format!(
            "{} not published yet, so {} no datePublished: {}; set a claim's status to published when its fact-check goes out (that records the date) and export again",
            crate::words::plural(undated.len(), "claim is", "claims are"),
            if undated.len() == 1 { "its review has" } else { "their reviews have" },
            undated.join(", ")
        ));
    }
    Ok((Value::Array(reviews), warnings, notes))
}

/// The text published as `claimReviewed`: the claim's text, else the article's words.
pub fn claim_reviewed(claim: &Claim) -> String {
    let t = if claim.text.trim().is_empty() { &claim.quote.exact } else { &claim.text };
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The export: a JSON array of ClaimReview objects.
pub fn export(ws: &Workspace, story: &Story, opts: &Options) -> Result<Exported, Vec<Diagnostic>> {
    let (value, warnings, notes) = build(ws, story, opts)?;
    Ok(Exported { text: super::json_text(&value), warnings, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claimant_types() {
        assert_eq!(claimant_type("Amnesty International", "US Asia Journal"), "Organization");
        assert_eq!(claimant_type("US Asia Journal", "US Asia Journal"), "Organization");
        assert_eq!(claimant_type("Montse Ferrer", "US Asia Journal"), "Person");
        assert_eq!(claimant_type("Phnom Penh Post", ""), "Organization");
        assert_eq!(claimant_type("Postman Pat", ""), "Person");
    }

    #[test]
    fn review_urls_fill_the_pattern() {
        assert_eq!(
            review_url("https://x.org/checks/{story}#{id}", "cambodia", "gdp"),
            "https://x.org/checks/cambodia#gdp"
        );
        assert_eq!(review_url("https://x.org/{id}", "s", "a b/ç"), "https://x.org/a%20b%2F%C3%A7");
    }
}
