//! Workspace-level limits: a 100 MB file, an alias bomb and 100,000-deep nesting are refused with clear errors,
//! with bounded memory, and the rest of the workspace still opens.
//!
//! Memory is measured with a counting global allocator (peak bytes live during the load), so the bound is
//! asserted, not timed. The tests in this file take a lock so their measurements do not overlap.

#[path = "common/counting.rs"]
mod counting;

use counting::{SERIAL, peak_of};
use factdesk::store::STORY_FILE;
use std::fs;
use std::path::Path;

const MB: usize = 1024 * 1024;
/// What a workspace load may hold at its peak, whatever the files hold: a few times the 8 MB file limit.
const MEMORY_BOUND: usize = 48 * MB;

const GOOD: &str = "story:\n  title: Fine\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n";

fn story(root: &Path, slug: &str, yaml: &str) -> std::path::PathBuf {
    let dir = root.join(slug);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(STORY_FILE), yaml).unwrap();
    fs::write(dir.join("article.txt"), "It is half of GDP.").unwrap();
    dir
}

/// Loads the workspace; asserts the good story opened and that exactly one error names `bad_slug`.
fn load_expecting(root: &Path, bad_slug: &str, needle: &str) -> usize {
    let (ws, peak) = peak_of(|| factdesk::load::load_workspace(root).unwrap());
    assert_eq!(ws.stories.iter().map(|s| s.slug.as_str()).collect::<Vec<_>>(), ["good"], "{:?}", ws.diagnostics);
    assert!(ws.stories[0].anchors[0].start == 6, "the good story is fully loaded and anchored");
    let errors: Vec<String> = ws.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(&format!("{bad_slug}/")) && errors[0].contains(needle), "{}", errors[0]);
    peak
}

#[test]
fn hundred_megabyte_story_file_is_refused() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    story(t.path(), "good", GOOD);
    let big = story(t.path(), "huge", GOOD);
    // 100 MB of real YAML-looking text (not a sparse file), so a reader that slurps it would be caught.
    let mut f = fs::File::create(big.join(STORY_FILE)).unwrap();
    let chunk = "# padding padding padding padding padding padding padding padding padding padding\n".repeat(1000);
    let mut written = 0;
    while written < 100 * MB {
        std::io::Write::write_all(&mut f, chunk.as_bytes()).unwrap();
        written += chunk.len();
    }
    drop(f);
    let peak = load_expecting(t.path(), "huge", "over the 8 MB limit");
    assert!(peak < MEMORY_BOUND, "peak {peak} bytes");
}

#[test]
fn hundred_megabyte_article_is_refused() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    story(t.path(), "good", GOOD);
    let big = story(t.path(), "huge", GOOD);
    let f = fs::File::create(big.join("article.txt")).unwrap();
    f.set_len(100 * MB as u64).unwrap();
    let (ws, peak) = peak_of(|| factdesk::load::load_workspace(t.path()).unwrap());
    assert!(peak < MEMORY_BOUND, "peak {peak} bytes");
    assert_eq!(ws.stories.len(), 2, "the story opens, without its article");
    assert!(ws.story("huge").unwrap().article.is_empty());
    let d = ws.diagnostics.iter().find(|d| d.is_error()).unwrap().to_string();
    assert!(d.contains("huge/article.txt") && d.contains("over the 8 MB limit"), "{d}");
}

#[test]
fn alias_bomb_is_refused() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    story(t.path(), "good", GOOD);
    // Billion laughs: 9 levels of 9 references each would expand to 9^9 strings.
    let mut bomb = String::from("x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        bomb.push_str(&format!("x-lol{i}: &l{i} [{}]\n", vec![format!("*l{}", i - 1); 9].join(", ")));
    }
    bomb.push_str(GOOD);
    story(t.path(), "bomb", &bomb);
    let peak = load_expecting(t.path(), "bomb", "alias bomb");
    assert!(peak < MEMORY_BOUND, "peak {peak} bytes");
}

#[test]
fn hundred_thousand_deep_nesting_is_refused_in_every_shape() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let n = 100_000;
    let shapes = [
        ("flow", format!("story: {}{}\n", "[".repeat(n), "]".repeat(n))),
        ("flow-maps", format!("story: {}x{}\n", "{a: ".repeat(n), "}".repeat(n))),
        ("compact-seq", format!("story:\n  title: t\nx-deep:\n{}x\n", "- ".repeat(n))),
        ("complex-keys", format!("story:\n  title: t\nx-deep:\n{}x\n", "? ".repeat(n))),
    ];
    for (name, yaml) in shapes {
        let t = tempfile::tempdir().unwrap();
        story(t.path(), "good", GOOD);
        story(t.path(), "deep", &yaml);
        let peak = load_expecting(t.path(), "deep", "nesting deeper than 64 levels");
        assert!(peak < MEMORY_BOUND, "{name}: peak {peak} bytes");
    }
}

#[test]
fn merge_conflict_markers_are_pointed_at_and_the_rest_opens() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    story(t.path(), "good", GOOD);
    let yaml = GOOD.replace("  title: Fine\n", "<<<<<<< HEAD\n  title: Mine\n=======\n  title: Theirs\n>>>>>>> main\n");
    story(t.path(), "merging", &yaml);
    load_expecting(t.path(), "merging", "claims.yaml:2:1: error: git conflict marker");
}

#[test]
fn hostile_but_valid_text_loads() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let t = tempfile::tempdir().unwrap();
    let long = "x".repeat(100_000);
    let yaml = GOOD.replace(
        "  text: Half of GDP\n",
        &format!("  text: Half of GDP\n  notes: \"\\e]0;title\\a\\e[31mred {long}\\u202e\"\n"),
    );
    story(t.path(), "good", &yaml);
    let ws = factdesk::load::load_workspace(t.path()).unwrap();
    assert!(ws.diagnostics.is_empty(), "{:?}", ws.diagnostics);
    let notes = &ws.stories[0].file.claims[0].notes;
    assert!(notes.starts_with("\u{1b}]0;title\u{7}") && notes.len() > 100_000);
}
