//! CLI tests: `factdesk check` reports numeric-check mismatches and evidence problems as `path:line:column` warnings.

#[path = "common/cache.rs"]
mod test_cache;

use std::fs;
use std::path::Path;

const STORY: &str = "\
story:
  title: Scam compounds
  article: article.txt
values:
  gdp_2023_rebased_usd:
    value: 41.9e9
    source: IMF, April 2024
claims:
- id: scam-revenue-half-gdp
  text: Scam revenue is half of Cambodia's GDP.
  quote:
    exact: half of the country's GDP
  kind: statistic
  status: reviewed
  verdict: misleading
  sources:
  - title: Transnational Crime in Southeast Asia
    url: https://www.usip.org/publications/2024/05/transnational-crime
    accessed: 2025-07-01
  - title: Same report again
    url: https://usip.org/publications/2024/05/transnational-crime/
  checks:
  - label: share of rebased 2023 GDP
    expr: 12.5e9 / gdp_2023_rebased_usd
    claimed: 0.5
    tolerance: 0.05
  - label: share of 2021 GDP
    expr: 12.5e9 / gdp_2021_usd
    claimed: 0.5
    tolerance: 0.05
  - label: fine
    expr: 50% * 2
    claimed: 1
";

const ARTICLE: &str = "Scam returns exceed $12.5 billion a year, or half of the country's GDP.\n";

fn workspace(dir: &Path) {
    let s = dir.join("scams");
    fs::create_dir_all(&s).unwrap();
    fs::write(s.join("claims.yaml"), STORY).unwrap();
    fs::write(s.join("article.txt"), ARTICLE).unwrap();
}

fn check(dir: &Path) -> (String, String, bool) {
    let out = test_cache::factdesk().arg("check").arg(dir).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.success())
}

#[test]
fn check_prints_a_mismatch_warning_with_the_claim_id_and_position() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path());
    let (stdout, stderr, ok) = check(t.path());
    // A mismatch is a warning; the fixture's one broken expression is the only error, and it alone fails the check.
    assert!(!ok, "{stdout}{stderr}");
    let errors: Vec<&str> = stdout.lines().filter(|l| l.contains(": error: ")).collect();
    assert!(errors.len() == 1 && errors[0].contains("cannot be computed"), "{stdout}");
    let mismatch: Vec<&str> = stdout.lines().filter(|l| l.contains("mismatch")).collect();
    assert_eq!(mismatch.len(), 1, "{stdout}");
    let line = mismatch[0];
    assert!(line.contains(": warning: "), "{line}");
    assert!(line.contains("scam-revenue-half-gdp"), "{line}");
    assert!(line.contains("computes 0.2983") && line.contains("says 0.5"), "{line}");
    // The `expr:` of the first check is on line 24, its value at column 11.
    assert!(line.contains("claims.yaml:24:11: warning:"), "{line}");
}

#[test]
fn check_points_into_a_broken_expression() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path());
    let (stdout, _, _) = check(t.path());
    let unknown = stdout.lines().find(|l| l.contains("unknown name `gdp_2021_usd`")).expect(&stdout);
    // `12.5e9 / gdp_2021_usd` starts at column 11 of line 28; the name is its 10th character.
    assert!(unknown.contains("claims.yaml:28:20: error:"), "a check that cannot be computed is an error: {unknown}");
    assert!(unknown.contains("scam-revenue-half-gdp"), "{unknown}");
}

#[test]
fn check_reports_evidence_rules() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path());
    let (stdout, _, _) = check(t.path());
    assert!(stdout.contains("claims.yaml:15:12: warning: claim `scam-revenue-half-gdp`: final verdict rests on 1 independent source (need 2)"), "{stdout}");
    assert!(
        stdout.contains(
            "claims.yaml:21:10: warning: claim `scam-revenue-half-gdp`: source #2 cites the same url as source #1"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("claims.yaml:20:12: warning: claim `scam-revenue-half-gdp`: source #2 has no `accessed` date"),
        "{stdout}"
    );
}

#[test]
fn evidence_rules_can_be_turned_off() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path());
    fs::write(
        t.path().join("factdesk.yaml"),
        "evidence:\n  min_independent_sources: 0\n  duplicate_urls: false\n  require_accessed: false\n",
    )
    .unwrap();
    let (stdout, _, _) = check(t.path());
    assert!(!stdout.contains("source"), "{stdout}");
    assert!(stdout.contains("mismatch"), "numeric checks stay on: {stdout}");
}

#[test]
fn bundled_gdp_claim_is_flagged_at_its_expression() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let (stdout, _, ok) = check(&root);
    assert!(ok, "{stdout}");
    let line = stdout
        .lines()
        .find(|l| l.contains("mismatch") && l.contains("`scam-revenue-half-gdp`") && l.contains("gdp_2023_rebased_usd"))
        .unwrap_or_else(|| panic!("no mismatch for the rebased-GDP check: {stdout}"));
    assert!(line.contains("computes 0.2983, but the claim says 0.5"), "{line}");
    // The position names the line of that check's `expr:` in the story file.
    let pos = line.split(": warning:").next().unwrap();
    let mut parts = pos.rsplitn(3, ':');
    let (col, lno): (usize, usize) = (parts.next().unwrap().parse().unwrap(), parts.next().unwrap().parse().unwrap());
    let text = fs::read_to_string(root.join("cambodia-scam-compounds/claims.yaml")).unwrap();
    let src = text.lines().nth(lno - 1).unwrap();
    assert_eq!(src.trim(), "expr: 12.5e9 / gdp_2023_rebased_usd");
    assert_eq!(src.chars().nth(col - 1), Some('1'), "column {col} points at the expression in {src:?}");
}

#[test]
fn value_names_that_expressions_cannot_use_are_flagged() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path());
    let yaml = STORY.replace("values:\n", "values:\n  gdp 2021:\n    value: 27e9\n");
    fs::write(t.path().join("scams/claims.yaml"), yaml).unwrap();
    let (stdout, _, _) = check(t.path());
    assert!(stdout.contains("claims.yaml:5:3: warning: value `gdp 2021` cannot be used"), "{stdout}");
}

#[test]
fn a_missing_claimed_number_or_a_value_that_is_no_number_is_an_error() {
    let t = tempfile::tempdir().unwrap();
    workspace(t.path());
    let yaml = STORY
        .replace("    expr: 50% * 2\n    claimed: 1\n", "    expr: 50% * 2\n")
        .replace("    value: 41.9e9\n", "    value: .nan\n");
    fs::write(t.path().join("scams/claims.yaml"), yaml).unwrap();
    let (stdout, _, ok) = check(t.path());
    assert!(!ok);
    // The `fine` check's `expr:` is on line 32.
    assert!(
        stdout.contains("claims.yaml:32:11: error: claim `scam-revenue-half-gdp`: check `fine` has no `claimed:`"),
        "{stdout}"
    );
    assert!(stdout.contains("claims.yaml:5:3: error: value `gdp_2023_rebased_usd` is NaN, not a number"), "{stdout}");
    // A number too big for a float is named as such.
    fs::write(t.path().join("scams/claims.yaml"), STORY.replace("    value: 41.9e9\n", "    value: 1e400\n")).unwrap();
    let (stdout, _, ok) = check(t.path());
    assert!(!ok);
    assert!(stdout.contains("no bigger than about 1.8e308"), "{stdout}");
}
