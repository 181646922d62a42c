//! Issue 15 in the real binary, in a pseudo-terminal: a candidate made by `extract` says why it was proposed.

mod common;

use common::pty::Launch;
use factdesk::extract::{Decision, extract_into};
use std::path::Path;

#[test]
fn a_candidates_detail_says_why_it_was_proposed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    std::fs::create_dir(&root).unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news/wgem-measles/article.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    extract_into(&root, "measles", &article, &text, Some("CDC reports new measles cases"), Decision::default(), false)
        .unwrap();
    let mut s = Launch::new(dir.path(), &[root.as_os_str()]).spawn();
    s.wait_ready();
    s.wait_for("5 candidates to triage");
    // Walk down to the candidate with the 228 cases (its id starts "according"), wherever the cursor starts: one
    // blind `j` once timed out under a loaded machine's full test run.
    let on_it = |scr: &str| scr.lines().any(|l| l.contains('▶') && l.contains("according"));
    for _ in 0..10 {
        if on_it(&s.contents()) {
            break;
        }
        let before_move = s.contents();
        s.send("j");
        s.wait_until("the selection to move", |scr| scr != before_move);
    }
    s.wait_until("the 228-cases candidate to be selected", on_it);
    s.send("\t");
    s.wait_for("Why: numbers: 228");
    s.send("q");
    assert!(s.wait_exit(), "clean exit");
}
