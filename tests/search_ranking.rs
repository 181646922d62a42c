//! Issue 16: `factdesk search` gives, cold (loading the workspace) and warm (from the mapped search table), the
//! matches and order of a plain reference: nucleo's score of every claim's haystack, no prefilter, one thread,
//! best first, ties in workspace order. What makes search fast (prefilters, threads, reading less) may not change
//! a single row.

mod common;

use common::copy_dir;
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The sample story and its settings beside 60 generated stories of 20 claims (mixed scripts, notes, tags).
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &ws);
    let generated = t.path().join("generated");
    factdesk::generate::generate(&generated, 60, 20, 21).unwrap();
    for e in std::fs::read_dir(&generated).unwrap().flatten() {
        if e.path().is_dir() {
            std::fs::rename(e.path(), ws.join(e.file_name())).unwrap();
        }
    }
    // The cache trusts a file only when its mtime is not too recent to be sure of.
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    for dir in factdesk::store::story_dirs(&ws).unwrap() {
        for f in std::fs::read_dir(dir).unwrap().flatten() {
            std::fs::File::options().write(true).open(f.path()).unwrap().set_modified(old).unwrap();
        }
    }
    (t, ws)
}

/// (story, id, score) of every match, best first: the reference.
fn reference(ws: &Path, query: &str) -> Vec<(String, String, i64)> {
    let w = factdesk::load::load_workspace(ws).unwrap();
    let pattern = Pattern::new(query, CaseMatching::Smart, Normalization::Smart, AtomKind::Fuzzy);
    let mut m = nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT);
    let min = factdesk::search::min_score(query);
    let mut hits = Vec::new();
    for st in &w.stories {
        for c in &st.file.claims {
            let chars: Vec<char> = factdesk::search::haystack(c).chars().collect();
            let score = pattern.score(nucleo_matcher::Utf32Str::Unicode(&chars), &mut m).map(i64::from);
            if let Some(score) = score.filter(|&s| s >= min) {
                hits.push((st.slug.clone(), c.id.clone(), score));
            }
        }
    }
    // A stable sort: ties keep the workspace's order.
    hits.sort_by_key(|h| std::cmp::Reverse(h.2));
    hits
}

fn search(cache: &Path, ws: &Path, query: &str) -> Vec<(String, String, i64)> {
    let o = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["search", query, ws.to_str().unwrap(), "--format", "json", "--limit", "1000000"])
        .env("XDG_CACHE_HOME", cache)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(o.status.success(), "{query}: {}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| (h["story"].as_str().unwrap().into(), h["id"].as_str().unwrap().into(), h["score"].as_i64().unwrap()))
        .collect()
}

#[test]
fn search_cold_and_warm_ranks_as_the_plain_reference() {
    let (t, ws) = workspace();
    let cache = t.path().join("xdg");
    let queries =
        ["gdp half", "rice", "phnom penh", "Taipei", "臺北", "half of", "scam revenue", "zzqqxx", "ab", "é", "GDP"];
    let mut matched = 0;
    for q in queries {
        let want = reference(&ws, q);
        matched += usize::from(!want.is_empty());
        std::fs::remove_dir_all(&cache).ok();
        assert_eq!(search(&cache, &ws, q), want, "cold: {q}");
        assert!(std::fs::read_dir(cache.join("factdesk")).is_ok_and(|mut d| d.next().is_some()), "a cache was written");
        assert_eq!(search(&cache, &ws, q), want, "warm: {q}");
        assert_eq!(search(&cache, &ws, q), want, "warm again: {q}");
    }
    assert!(matched >= 8, "most queries match something");
    assert!(reference(&ws, "gdp half").len() > 20, "a query with many matches, ties among them");
}
