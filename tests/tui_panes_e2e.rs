//! The real binary in a pseudo-terminal: `C` opens the numeric checks pane, a check is added with keys only (its
//! value shows live while the expression is typed), saved with `w`, and `claims.yaml` on disk holds it.

mod common;

use common::pty::Launch;
use factdesk::model::{Comparison, StoryFile};

#[test]
fn a_check_added_in_the_checks_pane_is_saved_to_claims_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    common::copy_dir(&common::fixture(), &root);
    std::fs::write(dir.path().join("config.yaml"), "reviewer: E2E Reviewer\n").unwrap();
    let mut s = Launch::new(dir.path(), &[root.as_os_str()]).spawn();
    s.wait_ready();
    s.wait_for("gdp-half");
    s.send("C");
    s.wait_for("Numeric checks · claim gdp-half");
    s.wait_for("No checks yet. a adds one.");
    s.send("a");
    s.wait_for("Add a numeric check");
    s.send("share of GDP");
    s.wait_for("Label      share of GDP");
    s.send("\t");
    s.send("12.5 / (25 +");
    // The error shows at its character while typing, before any Enter.
    s.wait_for("bad syntax at character 13");
    s.send(" 0)");
    s.wait_for("= 0.5");
    s.send("\t");
    s.send("50%");
    s.send("\t");
    s.send("\x15"); // Ctrl-U clears the default tolerance
    s.send("0.01");
    s.send("\t");
    s.send("\x15");
    s.send(">=");
    s.wait_for("✔ the claim says at least 0.5");
    s.send("\r");
    s.wait_for("check added: `share of GDP`");
    // Back in the pane, the check listed with a live ✔.
    s.wait_until("the check in the pane", |scr| scr.lines().any(|l| l.contains("✔ share of GDP")));
    s.send("\x1b");
    s.wait_until("the pane to close", |scr| scr.contains("Claims (") && !scr.contains("Numeric checks ·"));
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit(), "clean exit");

    let path = root.join("scam-economy/claims.yaml");
    let file: StoryFile = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let c = file.claims.iter().find(|c| c.id == "gdp-half").unwrap();
    assert_eq!(c.checks.len(), 1);
    let k = &c.checks[0];
    assert_eq!((k.label.as_str(), k.expr.as_str()), ("share of GDP", "12.5 / (25 + 0)"));
    assert_eq!((k.claimed, k.tolerance, k.comparison), (0.5, 0.01, Comparison::AtLeast));
    let h = c.history.last().unwrap();
    assert_eq!(h.by, "E2E Reviewer");
    assert_eq!(h.change, "check added: `share of GDP`: `12.5 / (25 + 0)` ≥ 0.5");
    // The file still passes `check`: no error, and the new check raises no warning.
    let ws = factdesk::load::load_workspace(&root).unwrap();
    let errors: Vec<String> = ws.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(!ws.diagnostics.iter().any(|d| d.message.contains("share of GDP")), "{:?}", ws.diagnostics);
}
