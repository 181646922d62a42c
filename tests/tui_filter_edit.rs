//! The `/` filter's corpus after edits (issue 16): only the edited story's entries are made again, and the corpus
//! then equals one built fresh from every claim, whatever the edit (notes, a claim deleted, undo, redo).

mod common;

use common::*;
use factdesk::search::Corpus;
use factdesk::tui::app::{Action, App, Mode, Row, update};
use std::sync::Arc;

fn haystacks(c: &Corpus) -> Vec<(u32, u32, String, u32)> {
    c.entries.iter().map(|e| (e.story, e.claim, e.haystack.clone(), e.text_chars)).collect()
}

/// A generated workspace of 6 stories × 5 claims, opened as a fresh start would.
fn generated() -> (tempfile::TempDir, App) {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("ws");
    factdesk::generate::generate(&root, 6, 5, 11).unwrap();
    let app = app_on(&root);
    (t, app)
}

/// Moves the cursor to the first claim of story `si`.
fn to_story(app: &mut App, si: usize) {
    update(app, Action::Top);
    for _ in 0..app.rows.len() {
        if app.current().is_some_and(|(s, _)| s == si) {
            return;
        }
        update(app, Action::Down);
    }
    panic!("no claim of story {si} in the list");
}

/// The app's corpus, which must equal a fresh build from its claims; `true` when it is the allocation that was
/// there at `before` (patched in place, not built again).
fn corpus_checked(app: &mut App, before: usize) -> bool {
    let corpus = app.corpus();
    assert_eq!(haystacks(&corpus), haystacks(&Corpus::from_workspace(&app.ws)), "the corpus equals a fresh build");
    Arc::as_ptr(&corpus) as usize == before
}

/// The claims the list shows: (story, claim).
fn claim_rows(app: &App) -> Vec<(usize, usize)> {
    app.rows.iter().filter_map(|r| if let Row::Claim(s, c) = r { Some((*s, *c)) } else { None }).collect()
}

fn ptr(app: &mut App) -> usize {
    Arc::as_ptr(&app.corpus()) as usize
}

#[test]
fn an_edit_remakes_only_its_storys_entries_and_the_corpus_equals_a_fresh_build() {
    let (_t, mut app) = generated();
    let before = ptr(&mut app);
    // Notes typed into a claim of the third story: a word no claim had.
    to_story(&mut app, 2);
    press(&mut app, "e");
    assert!(matches!(app.mode, Mode::Notes(_)));
    type_text(&mut app, " zanzibarite");
    press(&mut app, "esc");
    assert!(app.is_dirty(2));
    assert!(app.corpus_is_stale(), "the edited story's entries wait to be made again");
    assert!(corpus_checked(&mut app, before), "patched in place, not built again");
    assert!(!app.corpus_is_stale());
    // A claim of the fifth story deleted: the entries after it move up.
    to_story(&mut app, 4);
    press(&mut app, "d");
    press(&mut app, "y");
    assert_eq!(app.ws.stories[4].file.claims.len(), 4);
    assert!(corpus_checked(&mut app, before));
    // Two edits before the next look, then undo and redo.
    to_story(&mut app, 0);
    press(&mut app, "e");
    type_text(&mut app, " quokkaish");
    press(&mut app, "esc");
    press(&mut app, "u");
    press(&mut app, "u");
    assert_eq!(app.ws.stories[4].file.claims.len(), 5, "the deletion is undone");
    assert!(corpus_checked(&mut app, before));
    press(&mut app, "ctrl-r");
    assert_eq!(app.ws.stories[4].file.claims.len(), 4, "the deletion is redone");
    assert!(corpus_checked(&mut app, before));
}

#[test]
fn a_corpus_someone_else_holds_is_built_again_and_still_right() {
    let (_t, mut app) = generated();
    // The filter worker's copy: the app cannot patch a shared corpus in place.
    let held = app.corpus();
    to_story(&mut app, 1);
    press(&mut app, "e");
    type_text(&mut app, " zanzibarite");
    press(&mut app, "esc");
    assert!(!corpus_checked(&mut app, Arc::as_ptr(&held) as usize), "a new corpus, not the shared one changed");
    assert!(!haystacks(&held).iter().any(|h| h.2.contains("zanzibarite")), "the holder's copy is untouched");
}

#[test]
fn the_filter_after_an_edit_finds_what_was_typed_and_not_what_was_removed() {
    let (_t, mut app) = generated();
    to_story(&mut app, 3);
    let (si, ci) = app.current().unwrap();
    let id = app.ws.stories[si].file.claims[ci].id.clone();
    // A first filter builds the corpus before the edit.
    press(&mut app, "/");
    type_text(&mut app, "zanzibarite");
    press(&mut app, "enter");
    assert!(claim_rows(&app).is_empty(), "no claim says it yet");
    press(&mut app, "esc");
    select(&mut app, &id);
    press(&mut app, "e");
    type_text(&mut app, " zanzibarite");
    press(&mut app, "esc");
    press(&mut app, "/");
    type_text(&mut app, "zanzibarite");
    press(&mut app, "enter");
    let found: Vec<_> =
        claim_rows(&app).into_iter().map(|(s, c)| app.ws.stories[s].file.claims[c].id.clone()).collect();
    assert_eq!(found, std::slice::from_ref(&id), "the edited claim is found, and only it");
    press(&mut app, "esc");
    press(&mut app, "u");
    press(&mut app, "/");
    type_text(&mut app, "zanzibarite");
    press(&mut app, "enter");
    assert!(claim_rows(&app).is_empty(), "after undo nothing says it again");
}
