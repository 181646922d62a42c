//! The real binary in a pseudo-terminal: a candidate shows "Checked before?" with an earlier check from another
//! story (the index is built off the UI thread), `M` merges it there, `w` saves both stories, and the files on
//! disk hold the merge.

mod common;

use common::pty::Launch;
use factdesk::model::StoryFile;

#[test]
fn a_candidate_merged_into_an_earlier_check_in_another_story_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    common::copy_dir(&common::fixture(), &root);
    common::write_older_check(&root);
    let older = root.join("older-story");
    std::fs::write(dir.path().join("config.yaml"), "reviewer: E2E Reviewer\n").unwrap();
    let mut s = Launch::new(dir.path(), &[root.as_os_str()]).env("XDG_CACHE_HOME", dir.path().join("cache")).spawn();
    s.wait_ready();
    s.wait_for("held-a-ye");
    // Walk down to the candidate.
    for _ in 0..12 {
        if s.contents().lines().any(|l| l.contains('▶') && l.contains("held-a-ye")) {
            break;
        }
        let before = s.contents();
        s.send("j");
        s.wait_until("the selection to move", |scr| scr != before);
    }
    s.wait_for("Checked before? (M merges into one)");
    s.wait_for("same claim older-story/held-over-a-year");
    s.send("M");
    s.wait_for("Merge candidate into");
    s.send("\r");
    s.wait_for("merged into `older-story/held-over-a-year`");
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit(), "clean exit");

    let parse =
        |p: std::path::PathBuf| -> StoryFile { serde_yaml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap() };
    let scam = parse(root.join("scam-economy/claims.yaml"));
    assert!(scam.claims.iter().all(|c| c.id != "held-a-year"), "the candidate left its story");
    assert!(
        scam.rejected.iter().any(|r| r.exact.contains("held for more than a year")),
        "and is remembered as rejected"
    );
    let old = parse(older.join("claims.yaml"));
    let t = &old.claims[0];
    assert!(t.notes.contains("Merged candidate `scam-economy/held-a-year`"), "{}", t.notes);
    let h = t.history.last().unwrap();
    assert_eq!((h.by.as_str(), h.change.as_str()), ("E2E Reviewer", "merged candidate `scam-economy/held-a-year`"));
}
