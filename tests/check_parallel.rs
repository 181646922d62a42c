//! Issue 16: a cold `check` parses on every core from one work queue, and gives the diagnostics a one-thread run
//! gives, in the same order, whatever the number of threads, with and without its cache.

mod common;

use common::copy_dir;
use factdesk::cache::check::{Report, Scope, check_on};
use std::fs;
use std::path::{Path, PathBuf};

/// The sample story and its settings, the broken stories of `tests/fixtures/check-broken`, and generated stories
/// of two sizes (3 and 40 claims), so the threads finish their stories at different times.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("claims"), &ws);
    for e in fs::read_dir(root.join("tests/fixtures/check-broken")).unwrap().flatten() {
        if e.path().is_dir() {
            copy_dir(&e.path(), &ws.join(e.file_name()));
        }
    }
    for (tag, stories, claims, seed) in [("a", 12, 3, 11), ("b", 5, 40, 12)] {
        let generated = t.path().join(tag);
        factdesk::generate::generate(&generated, stories, claims, seed).unwrap();
        for e in fs::read_dir(&generated).unwrap().flatten() {
            if e.path().is_dir() {
                fs::rename(e.path(), ws.join(format!("{tag}-{}", e.file_name().to_string_lossy()))).unwrap();
            }
        }
    }
    (t, ws)
}

fn errors(r: &Report) -> usize {
    r.diagnostics.iter().filter(|d| d.is_error()).count()
}

#[test]
fn a_parallel_cold_check_reports_what_one_thread_reports_in_the_same_order() {
    let (t, ws) = workspace();
    let (one, stats) = check_on(&ws, &Scope::All, None, "v", 1).unwrap();
    assert_eq!(stats.parsed, 22, "every story folder is parsed: {stats:?}");
    assert!(one.stories >= 19 && one.claims > 200, "{} stories, {} claims", one.stories, one.claims);
    assert!(errors(&one) >= 8 && one.diagnostics.len() >= 30, "{:#?}", one.diagnostics);
    // Diagnostics of several stories, not one: the order across stories is what the threads could change.
    let files: std::collections::BTreeSet<_> = one.diagnostics.iter().map(|d| d.path.clone()).collect();
    assert!(files.len() >= 5, "{files:?}");
    // The plain one-thread load is the reference every loader agrees with.
    let plain = factdesk::load::load_workspace(&ws).unwrap();
    assert_eq!(one.diagnostics, plain.diagnostics);
    for threads in [2, 3, 8, 64] {
        let (many, _) = check_on(&ws, &Scope::All, None, "v", threads).unwrap();
        assert_eq!(many, one, "{threads} threads");
    }
    // Cold with a cache file, then warm from it, on two threads.
    let cache = t.path().join("c.check.bin");
    let (cold, s1) = check_on(&ws, &Scope::All, Some(&cache), "v", 2).unwrap();
    assert_eq!((cold, s1.parsed), (one.clone(), 22));
    let (warm, s2) = check_on(&ws, &Scope::All, Some(&cache), "v", 2).unwrap();
    assert!(s2.reused >= 19 && s2.parsed <= 3, "{s2:?}");
    assert_eq!(warm, one);
}

#[test]
fn some_stories_checked_in_parallel_report_what_one_thread_reports() {
    let (_t, ws) = workspace();
    let named: Vec<String> = ["broken", "markers", "cambodia-scam-compounds", "no-article"]
        .iter()
        .map(|s| s.to_string())
        .chain(
            factdesk::store::story_dirs(&ws)
                .unwrap()
                .iter()
                .filter_map(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
                .filter(|n| n.starts_with("b-")),
        )
        .collect();
    let scope = Scope::Stories(named);
    let (one, _) = check_on(&ws, &scope, None, "v", 1).unwrap();
    assert!(errors(&one) >= 5, "{:#?}", one.diagnostics);
    let (two, _) = check_on(&ws, &scope, None, "v", 2).unwrap();
    assert_eq!(two, one);
}
