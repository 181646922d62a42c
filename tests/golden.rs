//! Golden files: every export of the bundled story, compared byte for byte with `tests/golden/`.
//!
//! After a deliberate change to an export, rewrite them with `UPDATE_GOLDEN=1 cargo test --test golden`,
//! then read the diff before committing.

#[path = "common/cache.rs"]
mod test_cache;

use std::fs;
use std::path::PathBuf;

const STORY: &str = "cambodia-scam-compounds";
/// A fixed date for the report's "fact-checked on" line, so the files do not change from day to day.
const DATE: &str = "2026-11-28";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn export(format: &str) -> String {
    // The sample has reviewed claims and no published one: ClaimReview takes them with --all.
    let all: &[&str] = if format == "claimreview" { &["--all"] } else { &[] };
    let out = test_cache::factdesk()
        .current_dir(root())
        .args(["export", "claims", "--story", STORY, "--format", format, "--date", DATE])
        .args(all)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn golden(file: &str, actual: &str) {
    let path = root().join("tests/golden").join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; write it with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{} differs from the export at line {}:\n  golden: {:?}\n  export: {:?}\nIf the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

fn bundled() -> factdesk::store::Workspace {
    factdesk::load::load_workspace(&root().join("claims")).unwrap()
}

#[test]
fn claimreview_golden_and_fields() {
    let text = export("claimreview");
    golden(&format!("{STORY}.claimreview.json"), &text);
    let ws = bundled();
    let story = ws.story(STORY).unwrap();
    let rated: Vec<&str> =
        story.file.claims.iter().filter(|c| ws.config.verdict(&c.verdict).is_some()).map(|c| c.id.as_str()).collect();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let reviews = v.as_array().unwrap();
    assert_eq!(reviews.len(), rated.len());
    for (r, id) in reviews.iter().zip(&rated) {
        let s = |p: &str| {
            let mut cur = r;
            for k in p.split('.') {
                cur = &cur[k];
            }
            cur.as_str().unwrap_or_else(|| panic!("{id}: `{p}` missing")).to_string()
        };
        assert_eq!(s("@type"), "ClaimReview");
        assert_eq!(s("url"), format!("https://example.org/fact-checks/{STORY}/{id}"));
        assert!(!s("claimReviewed").is_empty());
        // No claim of the sample is published yet, so none has a publication date (`--date` is not one).
        assert!(r["datePublished"].is_null(), "{id}");
        assert_eq!(s("inLanguage"), "en");
        assert_eq!(s("author.name"), ws.config.organization.name);
        assert_eq!(s("author.url"), ws.config.organization.url);
        if r["reviewRating"]["ratingValue"].is_u64() {
            assert_eq!(r["reviewRating"]["bestRating"], 5);
            assert_eq!(r["reviewRating"]["worstRating"], 1);
        } else {
            assert_eq!(s("reviewRating.alternateName"), "Unverifiable");
        }
        assert!(!s("reviewRating.alternateName").is_empty());
        assert_eq!(s("itemReviewed.@type"), "Claim");
        assert!(!s("itemReviewed.author.name").is_empty());
        assert_eq!(s("itemReviewed.datePublished"), story.file.story.published);
        assert_eq!(s("itemReviewed.appearance.url"), story.file.story.url);
        assert_eq!(s("itemReviewed.firstAppearance.url"), story.file.story.url);
    }
}

#[test]
fn markdown_golden() {
    let text = export("markdown");
    golden(&format!("{STORY}.md"), &text);
    assert!(text.contains("comes to 0.2983; the claim says 0.5 (give or take 0.05): it does not hold."), "{text}");
}

#[test]
fn csv_golden_and_row_count() {
    let text = export("csv");
    golden(&format!("{STORY}.csv"), &text);
    let body = text.strip_prefix('\u{feff}').expect("a byte order mark first, for Excel");
    let mut r = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(r.headers().unwrap().get(0), Some("claim"));
    let rows = r.records().collect::<Result<Vec<_>, _>>().unwrap();
    let ws = bundled();
    assert_eq!(rows.len(), ws.story(STORY).unwrap().file.claims.len());
    assert!(rows.iter().all(|row| row.len() == factdesk::export::spreadsheet::HEADER.len()));
}

#[test]
fn json_golden_and_round_trip() {
    let text = export("json");
    golden(&format!("{STORY}.json"), &text);
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v.as_object_mut().unwrap().remove("slug");
    let back: factdesk::model::StoryFile = serde_json::from_value(v).unwrap();
    assert_eq!(back, bundled().story(STORY).unwrap().file);
}
