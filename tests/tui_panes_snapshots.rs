//! Snapshots of the list panes (sources, numeric checks, story values, warnings) and their forms and questions,
//! each at 100×30 and at 80×24 (TestBackend + insta).

mod common;

use common::*;
use factdesk::tui::app::{Action, App, update};

/// The screen at `w`×`h`, the app told of the size first (as the runner does on a resize).
fn render(app: &mut App, w: u16, h: u16) -> String {
    screen(app, w, h)
}

/// Snapshots `name` at 100×30 and `name_80x24` at 80×24.
fn both(app: &mut App, name: &str) {
    insta::assert_snapshot!(name.to_string(), render(app, 100, 30));
    insta::assert_snapshot!(format!("{name}_80x24"), render(app, 80, 24));
}

/// The fixture with story values and three checks on `gdp-half` (one fails, one cannot be computed).
fn with_checks() -> (tempfile::TempDir, App) {
    let (t, mut app) = app();
    select(&mut app, "gdp-half");
    for (name, value, source) in [
        ("scam_revenue_usd", "12.5e9", "USIP, May 2024"),
        ("gdp_2023_usd", "31.8e9", "FocusEconomics"),
        ("gdp_2021_usd", "27e9", "World Bank"),
    ] {
        press(&mut app, "V");
        press(&mut app, "a");
        for (i, v) in [name, value, source].iter().enumerate() {
            if i > 0 {
                press(&mut app, "tab");
            }
            type_text(&mut app, v);
        }
        press(&mut app, "enter");
        press(&mut app, "esc");
    }
    for (label, expr, claimed, tol, cmp) in [
        ("share of 2021 GDP", "scam_revenue_usd / gdp_2021_usd", "0.5", "0.05", "="),
        ("share of 2023 GDP", "scam_revenue_usd / gdp_2023_usd", "0.5", "0.05", "="),
        ("at least a third", "scam_revenue_usd / gdp_2024_usd", "1/3", "0", ">="),
    ] {
        press(&mut app, "C");
        press(&mut app, "a");
        for (i, v) in [label, expr, claimed, tol, cmp].iter().enumerate() {
            if i > 0 {
                press(&mut app, "tab");
            }
            press(&mut app, "ctrl-u");
            type_text(&mut app, v);
        }
        press(&mut app, "enter");
        press(&mut app, "esc");
    }
    (t, app)
}

#[test]
fn sources_pane() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    both(&mut app, "panes_sources");
}

#[test]
fn source_form_with_a_refused_url() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "a");
    update(&mut app, Action::Paste("https://a.example.com/one\nhttps://b.example.com/two".into()));
    both(&mut app, "panes_source_form");
}

#[test]
fn checks_pane() {
    let (_t, mut app) = with_checks();
    press(&mut app, "C");
    press(&mut app, "j");
    both(&mut app, "panes_checks");
}

#[test]
fn check_form_with_a_live_error() {
    let (_t, mut app) = with_checks();
    press(&mut app, "C");
    press(&mut app, "a");
    type_text(&mut app, "share");
    press(&mut app, "tab");
    type_text(&mut app, "scam_revenue_usd / (gdp_2023_usd +");
    both(&mut app, "panes_check_form_error");
}

#[test]
fn check_form_with_a_live_result() {
    let (_t, mut app) = with_checks();
    press(&mut app, "C");
    press(&mut app, "enter");
    both(&mut app, "panes_check_form_result");
}

#[test]
fn values_pane() {
    let (_t, mut app) = with_checks();
    press(&mut app, "V");
    press(&mut app, "G");
    both(&mut app, "panes_values");
}

#[test]
fn value_form() {
    let (_t, mut app) = with_checks();
    press(&mut app, "V");
    press(&mut app, "enter");
    both(&mut app, "panes_value_form");
}

#[test]
fn removing_a_value_in_use() {
    let (_t, mut app) = with_checks();
    press(&mut app, "V");
    press(&mut app, "j");
    press(&mut app, "d");
    both(&mut app, "panes_remove_value");
}

#[test]
fn warnings_pane() {
    let (_t, mut app) = with_checks();
    press(&mut app, "W");
    // On the first claim's error: the settings' errors above it name a temporary folder.
    while !app_selected_is_claim_error(&app) {
        press(&mut app, "j");
    }
    both(&mut app, "panes_warnings");
}

/// Whether the warnings pane's cursor is on an error about a claim.
fn app_selected_is_claim_error(app: &App) -> bool {
    match &app.mode {
        factdesk::tui::app::Mode::Items(p) => {
            p.warnings.get(p.cursor).is_some_and(|w| w.claim.is_some() && w.diagnostic.is_error())
        }
        _ => panic!("no pane"),
    }
}
