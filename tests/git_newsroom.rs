//! Issue 17: `factdesk init` and the merge driver, through real `git merge` in temporary repositories, across the
//! three-way matrix (different claims, different fields, same value, different values, add/add, delete/edit,
//! notes by paragraph, sources on both sides).

#[path = "common/cache.rs"]
mod test_cache;

use factdesk::model::StoryFile;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BASE: &str = "\
# Desk notes: this comment must survive every merge.
story:
  title: Test story
  article: article.txt
claims:
- id: c1
  text: First claim.
  status: open
  notes: |
    One.

    Two.

    Three.
  sources:
  - url: https://a.example/1
    title: A
- id: c2
  text: Second claim.
  status: open
";

fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_factdesk")).parent().unwrap().to_path_buf()
}

/// `PATH` with the factdesk under test first, so the driver git runs is this build.
fn path_env() -> String {
    format!("{}:{}", bin_dir().display(), std::env::var("PATH").unwrap_or_default())
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("PATH", path_env())
        // The factdesk git runs (the merge driver) keeps any cache in the tests' folder too.
        .env("XDG_CACHE_HOME", test_cache::cache_home())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "A")
        .env("GIT_AUTHOR_EMAIL", "a@example.org")
        .env("GIT_COMMITTER_NAME", "A")
        .env("GIT_COMMITTER_EMAIL", "a@example.org")
        .output()
        .expect("run git")
}

fn ok(o: &Output) -> &Output {
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    o
}

fn factdesk(dir: &Path, args: &[&str]) -> Output {
    test_cache::factdesk()
        .current_dir(dir)
        .args(args)
        .env("PATH", path_env())
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run factdesk")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A repository with `factdesk init claims` done and one story committed on `main`.
fn repo() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    ok(&git(t.path(), &["init", "-q", "-b", "main"]));
    let o = factdesk(t.path(), &["init", "claims", "--org-name", "Desk", "--no-input"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!text(&o).contains("not on your PATH"), "the binary under test is on PATH: {}", text(&o));
    let story = t.path().join("claims/s");
    fs::create_dir_all(&story).unwrap();
    fs::write(story.join("article.txt"), "First claim. Second claim. Third A. Third B.\n").unwrap();
    fs::write(story.join("claims.yaml"), BASE).unwrap();
    ok(&git(t.path(), &["add", "-A"]));
    ok(&git(t.path(), &["commit", "-q", "-m", "base"]));
    t
}

fn story_path(t: &Path) -> PathBuf {
    t.join("claims/s/claims.yaml")
}

fn commit_edit(t: &Path, edit: &dyn Fn(&str) -> String, msg: &str) {
    let p = story_path(t);
    let new = edit(&fs::read_to_string(&p).unwrap());
    fs::write(&p, new).unwrap();
    ok(&git(t, &["commit", "-q", "-am", msg]));
}

/// Ours on `main`, theirs on `other`, then `git merge other`: the merge's output and the file after it.
fn merge(ours: &dyn Fn(&str) -> String, theirs: &dyn Fn(&str) -> String) -> (tempfile::TempDir, Output, String) {
    let t = repo();
    ok(&git(t.path(), &["checkout", "-q", "-b", "other"]));
    commit_edit(t.path(), theirs, "theirs");
    ok(&git(t.path(), &["checkout", "-q", "main"]));
    commit_edit(t.path(), ours, "ours");
    let out = git(t.path(), &["merge", "--no-edit", "other"]);
    let file = fs::read_to_string(story_path(t.path())).unwrap();
    (t, out, file)
}

fn parse(text: &str) -> StoryFile {
    factdesk::yaml::parse_story(Path::new("claims.yaml"), text).unwrap_or_else(|d| panic!("{d}\n{text}"))
}

fn claim<'a>(s: &'a StoryFile, id: &str) -> &'a factdesk::model::Claim {
    s.claims.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no claim {id}"))
}

fn set_after(anchor: &'static str, line: &'static str) -> impl Fn(&str) -> String {
    move |t: &str| t.replacen(anchor, &format!("{anchor}{line}"), 1)
}

fn replace(from: &'static str, to: &'static str) -> impl Fn(&str) -> String {
    move |t: &str| {
        assert!(t.contains(from), "{from:?} not in\n{t}");
        t.replacen(from, to, 1)
    }
}

const C1_STATUS: &str = "  text: First claim.\n  status: open\n";
const C2_STATUS: &str = "  text: Second claim.\n  status: open\n";

fn assert_clean(out: &Output, file: &str) -> StoryFile {
    assert!(out.status.success(), "git merge failed:\n{}\n{file}", text(out));
    assert!(factdesk::yaml::conflict_marker(file).is_none(), "{file}");
    assert!(file.contains("# Desk notes: this comment must survive every merge."), "{file}");
    parse(file)
}

/// A conflicted merge: git reports it, the markers hold only `lines` (ours, base, theirs sections), and
/// `factdesk check` names the claim and the field.
fn assert_conflict(t: &Path, out: &Output, file: &str, place: &str) {
    assert!(!out.status.success(), "git merge should report a conflict:\n{file}");
    assert!(text(out).contains("CONFLICT"), "{}", text(out));
    assert!(factdesk::yaml::conflict_marker(file).is_some(), "{file}");
    assert!(file.contains("# Desk notes: this comment must survive every merge."), "{file}");
    let o = factdesk(t, &["check", "claims"]);
    assert!(!o.status.success());
    assert!(text(&o).contains(place), "check should name {place:?}:\n{}", text(&o));
}

#[test]
fn init_creates_the_workspace_and_registers_the_driver_and_a_second_run_changes_nothing() {
    let t = repo();
    let ws = t.path().join("claims");
    let ignore = fs::read_to_string(ws.join(".gitignore")).unwrap();
    for l in ["*.factdesk-journal", ".workspace.factdesk-lock", "*.factdesk-lock", ".factdesk-*.tmp"] {
        assert!(ignore.lines().any(|x| x == l), "{l} missing from\n{ignore}");
    }
    assert!(fs::read_to_string(ws.join(".gitattributes")).unwrap().lines().any(|l| l == "claims.yaml merge=factdesk"));
    let config = fs::read_to_string(ws.join("factdesk.yaml")).unwrap();
    assert!(config.contains("name: Desk"), "{config}");
    let cfg = factdesk::load::load_workspace(&ws).unwrap();
    assert!(cfg.diagnostics.iter().all(|d| !d.path.ends_with("factdesk.yaml")), "{:?}", cfg.diagnostics);
    let driver = git(t.path(), &["config", "--get", "merge.factdesk.driver"]);
    assert_eq!(String::from_utf8_lossy(&driver.stdout).trim(), "factdesk merge-driver %O %A %B %P");
    // A journal is ignored by git.
    fs::write(ws.join("s/claims.yaml.factdesk-journal"), "x").unwrap();
    let st = git(t.path(), &["status", "--porcelain"]);
    assert!(String::from_utf8_lossy(&st.stdout).trim().is_empty(), "{}", text(&st));

    // Again, with a hand-edited .gitignore and different flags: nothing changes.
    let before: Vec<String> = [".gitignore", ".gitattributes", "factdesk.yaml"]
        .iter()
        .map(|f| fs::read_to_string(ws.join(f)).unwrap())
        .collect();
    let o = factdesk(t.path(), &["init", "claims", "--org-name", "Other", "--no-input"]);
    assert!(o.status.success() && text(&o).contains("nothing changed"), "{}", text(&o));
    let after: Vec<String> = [".gitignore", ".gitattributes", "factdesk.yaml"]
        .iter()
        .map(|f| fs::read_to_string(ws.join(f)).unwrap())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn init_completes_a_partial_workspace_without_touching_what_is_there() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("w");
    fs::create_dir_all(&ws).unwrap();
    fs::write(ws.join(".gitignore"), "*.bak\n*.factdesk-journal").unwrap();
    fs::write(ws.join("factdesk.yaml"), "# mine\norganization:\n  name: Kept\n").unwrap();
    let o = factdesk(t.path(), &["init", "w", "--org-name", "New", "--no-input"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("not inside a git repository"), "{}", text(&o));
    assert_eq!(fs::read_to_string(ws.join("factdesk.yaml")).unwrap(), "# mine\norganization:\n  name: Kept\n");
    let ignore = fs::read_to_string(ws.join(".gitignore")).unwrap();
    assert!(ignore.starts_with("*.bak\n*.factdesk-journal\n# Added by `factdesk init`:\n"), "{ignore}");
    assert_eq!(ignore.matches("*.factdesk-journal").count(), 1, "{ignore}");
    assert!(ignore.contains("\n.factdesk-*.tmp\n"), "{ignore}");
}

#[test]
fn edits_to_different_claims_merge_cleanly() {
    let (_t, out, file) =
        merge(&set_after(C1_STATUS, "  verdict: misleading\n"), &set_after(C2_STATUS, "  verdict: accurate\n"));
    let s = assert_clean(&out, &file);
    assert_eq!((claim(&s, "c1").verdict.as_str(), claim(&s, "c2").verdict.as_str()), ("misleading", "accurate"));
}

#[test]
fn edits_to_different_fields_of_one_claim_merge_cleanly() {
    let (_t, out, file) = merge(
        &set_after(C1_STATUS, "  verdict: misleading\n"),
        &replace("  text: First claim.\n  status: open\n", "  text: First claim, edited.\n  status: in-progress\n"),
    );
    let s = assert_clean(&out, &file);
    let c = claim(&s, "c1");
    assert_eq!((c.verdict.as_str(), c.text.as_str()), ("misleading", "First claim, edited."));
    assert_eq!(c.status, factdesk::model::Status::InProgress);
}

#[test]
fn the_same_field_set_to_the_same_value_merges_cleanly() {
    let both = |t: &str| set_after(C1_STATUS, "  verdict: misleading\n  tags:\n  - x\n")(t);
    let theirs = |t: &str| set_after(C1_STATUS, "  verdict: misleading\n  tags:\n  - y\n")(t);
    let (_t, out, file) = merge(&both, &theirs);
    let s = assert_clean(&out, &file);
    let c = claim(&s, "c1");
    assert_eq!(c.verdict, "misleading");
    assert_eq!(c.tags, ["x", "y"], "tags merge as a set");
}

#[test]
fn the_same_field_set_to_different_values_leaves_markers_on_that_field_alone() {
    let (t, out, file) =
        merge(&set_after(C1_STATUS, "  verdict: misleading\n"), &set_after(C1_STATUS, "  verdict: accurate\n"));
    assert_conflict(t.path(), &out, &file, "claim `c1`, verdict");
    let hunk: Vec<&str> = file
        .lines()
        .skip_while(|l| !l.starts_with("<<<<<<<"))
        .take_while(|l| !l.starts_with(">>>>>>>"))
        .filter(|l| !l.starts_with("<<<<<<<") && !l.starts_with("|||||||") && *l != "=======")
        .collect();
    assert_eq!(hunk, ["  verdict: misleading", "  verdict: accurate"], "{file}");
    let sides = factdesk::markers::sides(&file).unwrap();
    assert_eq!(claim(&parse(&sides.ours), "c1").verdict, "misleading");
    assert_eq!(claim(&parse(&sides.theirs), "c1").verdict, "accurate");
}

#[test]
fn claims_added_on_both_sides_with_different_ids_are_both_kept() {
    let (_t, out, file) = merge(&|t: &str| format!("{t}- id: c3\n  text: Third A.\n"), &|t: &str| {
        format!("{t}- id: c4\n  text: Third B.\n")
    });
    let s = assert_clean(&out, &file);
    let ids: Vec<&str> = s.claims.iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"c3") && ids.contains(&"c4") && ids.len() == 4, "{ids:?}");
}

#[test]
fn claims_added_on_both_sides_with_the_same_id_conflict_on_the_differing_field() {
    let (t, out, file) = merge(&|t: &str| format!("{t}- id: c3\n  text: Third A.\n"), &|t: &str| {
        format!("{t}- id: c3\n  text: Third B.\n")
    });
    assert_conflict(t.path(), &out, &file, "claim `c3`, text");
}

#[test]
fn a_claim_deleted_on_one_side_and_edited_on_the_other_conflicts_as_a_whole() {
    let (t, out, file) = merge(
        &replace("- id: c2\n  text: Second claim.\n  status: open\n", ""),
        &replace("Second claim.", "Second, edited."),
    );
    assert_conflict(t.path(), &out, &file, "claim `c2`, the whole claim");
    assert!(file.contains("Second, edited."), "theirs' edit is kept in the markers:\n{file}");
}

#[test]
fn notes_edited_in_different_paragraphs_merge_by_paragraph() {
    let (_t, out, file) =
        merge(&replace("    One.\n", "    One, ours.\n"), &replace("    Three.\n", "    Three, theirs.\n"));
    let s = assert_clean(&out, &file);
    assert_eq!(claim(&s, "c1").notes, "One, ours.\n\nTwo.\n\nThree, theirs.\n");
}

#[test]
fn notes_edited_in_the_same_paragraph_conflict_on_notes() {
    let (t, out, file) =
        merge(&replace("    Two.\n", "    Two, ours.\n"), &replace("    Two.\n", "    Two, theirs.\n"));
    assert_conflict(t.path(), &out, &file, "claim `c1`, notes");
    assert!(file.contains("Two, ours.") && file.contains("Two, theirs."), "{file}");
}

#[test]
fn sources_added_on_both_sides_are_both_kept() {
    let (_t, out, file) = merge(
        &set_after("    title: A\n", "  - url: https://b.example/2\n    title: B\n"),
        &set_after("    title: A\n", "  - url: https://c.example/3\n    title: C\n"),
    );
    let s = assert_clean(&out, &file);
    let urls: Vec<&str> = claim(&s, "c1").sources.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(urls.len(), 3, "{urls:?}");
    assert!(urls.contains(&"https://b.example/2") && urls.contains(&"https://c.example/3"), "{urls:?}");
}

#[test]
fn two_conflicts_and_a_clean_edit_in_one_merge_keep_the_clean_edit_outside_the_markers() {
    let ours = |t: &str| {
        let t = set_after(C1_STATUS, "  verdict: misleading\n")(t);
        set_after(C2_STATUS, "  verdict: accurate\n  tags:\n  - ours\n")(&t)
    };
    let theirs = |t: &str| {
        let t = set_after(C1_STATUS, "  verdict: accurate\n")(t);
        let t = set_after(C2_STATUS, "  verdict: inaccurate\n")(&t);
        t.replace("title: Test story", "title: Test story, retitled")
    };
    let (t, out, file) = merge(&ours, &theirs);
    assert_conflict(t.path(), &out, &file, "claim `c2`, verdict");
    assert!(text(&factdesk(t.path(), &["check", "claims"])).contains("claim `c1`, verdict"));
    let outside: String = {
        let mut inside = false;
        let mut s = String::new();
        for l in file.lines() {
            if l.starts_with("<<<<<<<") {
                inside = true;
            } else if l.starts_with(">>>>>>>") {
                inside = false;
            } else if !inside {
                s.push_str(l);
                s.push('\n');
            }
        }
        s
    };
    assert!(outside.contains("title: Test story, retitled") && outside.contains("  - ours"), "{file}");
}

#[test]
fn the_driver_alone_writes_over_ours_and_exits_1_on_a_conflict_and_0_when_clean() {
    let t = tempfile::tempdir().unwrap();
    let (b, o, th) = (t.path().join("b"), t.path().join("o"), t.path().join("t"));
    fs::write(&b, BASE).unwrap();
    fs::write(&o, set_after(C1_STATUS, "  verdict: misleading\n")(BASE)).unwrap();
    fs::write(&th, set_after(C2_STATUS, "  verdict: accurate\n")(BASE)).unwrap();
    let args = |p: &Path| {
        vec![
            "merge-driver".to_string(),
            b.display().to_string(),
            p.display().to_string(),
            th.display().to_string(),
            "claims/s/claims.yaml".into(),
        ]
    };
    let out = factdesk(t.path(), &args(&o).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let s = parse(&fs::read_to_string(&o).unwrap());
    assert_eq!(claim(&s, "c2").verdict, "accurate");
    fs::write(&th, set_after(C1_STATUS, "  verdict: accurate\n")(BASE)).unwrap();
    fs::write(&o, set_after(C1_STATUS, "  verdict: misleading\n")(BASE)).unwrap();
    let out = factdesk(t.path(), &args(&o).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("claims/s/claims.yaml") && text(&out).contains("claim `c1`, verdict"),
        "{}",
        text(&out)
    );
    // Not a story on one side: merged line by line, as git would.
    fs::write(&th, "not: [a story\n").unwrap();
    let out = factdesk(t.path(), &args(&o).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("line by line"), "{}", text(&out));
}

#[test]
fn init_quiet_prints_only_notes() {
    let t = tempfile::tempdir().unwrap();
    let o = factdesk(t.path(), &["init", "w", "-q", "--no-input"]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty(), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("note: not inside a git repository"), "{}", text(&o));
    assert!(t.path().join("w/factdesk.yaml").exists());
}

#[test]
fn init_says_when_git_could_not_find_the_driver() {
    let t = tempfile::tempdir().unwrap();
    ok(&git(t.path(), &["init", "-q"]));
    let o = test_cache::factdesk()
        .current_dir(t.path())
        .args(["init", "claims", "--no-input"])
        .env("PATH", "/usr/bin:/bin")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("`factdesk` is not on your PATH") && text(&o).contains("cargo install --locked"),
        "{}",
        text(&o)
    );
}
