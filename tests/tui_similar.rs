//! "Checked before?" in the UI: a candidate shows the earlier checks like it first, and `M` merges it into one
//! of them, in any story, as one edit (one undo). `update` units, then snapshots at 100×30 and 80×24.

mod common;

use common::*;
use factdesk::tui::app::{Action, App, Mode, PickValue, Reply, SimilarClaims, update};
use factdesk::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;

/// The fixture plus an older story that checked the candidate `held-a-year` in other words.
fn app_with_older_check() -> (tempfile::TempDir, App) {
    let (t, root) = temp_workspace();
    common::write_older_check(&root);
    let mut app = app_on(&root);
    let index = SimilarClaims::build(SimilarClaims::input(&app.ws));
    update(&mut app, Reply::SimilarReady(Arc::new(index)));
    (t, app)
}

fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term
}

fn story_of(app: &App, slug: &str) -> usize {
    app.ws.stories.iter().position(|s| s.slug == slug).unwrap()
}

#[test]
fn a_candidate_lists_the_earlier_check_first() {
    let (_t, mut app) = app_with_older_check();
    select(&mut app, "held-a-year");
    let (si, ci) = app.current().unwrap();
    let found = app.similar_to(si, ci, 5);
    let first = found.first().expect("found");
    assert_eq!(app.ws.stories[first.story].slug, "older-story");
    assert_eq!(app.ws.stories[first.story].file.claims[first.claim].id, "held-over-a-year");
}

#[test]
fn merge_offers_the_earlier_check_in_another_story_and_undoes_as_one() {
    let (_t, mut app) = app_with_older_check();
    let (scam, older) = (story_of(&app, "scam-economy"), story_of(&app, "older-story"));
    select(&mut app, "held-a-year");
    press(&mut app, "M");
    let Mode::Picker(p) = &app.mode else { panic!("the merge picker") };
    assert_eq!(p.items[0].value, PickValue::MergeAcross { slug: "older-story".into(), id: "held-over-a-year".into() });
    assert!(p.items[0].label.contains("older-story/held-over-a-year (accurate)"), "{:?}", p.items[0].label);
    assert!(
        p.items[0].label.starts_with("same claim") || p.items[0].label.starts_with("related"),
        "{:?}",
        p.items[0].label
    );
    // This story's accepted claims follow, as before.
    assert!(p.items.iter().any(|i| matches!(i.value, PickValue::MergeInto(_))));
    update(&mut app, Action::Confirm);
    assert!(claim(&app, "held-a-year").is_none(), "the candidate is gone");
    let target = claim(&app, "held-over-a-year").unwrap();
    assert!(
        target.notes.contains(
            "Merged candidate `scam-economy/held-a-year`: \"Some workers told reporters they had been held for more than a year.\""
        ),
        "{}",
        target.notes
    );
    assert_eq!(target.history.last().unwrap().change, "merged candidate `scam-economy/held-a-year`");
    assert_eq!(target.history.last().unwrap().at, NOW);
    let rejected = &app.ws.stories[scam].file.rejected;
    assert_eq!(rejected.last().unwrap().exact, "Some workers told reporters they had been held for more than a year.");
    assert!(app.is_modified());
    // One merge, one undo: both stories come back.
    press(&mut app, "u");
    assert!(claim(&app, "held-a-year").is_some());
    assert!(claim(&app, "held-over-a-year").unwrap().notes.is_empty());
    assert!(app.ws.stories[scam].file.rejected.is_empty());
    assert!(!app.is_modified(), "nothing left to save");
    // And one redo.
    press(&mut app, "ctrl-r");
    assert!(claim(&app, "held-a-year").is_none());
    assert!(claim(&app, "held-over-a-year").unwrap().notes.contains("Merged candidate"));
    assert_eq!(app.ws.stories[older].file.claims.len(), 1);
}

#[test]
fn a_claim_that_went_away_merges_nothing_and_says_so() {
    let (_t, mut app) = app_with_older_check();
    select(&mut app, "held-a-year");
    press(&mut app, "M");
    let Mode::Picker(p) = &mut app.mode else { panic!() };
    p.items[0].value = PickValue::MergeAcross { slug: "older-story".into(), id: "gone".into() };
    update(&mut app, Action::Confirm);
    assert!(claim(&app, "held-a-year").is_some());
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("older-story/gone") && m.text.contains("nothing merged"), "{m:?}");
}

#[test]
fn snapshot_candidate_checked_before() {
    let (_t, mut app) = app_with_older_check();
    select(&mut app, "held-a-year");
    insta::assert_snapshot!("candidate_checked_before_100x30", render(&app, 100, 30).backend());
    update(&mut app, Action::Resize(80, 24));
    insta::assert_snapshot!("candidate_checked_before_80x24", render(&app, 80, 24).backend());
}

#[test]
fn snapshot_merge_picker_across_stories() {
    let (_t, mut app) = app_with_older_check();
    select(&mut app, "held-a-year");
    press(&mut app, "M");
    insta::assert_snapshot!("merge_picker_across_100x30", render(&app, 100, 30).backend());
    update(&mut app, Action::Resize(80, 24));
    insta::assert_snapshot!("merge_picker_across_80x24", render(&app, 80, 24).backend());
}

#[test]
fn the_cached_index_is_used_only_when_built_from_exactly_these_claims() {
    use factdesk::similar::DocRef;
    use factdesk::similar::table::SimilarTable;
    let (_t, app) = app_with_older_check();
    let table_of = |ws: &factdesk::store::Workspace| {
        let claims: Vec<_> = ws
            .stories
            .iter()
            .enumerate()
            .flat_map(|(si, s)| {
                s.file
                    .claims
                    .iter()
                    .enumerate()
                    .map(move |(ci, c)| (DocRef { story: si as u32, claim: ci as u32 }, s.slug.as_str(), c))
            })
            .collect();
        let mut bytes = Vec::new();
        SimilarTable::encode(claims.iter().copied(), &mut bytes);
        SimilarTable::decode(&bytes, 0).expect("a whole table")
    };
    let table = table_of(&app.ws);
    let claims = SimilarClaims::from_table(table, SimilarClaims::input(&app.ws)).expect("the same claims");
    let held =
        app.ws.stories[story_of(&app, "scam-economy")].file.claims.iter().find(|c| c.id == "held-a-year").unwrap();
    let found = claims.lookup(&factdesk::similar::Fields::of(held), "scam-economy", "held-a-year", 1);
    assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("older-story", "held-over-a-year"));
    // An edit in this session that the cache has not seen: the cached index is not used.
    let mut edited = app.ws.clone();
    edited.stories[0].file.claims[0].text.push_str(" (edited)");
    let table = table_of(&app.ws);
    assert!(SimilarClaims::from_table(table, SimilarClaims::input(&edited)).is_err());
}
