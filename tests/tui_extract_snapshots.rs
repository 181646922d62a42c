//! Issue 15 on screen: a candidate's "why" in the detail pane, and page furniture named in the article view,
//! at 100×30 and 80×24 (TestBackend + insta).

mod common;

use common::*;
use factdesk::extract::{Decision, extract_into};
use factdesk::tui::app::{Action, App, update};
use factdesk::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term
}

/// A workspace holding one story made by `extract` from a labelled news page.
fn extracted() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    std::fs::create_dir(&root).unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news/wgem-measles/article.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    extract_into(&root, "measles", &article, &text, Some("CDC reports new measles cases"), Decision::default(), false)
        .unwrap();
    (dir, app_on(&root))
}

#[test]
fn a_candidate_shows_why_it_was_proposed() {
    let (_t, mut app) = extracted();
    let id = app.ws.stories[0].file.claims.iter().find(|c| c.text.contains("228")).unwrap().id.clone();
    select(&mut app, &id);
    update(&mut app, Action::NextPane);
    for (w, h) in [(100, 30), (80, 24)] {
        update(&mut app, Action::Resize(w, h));
        let term = render(&app, w, h);
        let screen = format!("{}", term.backend());
        assert!(screen.contains("Why: numbers: 228"), "{screen}");
        insta::assert_snapshot!(format!("candidate_why_{w}x{h}"), term.backend());
    }
}

#[test]
fn the_article_view_names_furniture() {
    let (_t, mut app) = extracted();
    update(&mut app, Action::ToggleArticle);
    // From the first candidate's sentence up to the headline and the "Skip to Content" line above it.
    for _ in 0..3 {
        update(&mut app, Action::Up);
    }
    for (w, h) in [(100, 30), (80, 24)] {
        update(&mut app, Action::Resize(w, h));
        let term = render(&app, w, h);
        let screen = format!("{}", term.backend());
        assert!(screen.contains("selected: navigation (not a claim)"), "{screen}");
        insta::assert_snapshot!(format!("article_furniture_{w}x{h}"), term.backend());
    }
}
