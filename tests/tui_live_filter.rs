//! The `/` filter of a big workspace reads the claims where they are (`search::live`, issue 16), driven here as the
//! runner drives it: each `Effect::Filter` starts a query on the claims' version, steps score the claims, and each
//! step's results reach the app as `Reply::FilterResults`. After an edit the filter finds what was typed and no longer
//! what was removed, although the same query was remembered before the edit.

mod common;

use common::*;
use factdesk::search::DEFAULT_ENGINE;
use factdesk::search::live::LiveFilter;
use factdesk::tui::app::{App, Effect, Reply, Row, update};

/// A generated workspace of 6 stories × 5 claims, its `/` filter run as a big workspace's.
fn generated() -> (tempfile::TempDir, App) {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("ws");
    factdesk::generate::generate(&root, 6, 5, 11).unwrap();
    let mut app = app_on(&root);
    app.async_filter = true;
    (t, app)
}

/// Carries out a filter effect as the runner does (a query, then steps, each step's results handed back).
fn run(app: &mut App, live: &mut LiveFilter, effect: Option<Effect>) {
    let Some(Effect::Filter(query)) = effect else { return };
    live.query(&query, app.claims_version());
    let mut fresh = !live.is_running();
    loop {
        if live.is_running() {
            fresh |= live.step(&app.ws.stories);
        }
        if std::mem::take(&mut fresh) {
            let reply =
                Reply::FilterResults { query: live.current().to_string(), hits: live.ranked(), done: live.is_done() };
            update(app, reply);
        }
        if !live.is_running() {
            break;
        }
    }
}

/// Types `query` after `/` a key at a time, each key's filter carried out, then keeps it (Enter).
fn filter(app: &mut App, live: &mut LiveFilter, query: &str) {
    let e = press(app, "/");
    run(app, live, e);
    for c in query.chars() {
        let e = press(app, &if c == ' ' { "space".to_string() } else { c.to_string() });
        run(app, live, e);
    }
    press(app, "enter");
    assert!(!app.filter_pending, "every claim was scored");
}

fn found(app: &App) -> Vec<String> {
    app.rows
        .iter()
        .filter_map(
            |r| if let Row::Claim(s, c) = r { Some(app.ws.stories[*s].file.claims[*c].id.clone()) } else { None },
        )
        .collect()
}

#[test]
fn after_an_edit_the_filter_finds_what_was_typed_and_not_what_was_removed() {
    let (_t, mut app) = generated();
    let mut live = LiveFilter::new(DEFAULT_ENGINE, 2);
    let id = app.ws.stories[3].file.claims[2].id.clone();
    filter(&mut app, &mut live, "zanzibarite");
    assert!(found(&app).is_empty(), "no claim says it yet");
    // The same query again comes back at once from what the filter remembers.
    press(&mut app, "esc");
    filter(&mut app, &mut live, "zanzibarite");
    assert!(found(&app).is_empty());
    press(&mut app, "esc");
    let version = app.claims_version();
    select(&mut app, &id);
    press(&mut app, "e");
    type_text(&mut app, " zanzibarite");
    press(&mut app, "esc");
    assert_ne!(app.claims_version(), version, "an edit moves the claims' version on");
    filter(&mut app, &mut live, "zanzibarite");
    assert_eq!(found(&app), std::slice::from_ref(&id), "the edited claim is found, and only it");
    // Narrowing from the query before it (remembered on this version) finds it too.
    press(&mut app, "esc");
    filter(&mut app, &mut live, "zanzibarite z");
    assert_eq!(found(&app), [id]);
    press(&mut app, "esc");
    press(&mut app, "u");
    filter(&mut app, &mut live, "zanzibarite");
    assert!(found(&app).is_empty(), "after undo nothing says it again");
}

#[test]
fn every_match_is_the_one_a_corpus_scan_finds() {
    let (_t, mut app) = generated();
    let mut live = LiveFilter::new(DEFAULT_ENGINE, 2);
    for q in ["rice", "phnom", "gdp half", "pol"] {
        filter(&mut app, &mut live, q);
        let corpus = factdesk::search::Corpus::from_workspace(&app.ws);
        let hits = factdesk::search::scan(&corpus, q, DEFAULT_ENGINE, 1);
        let mut want: Vec<String> =
            corpus.claims_of(&hits).into_iter().map(|(s, c, _)| app.ws.stories[s].file.claims[c].id.clone()).collect();
        let mut got = found(&app);
        got.sort();
        want.sort();
        assert_eq!(got, want, "{q}");
        press(&mut app, "esc");
    }
}
