//! Publishing (issue 14, item 8): the ClaimReview, the Markdown report and the CSV of a story with a published claim
//! that has a summary, an unverifiable one, a reviewed one and an open one, read back field by field; and the
//! ClaimReview checked against the properties of Google's fact-check markup.

#[path = "common/cache.rs"]
mod test_cache;

use std::fs;
use std::path::Path;
use std::process::Output;

const STORY: &str = r#"story:
  title: Scam compounds in Cambodia
  outlet: US Asia Journal
  byline: Sam Kim
  url: https://usasia.example/scams
  published: '2025-06-29'
  language: pt-BR
  article: article.txt
values:
  gdp_2023_rebased_usd:
    value: 41.9e9
    source: IMF, April 2024
claims:
- id: half-gdp
  text: Scam revenue is at least 40% of Cambodia's GDP.
  quote:
    exact: at least 40% of the country's GDP
  claimant: United States Institute of Peace
  claimant_type: organization
  status: published
  published_at: '2025-07-01'
  verdict: misleading
  summary: |
    USIP's estimate of $12.5bn is 30% of the rebased GDP, not 40%.

    The older, smaller GDP figure gave the higher share.
  notes: internal reasoning, not for readers
  history:
  - at: 2025-07-01T10:00:00Z
    by: dara
    change: 'verdict: (none) -> misleading'
  sources:
  - title: USIP report
    url: https://www.usip.org/publications/2024/05/transnational-crime
    publisher: USIP
    accessed: '2025-07-01'
    excerpt: "Scam revenue may reach $12.5 billion.\n# a line that looks like a heading"
  checks:
  - label: share of rebased 2023 GDP
    expr: 12.5e9 / gdp_2023_rebased_usd
    claimed: 0.4
    tolerance: 0.01
    comparison: '>='
- id: lewis
  text: Lewis was told to earn 1 million baht a month.
  quote:
    exact: Lewis
  claimant: Lewis
  status: reviewed
  verdict: unverifiable
  summary: No record of the target could be found.
- id: nine-minors
  text: Nine minors were among the victims.
  quote:
    exact: Nine minors
  claimant: Amnesty International
  status: reviewed
  verdict: accurate
- id: open-one
  text: Not yet checked.
  quote:
    exact: Not yet
  claimant: Someone
  status: open
"#;

const ARTICLE: &str = "at least 40% of the country's GDP. Nine minors. Lewis. Not yet.\n";

const ORG: &str = "organization:\n  name: Desk Checks\n  url: https://desk.example.org\n  review_url: https://desk.example.org/checks/{story}#{id}\n";
const REAL_ORG: &str =
    "organization:\n  name: Desk Checks\n  url: https://checks.news\n  review_url: https://checks.news/{story}/{id}\n";

fn workspace(dir: &Path, config: &str) {
    let s = dir.join("scams");
    fs::create_dir_all(&s).unwrap();
    fs::write(s.join("claims.yaml"), STORY).unwrap();
    fs::write(s.join("article.txt"), ARTICLE).unwrap();
    fs::write(dir.join("factdesk.yaml"), config).unwrap();
}

fn export(dir: &Path, format: &str, extra: &[&str]) -> Output {
    let date: &[&str] = if extra.contains(&"--date") { &[] } else { &["--date", "2025-07-02"] };
    test_cache::factdesk()
        .arg("export")
        .arg(dir)
        .args(["--story", "scams", "--format", format])
        .args(date)
        .args(extra)
        .output()
        .unwrap()
}

fn ok(out: &Output) -> (String, String) {
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(out.status.success(), "{err}");
    (String::from_utf8(out.stdout.clone()).unwrap(), err)
}

fn claimreviews(config: &str) -> (Vec<serde_json::Value>, String) {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), config);
    let (out, err) = ok(&export(t.path(), "claimreview", &["--all"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    (v.as_array().unwrap().clone(), err)
}

#[test]
fn claimreview_takes_only_published_claims_unless_all_and_names_the_rest() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let (out, err) = ok(&export(t.path(), "claimreview", &[]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|r| s(r, "url").rsplit('/').next().unwrap()).collect();
    assert_eq!(ids, ["half-gdp"], "only the published claim's fact-check is live");
    assert!(err.contains("left out 2 claims with a verdict but not published yet"), "{err}");
    assert!(err.contains("lewis") && err.contains("nine-minors") && err.contains("--all"), "{err}");
    let (all, _) = claimreviews(REAL_ORG);
    assert_eq!(all.len(), 3);
}

fn at<'a>(v: &'a serde_json::Value, path: &str) -> &'a serde_json::Value {
    path.split('.').fold(v, |cur, k| &cur[k])
}

fn s<'a>(v: &'a serde_json::Value, path: &str) -> &'a str {
    at(v, path).as_str().unwrap_or_else(|| panic!("`{path}` is missing or not text in {v:#}"))
}

#[test]
fn claimreview_fields_one_by_one() {
    let (reviews, err) = claimreviews(REAL_ORG);
    let ids: Vec<&str> = reviews.iter().map(|r| s(r, "url").rsplit('/').next().unwrap()).collect();
    // Every claim with a verdict, the unverifiable one too; the open claim has none.
    assert_eq!(ids, ["half-gdp", "lewis", "nine-minors"]);
    let published = &reviews[0];
    assert_eq!(s(published, "@context"), "https://schema.org");
    assert_eq!(s(published, "@type"), "ClaimReview");
    assert_eq!(s(published, "url"), "https://checks.news/scams/half-gdp");
    assert_eq!(s(published, "claimReviewed"), "Scam revenue is at least 40% of Cambodia's GDP.");
    assert_eq!(s(published, "datePublished"), "2025-07-01", "the claim's published_at, not --date");
    assert_eq!(s(published, "inLanguage"), "pt-BR");
    assert_eq!(
        s(published, "reviewBody"),
        "USIP's estimate of $12.5bn is 30% of the rebased GDP, not 40%.\n\nThe older, smaller GDP figure gave the higher share."
    );
    assert_eq!(s(published, "author.@type"), "Organization");
    assert_eq!(s(published, "author.name"), "Desk Checks");
    assert_eq!(s(published, "author.url"), "https://checks.news");
    assert_eq!(s(published, "reviewRating.@type"), "Rating");
    assert_eq!(s(published, "reviewRating.alternateName"), "Misleading");
    assert_eq!(at(published, "reviewRating.ratingValue"), 3);
    assert_eq!(at(published, "reviewRating.bestRating"), 5);
    assert_eq!(at(published, "reviewRating.worstRating"), 1);
    assert_eq!(s(published, "itemReviewed.@type"), "Claim");
    assert_eq!(s(published, "itemReviewed.author.@type"), "Organization");
    assert_eq!(s(published, "itemReviewed.author.name"), "United States Institute of Peace");
    assert_eq!(s(published, "itemReviewed.datePublished"), "2025-06-29");
    for key in ["itemReviewed.firstAppearance", "itemReviewed.appearance"] {
        let work = at(published, key);
        assert_eq!(s(work, "@type"), "CreativeWork");
        assert_eq!(s(work, "url"), "https://usasia.example/scams");
        assert_eq!(s(work, "headline"), "Scam compounds in Cambodia");
        assert_eq!(s(work, "datePublished"), "2025-06-29");
        assert_eq!(s(work, "publisher.name"), "US Asia Journal");
        assert_eq!(s(work, "author.name"), "Sam Kim");
        assert_eq!(s(work, "author.@type"), "Person");
    }
    let text = serde_json::to_string(published).unwrap();
    for internal in ["internal reasoning", "dara", "history", "published\""] {
        assert!(!text.contains(internal), "{internal} leaked into the ClaimReview: {text}");
    }

    // Unverifiable: the textual rating, no number and no scale.
    let unverifiable = &reviews[1];
    assert_eq!(s(unverifiable, "reviewRating.alternateName"), "Unverifiable");
    let rating = at(unverifiable, "reviewRating").as_object().unwrap();
    for key in ["ratingValue", "bestRating", "worstRating"] {
        assert!(!rating.contains_key(key), "{key} in an unrated verdict: {rating:?}");
    }
    assert_eq!(s(unverifiable, "reviewBody"), "No record of the target could be found.");
    // No claimant_type: guessed from the name (a person here).
    assert_eq!(s(unverifiable, "itemReviewed.author.@type"), "Person");

    // Reviewed, not yet published: no datePublished, and a note says why.
    for r in &reviews[1..] {
        assert!(at(r, "datePublished").is_null(), "{r:#}");
        assert!(at(r, "reviewBody").is_null() || s(r, "url").ends_with("lewis"));
    }
    assert!(
        err.contains("2 claims are not published yet, so their reviews have no datePublished: lewis, nine-minors"),
        "{err}"
    );
    assert!(err.contains("left out 1 claim without a verdict: open-one"), "{err}");
    assert!(!err.contains("placeholder"), "a real organisation is not a placeholder: {err}");
}

#[test]
fn exporting_again_keeps_the_publication_date() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let first = ok(&export(t.path(), "claimreview", &["--date", "2030-01-01"])).0;
    let again = ok(&export(t.path(), "claimreview", &["--date", "2031-05-05"])).0;
    assert_eq!(first, again, "--date never changes a ClaimReview");
    assert!(first.contains("\"datePublished\": \"2025-07-01\""));
}

/// The properties of Google's fact-check markup, from "Fact check (ClaimReview) structured data", section
/// "Structured data type definitions":
/// <https://developers.google.com/search/docs/appearance/structured-data/factcheck#structured-data-type-definitions>
/// (restated property by property in Full Fact's notes,
/// <https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/>).
/// Rating's `name` is listed there only as "use alternateName instead", so it is not written.
const REQUIRED: &[&str] = &["claimReviewed", "reviewRating", "url", "reviewRating.alternateName"];
/// Recommended, and present whenever the data has them (`datePublished` only once the claim is published; the
/// rating's numbers only for a verdict that has one).
const RECOMMENDED: &[&str] = &[
    "author",
    "author.name",
    "itemReviewed",
    "itemReviewed.author",
    "itemReviewed.author.name",
    "itemReviewed.datePublished",
    "itemReviewed.appearance",
    "itemReviewed.firstAppearance",
];
const RECOMMENDED_WHEN_PUBLISHED: &[&str] = &["datePublished"];
const RECOMMENDED_WHEN_RATED: &[&str] =
    &["reviewRating.ratingValue", "reviewRating.bestRating", "reviewRating.worstRating"];

#[test]
fn claimreview_has_googles_required_and_recommended_properties() {
    let (reviews, _) = claimreviews(REAL_ORG);
    assert_eq!(reviews.len(), 3);
    for r in &reviews {
        for key in REQUIRED.iter().chain(RECOMMENDED) {
            let v = at(r, key);
            assert!(!v.is_null() && v != "", "required or recommended `{key}` missing in {r:#}");
        }
        let rated = !at(r, "reviewRating.ratingValue").is_null();
        let published = s(r, "url").ends_with("half-gdp");
        for key in RECOMMENDED_WHEN_PUBLISHED {
            assert_eq!(!at(r, key).is_null(), published, "`{key}` in {r:#}");
        }
        for key in RECOMMENDED_WHEN_RATED {
            assert_eq!(!at(r, key).is_null(), rated, "`{key}` in {r:#}");
        }
        // The types Google expects.
        assert_eq!(s(r, "@type"), "ClaimReview");
        assert_eq!(s(r, "reviewRating.@type"), "Rating");
        assert_eq!(s(r, "itemReviewed.@type"), "Claim");
        assert!(["Organization", "Person"].contains(&s(r, "author.@type")));
        assert!(["Organization", "Person"].contains(&s(r, "itemReviewed.author.@type")));
        // Dates are ISO 8601; ratings sit within their scale.
        assert!(s(r, "itemReviewed.datePublished").len() >= 7);
        if rated {
            let (v, best, worst) = (
                at(r, "reviewRating.ratingValue").as_u64().unwrap(),
                at(r, "reviewRating.bestRating").as_u64().unwrap(),
                at(r, "reviewRating.worstRating").as_u64().unwrap(),
            );
            assert!(worst <= v && v <= best);
        }
        // The review url is on the publisher's site (Google: the same domain as the page hosting the markup).
        assert!(s(r, "url").starts_with(s(r, "author.url")));
    }
}

#[test]
fn the_sample_organisation_is_a_placeholder_and_says_how_to_fix_it() {
    let (_, err) = claimreviews(ORG);
    let line = err.lines().find(|l| l.contains("placeholder")).unwrap_or_else(|| panic!("no warning: {err}"));
    assert!(line.contains("factdesk.yaml:3:3: warning: `organization.url` is a placeholder"), "{line}");
    assert!(line.contains("set `organization:`"), "{line}");
    for format in ["markdown", "csv"] {
        let t = tempfile::tempdir().unwrap();
        workspace(t.path(), ORG);
        let (_, err) = ok(&export(t.path(), format, &[]));
        assert!(err.contains("is a placeholder"), "{format}: {err}");
    }
}

#[test]
fn a_bad_language_tag_is_refused_with_the_fix() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let file = t.path().join("scams/claims.yaml");
    fs::write(&file, STORY.replace("language: pt-BR", "language: Portuguese (Brazil)")).unwrap();
    let out = export(t.path(), "claimreview", &[]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "claims.yaml:7:1: error: `story.language` is `Portuguese (Brazil)`: it must be a BCP 47 language tag"
        ),
        "{err}"
    );
}

#[test]
fn markdown_is_a_publishable_report() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let (md, err) = ok(&export(t.path(), "markdown", &[]));
    // Reviewed and published claims only, in story order; the open one is left out, and a note says so.
    assert!(md.contains("\n## 1. Scam revenue is at least 40% of Cambodia's GDP.\n"), "{md}");
    assert!(md.contains("\n## 2. Lewis was told to earn 1 million baht a month.\n"), "{md}");
    assert!(md.contains("\n## 3. Nine minors were among the victims.\n"), "{md}");
    assert!(!md.contains("Not yet checked"), "{md}");
    assert!(err.contains("left out 1 claim not yet reviewed: open-one (`--all` includes them)"), "{err}");
    // Each claim's text once.
    assert_eq!(md.matches("Scam revenue is at least 40% of Cambodia's GDP.").count(), 1, "{md}");
    // The verdict label, the summary as paragraphs, the sources with their excerpts.
    assert!(md.contains("**Verdict: Misleading**  \nClaimed by: United States Institute of Peace\n"), "{md}");
    assert!(md.contains("**Verdict: Unverifiable**"), "{md}");
    assert!(md.contains(
        "\nUSIP's estimate of \\$12.5bn is 30% of the rebased GDP, not 40%.\n\nThe older, smaller GDP figure gave the higher share.\n"
    ), "{md}");
    assert!(md.contains(
        "1. [USIP report](https://www.usip.org/publications/2024/05/transnational-crime), USIP, accessed 2025-07-01\n\n   > Scam revenue may reach \\$12.5 billion.\n   > \\# a line that looks like a heading\n"
    ), "{md}");
    // The numbers, with the comparison in words.
    assert!(md.contains("the claim says at least 0.4 (give or take 0.01): it does not hold."), "{md}");
    assert!(md.contains("- `gdp_2023_rebased_usd` = 41.9 billion, from IMF, April 2024"), "{md}");
    // No internal bookkeeping: history, notes, statuses, ids, raw HTML, tables.
    for internal in [
        "internal reasoning",
        "dara",
        "verdict: (none)",
        "Status",
        "reviewed",
        "published",
        "half-gdp",
        "open-one",
        "<a ",
        "| ---",
        "candidate",
    ] {
        assert!(!md.contains(internal), "`{internal}` in the report:\n{md}");
    }
    // A reviewed claim without a summary is named, with what to do.
    assert!(err.contains("warning: claim `nine-minors` has no `summary`"), "{err}");
    assert!(!err.contains("claim `half-gdp` has no `summary`"), "{err}");
}

#[test]
fn markdown_all_brings_back_the_rest() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let (md, err) = ok(&export(t.path(), "markdown", &["--all"]));
    assert!(md.contains("\n## 4. Not yet checked.\n"), "{md}");
    assert!(md.contains("\n**Verdict: not yet given**  \nClaimed by: Someone\n"), "{md}");
    assert!(!err.contains("left out"), "{err}");
    // --all is the report's option only.
    let out = export(t.path(), "csv", &["--all"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--all is for the Markdown report"));
}

#[test]
fn csv_opens_in_excel_and_maps_onto_claimreview() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let out = export(t.path(), "csv", &[]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBFclaim,claimant,"), "a UTF-8 byte order mark, then the header");
    let plain = export(t.path(), "csv", &["--no-bom"]);
    assert!(plain.stdout.starts_with(b"claim,claimant,"), "--no-bom leaves it out");
    assert_eq!(&out.stdout[3..], &plain.stdout[..]);

    let mut r = csv::Reader::from_reader(&plain.stdout[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..11],
        [
            "claim",
            "claimant",
            "claimant type",
            "claim date",
            "claim url",
            "review url",
            "review date",
            "rating",
            "rating value",
            "language",
            "summary"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4, "one row per claim");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = &rows[0];
    assert_eq!(&first[col("claim")], "Scam revenue is at least 40% of Cambodia's GDP.");
    assert_eq!(&first[col("claimant")], "United States Institute of Peace");
    assert_eq!(&first[col("claimant type")], "Organization");
    assert_eq!(&first[col("claim date")], "2025-06-29");
    assert_eq!(&first[col("claim url")], "https://usasia.example/scams");
    assert_eq!(&first[col("review url")], "https://checks.news/scams/half-gdp");
    assert_eq!(&first[col("review date")], "2025-07-01");
    assert_eq!(&first[col("rating")], "Misleading");
    assert_eq!(&first[col("rating value")], "3");
    assert_eq!(&first[col("language")], "pt-BR");
    assert!(first[col("summary")].starts_with("USIP's estimate"));
    assert!(first[col("checks")].contains("the claim says at least 0.4 ±0.01: mismatch"), "{}", &first[col("checks")]);
    assert_eq!(&first[col("mismatches")], "1");
    assert_eq!(&rows[1][col("rating")], "Unverifiable");
    assert_eq!(&rows[1][col("claimant type")], "Person", "as the ClaimReview guesses it");
    assert_eq!(&rows[2][col("claimant type")], "Organization", "Amnesty International, guessed");
    assert_eq!(&rows[1][col("rating value")], "");
    assert_eq!(&rows[1][col("review date")], "");
    assert_eq!(&rows[3][col("rating")], "");
    // Excel would run a formula: still defused.
    fs::write(t.path().join("scams/claims.yaml"), STORY.replace("text: Not yet checked.", "text: \"=1+1 not yet\""))
        .unwrap();
    let (csv_text, _) = ok(&export(t.path(), "csv", &["--no-bom"]));
    assert!(csv_text.contains("'=1+1 not yet"), "{csv_text}");
    let out = export(t.path(), "markdown", &["--no-bom"]);
    assert!(!out.status.success(), "--no-bom is the CSV's option only");
}

#[test]
fn check_explains_a_bound_in_words() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let out = test_cache::factdesk().arg("check").arg(t.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("check `share of rebased 2023 GDP` mismatch: `12.5e9 / gdp_2023_rebased_usd` computes 0.2983, but the claim says at least 0.4 (tolerance 0.01)"),
        "{text}"
    );
}

#[test]
fn check_warns_before_claimreview_refuses() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let bad = STORY
        .replace("published_at: '2025-07-01'", "published_at: last Tuesday")
        .replace("language: pt-BR", "language: Brazilian");
    fs::write(t.path().join("scams/claims.yaml"), bad).unwrap();
    let out = test_cache::factdesk().arg("check").arg(t.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("claims.yaml:7:1: warning: `story.language` is `Brazilian`, not a BCP 47 language tag"),
        "{text}"
    );
    assert!(text.contains("claims.yaml:21:17: warning: claim `half-gdp`: `published_at` is `last Tuesday`"), "{text}");
    let out = export(t.path(), "claimreview", &[]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: claim `half-gdp`: `published_at` is `last Tuesday`: it must be the date"), "{err}");
}

#[test]
fn the_uis_export_uses_the_defaults() {
    use factdesk::export::Format;
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("claims");
    workspace(&root, REAL_ORG);
    let ws = factdesk::load::load_workspace(&root).unwrap();
    let msg = factdesk::tui::effects::export_story(&ws, 0, Format::Csv).unwrap();
    assert!(msg.contains("exported"), "{msg}");
    let csv = fs::read(t.path().join("exports/scams.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBFclaim,"), "a byte order mark by default");
    factdesk::tui::effects::export_story(&ws, 0, Format::Markdown).unwrap();
    let md = fs::read_to_string(t.path().join("exports/scams.md")).unwrap();
    assert!(md.contains("## 3. Nine minors") && !md.contains("Not yet checked"), "reviewed and published only: {md}");
}

#[test]
fn json_carries_the_comparison() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), REAL_ORG);
    let (json, _) = ok(&export(t.path(), "json", &[]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["claims"][0]["checks"][0]["comparison"], ">=");
    assert_eq!(v["claims"][0]["published_at"], "2025-07-01");
    assert_eq!(v["story"]["language"], "pt-BR");
}
