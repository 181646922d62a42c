//! CLI tests: the real binary, for every subcommand and every error path of the workspace format.

#[path = "common/cache.rs"]
mod test_cache;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

fn factdesk(args: &[&str]) -> Output {
    test_cache::factdesk().args(args).env("NO_COLOR", "1").output().expect("run factdesk")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")
}

/// A copy of the bundled workspace in a temporary folder.
fn copy_bundled() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_dir(&bundled(), t.path());
    t
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            fs::copy(e.path(), dest).unwrap();
        }
    }
}

const STORY: &str = "cambodia-scam-compounds";

/// Writes `yaml` as the story file of a one-story workspace and returns (workspace, story file).
fn one_story(yaml: &[u8], article: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("s");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("claims.yaml"), yaml).unwrap();
    fs::write(dir.join("article.txt"), article).unwrap();
    let p = dir.join("claims.yaml");
    (t, p)
}

const GOOD: &str = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: half of GDP\n  quote:\n    exact: half of GDP\n";

/// Runs `check` on a broken file: it must fail, name `file:line:column` and leave the file alone.
fn check_fails_at(yaml: &[u8], article: &[u8], line: usize, needle: &str) -> String {
    let (t, p) = one_story(yaml, article);
    let before = fs::read(&p).unwrap();
    let o = factdesk(&["check", t.path().to_str().unwrap()]);
    let out = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let loc = format!("claims.yaml:{line}:");
    assert!(out.contains(&loc) || needle.starts_with("article"), "expected {loc} in {out}");
    assert!(out.contains(needle), "expected `{needle}` in {out}");
    assert_eq!(fs::read(&p).unwrap(), before, "check modified the file");
    out
}

#[test]
fn bundled_workspace_checks_clean() {
    let o = factdesk(&["check", bundled().to_str().unwrap()]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains(" 0 errors, "), "{out}");
    // The only warnings are the findings the sample is meant to show: the GDP claim's numeric-check
    // mismatches, and evidence rules (e.g. a final verdict resting on one source).
    for l in out.lines().filter(|l| l.contains(": warning: ")) {
        assert!(l.contains("mismatch") || l.contains("independent source"), "unexpected warning: {l}");
    }
    assert!(out.lines().any(|l| l.contains("mismatch") && l.contains("scam-revenue-half-gdp")), "{out}");
}

#[test]
fn list_shows_the_bundled_claims_with_verdicts() {
    let o = factdesk(&["list", bundled().to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(o.status.success());
    assert!(out.lines().count() >= 16, "{out}");
    let gdp = out.lines().find(|l| l.contains("scam-revenue-half-gdp")).expect("GDP claim listed");
    assert!(gdp.contains("misleading"), "{gdp}");
}

#[test]
fn list_json_is_an_array_of_claims_with_their_story() {
    let o = factdesk(&["list", bundled().to_str().unwrap(), "--verdict", "accurate", "--format", "json"]);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let items = v.as_array().unwrap();
    assert!(!items.is_empty());
    for c in items {
        assert_eq!(c["story"], STORY);
        assert_eq!(c["verdict"], "accurate");
        assert!(c["id"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(c["quote"]["exact"].is_string());
        assert_eq!(c["orphaned"], false);
    }
}

#[test]
fn list_filters_by_status_and_story_and_rejects_unknown_values() {
    let ws = bundled();
    let ws = ws.to_str().unwrap();
    let o = factdesk(&["list", ws, "--status", "open", "--story", STORY, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().all(|c| c["status"] == "open" && c["verdict"].is_null()));
    let o = factdesk(&["list", ws, "--verdict", "sorta"]);
    assert_eq!(o.status.code(), Some(2), "2: usage or I/O");
    assert!(text(&o).contains("unknown verdict `sorta`"));
    let o = factdesk(&["list", ws, "--status", "done"]);
    assert!(text(&o).contains("unknown status `done`"));
    let o = factdesk(&["list", ws, "--story", "nope"]);
    assert!(text(&o).contains("no story `nope`"));
}

#[test]
fn every_subcommand_has_help() {
    for sub in
        [&["--help"][..], &["check", "--help"], &["list", "--help"], &["new-story", "--help"], &["fmt", "--help"]]
    {
        let o = factdesk(sub);
        assert!(o.status.success(), "{sub:?}");
        assert!(String::from_utf8_lossy(&o.stdout).contains("Usage"), "{sub:?}");
    }
}

#[test]
fn malformed_yaml() {
    check_fails_at(b"story:\n  title: T\nclaims:\n- id: a\n   text: bad indent\n", b"x", 5, "error:");
}

#[test]
fn wrong_type() {
    check_fails_at(
        b"story:\n  title: T\nclaims:\n- id: a\n  tags: 12\n  sources: oops\n",
        b"x",
        5,
        "claims[0].tags: invalid type",
    );
}

#[test]
fn unknown_status_and_kind() {
    check_fails_at(format!("{GOOD}  status: done\n").as_bytes(), b"half of GDP", 9, "unknown variant `done`");
    check_fails_at(format!("{GOOD}  kind: rumour\n").as_bytes(), b"half of GDP", 9, "unknown variant `rumour`");
}

#[test]
fn unknown_verdict() {
    let out =
        check_fails_at(format!("{GOOD}  verdict: sorta\n").as_bytes(), b"half of GDP", 9, "unknown verdict `sorta`");
    assert!(out.contains("claims.yaml:9:12: error"), "{out}");
}

#[test]
fn duplicate_id() {
    let yaml = format!("{GOOD}- id: a\n  text: again\n  quote:\n    exact: GDP\n");
    check_fails_at(yaml.as_bytes(), b"half of GDP", 9, "duplicate id `a` (first used on line 5)");
}

#[test]
fn missing_article() {
    let (t, p) = one_story(GOOD.as_bytes(), b"");
    fs::remove_file(p.with_file_name("article.txt")).unwrap();
    let o = factdesk(&["check", t.path().to_str().unwrap()]);
    let out = text(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(out.contains("claims.yaml:3:") && out.contains("is missing"), "{out}");
}

#[test]
fn article_not_utf8() {
    let out = check_fails_at(GOOD.as_bytes(), b"half of\n GDP \xff\xfe here", 0, "article is not valid UTF-8");
    assert!(out.contains("article.txt:2:6: error"), "{out}");
}

#[test]
fn empty_story_file() {
    check_fails_at(b"", b"x", 1, "file is empty");
    check_fails_at(b"\n  \n", b"x", 1, "file is empty");
}

#[test]
fn empty_article() {
    check_fails_at(GOOD.as_bytes(), b"  \n", 0, "article is empty");
}

#[test]
fn fifty_megabyte_file_is_refused_without_reading_it_all() {
    let mut big = GOOD.as_bytes().to_vec();
    big.extend(std::iter::repeat_n(b'#', 50 * 1024 * 1024));
    check_fails_at(&big, b"half of GDP", 1, "over the 8 MB limit");
}

#[test]
fn alias_bomb_is_refused() {
    let mut y = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..12 {
        y.push_str(&format!("a{i}: &a{i} [{}]\n", vec![format!("*a{}", i - 1); 9].join(", ")));
    }
    y.push_str(GOOD);
    // Refused before parsing, at the alias where the expanded count passes the per-file cap (9^6 > 250,000).
    check_fails_at(y.as_bytes(), b"half of GDP", 6, "alias bomb");
}

#[test]
fn deep_nesting_is_refused() {
    let y = format!("story: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    check_fails_at(y.as_bytes(), b"x", 1, "nesting deeper than 64");
}

#[test]
fn git_conflict_markers() {
    let y = "story:\n  title: T\nclaims:\n<<<<<<< HEAD\n- id: a\n=======\n- id: b\n>>>>>>> theirs\n";
    check_fails_at(y.as_bytes(), b"x", 4, "git conflict marker");
}

#[test]
fn a_broken_story_does_not_hide_the_others() {
    let t = copy_bundled();
    let bad = t.path().join("broken");
    fs::create_dir_all(&bad).unwrap();
    fs::write(bad.join("claims.yaml"), "story: [\n").unwrap();
    let o = factdesk(&["list", t.path().to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().unwrap().len() >= 15);
    let o = factdesk(&["check", t.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("broken/claims.yaml:"));
}

#[test]
fn orphaned_quote_is_a_warning_not_an_error() {
    let (t, _) = one_story(GOOD.as_bytes(), b"An article that says something else entirely.");
    let o = factdesk(&["check", t.path().to_str().unwrap()]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("claims.yaml:8:12: warning: claim `a` is orphaned"), "{out}");
}

#[test]
fn new_story_creates_a_folder_that_checks_clean() {
    let t = tempfile::tempdir().unwrap();
    let art = t.path().join("in.txt");
    fs::write(&art, "Headline here\n\nThe council spent 3 million on roads.\n").unwrap();
    let ws = t.path().join("ws");
    let o = factdesk(&["new-story", "roads", "--article", art.to_str().unwrap(), "--workspace", ws.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(fs::read_to_string(ws.join("roads/article.txt")).unwrap(), fs::read_to_string(&art).unwrap());
    let yaml = fs::read_to_string(ws.join("roads/claims.yaml")).unwrap();
    assert!(yaml.contains("title: Headline here"), "{yaml}");
    assert!(factdesk(&["check", ws.to_str().unwrap()]).status.success());
    // Again: refused, and the existing story is untouched.
    let o = factdesk(&["new-story", "roads", "--article", art.to_str().unwrap(), "--workspace", ws.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "2: usage or I/O");
    assert!(text(&o).contains("already exists"));
    assert_eq!(fs::read_to_string(ws.join("roads/claims.yaml")).unwrap(), yaml);
}

#[test]
fn new_story_errors() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().to_str().unwrap();
    let o = factdesk(&["new-story", "Bad Slug", "--article", "x.txt", "--workspace", ws]);
    assert!(text(&o).contains("not a slug"));
    let o = factdesk(&["new-story", "ok", "--article", "/nonexistent/a.txt", "--workspace", ws]);
    assert_eq!(o.status.code(), Some(2), "2: usage or I/O");
    assert!(text(&o).contains("cannot open"));
    let bin = t.path().join("bin.txt");
    fs::write(&bin, b"\xff\xfe").unwrap();
    let o = factdesk(&["new-story", "ok", "--article", bin.to_str().unwrap(), "--workspace", ws]);
    assert!(text(&o).contains("not valid UTF-8"));
    assert!(!t.path().join("ok").exists());
}

#[test]
fn fmt_keeps_a_canonical_file_byte_identical() {
    let t = copy_bundled();
    let p = t.path().join(STORY).join("claims.yaml");
    let before = fs::read(&p).unwrap();
    let o = factdesk(&["fmt", t.path().to_str().unwrap()]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty(), "rewrote a canonical file: {}", text(&o));
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn fmt_waits_for_an_open_review_ui() {
    let t = copy_bundled();
    let p = t.path().join(STORY).join("claims.yaml");
    let messy = format!("# kept until fmt runs\n{}", fs::read_to_string(&p).unwrap());
    fs::write(&p, &messy).unwrap();
    // This test process stands in for a review UI holding the workspace.
    let held = match factdesk::safety::lock::acquire(t.path()).unwrap() {
        factdesk::safety::lock::LockOutcome::Acquired(l) => l,
        other => panic!("expected to take the lock, got {other:?}"),
    };
    let o = factdesk(&["fmt", t.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "2: usage or I/O");
    assert!(text(&o).contains("another factdesk has this workspace open"), "{}", text(&o));
    assert_eq!(fs::read_to_string(&p).unwrap(), messy, "nothing was rewritten");
    drop(held);
    // The mess is a comment: fmt keeps it unless told to drop it.
    let o = factdesk(&["fmt", t.path().to_str().unwrap(), "--force"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!fs::read_to_string(&p).unwrap().starts_with("# kept"));
}

#[test]
fn missing_workspace_is_a_clear_error() {
    let o = factdesk(&["check", "/nonexistent/ws"]);
    assert_eq!(o.status.code(), Some(2), "2: usage or I/O");
    assert!(text(&o).contains("cannot open the workspace"));
}

#[test]
fn hostile_file_names_and_content_are_sanitized_in_errors() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("evil\u{1b}]0;pwned\u{7}");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("claims.yaml"), format!("{GOOD}  verdict: \"x\\e[2Jy\"\n")).unwrap();
    fs::write(dir.join("article.txt"), "half of GDP").unwrap();
    let o = factdesk(&["check", t.path().to_str().unwrap()]);
    assert!(!o.stdout.contains(&0x1b) && !o.stderr.contains(&0x1b), "{}", text(&o));
    assert!(!o.stdout.contains(&0x07));
    assert!(text(&o).contains("unknown verdict"));
}

#[test]
fn ui_export_writes_into_exports_beside_the_workspace() {
    let t = tempfile::tempdir().unwrap();
    let ws_dir = t.path().join("claims");
    copy_dir(&bundled(), &ws_dir);
    let mut ws = factdesk::load::load_workspace(&ws_dir).unwrap();
    // ClaimReview takes published claims: one of the sample's reviewed claims goes out.
    let c = ws.stories[0].file.claims.iter_mut().find(|c| !c.verdict.is_empty()).unwrap();
    c.set_status(factdesk::model::Status::Published, "2026-12-01");
    let msg = factdesk::tui::export_story(&ws, 0, factdesk::export::Format::Markdown).unwrap();
    let out = t.path().join("exports").join(format!("{STORY}.md"));
    assert!(msg.contains("exported"), "{msg}");
    let md = fs::read_to_string(&out).unwrap();
    assert!(md.contains("scam-revenue-half-gdp") || md.contains("12.5"), "{md}");
    let msg = factdesk::tui::export_story(&ws, 0, factdesk::export::Format::Claimreview).unwrap();
    let v: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(t.path().join("exports").join(format!("{STORY}.claimreview.json")))
            .unwrap_or_else(|_| panic!("{msg}")),
    )
    .unwrap();
    assert!(v.to_string().contains("ClaimReview"));
}

#[test]
fn list_into_a_pipe_that_closes_ends_quietly() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    let o = factdesk(&["gen-workspace", ws.to_str().unwrap(), "--stories", "40", "--claims-per-story", "50"]);
    assert!(o.status.success(), "{}", text(&o));
    // Far more than a pipe holds: the reader goes away after the first bytes.
    let mut child = test_cache::factdesk()
        .args(["list", ws.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert!(out.status.success() || out.status.signal() == Some(13), "{:?}", out.status);
    }
}

#[test]
fn check_warns_when_the_article_changed_under_a_claim() {
    let t = copy_bundled();
    let article = t.path().join("cambodia-scam-compounds").join("article.txt");
    let text_before = fs::read_to_string(&article).unwrap();
    fs::write(&article, text_before.replace("12.5 billion dollars", "14 billion dollars")).unwrap();
    let o = factdesk(&["check", t.path().to_str().unwrap()]);
    let out = text(&o);
    assert!(
        out.contains("claims.yaml:473:")
            && out.contains("claim `scam-revenue-half-gdp`: the article changed under its quote"),
        "{out}"
    );
    assert!(out.contains("generates 14 billion dollars a year"), "the new words are quoted: {out}");
}

#[test]
fn list_and_export_name_a_story_left_unreadable_by_a_merge() {
    let t = copy_bundled();
    let file = t.path().join("cambodia-scam-compounds").join("claims.yaml");
    let original = fs::read_to_string(&file).unwrap();
    let conflicted = original.replacen(
        "  verdict: misleading\n",
        "<<<<<<< HEAD\n  verdict: misleading\n=======\n  verdict: accurate\n>>>>>>> theirs\n",
        1,
    );
    fs::write(&file, conflicted).unwrap();
    let ws = t.path().to_str().unwrap();
    let o = factdesk(&["list", ws]);
    assert!(!o.status.success(), "an incomplete listing fails");
    let out = text(&o);
    assert!(out.contains("claims.yaml:") && out.contains("1 story left out"), "{out}");
    let o = factdesk(&["export", ws, "--story", "cambodia-scam-compounds", "--format", "json"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("story `cambodia-scam-compounds` could not be read: "), "{}", text(&o));
}

#[test]
fn fmt_leaves_a_file_with_hand_comments_alone_unless_forced() {
    let t = copy_bundled();
    let file = t.path().join("cambodia-scam-compounds").join("claims.yaml");
    let original = fs::read_to_string(&file).unwrap();
    let commented = original.replacen("  status: reviewed\n", "  status: reviewed   # Bora is on it\n", 1);
    assert_ne!(commented, original);
    fs::write(&file, &commented).unwrap();
    let ws = t.path().to_str().unwrap();
    let o = factdesk(&["fmt", ws]);
    assert!(!o.status.success());
    assert!(text(&o).contains("left alone: rewriting it would drop 1 comment"), "{}", text(&o));
    assert_eq!(fs::read_to_string(&file).unwrap(), commented, "not rewritten");
    let o = factdesk(&["fmt", ws, "--force"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!fs::read_to_string(&file).unwrap().contains("# Bora"));
}
