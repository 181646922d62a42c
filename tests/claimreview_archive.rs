//! Issue 17, item 7: other newsrooms' ClaimReviews imported into a read-only `archive/`, shown by `similar` and
//! the UI's similar-claims panel as external (outlet, rating, url); and the round trip through our own export.

mod common;

use factdesk::archive::{self, External};
use factdesk::tui::app::{Action, Reply, SimilarClaims, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

fn factdesk(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("XDG_CACHE_HOME", dir.join(".cache-test"))
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn bundled_copy() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    common::copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &ws);
    (t, ws)
}

const STORY: &str = "cambodia-scam-compounds";

#[test]
fn our_own_claimreview_export_imports_back_with_the_same_claims_verdicts_and_urls() {
    let (t, ws) = bundled_copy();
    let out = t.path().join("ours.json");
    let o = factdesk(
        t.path(),
        &["export", "--story", STORY, "--format", "claimreview", "--all", "-o", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    let exported: serde_json::Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    let exported = exported.as_array().unwrap();
    assert!(exported.len() > 10);

    let o = factdesk(t.path(), &["import-claimreview", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains(&format!("imported {} fact-checks", exported.len())), "{}", text(&o));
    let (externals, problems) = archive::load(&ws);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(externals.len(), exported.len());
    for (e, r) in externals.iter().zip(exported) {
        assert_eq!(e.claim, r["claimReviewed"].as_str().unwrap());
        assert_eq!(e.rating, r["reviewRating"]["alternateName"].as_str().unwrap());
        assert_eq!(e.url, r["url"].as_str().unwrap());
        assert_eq!(e.outlet, r["author"]["name"].as_str().unwrap());
    }
    // The archive is no story: the workspace still loads one story, and `check` is not troubled by it.
    let o = factdesk(t.path(), &["check"]);
    assert!(o.status.success() && text(&o).contains("checked 1 story"), "{}", text(&o));
    // Importing the same file again replaces its archive file rather than doubling it.
    assert!(factdesk(t.path(), &["import-claimreview", out.to_str().unwrap()]).status.success());
    assert_eq!(archive::load(&ws).0.len(), exported.len());
}

/// Another newsroom's review of nearly the same claim, in a saved page's JSON-LD.
const OTHER_PAGE: &str = r#"<!doctype html><html lang="en"><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","name":"x"},
 {"@type":"ClaimReview","url":"https://checks.example.net/2025/cambodia-scam-gdp",
  "claimReviewed":"Scam revenue of $12.5 billion a year equals half of Cambodia's GDP",
  "author":{"@type":"Organization","name":"Example Checks Asia"},
  "reviewRating":{"@type":"Rating","ratingValue":2,"bestRating":5,"worstRating":1,"alternateName":"Mostly false"},
  "itemReviewed":{"@type":"Claim","author":{"@type":"Organization","name":"USIP"}},
  "datePublished":"2025-07-01"}]}
</script></head><body><p>A fact-check.</p></body></html>"#;

#[test]
fn similar_shows_other_newsrooms_checks_as_external() {
    let (t, ws) = bundled_copy();
    let page = t.path().join("other.html");
    fs::write(&page, OTHER_PAGE).unwrap();
    let o = factdesk(t.path(), &["import-claimreview", page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(ws.join("archive/other.yaml").exists());
    let o = factdesk(t.path(), &["similar", &format!("{STORY}/scam-revenue-half-gdp")]);
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    assert!(out.contains("EXTERNAL") && out.contains("Example Checks Asia") && out.contains("Mostly false"), "{out}");
    assert!(out.contains("https://checks.example.net/2025/cambodia-scam-gdp"), "{out}");
    let o = factdesk(t.path(), &["similar", &format!("{STORY}/scam-revenue-half-gdp"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ext: Vec<&serde_json::Value> = v.as_array().unwrap().iter().filter(|x| x["external"] == true).collect();
    assert_eq!(ext.len(), 1, "{v}");
    assert_eq!(ext[0]["outlet"], "Example Checks Asia");
    // An unrelated claim finds nothing external.
    let o = factdesk(t.path(), &["similar", &format!("{STORY}/reuters-date"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().all(|x| x["external"] != true), "{v}");
}

#[test]
fn import_errors_name_the_file_and_the_fix() {
    let (t, _ws) = bundled_copy();
    let bad = t.path().join("bad.json");
    fs::write(&bad, "{\n  \"@type\": \"ClaimReview\",\n  oops").unwrap();
    let o = factdesk(t.path(), &["import-claimreview", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("bad.json:3:") && text(&o).contains("not JSON"), "{}", text(&o));
    fs::write(&bad, r#"{"@type":"NewsArticle","headline":"x"}"#).unwrap();
    let o = factdesk(t.path(), &["import-claimreview", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("no ClaimReview found"), "{}", text(&o));
}

#[test]
fn the_ui_similar_panel_lists_checks_from_elsewhere() {
    for (w, h) in [(100, 30), (80, 24)] {
        let (_t, mut app) = common::app();
        update(&mut app, Action::Resize(w, h));
        let external = External {
            claim: "Nine minors were among those rescued last month".into(),
            rating: "Accurate".into(),
            outlet: "Example Checks".into(),
            url: "https://checks.example.net/minors".into(),
            ..Default::default()
        };
        let sim = SimilarClaims::build(SimilarClaims::input(&app.ws)).with_externals(vec![external]);
        update(&mut app, Reply::SimilarReady(Arc::new(sim)));
        common::select(&mut app, "nine-minors");
        update(&mut app, Action::NextPane);
        for _ in 0..12 {
            update(&mut app, Action::Down);
        }
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        term.draw(|f| factdesk::tui::view::draw(f, &app)).unwrap();
        let screen = format!("{}", term.backend());
        assert!(screen.contains("Checked elsewhere (1)"), "{w}x{h}:\n{screen}");
        assert!(screen.contains("external · Example Checks"), "{w}x{h}:\n{screen}");
        insta::assert_snapshot!(format!("similar_external_{w}x{h}"), term.backend());
    }
}
