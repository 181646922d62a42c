//! The real binary on an archive big enough for the background filter (issue 16): its cache kept between starts,
//! a start quit at once (mid-way through loading, or just after) leaves the next one the same claims, and `/`
//! streams matches. Waits are "does not hang" deadlines, never speed asserts.

mod common;

use common::pty::{Launch, Pty};
use std::path::Path;

/// A generated workspace of 60 stories × 100 claims (over the 5,000 from which `/` runs on the worker).
fn archive(dir: &Path) -> std::path::PathBuf {
    let root = dir.join("ws");
    factdesk::generate::generate(&root, 60, 100, 9).unwrap();
    root
}

fn start(home: &Path, root: &Path) -> Pty {
    Launch::new(home, &[root.as_os_str()]).env("XDG_CACHE_HOME", home.join("xdg")).size(30, 100).spawn()
}

/// The header's count of claims, once every story is in.
fn claims_shown(p: &mut Pty) -> String {
    let screen = p.wait_ready();
    let header = screen.lines().next().unwrap_or_default();
    header.split(" claims:").next().unwrap_or_default().rsplit(' ').next().unwrap_or_default().to_string()
}

#[test]
fn a_start_quit_at_once_leaves_the_next_start_every_claim_and_the_filter_streams_matches() {
    let t = tempfile::tempdir().unwrap();
    let root = archive(t.path());
    // Cold: the cache is written once every story is in.
    let mut p = start(t.path(), &root);
    let all = claims_shown(&mut p);
    let ws = factdesk::load::load_workspace(&root).unwrap();
    let claims = ws.stories.iter().flat_map(|s| &s.file.claims);
    let accepted = claims.filter(|c| c.status != factdesk::model::Status::Candidate).count();
    assert_eq!(all, accepted.to_string(), "every claim but the candidates, which are counted apart");
    p.send("q");
    assert!(p.wait_exit());
    let cache = t.path().join("xdg").join("factdesk");
    assert!(std::fs::read_dir(&cache).unwrap().flatten().any(|e| e.file_name().to_string_lossy().ends_with(".bin")));
    // A story changed, so the next start rewrites the cache, and it is quit at once: mid-way or not, the start
    // after it has every claim, the changed one too.
    let first = factdesk::store::story_dirs(&root).unwrap()[0].join("claims.yaml");
    let text = std::fs::read_to_string(&first).unwrap();
    let changed = if text.contains("\n  title: '") {
        text.replacen("\n  title: '", "\n  title: 'Changed ", 1)
    } else {
        text.replacen("\n  title: ", "\n  title: Changed ", 1)
    };
    std::fs::write(&first, changed).unwrap();
    let mut p = start(t.path(), &root);
    p.wait_for("Claims (");
    p.send("q");
    assert!(p.wait_exit());
    let mut p = start(t.path(), &root);
    assert_eq!(claims_shown(&mut p), all);
    assert!(p.contents().contains("Changed"), "the changed story is read again:\n{}", p.contents());
    assert!(!p.contents().contains("problem"), "{}", p.contents());
    // `/` over a big workspace: matches stream in and the count is said, every match, as `factdesk search`'s scan
    // of the claims' haystacks finds them (the filter reads the claims in place and makes each haystack as it
    // scores it).
    common::filter_count_is_the_scans(&mut p, &root, "phnom");
    p.send("\r");
    p.send("q");
    assert!(p.wait_exit());
}
