//! The real binary makes every claim's filter haystack while it is idle, and a `/` query after that scores them
//! (issue 16: `search::live::LiveFilter::prepare`, called by the runner at idle turns), read from its
//! `FACTDESK_TRACE` event trace; the matches equal `factdesk search`'s scan. Waits are "does not hang" deadlines.

mod common;

use common::pty::{Launch, Pty};
use std::path::Path;
use std::time::{Duration, Instant};

/// Waits (a "does not hang" deadline, never a speed assert) until the trace holds a line with `what`.
fn wait_for_trace(trace: &Path, what: &str, p: &Pty) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text = std::fs::read_to_string(trace).unwrap_or_default();
        if text.lines().any(|l| l.contains(what)) {
            return text;
        }
        assert!(Instant::now() < deadline, "no `{what}` in the trace:\n{text}\nscreen:\n{}", p.contents());
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn an_idle_ui_prepares_every_haystack_and_the_next_query_scores_them_with_the_scans_matches() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("ws");
    // 60 stories × 100 claims: over the 5,000 from which `/` runs a step at a time, under `live::PREPARED_MAX`.
    factdesk::generate::generate(&root, 60, 100, 9).unwrap();
    let trace = t.path().join("trace.txt");
    let mut p = Launch::new(t.path(), &[root.as_os_str()])
        .env("XDG_CACHE_HOME", t.path().join("xdg"))
        .env("FACTDESK_TRACE", &trace)
        .size(30, 100)
        .spawn();
    p.wait_ready();
    let before = wait_for_trace(&trace, "prepared version=", &p);
    assert!(!before.contains("step start"), "no query ran before the haystacks were made:\n{before}");
    common::filter_count_is_the_scans(&mut p, &root, "phnom");
    p.send("\r");
    p.send("q");
    assert!(p.wait_exit());
    // Every step of the query scored the haystacks made while idle, none read the claims in place.
    let text = std::fs::read_to_string(&trace).unwrap();
    let steps: Vec<&str> = text.lines().filter(|l| l.contains("step start")).collect();
    assert!(!steps.is_empty(), "{text}");
    assert!(steps.iter().all(|l| l.ends_with("prepared=true")), "{text}");
}
