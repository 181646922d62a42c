//! Issue 16: commands read only what they need (`--story`, `check PATH…`), `list` streams its JSON, and the
//! incremental `check` always gives the answer a full load gives.

use factdesk::cache::check::{CheckStats, Report, Scope, check_with};
use factdesk::store::STORY_FILE;
use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

/// Runs the binary with its caches in `cache` (never the user's own).
fn factdesk(cache: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("XDG_CACHE_HOME", cache)
        .output()
        .expect("run factdesk")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const GOOD: &str = "story:\n  title: Good\n  article: article.txt\nclaims:\n- id: half\n  text: Half of GDP\n  \
                    quote:\n    exact: half of GDP\n  verdict: accurate\n";

/// A workspace with a good story, a story stuck in a merge (conflict markers), and the settings.
fn mixed() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    let good = ws.join("good");
    fs::create_dir_all(&good).unwrap();
    fs::write(good.join(STORY_FILE), GOOD).unwrap();
    fs::write(good.join("article.txt"), "It is half of GDP.\n").unwrap();
    let broken = ws.join("broken");
    fs::create_dir_all(&broken).unwrap();
    fs::write(broken.join(STORY_FILE), "story:\n  title: T\n<<<<<<< HEAD\nclaims: []\n").unwrap();
    (t, ws)
}

#[test]
fn list_story_reads_that_folder_alone() {
    let (t, ws) = mixed();
    let w = ws.to_str().unwrap();
    let whole = factdesk(t.path(), &["list", w]);
    assert!(!whole.status.success(), "the whole listing says a story was left out");
    let one = factdesk(t.path(), &["list", w, "--story", "good"]);
    assert!(one.status.success(), "{}", err(&one));
    assert!(out(&one).contains("Half of GDP"), "{}", out(&one));
    assert!(!err(&one).contains("broken"), "{}", err(&one));
    let json = factdesk(t.path(), &["list", w, "--story", "good", "--format", "json"]);
    assert!(json.status.success(), "{}", err(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    // The broken one, named, is still reported as left out.
    let bad = factdesk(t.path(), &["list", w, "--story", "broken"]);
    assert!(!bad.status.success());
    assert!(err(&bad).contains("conflict marker"), "{}", err(&bad));
    // A slug that is a path is no story.
    let up = factdesk(t.path(), &["list", w, "--story", "../claims/good"]);
    assert!(!up.status.success());
    assert!(err(&up).contains("no story"), "{}", err(&up));
}

#[test]
fn export_story_reads_that_folder_alone() {
    let (t, ws) = mixed();
    let w = ws.to_str().unwrap();
    let o = factdesk(t.path(), &["export", w, "--story", "good", "--format", "json"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("Half of GDP"));
    let o = factdesk(t.path(), &["export", w, "--story", "broken", "--format", "json"]);
    assert!(!o.status.success());
    assert!(err(&o).contains("conflict marker"), "{}", err(&o));
    let o = factdesk(t.path(), &["export", w, "--story", "nope", "--format", "json"]);
    assert!(!o.status.success());
    assert!(err(&o).contains("the stories are: broken, good"), "{}", err(&o));
}

#[cfg(unix)]
#[test]
fn a_named_story_still_goes_through_the_trust_boundary() {
    let (t, ws) = mixed();
    let elsewhere = t.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::write(elsewhere.join(STORY_FILE), GOOD).unwrap();
    fs::write(elsewhere.join("article.txt"), "It is half of GDP.\n").unwrap();
    std::os::unix::fs::symlink(&elsewhere, ws.join("linked")).unwrap();
    let w = ws.to_str().unwrap();
    for args in [
        vec!["list", w, "--story", "linked"],
        vec!["export", w, "--story", "linked", "--format", "json"],
        vec!["check", w, "--story", "linked"],
    ] {
        let o = factdesk(t.path(), &args);
        assert!(!o.status.success(), "{args:?}");
        assert!(err(&o).contains("the story folder") || out(&o).contains("the story folder"), "{args:?}: {}", err(&o));
        assert!(!out(&o).contains("Half of GDP"), "{args:?}: nothing behind the link is shown");
    }
    // An article that is a link is refused in a story named alone, too.
    fs::remove_file(ws.join("good").join("article.txt")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("article.txt"), ws.join("good").join("article.txt")).unwrap();
    let o = factdesk(t.path(), &["check", w, "--story", "good"]);
    assert!(!o.status.success());
    assert!(out(&o).contains("story.article"), "{}", out(&o));
}

#[test]
fn check_story_and_paths_check_only_the_stories_named() {
    let (t, ws) = mixed();
    let w = ws.to_str().unwrap();
    let all = factdesk(t.path(), &["check", w]);
    assert!(!all.status.success());
    assert!(out(&all).contains("conflict marker"));
    let one = factdesk(t.path(), &["check", w, "--story", "good"]);
    assert!(one.status.success(), "{}{}", out(&one), err(&one));
    assert!(err(&one).contains("checked 1 story, 1 claim"), "{}", err(&one));
    // As a pre-commit hook passes staged files: a story file, an article, a README, a deleted story.
    fs::write(ws.join("README.md"), "notes").unwrap();
    let staged = [
        ws.join("good").join(STORY_FILE),
        ws.join("good/article.txt"),
        ws.join("README.md"),
        ws.join("gone/claims.yaml"),
    ];
    let mut args = vec!["check".to_string(), w.to_string()];
    args.extend(staged.iter().map(|p| p.to_string_lossy().into_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let hook = factdesk(t.path(), &args);
    assert!(hook.status.success(), "{}{}", out(&hook), err(&hook));
    assert!(err(&hook).contains("checked 1 story"), "{}", err(&hook));
    // The broken story's file among them fails the hook.
    let b = ws.join("broken").join(STORY_FILE);
    let hook = factdesk(t.path(), &["check", w, b.to_str().unwrap()]);
    assert!(!hook.status.success());
    assert!(out(&hook).contains("conflict marker"));
    // The settings file among them checks every story.
    fs::write(ws.join("factdesk.yaml"), "verdicts:\n- name: accurate\n  label: Accurate\n").unwrap();
    let c = ws.join("factdesk.yaml");
    let hook = factdesk(t.path(), &["check", w, c.to_str().unwrap()]);
    assert!(err(&hook).contains("checked 1 story, 1 claim"), "only `good` loads: {}", err(&hook));
    assert!(out(&hook).contains("conflict marker"));
    // A path outside the workspace is refused with the fix; an unknown --story too.
    let o = factdesk(t.path(), &["check", w, t.path().join("x.yaml").to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(err(&o).contains("is not in the workspace"), "{}", err(&o));
    let o = factdesk(t.path(), &["check", w, "--story", "nope"]);
    assert!(!o.status.success());
    assert!(err(&o).contains("no story `nope`"), "{}", err(&o));
}

#[test]
fn a_warm_check_of_an_unchanged_archive_reads_no_yaml() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    factdesk::generate::generate(&ws, 6, 4, 5).unwrap();
    // A narrow verdict scale, so there are diagnostics to cache.
    fs::write(ws.join("factdesk.yaml"), "verdicts:\n- name: accurate\n  label: Accurate\n  rating: 5\n").unwrap();
    age(&ws);
    let cache = t.path().join("c.check.bin");
    let (cold, s1) = check_with(&ws, &Scope::All, Some(&cache), "v1").unwrap();
    assert_eq!((s1.parsed, s1.reused, s1.written), (6, 0, true));
    let (warm, s2) = check_with(&ws, &Scope::All, Some(&cache), "v1").unwrap();
    assert_eq!(s2, CheckStats { reused: 6, hashed: 0, parsed: 0, written: false });
    assert_eq!(cold, warm);
    assert_eq!(warm, uncached(&ws, &Scope::All));
    assert!(warm.diagnostics.len() > 3, "{warm:?}");
    // The workspace spelled another way: the same answer, with paths spelled that way.
    let dotted = ws.join(".");
    let (other, _) = check_with(&dotted, &Scope::All, Some(&cache), "v1").unwrap();
    assert_eq!(other, uncached(&dotted, &Scope::All));
    assert!(other.diagnostics.iter().all(|d| d.path.starts_with(&dotted)));
    // A corrupt file is rebuilt without a word.
    fs::write(&cache, b"FDCHECK2 garbage").unwrap();
    let (again, s3) = check_with(&ws, &Scope::All, Some(&cache), "v1").unwrap();
    assert_eq!((s3.parsed, s3.written), (6, true));
    assert_eq!(again, warm);
    // Another version reads nothing from it.
    let (_, s4) = check_with(&ws, &Scope::All, Some(&cache), "v2").unwrap();
    assert_eq!(s4.parsed, 6);
}

/// Every file of the workspace, dated a minute ago (so its mtime alone is trusted).
fn age(ws: &Path) {
    let old = SystemTime::now() - Duration::from_secs(60);
    for e in walk(ws) {
        if let Ok(f) = fs::File::options().write(true).open(&e) {
            f.set_modified(old).unwrap();
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            out.extend(walk(&p));
        } else if ft.is_file() {
            out.push(p);
        }
    }
    out
}

/// What a full, uncached load says for the scope.
fn uncached(ws: &Path, scope: &Scope) -> Report {
    let w = match scope {
        Scope::All => factdesk::load::load_workspace(ws).unwrap(),
        Scope::Stories(s) => factdesk::load::load_stories(ws, s).unwrap(),
    };
    Report {
        diagnostics: w.diagnostics.clone(),
        stories: w.stories.len(),
        claims: w.stories.iter().map(|s| s.file.claims.len()).sum(),
    }
}

/// One random edit between two checks.
#[derive(Debug, Clone)]
enum Edit {
    /// A claim's text changed (a different size).
    Text(usize),
    /// The same number of bytes, other bytes: only the hash can tell.
    SameSize(usize),
    /// A merge left conflict markers.
    Conflict(usize),
    /// The story file restored from its first version.
    Restore(usize),
    /// A claim's verdict set to one the settings may not know.
    Verdict(usize),
    /// A duplicate claim id.
    Duplicate(usize),
    /// The article edited (so anchors move or break).
    Article(usize),
    /// The article removed.
    NoArticle(usize),
    /// A story folder removed.
    Remove(usize),
    /// A story copied under a new name.
    Copy(usize),
    /// `factdesk.yaml` written with a scale that knows some verdicts, or removed.
    Settings(bool),
    /// A new factdesk version.
    Version,
    /// Every file dated a minute ago.
    Age,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..8usize).prop_map(Edit::Text),
        (0..8usize).prop_map(Edit::SameSize),
        (0..8usize).prop_map(Edit::Conflict),
        (0..8usize).prop_map(Edit::Restore),
        (0..8usize).prop_map(Edit::Verdict),
        (0..8usize).prop_map(Edit::Duplicate),
        (0..8usize).prop_map(Edit::Article),
        (0..8usize).prop_map(Edit::NoArticle),
        (0..8usize).prop_map(Edit::Remove),
        (0..8usize).prop_map(Edit::Copy),
        any::<bool>().prop_map(Edit::Settings),
        Just(Edit::Version),
        Just(Edit::Age),
    ]
}

fn story_dir(ws: &Path, k: usize) -> Option<PathBuf> {
    let dirs = factdesk::store::story_dirs(ws).unwrap();
    if dirs.is_empty() { None } else { Some(dirs[k % dirs.len()].clone()) }
}

fn apply(ws: &Path, originals: &Path, e: &Edit, version: &mut u32, copies: &mut u32) {
    let file = |k: usize| story_dir(ws, k).map(|d| d.join(STORY_FILE));
    let rewrite = |p: PathBuf, f: &dyn Fn(String) -> String| {
        if let Ok(s) = fs::read_to_string(&p) {
            fs::write(&p, f(s)).unwrap();
        }
    };
    match *e {
        Edit::Text(k) => file(k).into_iter().for_each(|p| rewrite(p, &|s| s.replacen("text: ", "text: Edited ", 1))),
        // The mtime is kept only while it is recent: a file dated a while ago whose bytes change and whose size and
        // mtime do not is what the cache trusts by design (as git does); a recent mtime is checked by hash.
        Edit::SameSize(k) => file(k).into_iter().for_each(|p| {
            let before = fs::metadata(&p).unwrap().modified().unwrap();
            rewrite(p.clone(), &|s| s.replacen("e", "E", 1));
            if before + Duration::from_secs(1) > SystemTime::now() {
                fs::File::options().write(true).open(&p).unwrap().set_modified(before).unwrap();
            }
        }),
        Edit::Conflict(k) => file(k).into_iter().for_each(|p| rewrite(p, &|s| format!("<<<<<<< HEAD\n{s}"))),
        Edit::Restore(k) => {
            if let Some(d) = story_dir(ws, k) {
                let name = d.file_name().unwrap();
                if let Ok(orig) = fs::read(originals.join(name).join(STORY_FILE)) {
                    fs::write(d.join(STORY_FILE), orig).unwrap();
                }
            }
        }
        Edit::Verdict(k) => file(k)
            .into_iter()
            .for_each(|p| rewrite(p, &|s| s.replacen("  text: ", "  verdict: misleading\n  text: ", 1))),
        Edit::Duplicate(k) => file(k).into_iter().for_each(|p| {
            rewrite(p, &|s| {
                let id = s.lines().find_map(|l| l.strip_prefix("- id: ")).unwrap_or("x").to_string();
                if s.contains("claims: []") { s } else { format!("{s}- id: {id}\n  text: Again\n") }
            })
        }),
        Edit::Article(k) => {
            if let Some(d) = story_dir(ws, k) {
                rewrite(d.join("article.txt"), &|s| format!("A new first line.\n{}", s.replacen(' ', "  ", 3)));
            }
        }
        Edit::NoArticle(k) => {
            if let Some(d) = story_dir(ws, k) {
                let _ = fs::remove_file(d.join("article.txt"));
            }
        }
        Edit::Remove(k) => {
            if let Some(d) = story_dir(ws, k) {
                fs::remove_dir_all(d).unwrap();
            }
        }
        Edit::Copy(k) => {
            if let Some(d) = story_dir(ws, k) {
                *copies += 1;
                let to = ws.join(format!("copy-{copies}"));
                fs::create_dir_all(&to).unwrap();
                for f in [STORY_FILE, "article.txt"] {
                    let _ = fs::copy(d.join(f), to.join(f));
                }
            }
        }
        Edit::Settings(true) => {
            fs::write(ws.join("factdesk.yaml"), "verdicts:\n- name: accurate\n  label: Accurate\n  rating: 5\n")
                .unwrap()
        }
        Edit::Settings(false) => {
            let _ = fs::remove_file(ws.join("factdesk.yaml"));
        }
        Edit::Version => *version += 1,
        Edit::Age => age(ws),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever is edited between two checks (stories, articles, the settings, the version), the cached answer is
    /// the uncached one, for the whole workspace and for some stories named alone.
    #[test]
    fn the_cached_check_equals_the_uncached_one(
        edits in proptest::collection::vec((edit(), proptest::collection::vec(0..8usize, 0..3)), 1..10),
        seed in 0..1000u64,
    ) {
        let t = tempfile::tempdir().unwrap();
        let ws = t.path().join("ws");
        let originals = t.path().join("originals");
        factdesk::generate::generate(&ws, 5, 3, seed).unwrap();
        factdesk::generate::generate(&originals, 5, 3, seed).unwrap();
        let cache = t.path().join("c.check.bin");
        let (mut version, mut copies) = (0u32, 0u32);
        prop_assert_eq!(check_with(&ws, &Scope::All, Some(&cache), "v0").unwrap().0, uncached(&ws, &Scope::All));
        for (e, named) in &edits {
            apply(&ws, &originals, e, &mut version, &mut copies);
            let v = format!("v{version}");
            let scope = if named.is_empty() {
                Scope::All
            } else {
                let dirs = factdesk::store::story_dirs(&ws).unwrap();
                Scope::Stories(named.iter().filter(|_| !dirs.is_empty()).map(|&k| dirs[k % dirs.len()].file_name().unwrap().to_string_lossy().into_owned()).collect())
            };
            let (got, _) = check_with(&ws, &scope, Some(&cache), &v).unwrap();
            prop_assert_eq!(&got, &uncached(&ws, &scope), "after {:?}", e);
            // And again, warm: the second answer comes from the cache.
            let (again, _) = check_with(&ws, &scope, Some(&cache), &v).unwrap();
            prop_assert_eq!(&again, &got);
        }
    }
}

/// The listing as JSON the way it was built before it streamed: every claim's value, then the whole array
/// printed at once.
fn whole_array(ws: &Path, keep: impl Fn(&factdesk::model::Claim) -> bool) -> String {
    let w = factdesk::load::load_workspace(ws).unwrap();
    let items: Vec<serde_json::Value> = w
        .stories
        .iter()
        .flat_map(|st| (0..st.file.claims.len()).map(move |i| (st, i)))
        .filter(|(st, i)| keep(&st.file.claims[*i]))
        .map(|(st, i)| factdesk::cli::claim_json(st, i))
        .collect();
    factdesk::export::json_text(&serde_json::to_value(&items).unwrap())
}

#[test]
fn streamed_json_equals_the_whole_array_byte_for_byte() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    factdesk::generate::generate(&ws, 60, 4, 9).unwrap();
    // Text a terminal or a web page must never receive raw, at the edges of claims too.
    let odd = ws.join("zz-odd");
    fs::create_dir_all(&odd).unwrap();
    fs::write(odd.join("article.txt"), "It is half of GDP.\n").unwrap();
    fs::write(
        odd.join(STORY_FILE),
        "story:\n  title: Odd\n  article: article.txt\nclaims:\n- id: a\n  text: \"\\u202Eevil\\u200D\\u0085 </script> & \\\"q\\\"\\nline\"\n  \
         quote:\n    exact: half of GDP\n- id: b\n  text: \"\\u200C\"\n  tags: [\"\\u2066x\"]\n",
    )
    .unwrap();
    let w = ws.to_str().unwrap();
    let want = whole_array(&ws, |_| true);
    assert!(want.contains("\\u202e") && want.contains("\\u003c/script"), "the fixture escapes: {want}");
    // Cold (no cache), then warm (from the cache).
    for _ in 0..2 {
        let o = factdesk(t.path(), &["list", w, "--format", "json"]);
        assert!(o.status.success(), "{}", err(&o));
        assert_eq!(out(&o), want);
    }
    let reviewed = whole_array(&ws, |c| c.status.as_str() == "reviewed");
    let accurate = whole_array(&ws, |c| c.verdict == "accurate");
    assert!(reviewed.len() > 100 && accurate.len() > 100 && reviewed.len() < want.len(), "the filters keep some");
    let o = factdesk(t.path(), &["list", w, "--format", "json", "--status", "reviewed"]);
    assert_eq!(out(&o), reviewed);
    let o = factdesk(t.path(), &["list", w, "--format", "json", "--verdict", "accurate"]);
    assert_eq!(out(&o), accurate);
    let o = factdesk(t.path(), &["list", w, "--format", "json", "--status", "published", "--verdict", "none"]);
    let none = whole_array(&ws, |c| c.status.as_str() == "published" && c.verdict.is_empty());
    assert_eq!(out(&o), none);
    // One story alone, the same bytes as the whole array filtered to it.
    let o = factdesk(t.path(), &["list", w, "--format", "json", "--story", "zz-odd"]);
    let w2 = factdesk::load::load_workspace(&ws).unwrap();
    let odd_story = w2.story("zz-odd").unwrap();
    let items: Vec<_> = (0..2).map(|i| factdesk::cli::claim_json(odd_story, i)).collect();
    assert_eq!(out(&o), factdesk::export::json_text(&serde_json::to_value(&items).unwrap()));
    // JSON lines: one compact claim per line, the array's claims in its order, escaped the same way.
    let o = factdesk(t.path(), &["list", w, "--format", "jsonl"]);
    assert!(o.status.success());
    let array: Vec<serde_json::Value> = serde_json::from_str(&want).unwrap();
    let lines: Vec<serde_json::Value> = out(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines, array);
    assert!(out(&o).contains("\\u202e") && !out(&o).contains('\u{202e}'));
}

#[test]
fn streamed_json_of_an_empty_or_broken_workspace() {
    let (t, ws) = mixed();
    let w = ws.to_str().unwrap();
    // Nothing matches: the same `[]` as before.
    let o = factdesk(t.path(), &["list", w, "--format", "json", "--status", "published"]);
    assert_eq!(out(&o), "[]\n");
    // A broken story is left out and said to be, with the good one listed; loaded stories' own errors do not
    // count as left out.
    fs::write(ws.join("good").join(STORY_FILE), format!("{GOOD}- id: half\n  text: Again\n")).unwrap();
    for format in ["json", "jsonl"] {
        let o = factdesk(t.path(), &["list", w, "--format", format]);
        assert!(!o.status.success());
        assert!(out(&o).contains("Half of GDP"), "{}", out(&o));
        assert!(err(&o).contains("1 story left out"), "{}", err(&o));
        assert!(err(&o).contains("conflict marker"), "{}", err(&o));
        assert!(!err(&o).contains("duplicate"), "{}", err(&o));
    }
    let o = factdesk(t.path(), &["list", w, "--format", "jsonl", "--verdict", "nonsense"]);
    assert!(!o.status.success());
    assert!(err(&o).contains("unknown verdict `nonsense`"), "{}", err(&o));
}

#[test]
fn search_from_the_mapped_table_prints_what_a_loaded_workspace_prints() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    factdesk::generate::generate(&ws, 30, 10, 4).unwrap();
    age(&ws);
    let w = ws.to_str().unwrap();
    let cache = t.path().join("xdg");
    let table = || {
        fs::read_dir(cache.join("factdesk"))
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".search.bin"))
    };
    for q in ["phnom penh", "rice 2019", "gdp half"] {
        // The first run loads the workspace (and writes the table); the next ones read the table.
        let first = factdesk(&cache, &["search", q, w, "--format", "json", "--limit", "15"]);
        assert!(first.status.success(), "{}", err(&first));
        assert!(table(), "the first search wrote the table");
        let v: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
        assert!(!v.as_array().unwrap().is_empty() || q == "gdp half", "{q}: some matches");
        for format in ["json", "table"] {
            assert!(table(), "the table is there to be mapped");
            let mapped = factdesk(&cache, &["search", q, w, "--format", format, "--limit", "15"]);
            fs::remove_dir_all(&cache).unwrap();
            let loaded = factdesk(&cache, &["search", q, w, "--format", format, "--limit", "15"]);
            assert_eq!(out(&mapped), out(&loaded), "{q} {format}");
            assert_eq!(err(&mapped), err(&loaded), "{q} {format}");
        }
    }
}

#[test]
fn similar_from_the_mapped_table_prints_what_a_loaded_workspace_prints() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    // Recurring claims (the generator repeats some with small rewordings), so there is something to find.
    factdesk::generate::generate(&ws, 40, 10, 8).unwrap();
    age(&ws);
    let w = ws.to_str().unwrap();
    let cache = t.path().join("xdg");
    let loaded_ws = factdesk::load::load_workspace(&ws).unwrap();
    let mut found_some = 0;
    for (si, ci) in [(5, 0), (12, 1), (39, 0), (20, 3)] {
        let st = &loaded_ws.stories[si];
        let target = format!("{}/{}", st.slug, st.file.claims[ci].id);
        // Written by a search (the first), read by similar (the second and third).
        let _ = factdesk(&cache, &["search", "rice", w]);
        for format in ["json", "table"] {
            let mapped = factdesk(&cache, &["similar", &target, w, "--format", format]);
            let v = fs::read_dir(cache.join("factdesk")).unwrap().count();
            assert!(v >= 2, "the cache and its table are there");
            fs::remove_dir_all(&cache).unwrap();
            let loaded = factdesk(&cache, &["similar", &target, w, "--format", format]);
            assert!(mapped.status.success(), "{}", err(&mapped));
            assert_eq!(out(&mapped), out(&loaded), "{target} {format}");
            assert_eq!(err(&mapped), err(&loaded), "{target} {format}");
            let _ = factdesk(&cache, &["search", "rice", w]);
            if format == "json" {
                let v: serde_json::Value = serde_json::from_slice(&mapped.stdout).unwrap();
                found_some += v.as_array().unwrap().len();
            }
        }
    }
    assert!(found_some > 0, "some similar claims were found");
    // A claim the table does not hold: the loaded workspace says why.
    let o = factdesk(&cache, &["similar", "nope/x", w]);
    assert!(!o.status.success());
    assert!(err(&o).contains("no story `nope`"), "{}", err(&o));
}

#[test]
fn list_from_the_mapped_table_prints_what_a_loaded_workspace_prints() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    factdesk::generate::generate(&ws, 30, 10, 6).unwrap();
    // Cells the table must sanitize, measure in terminal columns and cut at 70 characters: controls, bidi,
    // a mark with nothing to carry it, wide scripts, a tab, and a text whose 70th character is not ASCII.
    let odd = ws.join("zz-odd-\u{1b}[31m-臺北");
    fs::create_dir_all(&odd).unwrap();
    fs::write(odd.join("article.txt"), "It is half of GDP.\n").unwrap();
    let long = format!("{}臺北 ភ្នំពេញ \u{301}and more after the cut", "x".repeat(66));
    fs::write(
        odd.join(STORY_FILE),
        format!(
            "story:\n  title: Odd\n  article: article.txt\nclaims:\n- id: \"a\\e[2J\\u202E\"\n  text: \"\\u202Eevil\\tq\\u0085\"\n  \
             verdict: accurate\n  status: published\n- id: 臺北-wide\n  text: \"{long}\"\n  verdict: \"odd\\u200Dverdict\"\n"
        ),
    )
    .unwrap();
    age(&ws);
    let w = ws.to_str().unwrap();
    let cache = t.path().join("xdg");
    for filter in [
        vec![],
        vec!["--status", "reviewed"],
        vec!["--verdict", "none"],
        vec!["--verdict", "accurate", "--status", "published"],
    ] {
        // A search writes the table; the list then reads it.
        let _ = factdesk(&cache, &["search", "rice", w]);
        let mut args = vec!["list", w];
        args.extend(&filter);
        let mapped = factdesk(&cache, &args);
        fs::remove_dir_all(&cache).unwrap();
        let loaded = factdesk(&cache, &args);
        assert!(mapped.status.success(), "{}", err(&mapped));
        assert!(out(&mapped).lines().count() > 2, "{filter:?}: some claims");
        if filter.is_empty() {
            let odd = out(&mapped).lines().filter(|l| l.starts_with("zz-odd")).map(str::to_string).collect::<Vec<_>>();
            assert_eq!(odd.len(), 2, "{}", out(&mapped));
            assert!(odd.iter().all(|l| !l.contains('\u{1b}') && !l.contains('\u{202e}')), "{odd:?}");
            assert!(odd[1].ends_with("x臺北 ភ") && !odd[1].contains("after the cut"), "{odd:?}");
        }
        assert_eq!(out(&mapped), out(&loaded), "{filter:?}");
        assert_eq!(err(&mapped), err(&loaded), "{filter:?}");
    }
    // Settings that cannot be read are still said (the table is not used then).
    let _ = factdesk(&cache, &["search", "rice", w]);
    fs::write(ws.join("factdesk.yaml"), "verdicts: [\n").unwrap();
    let o = factdesk(&cache, &["list", w]);
    assert!(!o.status.success());
    assert!(err(&o).contains("the settings file could not be read"), "{}", err(&o));
}
