//! `update` tests of the list panes (issue 14): sources (`o`), numeric checks (`C`), story values (`V`) and
//! warnings (`W`): opening, adding, editing, removing (asked first), moving, the url refusals, the live expression
//! error, and the warnings pane's jump to what fixes a warning.

mod common;

use common::*;
use factdesk::model::Comparison;
use factdesk::tui::app::{Action, App, Confirm, FormKind, ItemsKind, Mode, update};

fn pane(app: &App) -> (ItemsKind, usize) {
    match &app.mode {
        Mode::Items(p) => (p.kind, p.cursor),
        other => panic!("no pane open: {other:?}"),
    }
}

fn form_kind(app: &App) -> FormKind {
    match &app.mode {
        Mode::Form(f) => f.kind,
        other => panic!("no form open: {other:?}"),
    }
}

fn form_error(app: &App) -> String {
    match &app.mode {
        Mode::Form(f) => f.error.clone().unwrap_or_default(),
        other => panic!("no form open: {other:?}"),
    }
}

fn field_value(app: &App, i: usize) -> String {
    match &app.mode {
        Mode::Form(f) => f.fields[i].value.clone(),
        other => panic!("no form open: {other:?}"),
    }
}

/// Clears the focused field and types `text` into it.
fn set_field(app: &mut App, text: &str) {
    press(app, "ctrl-u");
    type_text(app, text);
}

/// Fills a form's fields from the first, one per entry (Tab between), leaving the others as they are.
fn fill(app: &mut App, values: &[&str]) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            press(app, "tab");
        }
        set_field(app, v);
    }
}

fn history_last(app: &App, id: &str) -> String {
    claim(app, id).unwrap().history.last().map(|h| h.change.clone()).unwrap_or_default()
}

#[test]
fn sources_pane_lists_the_claims_sources_and_esc_closes_it() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    assert_eq!(pane(&app), (ItemsKind::Sources, 0));
    assert_eq!(
        app.item_count(match &app.mode {
            Mode::Items(p) => p,
            _ => unreachable!(),
        }),
        1
    );
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn adding_a_source_in_the_pane_returns_to_the_pane_with_a_history_line_and_undo_takes_it_back() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "a");
    assert_eq!(form_kind(&app), FormKind::Source);
    assert_eq!(field_value(&app, 3), TODAY, "accessed defaults to today");
    fill(&mut app, &["https://news.example.com/rescue", "Rescue report", "Example News"]);
    press(&mut app, "tab");
    press(&mut app, "tab");
    set_field(&mut app, "Nine of those rescued were minors.");
    press(&mut app, "tab");
    set_field(&mut app, "https://web.archive.org/web/2026/https://news.example.com/rescue");
    press(&mut app, "enter");
    assert_eq!(pane(&app).0, ItemsKind::Sources, "back to the pane, not the list");
    let c = claim(&app, "nine-minors").unwrap();
    assert_eq!(c.sources.len(), 2);
    let s = &c.sources[1];
    assert_eq!(
        (s.url.as_str(), s.title.as_str(), s.publisher.as_str(), s.accessed.as_str()),
        ("https://news.example.com/rescue", "Rescue report", "Example News", TODAY)
    );
    assert_eq!(s.excerpt, "Nine of those rescued were minors.");
    assert_eq!(s.archive_url, "https://web.archive.org/web/2026/https://news.example.com/rescue");
    assert_eq!(history_last(&app, "nine-minors"), "source added: Rescue report");
    press(&mut app, "u");
    assert_eq!(pane(&app).0, ItemsKind::Sources, "undo works in the pane, which stays open");
    assert_eq!(claim(&app, "nine-minors").unwrap().sources.len(), 1);
    press(&mut app, "ctrl-r");
    assert_eq!(claim(&app, "nine-minors").unwrap().sources.len(), 2);
    assert_eq!(press(&mut app, "w"), Some(factdesk::tui::app::Effect::Save), "w saves from the pane");
    assert_eq!(pane(&app).0, ItemsKind::Sources);
}

#[test]
fn editing_a_source_changes_every_field_it_was_given_and_records_old_and_new() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "enter");
    assert_eq!(field_value(&app, 0), "https://example.org/press/123", "the form opens on the source");
    assert_eq!(field_value(&app, 1), "Ministry press release");
    set_field(&mut app, "https://example.org/press/124");
    press(&mut app, "tab");
    set_field(&mut app, "Ministry press release no. 124");
    press(&mut app, "enter");
    assert_eq!(pane(&app).0, ItemsKind::Sources);
    let s = &claim(&app, "nine-minors").unwrap().sources[0];
    assert_eq!(s.url, "https://example.org/press/124");
    assert_eq!(s.title, "Ministry press release no. 124");
    assert_eq!(s.publisher, "Ministry of Interior", "fields not touched are kept");
    let h = history_last(&app, "nine-minors");
    assert!(
        h.starts_with("source 1 edited: url: https://example.org/press/123 -> https://example.org/press/124"),
        "{h}"
    );
    assert!(h.contains("title: Ministry press release -> Ministry press release no. 124"), "{h}");
}

#[test]
fn removing_a_source_asks_first_and_returns_to_the_pane_either_way() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "d");
    assert!(matches!(&app.mode, Mode::Confirm(Confirm::Remove(r)) if r.what.contains("Ministry press release")));
    press(&mut app, "n");
    assert_eq!(pane(&app).0, ItemsKind::Sources);
    assert_eq!(claim(&app, "nine-minors").unwrap().sources.len(), 1, "n keeps it");
    press(&mut app, "d");
    press(&mut app, "y");
    assert_eq!(pane(&app).0, ItemsKind::Sources);
    assert!(claim(&app, "nine-minors").unwrap().sources.is_empty());
    assert_eq!(history_last(&app, "nine-minors"), "source removed: Ministry press release");
}

#[test]
fn k_and_j_move_a_source_and_the_cursor_goes_with_it() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "a");
    fill(&mut app, &["https://second.example.net/a", "Second"]);
    press(&mut app, "enter");
    press(&mut app, "j");
    assert_eq!(pane(&app), (ItemsKind::Sources, 1));
    press(&mut app, "K");
    let titles: Vec<String> = claim(&app, "nine-minors").unwrap().sources.iter().map(|s| s.title.clone()).collect();
    assert_eq!(titles, ["Second", "Ministry press release"]);
    assert_eq!(pane(&app), (ItemsKind::Sources, 0), "the cursor follows the source");
    assert_eq!(history_last(&app, "nine-minors"), "source moved up (now 1 of 2): Second");
    press(&mut app, "K");
    assert_eq!(pane(&app), (ItemsKind::Sources, 0), "nothing above the first");
    press(&mut app, "J");
    let titles: Vec<String> = claim(&app, "nine-minors").unwrap().sources.iter().map(|s| s.title.clone()).collect();
    assert_eq!(titles, ["Ministry press release", "Second"]);
}

#[test]
fn moving_is_only_for_sources_and_says_so() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "C");
    press(&mut app, "K");
    assert_eq!(pane(&app).0, ItemsKind::Checks);
    assert!(app.message.as_ref().unwrap().text.contains("only sources"));
}

#[test]
fn a_pasted_second_line_in_the_url_is_refused_not_glued() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "a");
    update(&mut app, Action::Paste("https://a.example.com/one\nhttps://b.example.com/two".into()));
    assert_eq!(field_value(&app, 0), "", "nothing of the paste is kept");
    let e = form_error(&app);
    assert!(e.contains("paste refused") && e.contains("2 lines"), "{e}");
    // One address with the line break a copy often brings is fine.
    update(&mut app, Action::Paste("https://a.example.com/one\n".into()));
    assert_eq!(field_value(&app, 0), "https://a.example.com/one");
    assert_eq!(form_error(&app), "");
    // Other fields still take pasted text on one line.
    press(&mut app, "tab");
    update(&mut app, Action::Paste("A title\nover two lines".into()));
    assert_eq!(field_value(&app, 1), "A title over two lines");
}

#[test]
fn a_url_with_a_space_or_another_scheme_is_refused_with_the_reason_and_the_value_kept() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "a");
    for (url, why) in [
        ("https://exa mple.com/page", "space or line break at character 12"),
        ("javascript:alert(1)", "`javascript:` is not a web address"),
        ("data:text/html,hi", "`data:` is not a web address"),
        ("ftp://files.example.com/x", "`ftp:` is not a web address"),
        ("example.com/page", "must start with https:// or http://"),
        ("https://", "no host"),
    ] {
        set_field(&mut app, url);
        press(&mut app, "enter");
        let e = form_error(&app);
        assert!(e.contains(why), "{url}: {e}");
        assert_eq!(field_value(&app, 0), url, "the typed value is kept");
    }
    // The archive url is held to the same rule.
    set_field(&mut app, "https://ok.example.com/");
    for _ in 0..5 {
        press(&mut app, "tab");
    }
    set_field(&mut app, "javascript:void(0)");
    press(&mut app, "enter");
    assert!(form_error(&app).contains("Archive `javascript:`"), "{}", form_error(&app));
    assert_eq!(claim(&app, "nine-minors").unwrap().sources.len(), 1);
}

#[test]
fn the_a_shortcut_in_the_list_opens_the_same_source_form() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "a");
    assert_eq!(form_kind(&app), FormKind::Source);
    let labels: Vec<&str> = match &app.mode {
        Mode::Form(f) => f.fields.iter().map(|f| f.label).collect(),
        _ => unreachable!(),
    };
    assert_eq!(labels, ["URL", "Title", "Publisher", "Accessed", "Excerpt", "Archive"]);
    set_field(&mut app, "https://x.example.com/a");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal), "the shortcut returns to the list");
    assert_eq!(claim(&app, "nine-minors").unwrap().sources.len(), 2);
}

#[test]
fn an_expression_error_is_shown_at_its_character_while_typing() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "C");
    press(&mut app, "a");
    assert_eq!(form_kind(&app), FormKind::Check);
    type_text(&mut app, "share of GDP");
    press(&mut app, "tab");
    type_text(&mut app, "12.5 / (25 +");
    let preview = match &app.mode {
        Mode::Form(f) => app.check_preview(f).unwrap(),
        _ => unreachable!(),
    };
    let e = preview.unwrap_err();
    assert_eq!(e.pos, 13, "at the end, where a number was expected: {e}");
    type_text(&mut app, " 0)");
    let preview = match &app.mode {
        Mode::Form(f) => app.check_preview(f).unwrap(),
        _ => unreachable!(),
    };
    assert_eq!(preview, Ok(0.5));
    set_field(&mut app, "12.5 / nope");
    let preview = match &app.mode {
        Mode::Form(f) => app.check_preview(f).unwrap(),
        _ => unreachable!(),
    };
    assert_eq!(preview.unwrap_err().pos, 8, "an unknown name is shown at the name");
}

#[test]
fn claimed_and_tolerance_take_figures_and_refuse_words() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "C");
    press(&mut app, "a");
    fill(&mut app, &["share", "12.5 / 25", "1,000"]);
    press(&mut app, "enter");
    let e = form_error(&app);
    assert!(e.contains("Claimed `1,000` is not a number (at character 2)") && e.contains("thousands"), "{e}");
    assert_eq!(field_value(&app, 2), "1,000", "kept");
    press(&mut app, "tab");
    set_field(&mut app, "-0.1");
    press(&mut app, "shift-tab");
    set_field(&mut app, "50%");
    press(&mut app, "enter");
    assert!(form_error(&app).contains("Tolerance `-0.1` is negative"), "{}", form_error(&app));
    press(&mut app, "tab");
    set_field(&mut app, "0.01");
    press(&mut app, "tab");
    set_field(&mut app, "about");
    press(&mut app, "enter");
    assert!(form_error(&app).contains("Comparison `about` is unknown"), "{}", form_error(&app));
    set_field(&mut app, "≥");
    press(&mut app, "enter");
    assert_eq!(pane(&app).0, ItemsKind::Checks);
    let c = &claim(&app, "gdp-half").unwrap().checks[0];
    assert_eq!((c.label.as_str(), c.expr.as_str()), ("share", "12.5 / 25"));
    assert_eq!((c.claimed, c.tolerance, c.comparison), (0.5, 0.01, Comparison::AtLeast));
    assert_eq!(history_last(&app, "gdp-half"), "check added: `share`: `12.5 / 25` ≥ 0.5");
}

#[test]
fn a_syntax_error_is_refused_but_a_value_not_yet_defined_is_saved_and_said() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "C");
    press(&mut app, "a");
    fill(&mut app, &["share", "revenue / ", "0.5"]);
    press(&mut app, "enter");
    assert!(form_error(&app).starts_with("Expr: bad syntax at character"), "{}", form_error(&app));
    press(&mut app, "shift-tab");
    set_field(&mut app, "revenue / gdp");
    press(&mut app, "enter");
    assert_eq!(pane(&app).0, ItemsKind::Checks);
    let m = app.message.clone().unwrap();
    assert!(m.error && m.text.contains("cannot be computed yet") && m.text.contains("`revenue`"), "{}", m.text);
    assert!(m.text.contains("V lists"), "the values key, from the keymap: {}", m.text);
}

#[test]
fn editing_and_removing_a_check() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "C");
    press(&mut app, "a");
    fill(&mut app, &["share", "12.5 / 25", "0.5"]);
    press(&mut app, "enter");
    press(&mut app, "enter");
    assert_eq!(field_value(&app, 1), "12.5 / 25", "the form opens on the check");
    assert_eq!(field_value(&app, 2), "0.5");
    press(&mut app, "tab");
    set_field(&mut app, "12.5 / 29");
    press(&mut app, "enter");
    assert_eq!(claim(&app, "gdp-half").unwrap().checks[0].expr, "12.5 / 29");
    assert_eq!(history_last(&app, "gdp-half"), "check `share` edited: expr: `12.5 / 25` -> `12.5 / 29`");
    press(&mut app, "enter");
    for _ in 0..3 {
        press(&mut app, "tab");
    }
    set_field(&mut app, "0.01");
    press(&mut app, "tab");
    set_field(&mut app, ">");
    press(&mut app, "enter");
    assert_eq!(history_last(&app, "gdp-half"), "check `share` edited: claim: = 0.5 ± 0 -> > 0.5 ± 0.01");
    press(&mut app, "d");
    assert!(matches!(&app.mode, Mode::Confirm(Confirm::Remove(r)) if r.what == "check 1: share"));
    press(&mut app, "y");
    assert_eq!(pane(&app).0, ItemsKind::Checks);
    assert!(claim(&app, "gdp-half").unwrap().checks.is_empty());
}

/// Adds a story value through the `V` pane and returns to the list.
fn add_value(app: &mut App, name: &str, value: &str, source: &str) {
    press(app, "V");
    press(app, "a");
    fill(app, &[name, value, source]);
    press(app, "enter");
    assert_eq!(pane(app).0, ItemsKind::Values, "{:?}", app.message);
    press(app, "esc");
}

/// Adds a check to the selected claim through the `C` pane and returns to the list.
fn add_check(app: &mut App, label: &str, expr: &str, claimed: &str, tolerance: &str) {
    press(app, "C");
    press(app, "a");
    fill(app, &[label, expr, claimed, tolerance]);
    press(app, "enter");
    assert_eq!(pane(app).0, ItemsKind::Checks);
    press(app, "esc");
}

#[test]
fn values_are_added_with_their_source_and_checks_follow_a_change_at_once() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    add_value(&mut app, "revenue_usd", "12.5e9", "USIP");
    add_value(&mut app, "gdp_usd", "25e9", "World Bank");
    let v = &app.ws.stories[0].file.values["gdp_usd"];
    assert_eq!((v.value, v.source.as_str()), (25e9, "World Bank"));
    add_check(&mut app, "share", "revenue_usd / gdp_usd", "50%", "0.01");
    let outcome = |app: &App| {
        let file = &app.ws.stories[0].file;
        let c = file.claims.iter().find(|c| c.id == "gdp-half").unwrap();
        factdesk::checks::evaluate_claim(c, file)[0].status()
    };
    assert_eq!(outcome(&app), "ok");
    // The GDP figure revised: the check fails at once, and the claim's history says why.
    press(&mut app, "V");
    press(&mut app, "enter");
    assert_eq!(field_value(&app, 0), "gdp_usd", "values are listed by name");
    press(&mut app, "tab");
    set_field(&mut app, "41.9e9");
    press(&mut app, "enter");
    assert_eq!(outcome(&app), "mismatch");
    assert_eq!(history_last(&app, "gdp-half"), "value `gdp_usd`: 2.5e10 -> 4.19e10");
}

#[test]
fn a_value_name_must_be_an_expression_name_and_unique() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    add_value(&mut app, "gdp_usd", "25e9", "");
    press(&mut app, "V");
    press(&mut app, "a");
    fill(&mut app, &["2023-gdp", "1"]);
    press(&mut app, "enter");
    assert!(form_error(&app).contains("Name `2023-gdp` cannot be used in an expression"), "{}", form_error(&app));
    press(&mut app, "shift-tab");
    set_field(&mut app, "gdp_usd");
    press(&mut app, "enter");
    assert!(form_error(&app).contains("a value `gdp_usd` exists already"), "{}", form_error(&app));
    set_field(&mut app, "gdp_2023");
    press(&mut app, "tab");
    set_field(&mut app, "lots");
    press(&mut app, "enter");
    assert!(form_error(&app).contains("Value `lots` is not a number"), "{}", form_error(&app));
}

#[test]
fn renaming_a_value_renames_it_in_the_checks_that_use_it() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    add_value(&mut app, "gdp", "25e9", "");
    add_check(&mut app, "share", "12.5e9 / gdp", "0.5", "0");
    add_check(&mut app, "other", "gdp_2023 + 1", "1", "0");
    press(&mut app, "V");
    press(&mut app, "enter");
    set_field(&mut app, "gdp_usd");
    press(&mut app, "enter");
    assert_eq!(pane(&app).0, ItemsKind::Values, "{}", form_error_or_none(&app));
    let values = &app.ws.stories[0].file.values;
    assert!(values.contains_key("gdp_usd") && !values.contains_key("gdp"));
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!(c.checks[0].expr, "12.5e9 / gdp_usd");
    assert_eq!(c.checks[1].expr, "gdp_2023 + 1", "a longer name that starts the same is left alone");
    assert_eq!(history_last(&app, "gdp-half"), "value `gdp` renamed to `gdp_usd` = 2.5e10 (renamed in 1 check too)");
    let file = &app.ws.stories[0].file;
    let c = file.claims.iter().find(|c| c.id == "gdp-half").unwrap();
    assert_eq!(factdesk::checks::evaluate_claim(c, file)[0].status(), "ok");
    press(&mut app, "u");
    assert_eq!(claim(&app, "gdp-half").unwrap().checks[0].expr, "12.5e9 / gdp", "one undo takes it all back");
}

#[test]
fn renaming_a_value_to_a_name_a_claim_has_of_its_own_is_refused() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    add_value(&mut app, "gdp", "25e9", "");
    add_check(&mut app, "share", "12.5e9 / gdp", "0.5", "0");
    app.ws.stories[0]
        .file
        .claims
        .iter_mut()
        .find(|c| c.id == "gdp-half")
        .unwrap()
        .values
        .insert("gdp_usd".into(), factdesk::model::NamedValue { value: 1.0, ..Default::default() });
    press(&mut app, "V");
    press(&mut app, "enter");
    set_field(&mut app, "gdp_usd");
    press(&mut app, "enter");
    let e = form_error(&app);
    assert!(e.contains("claim `gdp-half` has a value `gdp_usd` of its own"), "{e}");
    assert_eq!(claim(&app, "gdp-half").unwrap().checks[0].expr, "12.5e9 / gdp");
}

fn form_error_or_none(app: &App) -> String {
    match &app.mode {
        Mode::Form(f) => f.error.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

#[test]
fn removing_a_value_that_a_check_uses_asks_first_and_names_the_checks() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    add_value(&mut app, "gdp_usd", "25e9", "");
    add_value(&mut app, "unused_figure", "3", "");
    add_check(&mut app, "share", "12.5e9 / gdp_usd", "0.5", "0");
    press(&mut app, "V");
    press(&mut app, "d");
    match &app.mode {
        Mode::Confirm(Confirm::Remove(r)) => {
            assert_eq!(r.what, "value `gdp_usd`");
            assert_eq!(r.users, ["gdp-half `share`"]);
        }
        other => panic!("{other:?}"),
    }
    press(&mut app, "y");
    assert_eq!(pane(&app).0, ItemsKind::Values);
    assert!(!app.ws.stories[0].file.values.contains_key("gdp_usd"));
    assert!(history_last(&app, "gdp-half").contains("value removed: `gdp_usd`"));
    // A value no check uses asks too, naming none.
    press(&mut app, "d");
    assert!(matches!(&app.mode, Mode::Confirm(Confirm::Remove(r)) if r.users.is_empty()));
}

#[test]
fn the_warnings_pane_lists_what_check_prints_and_follows_edits_live() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "W");
    let messages = |app: &App| match &app.mode {
        Mode::Items(p) => p.warnings.iter().map(|w| w.diagnostic.message.clone()).collect::<Vec<_>>(),
        _ => panic!("no pane"),
    };
    // The same diagnostics `factdesk check` prints for the story on disk.
    let on_disk: Vec<String> = app.ws.diagnostics.iter().map(|d| d.message.clone()).collect();
    for d in &on_disk {
        assert!(messages(&app).contains(d), "{d} missing from {:?}", messages(&app));
    }
    let before = messages(&app).len();
    press(&mut app, "esc");
    add_check(&mut app, "share", "12.5 / 29", "0.5", "0.01");
    press(&mut app, "W");
    let now = messages(&app);
    assert_eq!(now.len(), before + 1, "{now:?}");
    assert!(now.iter().any(|m| m.contains("check `share` mismatch")), "{now:?}");
}

#[test]
fn enter_on_a_mismatch_opens_the_checks_pane_on_that_check() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    add_check(&mut app, "fine", "1", "1", "0");
    add_check(&mut app, "share", "12.5 / 29", "0.5", "0.01");
    select(&mut app, "nine-minors");
    press(&mut app, "W");
    let at = match &app.mode {
        Mode::Items(p) => p.warnings.iter().position(|w| w.diagnostic.message.contains("`share` mismatch")).unwrap(),
        _ => unreachable!(),
    };
    for _ in 0..at {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(pane(&app), (ItemsKind::Checks, 1), "the second check, the one that fails");
    assert_eq!(app.current_claim().unwrap().id, "gdp-half", "the claim is selected");
}

#[test]
fn enter_on_too_few_sources_opens_the_sources_pane_and_on_a_long_text_the_claim_form() {
    let (_t, mut app) = app();
    press(&mut app, "W");
    let find = |app: &App, what: &str| match &app.mode {
        Mode::Items(p) => p.warnings.iter().position(|w| w.diagnostic.message.contains(what)).unwrap(),
        _ => unreachable!(),
    };
    let at = find(&app, "`nine-minors`: final verdict rests on 1 independent source");
    for _ in 0..at {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(pane(&app).0, ItemsKind::Sources);
    assert_eq!(app.current_claim().unwrap().id, "nine-minors");
    press(&mut app, "esc");
}

#[test]
fn enter_on_a_claim_text_too_long_for_claimreview_opens_the_claims_form() {
    // The sample has organisation settings, so a ClaimReview export runs and warns about long texts.
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("claims");
    copy_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &root);
    let mut app = app_on(&root);
    press(&mut app, "W");
    let (at, id) = match &app.mode {
        Mode::Items(p) => {
            let at = p.warnings.iter().position(|w| w.diagnostic.message.contains("claimReviewed is")).unwrap();
            let ci = p.warnings[at].claim.unwrap();
            assert_eq!(p.warnings[at].key.as_deref(), Some("text"));
            (at, app.ws.stories[0].file.claims[ci].id.clone())
        }
        _ => unreachable!(),
    };
    for _ in 0..at {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(form_kind(&app), FormKind::Claim, "the claim form");
    assert_eq!(app.current_claim().unwrap().id, id);
}

#[test]
fn a_warnings_pane_with_a_filter_hiding_the_claim_clears_the_filter_to_reach_it() {
    let (_t, mut app) = app();
    press(&mut app, "/");
    type_text(&mut app, "raids");
    press(&mut app, "enter");
    press(&mut app, "W");
    let at = match &app.mode {
        Mode::Items(p) => p.warnings.iter().position(|w| w.diagnostic.message.contains("nine-minors")).unwrap(),
        _ => unreachable!(),
    };
    for _ in 0..at {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(app.current_claim().unwrap().id, "nine-minors");
    assert!(app.filter.is_empty());
}

#[test]
fn the_panes_keys_are_keymap_rows_named_in_the_help_and_rebindable() {
    use factdesk::tui::keymap::{Context, Key, Keymap};
    let m = Keymap::default();
    for (k, a) in [
        (Key::ch('o'), Action::Sources),
        (Key::ch('C'), Action::Checks),
        (Key::ch('V'), Action::Values),
        (Key::ch('W'), Action::Warnings),
    ] {
        assert_eq!(m.lookup(Context::Main, k), Some(&a));
    }
    for (k, a) in [
        (Key::ch('a'), Action::AddItem),
        (Key::code(ratatui::crossterm::event::KeyCode::Enter), Action::EditItem),
        (Key::ch('d'), Action::RemoveItem),
        (Key::ch('K'), Action::MoveItemUp),
        (Key::ch('J'), Action::MoveItemDown),
        (Key::code(ratatui::crossterm::event::KeyCode::Esc), Action::Cancel),
        (Key::ch('j'), Action::Down),
    ] {
        assert_eq!(m.lookup(Context::Items, k), Some(&a));
    }
    let mut o = std::collections::BTreeMap::new();
    o.insert("warnings".to_string(), "F2".to_string());
    o.insert("remove".to_string(), "x".to_string());
    let m = Keymap::with_overrides(&o).unwrap();
    assert_eq!(m.lookup(Context::Main, Key::code(ratatui::crossterm::event::KeyCode::F(2))), Some(&Action::Warnings));
    assert_eq!(m.lookup(Context::Items, Key::ch('x')), Some(&Action::RemoveItem));
    assert_eq!(m.lookup(Context::Items, Key::ch('d')), None);
}

#[test]
fn messages_name_the_panes_keys_through_the_keymap() {
    use factdesk::tui::keymap::Keymap;
    let (_t, mut app) = app();
    let mut o = std::collections::BTreeMap::new();
    o.insert("add".to_string(), "+".to_string());
    app.keymap = Keymap::with_overrides(&o).unwrap();
    select(&mut app, "gdp-half");
    press(&mut app, "C");
    press(&mut app, "enter");
    assert_eq!(app.message.as_ref().unwrap().text, "no checks yet: + adds one");
}

#[test]
fn panes_on_a_story_that_is_read_only_show_but_do_not_edit() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    let dup = app.ws.stories[0].file.claims[0].clone();
    app.ws.stories[0].file.claims.push(dup);
    press(&mut app, "o");
    assert_eq!(pane(&app).0, ItemsKind::Sources, "reading is fine");
    press(&mut app, "a");
    assert_eq!(pane(&app).0, ItemsKind::Sources, "no form opens");
    assert!(app.message.as_ref().unwrap().text.contains("two claims share the id"));
}

#[test]
fn the_export_message_points_to_the_warnings_pane() {
    // The sample's claims are over ClaimReview's 75 characters: the export warns, and says where to read it all.
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("claims");
    copy_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &root);
    let ws = factdesk::load::load_workspace(&root).unwrap();
    let msg = factdesk::tui::export_story(&ws, 0, factdesk::export::Format::Claimreview).unwrap();
    assert!(msg.contains(" warning: W lists them") || msg.contains(" warnings: W lists them"), "{msg}");
    // The sample's claims are reviewed, none published: the message says they were left out, and why.
    assert!(msg.contains("with a verdict but not published yet"), "{msg}");
    assert!(!msg.contains("claimReviewed"), "no warning cut off on the message line: {msg}");
}
