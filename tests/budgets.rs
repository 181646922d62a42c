//! Node budgets (issue 12, item 12): node bombs under the 8 MB byte limit are refused before parsing, at the line
//! and column where the count ran out, with bounded memory; real and generated archives stay far inside the caps.
//!
//! Memory is measured with a counting global allocator (peak bytes live during the load), not timed.

#[path = "common/cache.rs"]
mod test_cache;

mod common;
#[path = "common/counting.rs"]
mod counting;

use counting::{SERIAL, peak_of};
use factdesk::store::{self, NodeCount, STORY_FILE};
use std::fs;
use std::path::Path;

const MB: usize = 1024 * 1024;
const HEAD: &str = "story:\n  title: Padded\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n";

fn story(root: &Path, slug: &str, yaml: &str) {
    let dir = root.join(slug);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(STORY_FILE), yaml).unwrap();
    fs::write(dir.join("article.txt"), "It is half of GDP.").unwrap();
}

/// The case: six 7.7 MB files of `x-pad: [{a: b}, …]`, each under the 8 MB byte limit.
fn flow_bomb() -> String {
    let n = (7_700_000 - HEAD.len() - 10) / 8;
    format!("{HEAD}x-pad: [{}{{a: b}}]\n", "{a: b}, ".repeat(n))
}

/// The same size in block style: one `- a: b` mapping per line.
fn block_bomb() -> String {
    format!("{HEAD}x-pad:\n{}", "  - a: b\n".repeat((7_700_000 - HEAD.len()) / 9))
}

#[test]
fn six_node_bombs_are_refused_by_check_with_positions() {
    let t = tempfile::tempdir().unwrap();
    let bomb = flow_bomb();
    assert!(bomb.len() < 8 * MB, "under the byte limit, so only a node budget refuses it");
    for i in 0..6 {
        story(t.path(), &format!("bomb-{i}"), &bomb);
    }
    story(t.path(), "good", &format!("{HEAD}x-desk: {{priority: 2}}\n"));
    let out = test_cache::factdesk().arg("check").arg(t.path()).output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!out.status.success(), "{text}");
    for i in 0..6 {
        // file:line:column, the line of the padding and a column deep inside it, with the fix.
        let line =
            text.lines().find(|l| l.contains(&format!("bomb-{i}/claims.yaml:7:"))).unwrap_or_else(|| panic!("{text}"));
        let col: usize = line.split(':').nth(2).and_then(|c| c.trim().parse().ok()).unwrap_or(0);
        assert!(col > 100_000, "the column says where the count ran out: {line}");
        assert!(line.contains("YAML items in one file") && line.contains("remove the bulk"), "{line}");
        assert!(line.len() < 400, "the error does not echo the file: {} bytes", line.len());
    }
    assert!(
        !text.lines().any(|l| l.contains("good/claims.yaml") && l.contains("error")),
        "the small story with an unknown key is fine: {text}"
    );
    assert!(text.contains("checked 1 story"), "{text}");
}

#[test]
fn an_alias_fan_out_under_every_byte_limit_is_refused_at_the_alias() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // 400 KB: a 3,000-node anchor copied by 100,000 aliases would be 300 million nodes (23.7 GB and four minutes
    // before the count knew aliases).
    let anchor = format!("x-base: &b [{}]\n", vec!["{a: b}"; 1000].join(", "));
    let yaml = format!("{HEAD}{anchor}x-pad: [{}]\n", vec!["*b"; 100_000].join(", "));
    let t = tempfile::tempdir().unwrap();
    story(t.path(), "fan", &yaml);
    story(t.path(), "good", HEAD);
    let (ws, peak) = peak_of(|| factdesk::load::load_workspace(t.path()).unwrap());
    assert_eq!(ws.stories.iter().map(|s| s.slug.as_str()).collect::<Vec<_>>(), ["good"]);
    let d = ws.diagnostics.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(d.line, 8, "{d}");
    assert!(d.message.contains("alias bomb") && d.message.contains("`*name`"), "{d}");
    // Refused within the first hundred aliases: the column points at one of them.
    assert!(d.column < anchor.len() + 1000, "{d}");
    assert!(peak < 16 * MB, "peak {} MB", peak / MB);
}

#[test]
fn bombs_are_refused_with_bounded_memory_and_the_rest_of_the_workspace_loads() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    let (flow, block) = (flow_bomb(), block_bomb());
    for i in 0..3 {
        story(t.path(), &format!("flow-{i}"), &flow);
        story(t.path(), &format!("block-{i}"), &block);
    }
    story(t.path(), "good", HEAD);
    let (ws, peak) = peak_of(|| factdesk::load::load_workspace(t.path()).unwrap());
    assert_eq!(ws.stories.iter().map(|s| s.slug.as_str()).collect::<Vec<_>>(), ["good"]);
    let errors: Vec<String> = ws.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 6, "{errors:?}");
    assert!(errors.iter().all(|e| e.contains("YAML items in one file")), "{errors:?}");
    // A block bomb is refused on the line where the count ran out, well into the file.
    let block_err = ws.diagnostics.iter().find(|d| d.path.to_string_lossy().contains("block-0")).unwrap();
    assert!(block_err.line > 50_000, "{block_err}");
    // Each file is read (7.7 MB, in a buffer that may double while reading) and counted, never parsed: the peak
    // is a few file sizes, not gigabytes.
    assert!(peak < 64 * MB, "peak {} MB", peak / MB);
}

#[test]
fn a_file_just_under_the_per_file_cap_parses_with_bounded_memory() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    // 83,300 flow maps count just under 250,000 nodes.
    let yaml = format!("{HEAD}x-pad: [{}{{a: b}}]\n", "{a: b}, ".repeat(83_300));
    assert!(matches!(store::count_nodes(&yaml, store::MAX_NODES_PER_FILE), NodeCount::Within(_)));
    story(t.path(), "under", &yaml);
    let (ws, peak) = peak_of(|| factdesk::load::load_workspace(t.path()).unwrap());
    assert_eq!(ws.stories.len(), 1, "{:?}", ws.diagnostics);
    assert_eq!(store::unknown_key_nodes(&ws.stories[0].file).0, 1 + 1 + 83_301 * 3);
    assert!(peak < 256 * MB, "one file's parse holds {} MB at its peak", peak / MB);
}

#[test]
fn the_generated_million_claim_archive_fits_the_total_budget_with_headroom() {
    // Three stories of the archive's shape (100 claims each, the same seed), counted as a load counts them.
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("gen");
    let out = test_cache::factdesk()
        .args(["gen-workspace", "--stories", "3", "--claims-per-story", "100", "--seed", "3"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut worst = 0;
    for dir in store::story_dirs(&root).unwrap() {
        let text = fs::read_to_string(dir.join(STORY_FILE)).unwrap();
        let NodeCount::Within(n) = store::count_nodes(&text, store::MAX_NODES_PER_FILE) else {
            panic!("a generated story passes the per-file cap")
        };
        worst = worst.max(n);
    }
    assert!(worst > 1_000, "the count sees the claims: {worst}");
    // 10,000 stories as big as the biggest of these stay under the total, with a third to spare.
    assert!(worst * 10_000 * 3 / 2 < store::MAX_NODES_TOTAL, "{worst} per story");
    // And a real story has room to grow many times over under the per-file cap.
    assert!(worst * 20 < store::MAX_NODES_PER_FILE, "{worst} per story");
}

/// The UI on the six bombs: it opens, shows the good story, and its peak memory (the kernel's VmHWM for
/// the real process) stays far below the 7 GB the issue measured.
#[cfg(target_os = "linux")]
#[test]
fn the_ui_opens_beside_six_bombs_with_bounded_memory() {
    use common::pty::Launch;
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("claims");
    let bomb = flow_bomb();
    for i in 0..6 {
        story(&root, &format!("bomb-{i}"), &bomb);
    }
    story(&root, "good", &format!("{HEAD}  quote:\n    exact: half of GDP\n"));
    fs::write(t.path().join("config.yaml"), "reviewer: Budget Reviewer\n").unwrap();
    let mut ui = Launch::new(t.path(), &[&root]).spawn();
    let pid = ui.pid();
    // A generous bound, not a speed test.
    ui.deadline = std::time::Duration::from_secs(30);
    ui.wait_until("the UI to open beside the bombs", |scr| scr.contains("Claims (1") && !scr.contains("loading "));
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let hwm_kb: usize = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    ui.send("q");
    ui.wait_exit();
    assert!(hwm_kb * 1024 < 256 * MB, "the UI's peak memory was {} MB", hwm_kb / 1024);
}
