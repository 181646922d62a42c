//! The `/` filter of a big workspace at 100,000 claims (issue 16, ninth session): how its steps are sized (the first on
//! one thread and small, the later ones about `STEP_BUDGET` long at the last step's rate), a key typed while a query
//! runs is not kept behind the rest of the stale query, and the status line never gives the last list's count as the
//! new query's matches while it searches. Counts, never milliseconds.

mod common;

use common::*;
use factdesk::search::DEFAULT_ENGINE;
use factdesk::search::live::{LiveFilter, STEP_BUDGET, STEP_FIRST, STEP_MAX, STEP_MIN, next_step};
use factdesk::tui::app::{Effect, Reply};
use std::time::Duration;

/// A generated workspace of `stories` × `claims` claims.
fn generated(stories: usize, claims: usize) -> (tempfile::TempDir, factdesk::store::Workspace) {
    let t = tempfile::tempdir().unwrap();
    factdesk::generate::generate(t.path(), stories, claims, 9).unwrap();
    let ws = factdesk::load::load_workspace(t.path()).unwrap();
    (t, ws)
}

#[test]
fn a_steps_size_follows_its_budget() {
    let budget = STEP_BUDGET.as_nanos() as usize;
    // 10,000 claims a thread took a quarter of the budget: four times as many take the budget.
    assert_eq!(next_step(10_000, STEP_BUDGET / 4), 40_000);
    // Took the budget: as many again.
    assert_eq!(next_step(30_000, STEP_BUDGET), 30_000);
    // Twice as slow: half as many.
    assert_eq!(next_step(60_000, STEP_BUDGET * 2), 30_000);
    // Never fewer than STEP_MIN (a step must make progress), never more than STEP_MAX (a key waits one step).
    assert_eq!(next_step(10, Duration::from_secs(1)), STEP_MIN);
    assert_eq!(next_step(0, Duration::from_millis(1)), STEP_MIN);
    assert_eq!(next_step(STEP_MAX, Duration::from_nanos(1)), STEP_MAX);
    assert_eq!(next_step(1_000, Duration::ZERO), STEP_MAX, "a step that took no measurable time");
    assert!(budget > 0 && STEP_FIRST <= STEP_MIN && STEP_MIN < STEP_MAX);
}

#[test]
fn the_first_step_scores_a_few_claims_and_later_steps_no_more_than_the_maximum() {
    // 2,400 claims: more than a first step.
    let (_t, ws) = generated(16, 150);
    let total: usize = ws.stories.iter().map(|s| s.file.claims.len()).sum();
    assert!(total > STEP_FIRST, "{total}");
    let mut f = LiveFilter::new(DEFAULT_ENGINE, 2);
    f.query("rice", 0);
    f.step(&ws.stories);
    assert_eq!(f.last_step().0, STEP_FIRST, "the first step scores STEP_FIRST claims");
    assert!(f.is_running());
    let (mut scored, mut steps) = (STEP_FIRST, 1);
    while f.is_running() {
        f.step(&ws.stories);
        let (n, _) = f.last_step();
        assert!((1..=STEP_MAX * 2).contains(&n), "a later step scores 1..=STEP_MAX a thread: {n}");
        scored += n;
        steps += 1;
        assert!(steps < 1_000);
    }
    assert_eq!(scored, total, "every claim is scored once");
}

#[test]
fn a_key_typed_while_a_query_runs_is_not_kept_behind_the_rest_of_it() {
    let (_t, ws) = generated(16, 150);
    let mut f = LiveFilter::new(DEFAULT_ENGINE, 2);
    // `p` typed: its first step runs, and more of its claims are left.
    f.query("p", 0);
    f.step(&ws.stories);
    assert!(f.is_running());
    // `h` comes before the next step: that step is the new query's first, not the rest of `p`'s claims.
    f.query("ph", 0);
    f.step(&ws.stories);
    assert_eq!(f.current(), "ph");
    assert_eq!(f.last_step().0, STEP_FIRST, "the new query's first step, not the rest of the stale one");
    // `p` never finished, so `ph` does not narrow from its few matches: every claim is scored for it.
    let mut scored = STEP_FIRST;
    while f.is_running() {
        f.step(&ws.stories);
        scored += f.last_step().0;
    }
    let total: usize = ws.stories.iter().map(|s| s.file.claims.len()).sum();
    assert_eq!(scored, total);
}

/// The status line's text at 100×30.
fn status_line(app: &mut factdesk::tui::app::App) -> String {
    let screen = screen(app, 100, 30);
    screen.lines().find(|l| l.contains("\"/")).unwrap_or_default().to_string()
}

#[test]
fn while_a_new_query_has_no_results_the_status_gives_no_count_of_the_old_list() {
    let (_t, mut app) = app();
    app.async_filter = true;
    press(&mut app, "/");
    let before = status_line(&mut app);
    assert!(before.contains(" matches)"), "the empty query counts every claim listed: {before}");
    let mut effect = None;
    for c in "gdp".chars() {
        effect = press(&mut app, &c.to_string());
    }
    assert_eq!(effect, Some(Effect::Filter("gdp".into())));
    // The list still shows every claim: that count is not gdp's.
    assert!(!app.lists_current_query());
    let searching = status_line(&mut app);
    assert!(searching.contains("/gdp█  (searching…)") && !searching.contains("matches"), "{searching}");
    // The first results of gdp: counted, and still searching.
    let gdp = app.ws.stories[0].file.claims.iter().position(|c| c.id == "gdp-half").unwrap();
    update_reply(&mut app, Reply::FilterResults { query: "gdp".into(), hits: vec![(0, gdp, 88)], done: false });
    assert!(app.lists_current_query());
    let first = status_line(&mut app);
    assert!(first.contains("/gdp█  (1 match, searching…)"), "{first}");
    // One more key: gdp's matches are listed, not gdp h's.
    press(&mut app, "space");
    press(&mut app, "h");
    let again = status_line(&mut app);
    assert!(again.contains("/gdp h█  (searching…)"), "{again}");
    update_reply(&mut app, Reply::FilterResults { query: "gdp h".into(), hits: vec![(0, gdp, 90)], done: true });
    assert!(status_line(&mut app).contains("/gdp h█  (1 match)"));
}

#[test]
fn esc_while_searching_leaves_nothing_pending() {
    let (_t, mut app) = app();
    app.async_filter = true;
    press(&mut app, "/");
    press(&mut app, "g");
    assert!(app.filter_pending);
    press(&mut app, "esc");
    assert!(!app.filter_pending, "the query that ran is gone with the filter");
    // The stale query's results that still come are ignored.
    update_reply(&mut app, Reply::FilterResults { query: "g".into(), hits: vec![(0, 0, 10)], done: true });
    assert!(!app.filter_pending && app.filter.is_empty());
    press(&mut app, "/");
    let s = status_line(&mut app);
    assert!(s.contains(" matches)") && !s.contains("searching"), "{s}");
}

fn update_reply(app: &mut factdesk::tui::app::App, reply: Reply) {
    factdesk::tui::app::update(app, reply);
}
