//! Snapshot and buffer tests of the stats panel widget, drawn on ratatui's TestBackend.

use factdesk::model::{Claim, Status, StoryFile, WorkspaceConfig};
use factdesk::stats::Stats;
use factdesk::store::{Story, Workspace};
use factdesk::tui::view::stats::render_stats;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;

fn claim(id: &str, verdict: &str, status: Status, who: &str) -> Claim {
    Claim { verdict: verdict.into(), status, assignee: who.into(), ..Claim::new(id, "t") }
}

fn workspace() -> Workspace {
    let claims = vec![
        claim("a", "misleading", Status::Reviewed, "sam"),
        claim("b", "misleading", Status::Published, "ana"),
        claim("c", "accurate", Status::Reviewed, "sam"),
        claim("d", "accurate", Status::Reviewed, "sam"),
        claim("e", "accurate", Status::InProgress, "ana"),
        claim("f", "inaccurate", Status::Reviewed, "ana"),
        claim("g", "unverifiable", Status::InProgress, "li\u{1b}[31m"),
        claim("h", "", Status::Open, ""),
        claim("i", "", Status::Open, ""),
        claim("j", "accurate", Status::Candidate, "zed"),
    ];
    let file = StoryFile { claims, ..Default::default() };
    let story = Story {
        slug: "s".into(),
        dir: PathBuf::from("s"),
        file,
        article: String::new(),
        disk_hash: String::new(),
        disk_text: None,
        anchors: Vec::new(),
    };
    Workspace {
        root: PathBuf::from("."),
        config: WorkspaceConfig::default(),
        stories: vec![story],
        diagnostics: vec![],
    }
}

fn draw(ws: &Workspace, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render_stats(f, f.area(), ws)).unwrap();
    t
}

fn row(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn stats_panel_snapshot() {
    let t = draw(&workspace(), 44, 22);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn stats_panel_shows_counts_and_no_colour() {
    let ws = workspace();
    let s = Stats::of_workspace(&ws);
    assert_eq!((s.reviewed, s.total), (5, 9));
    let t = draw(&ws, 44, 22);
    let text: Vec<String> = (0..22).map(|y| row(&t, y)).collect();
    assert!(text.iter().any(|l| l.contains("5 of 9 (56%)")), "{text:#?}");
    let sam = text.iter().find(|l| l.contains("sam")).unwrap();
    assert!(sam.contains("  3"), "{sam}");
    assert!(text.iter().any(|l| l.contains("li␛[31m")), "assignee names are sanitized: {text:#?}");
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "no colours: {cell:?}");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "no colours: {cell:?}");
    }
}

#[test]
fn tiny_area_shows_a_notice() {
    let t = draw(&workspace(), 20, 5);
    let text: String = (0..5).map(|y| row(&t, y)).collect();
    assert!(text.contains("too small"), "{text}");
}

#[test]
fn any_size_draws_without_panicking() {
    let ws = workspace();
    for w in (0..60).step_by(7) {
        for h in (0..26).step_by(2) {
            let t = draw(&ws, w, h);
            assert_eq!(t.backend().buffer().area.width, w);
        }
    }
}
