//! The claim form and the `keys:` overrides in the real binary, in a pseudo-terminal: a rename and a new text
//! saved to `claims.yaml` with keys only, and a conflicting override refused at start-up.

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::Launch;
use factdesk::model::StoryFile;
use std::path::{Path, PathBuf};

/// A copy of the small fixture workspace, with `config` as the config file.
fn workspace(config: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    common::copy_dir(&common::fixture(), &root);
    std::fs::write(dir.path().join("config.yaml"), config).unwrap();
    (dir, root)
}

fn parse(path: &Path) -> StoryFile {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_claim_form_renames_and_rewrites_a_claim_on_disk() {
    let (dir, root) = workspace("reviewer: Forms Reviewer\n");
    let path = root.join("scam-economy/claims.yaml");
    let before = parse(&path);
    assert_eq!(before.claims[0].id, "gdp-half");
    let mut s = Launch::new(dir.path(), &[&root]).spawn();
    s.wait_ready();
    s.wait_until("the first claim selected", |scr| scr.lines().any(|l| l.contains('▶') && l.contains("gdp-half")));
    s.send("t");
    s.wait_for("Claim — Tab next field");
    // Text first: clear it and type the new one; then the id.
    s.send("\x15");
    s.send("Scam revenue equals half of Cambodia's GDP.");
    s.wait_for("half of Cambodia's GDP.");
    s.send("\t\x15");
    s.send("scam-revenue-half-gdp");
    s.wait_for("scam-revenue-half-gdp");
    s.send("\r");
    s.wait_for("id: gdp-half -> scam-revenue-half-gdp");
    s.send("w");
    s.wait_for("saved");
    s.send("q");
    assert!(s.wait_exit(), "quits cleanly after the save");

    let after = parse(&path);
    assert_eq!(after.claims.len(), before.claims.len());
    let c = &after.claims[0];
    assert_eq!(c.id, "scam-revenue-half-gdp");
    assert_eq!(c.text, "Scam revenue equals half of Cambodia's GDP.");
    assert!(after.claims.iter().all(|c| c.id != "gdp-half"), "no copy under the old id");
    let h = c.history.last().unwrap();
    assert_eq!(h.change, "id: gdp-half -> scam-revenue-half-gdp; text edited");
    assert_eq!(h.by, "Forms Reviewer");
    // Everything else in the claim is as it was.
    let mut expected = before.claims[0].clone();
    expected.id = c.id.clone();
    expected.text = c.text.clone();
    expected.history.push(h.clone());
    assert_eq!(*c, expected);
    assert_eq!(after.claims[1..], before.claims[1..]);
    // And `factdesk check` still passes on it.
    let check = test_cache::factdesk()
        .arg("check")
        .arg(&root)
        .env("FACTDESK_CONFIG", dir.path().join("config.yaml"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&check.stdout).to_string() + &String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{out}");
    assert!(out.contains(" 0 errors,"), "{out}");
}

#[test]
fn an_override_that_puts_two_actions_on_one_key_is_refused_at_start_up() {
    let (dir, root) = workspace("reviewer: X\nkeys:\n  verdict: f2\n  accept: r\n");
    let mut s = Launch::new(dir.path(), &[&root]).spawn();
    assert!(!s.wait_exit(), "exits with an error");
    s.wait_for("config.yaml:4:");
    let screen = s.contents().split_whitespace().collect::<Vec<_>>().join(" ");
    for part in ["keys.accept", "`r` would do both `accept` and `reject`", "Claims (list, detail, notes)"] {
        assert!(screen.contains(part), "{part}: {screen}");
    }
    assert!(screen.contains("give one of them another key"), "{screen}");
}
