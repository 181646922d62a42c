//! CLI tests of `factdesk export`: every format on a small workspace with hostile data, read back and checked.

#[path = "common/cache.rs"]
mod test_cache;

use std::fs;
use std::path::Path;
use std::process::Output;

const STORY: &str = r#"story:
  title: Scam compounds <b>bold</b>
  outlet: US Asia Journal
  byline: Sam Kim
  url: https://usasia.example/scams
  published: '2025-06-29'
  article: article.txt
values:
  gdp_2023_rebased_usd:
    value: 41.9e9
    source: IMF, April 2024
claims:
- id: half-gdp
  text: Scam revenue is half of Cambodia's GDP.
  quote:
    exact: half of the country's GDP
  claimant: United States Institute of Peace
  status: reviewed
  verdict: misleading
  assignee: sam
  notes: |
    USIP's *estimate* is $12.5bn.
    # not a heading
    <script>alert(1)</script>
  summary: |
    USIP's *estimate* is $12.5bn.
    # not a heading
    <script>alert(1)</script>
  sources:
  - title: USIP report
    url: https://www.usip.org/publications/2024/05/transnational-crime
    accessed: '2025-07-01'
  - title: Evil link
    url: javascript:alert(1)
    publisher: Nobody
    accessed: '2025-07-01'
  checks:
  - label: share of rebased 2023 GDP
    expr: 12.5e9 / gdp_2023_rebased_usd
    claimed: 0.5
    tolerance: 0.05
- id: nine-minors
  text: "=HYPERLINK(\"http://evil\") Nine minors were among the victims, according to a report whose title is long."
  quote:
    exact: Nine minors
  claimant: Amnesty International
  status: reviewed
  verdict: accurate
- id: lewis
  text: Lewis was told to earn 1 million baht a month.
  quote:
    exact: Lewis
  verdict: unverifiable
- id: open-one
  text: Not yet checked.
  quote:
    exact: Not yet
"#;

const ARTICLE: &str = "half of the country's GDP. Nine minors. Lewis. Not yet.\n";

const ORG: &str = "organization:\n  name: Desk Checks\n  url: https://desk.example.org\n  review_url: https://desk.example.org/checks/{story}#{id}\n";

fn workspace(dir: &Path, config: Option<&str>) {
    let s = dir.join("scams");
    fs::create_dir_all(&s).unwrap();
    fs::write(s.join("claims.yaml"), STORY).unwrap();
    fs::write(s.join("article.txt"), ARTICLE).unwrap();
    if let Some(c) = config {
        fs::write(dir.join("factdesk.yaml"), c).unwrap();
    }
}

fn export(dir: &Path, format: &str, extra: &[&str]) -> Output {
    test_cache::factdesk()
        .arg("export")
        .arg(dir)
        .args(["--story", "scams", "--format", format, "--date", "2025-07-02"])
        .args(extra)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

fn str_at<'a>(v: &'a serde_json::Value, path: &str) -> &'a str {
    let mut cur = v;
    for k in path.split('.') {
        cur = &cur[k];
    }
    cur.as_str().unwrap_or_else(|| panic!("`{path}` is missing or not a string in {v:#}"))
}

#[test]
fn claimreview_has_every_required_field() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some(ORG));
    let out = export(t.path(), "claimreview", &["--all"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reviews = v.as_array().unwrap();
    // Every claim with a verdict: `unverifiable` too (with no rating number); `open-one` has no verdict.
    assert_eq!(reviews.len(), 3);
    for r in reviews {
        assert_eq!(str_at(r, "@context"), "https://schema.org");
        assert_eq!(str_at(r, "@type"), "ClaimReview");
        assert!(!str_at(r, "claimReviewed").is_empty());
        // None is published yet, so none has a publication date (`--date` is not one).
        assert!(r["datePublished"].is_null(), "{r:#}");
        assert!(str_at(r, "url").starts_with("https://desk.example.org/checks/scams#"));
        assert_eq!(str_at(r, "author.@type"), "Organization");
        assert_eq!(str_at(r, "author.name"), "Desk Checks");
        assert_eq!(str_at(r, "author.url"), "https://desk.example.org");
        let rating = &r["reviewRating"];
        assert_eq!(str_at(r, "reviewRating.@type"), "Rating");
        assert!(!str_at(r, "reviewRating.alternateName").is_empty());
        if let Some(value) = rating["ratingValue"].as_u64() {
            let (best, worst) = (rating["bestRating"].as_u64().unwrap(), rating["worstRating"].as_u64().unwrap());
            assert!(worst <= value && value <= best, "{rating}");
            assert_eq!((best, worst), (5, 1));
        } else {
            assert_eq!(str_at(r, "reviewRating.alternateName"), "Unverifiable");
            assert!(rating["bestRating"].is_null() && rating["worstRating"].is_null(), "{rating}");
        }
        assert_eq!(str_at(r, "itemReviewed.@type"), "Claim");
        assert!(!str_at(r, "itemReviewed.author.name").is_empty());
        assert!(!str_at(r, "itemReviewed.author.@type").is_empty());
        assert_eq!(str_at(r, "itemReviewed.datePublished"), "2025-06-29");
        assert_eq!(str_at(r, "itemReviewed.appearance.url"), "https://usasia.example/scams");
        assert_eq!(str_at(r, "inLanguage"), "en");
    }
    assert_eq!(str_at(&reviews[0], "url"), "https://desk.example.org/checks/scams#half-gdp");
    assert_eq!(reviews[0]["reviewRating"]["ratingValue"], 3);
    assert_eq!(str_at(&reviews[0], "reviewRating.alternateName"), "Misleading");
    assert_eq!(str_at(&reviews[0], "itemReviewed.author.name"), "United States Institute of Peace");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("claims.yaml:43:9: warning: claim `nine-minors`: claimReviewed is 104 characters"),
        "{stderr}"
    );
    assert!(stderr.contains("left out 1 claim without a verdict: open-one"), "{stderr}");
}

#[test]
fn claimreview_without_organization_names_the_settings_to_add() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), None);
    let out = export(t.path(), "claimreview", &[]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "no partial output");
    let stderr = text(&out.stderr);
    for key in ["organization.name", "organization.url", "organization.review_url"] {
        let line = stderr.lines().find(|l| l.contains(key)).unwrap_or_else(|| panic!("{key} not named: {stderr}"));
        assert!(line.contains("factdesk.yaml:1:1: error:"), "{line}");
    }
}

#[test]
fn claimreview_pattern_without_id_is_refused() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some(&ORG.replace("#{id}", "")));
    let out = export(t.path(), "claimreview", &[]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("factdesk.yaml:4:3: error: `organization.review_url` has no `{id}`"), "{stderr}");
}

#[test]
fn csv_reads_back_one_row_per_claim() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), None);
    let out = export(t.path(), "csv", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let raw = text(&out.stdout);
    assert!(raw.contains("\r\n"), "RFC 4180 line ends");
    let mut r = csv::Reader::from_reader(raw.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], ["claim", "claimant", "claimant type"]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][col("id")], "half-gdp");
    assert_eq!(&rows[0][col("rating")], "Misleading");
    assert_eq!(&rows[0][col("mismatches")], "1");
    assert!(rows[0][col("notes")].contains("<script>"), "the data is kept, as text");
    assert!(rows[1][col("claim")].starts_with("'=HYPERLINK"), "formula defused: {}", &rows[1][col("claim")]);
    assert_eq!(&rows[3][col("verdict")], "");
}

#[test]
fn markdown_escapes_data_and_links_only_web_urls() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some(ORG));
    let out = export(t.path(), "markdown", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(md.starts_with("# Fact-check: Scam compounds \\<b\\>bold\\</b\\>\n"), "{md}");
    assert!(md.contains("- Outlet: US Asia Journal\n- Byline: Sam Kim\n"), "{md}");
    assert!(md.contains("\n## 1. Scam revenue is half of Cambodia's GDP.\n"), "{md}");
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    assert!(md.contains("\n\\# not a heading\n"), "{md}");
    assert!(md.contains("USIP's \\*estimate\\*"), "{md}");
    assert!(!md.contains("](javascript:"), "{md}");
    assert!(md.contains("Evil link (javascript:alert(1)), Nobody"), "{md}");
    assert!(
        md.contains(
            "[USIP report](https://www.usip.org/publications/2024/05/transnational-crime), accessed 2025-07-01"
        )
    );
    assert!(md.contains("comes to 0.2983; the claim says 0.5 (give or take 0.05): it does not hold."), "{md}");
}

#[test]
fn json_is_the_whole_story() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), None);
    let out = export(t.path(), "json", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["slug"], "scams");
    v.as_object_mut().unwrap().remove("slug");
    let back: factdesk::model::StoryFile = serde_json::from_value(v).unwrap();
    let yaml: factdesk::model::StoryFile = serde_yaml::from_str(STORY).unwrap();
    assert_eq!(back, yaml);
}

#[test]
fn output_file_is_written_but_never_over_workspace_files() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), None);
    let dest = t.path().join("report.md");
    let out = export(t.path(), "markdown", &["-o", dest.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    assert!(fs::read_to_string(&dest).unwrap().starts_with("# Fact-check"));
    let story = t.path().join("scams/claims.yaml");
    let article = t.path().join("scams/article.txt");
    for target in [&story, &article] {
        let out = export(t.path(), "json", &["-o", target.to_str().unwrap()]);
        assert!(!out.status.success());
        assert!(text(&out.stderr).contains("refusing to write"), "{}", text(&out.stderr));
    }
    assert_eq!(fs::read_to_string(story).unwrap(), STORY);
    assert_eq!(fs::read_to_string(article).unwrap(), ARTICLE);
}

#[test]
fn bad_story_and_date_are_errors() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), None);
    let out = test_cache::factdesk()
        .args(["export", t.path().to_str().unwrap(), "--story", "nope", "--format", "json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("no story `nope`") && text(&out.stderr).contains("scams"));
    let out = test_cache::factdesk()
        .args(["export", t.path().to_str().unwrap(), "--format", "json", "--date", "July 2"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn claimreview_warns_about_unfinished_reviews() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some(ORG));
    let yaml =
        STORY.replace("  status: reviewed\n  verdict: accurate\n", "  status: in-progress\n  verdict: accurate\n");
    fs::write(t.path().join("scams/claims.yaml"), yaml).unwrap();
    let out = export(t.path(), "claimreview", &["--all"]);
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "claims.yaml:47:11: warning: claim `nine-minors` is exported with its verdict while still `in-progress`"
        ),
        "{stderr}"
    );
}

#[test]
fn broken_settings_stop_the_export_instead_of_falling_back() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some("organization: [not, a, map]\n"));
    let out = export(t.path(), "markdown", &[]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("factdesk.yaml:1:") && stderr.contains("error"), "{stderr}");
}

#[test]
fn markdown_leaves_unreviewed_claims_out_and_says_so() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some(ORG));
    let file = t.path().join("scams").join("claims.yaml");
    let with_candidate = fs::read_to_string(&file).unwrap()
        + "- id: proposed\n  text: Not yet proposed by the tool.\n  quote:\n    exact: Not yet\n  status: candidate\n  score: 0.9\n";
    fs::write(&file, with_candidate).unwrap();
    let out = export(t.path(), "markdown", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(!md.contains("Not yet proposed by the tool"), "{md}");
    assert!(!md.contains("candidate"), "no bookkeeping in the report: {md}");
    assert!(
        text(&out.stderr).contains("left out 3 claims not yet reviewed: lewis, open-one, proposed"),
        "{}",
        text(&out.stderr)
    );
    let out = export(t.path(), "markdown", &["--all"]);
    assert!(text(&out.stdout).contains("## 5. Not yet proposed by the tool."), "{}", text(&out.stdout));
}

#[test]
fn claimreview_refuses_a_story_url_or_date_that_is_not_one() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path(), Some(ORG));
    let file = t.path().join("scams").join("claims.yaml");
    let original = fs::read_to_string(&file).unwrap();
    let bad = original
        .replace("url: https://usasia.example/scams", "url: javascript:alert(1)")
        .replace("published: '2025-06-29'", "published: June 2025");
    fs::write(&file, bad).unwrap();
    let out = export(t.path(), "claimreview", &[]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("`story.url` is `javascript:alert(1)`: it must be an http(s) web address"), "{err}");
    assert!(err.contains("`story.published` is `June 2025`: it must be a date"), "{err}");
    // A month alone is a date ClaimReview takes.
    fs::write(&file, original.replace("published: '2025-06-29'", "published: '2025-06'")).unwrap();
    let out = export(t.path(), "claimreview", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}
