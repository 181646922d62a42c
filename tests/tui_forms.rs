//! The claim form (`t`), the story form (`I`), anchoring by hand (`a` in the article) and keys named through the
//! keymap: `update` units, snapshots at 100×30 and 80×24, and the screen after a rebinding.

mod common;

use common::*;
use factdesk::anchor::AnchorState;
use factdesk::model::{ClaimantType, Kind, Status};
use factdesk::tui::app::{Action, App, FormKind, Mode, update};
use factdesk::tui::keymap::{Context, Keymap};
use std::collections::BTreeMap;

fn render(app: &mut App, w: u16, h: u16) -> String {
    screen(app, w, h)
}

fn form(app: &App) -> &factdesk::tui::app::Form {
    open_form(app)
}

fn values(app: &App) -> Vec<String> {
    form(app).fields.iter().map(|f| f.value.clone()).collect()
}

/// Moves to field `i` of the open form and replaces its value.
fn set_field(app: &mut App, i: usize, value: &str) {
    let n = form(app).fields.len();
    while form(app).focus != i % n {
        press(app, "tab");
    }
    press(app, "ctrl-u");
    type_text(app, value);
}

/// Sets the selected claim's status to `published` through the status picker (the last status).
fn publish(app: &mut App) {
    update(app, Action::StatusPicker);
    for _ in 0..Status::ALL.len() {
        press(app, "down");
    }
    press(app, "enter");
}

fn last_change(app: &App, id: &str) -> String {
    claim(app, id).unwrap().history.last().map(|h| h.change.clone()).unwrap_or_default()
}

// ---- The claim form ----

#[test]
fn the_claim_form_opens_with_every_field_in_order() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "t");
    let f = form(&app);
    assert_eq!(f.kind, FormKind::Claim);
    let labels: Vec<&str> = f.fields.iter().map(|f| f.label).collect();
    assert_eq!(labels, ["Text", "Id", "Claimant", "Claimant type", "Kind", "Tags", "Assignee", "Summary"]);
    assert_eq!(
        values(&app),
        [
            "Nine minors were among those rescued last month.",
            "nine-minors",
            "Officials",
            "",
            "statistic",
            "",
            "Dara",
            ""
        ]
    );
}

#[test]
fn the_claim_form_saves_every_field_and_records_them() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "t");
    set_field(&mut app, 0, "Nine minors were rescued last month.");
    set_field(&mut app, 2, "Interior Ministry");
    set_field(&mut app, 3, "organization");
    set_field(&mut app, 4, "quote");
    set_field(&mut app, 5, "minors, raids");
    set_field(&mut app, 6, "Sokha");
    set_field(&mut app, 7, "The ministry's count of nine minors matches the court filings.");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal), "saved and closed");
    let c = claim(&app, "nine-minors").unwrap();
    assert_eq!(c.text, "Nine minors were rescued last month.");
    assert_eq!(c.claimant, "Interior Ministry");
    assert_eq!(c.claimant_type, Some(ClaimantType::Organization));
    assert_eq!(c.kind, Kind::Quote);
    assert_eq!(c.tags, ["minors", "raids"]);
    assert_eq!(c.assignee, "Sokha");
    assert_eq!(c.summary, "The ministry's count of nine minors matches the court filings.");
    let h = last_change(&app, "nine-minors");
    for part in ["text edited", "claimant: Officials -> Interior Ministry", "claimant type: (none) -> organization"] {
        assert!(h.contains(part), "{h}");
    }
    assert!(h.contains("assignee: Dara -> Sokha") && h.contains("summary written"), "{h}");
    assert!(app.is_modified());
    // An empty claimant type unsets it again.
    press(&mut app, "t");
    set_field(&mut app, 3, "");
    press(&mut app, "enter");
    assert_eq!(claim(&app, "nine-minors").unwrap().claimant_type, None);
    // The British spelling is taken too.
    press(&mut app, "t");
    set_field(&mut app, 3, "Organisation");
    press(&mut app, "enter");
    assert_eq!(claim(&app, "nine-minors").unwrap().claimant_type, Some(ClaimantType::Organization));
}

#[test]
fn the_claim_form_refuses_bad_values_says_why_and_keeps_what_was_typed() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "t");
    set_field(&mut app, 6, "Dara");
    set_field(&mut app, 0, "   ");
    press(&mut app, "enter");
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("Text is empty"), "{e}");
    assert_eq!(values(&app)[6], "Dara", "the other values stay");
    set_field(&mut app, 0, "Half of GDP.");
    set_field(&mut app, 3, "company");
    press(&mut app, "enter");
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("Claimant type `company` is unknown") && e.contains("person or organization"), "{e}");
    assert_eq!(values(&app)[3], "company", "the refused value stays to be corrected");
    set_field(&mut app, 3, "person");
    set_field(&mut app, 4, "rumour");
    press(&mut app, "enter");
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("Kind `rumour` is unknown") && e.contains("prediction"), "{e}");
    set_field(&mut app, 4, "statistic");
    // Nothing was saved while the form refused.
    assert_eq!(claim(&app, "gdp-half").unwrap().assignee, "");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal));
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!((c.assignee.as_str(), c.claimant_type), ("Dara", Some(ClaimantType::Person)));
}

#[test]
fn saving_the_form_unchanged_rewrites_nothing() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    // As a hand-written block scalar would load: a final line break the one-line field cannot show.
    let (si, ci) = app.current().unwrap();
    app.ws.stories[si].file.claims[ci].summary = "Written by hand.\n".into();
    let before = app.ws.stories[si].file.clone();
    let history = claim(&app, "nine-minors").unwrap().history.len();
    press(&mut app, "t");
    press(&mut app, "enter");
    assert_eq!(app.ws.stories[si].file, before, "nothing rewritten");
    assert_eq!(claim(&app, "nine-minors").unwrap().history.len(), history, "nothing recorded");
    assert_eq!(app.message.clone().unwrap().text, "claim unchanged");
    press(&mut app, "I");
    press(&mut app, "enter");
    assert_eq!(app.message.clone().unwrap().text, "story unchanged");
}

#[test]
fn an_id_must_be_a_slug_and_unique_in_the_story() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "t");
    for bad in ["GDP Half", "gdp--half", "-gdp", "gdp-", "gdp_half", ""] {
        set_field(&mut app, 1, bad);
        press(&mut app, "enter");
        let e = form(&app).error.clone().unwrap_or_default();
        assert!(e.contains("is not a valid id") && e.contains("lowercase letters, digits"), "{bad}: {e}");
        assert_eq!(values(&app)[1], bad, "the typed id stays");
    }
    set_field(&mut app, 1, "nine-minors");
    press(&mut app, "enter");
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("Id `nine-minors` is taken"), "{e}");
    assert!(claim(&app, "gdp-half").is_some(), "nothing renamed");
}

#[test]
fn a_rename_is_recorded_and_undo_and_redo_follow_it() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "t");
    set_field(&mut app, 1, "scam-revenue-half-gdp");
    press(&mut app, "enter");
    assert!(claim(&app, "gdp-half").is_none());
    assert_eq!(last_change(&app, "scam-revenue-half-gdp"), "id: gdp-half -> scam-revenue-half-gdp");
    assert_eq!(app.current_claim().unwrap().id, "scam-revenue-half-gdp", "the cursor stays on the claim");
    // Its quote, and so its anchor, came along.
    let (si, ci) = app.current().unwrap();
    assert_eq!(app.anchor_of(si, ci).state, AnchorState::Exact);
    press(&mut app, "u");
    assert!(claim(&app, "scam-revenue-half-gdp").is_none());
    assert_eq!(app.current_claim().unwrap().id, "gdp-half", "undo selects the claim under its old id");
    press(&mut app, "ctrl-r");
    assert_eq!(app.current_claim().unwrap().id, "scam-revenue-half-gdp");
    // Editing it again works on the new id.
    press(&mut app, "t");
    assert_eq!(values(&app)[1], "scam-revenue-half-gdp");
}

#[test]
fn renaming_a_published_claim_asks_first_and_no_returns_to_the_form() {
    let (_t, mut app) = app();
    app.ws.config.organization.review_url = "https://factcheck.example/{story}/{id}".into();
    select(&mut app, "raids-continue");
    publish(&mut app);
    assert_eq!(claim(&app, "raids-continue").unwrap().status, Status::Published);
    press(&mut app, "t");
    set_field(&mut app, 1, "raids-until-closed");
    set_field(&mut app, 6, "Dara");
    press(&mut app, "enter");
    let q = form(&app).question.clone().expect("a question before the rename");
    assert!(q.contains("`raids-continue` is published") && q.contains("public url"), "{q}");
    assert!(q.contains("https://factcheck.example/scam-economy/raids-continue"), "{q}");
    assert!(q.contains("https://factcheck.example/scam-economy/raids-until-closed"), "{q}");
    assert_eq!(factdesk::tui::app::context(&app), Context::Confirm, "y and n answer it");
    // No: back to the form, with everything typed.
    press(&mut app, "n");
    assert!(form(&app).question.is_none());
    assert_eq!(values(&app)[1], "raids-until-closed");
    assert_eq!(values(&app)[6], "Dara");
    assert!(claim(&app, "raids-continue").is_some(), "nothing renamed yet");
    // Asked again; Esc is a no too.
    press(&mut app, "enter");
    assert!(form(&app).question.is_some());
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Form(_)));
    press(&mut app, "enter");
    press(&mut app, "y");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(claim(&app, "raids-continue").is_none());
    let c = claim(&app, "raids-until-closed").unwrap();
    assert_eq!((c.status, c.assignee.as_str()), (Status::Published, "Dara"));
    assert!(last_change(&app, "raids-until-closed").contains("id: raids-continue -> raids-until-closed"));
}

#[test]
fn a_claim_that_is_not_published_is_renamed_without_a_question() {
    let (_t, mut app) = app();
    select(&mut app, "raids-continue");
    press(&mut app, "t");
    set_field(&mut app, 1, "raids-go-on");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(claim(&app, "raids-go-on").is_some());
}

#[test]
fn a_draft_of_the_old_tags_form_reopens_as_the_claim_form() {
    assert_eq!(FormKind::from_name("meta"), Some(FormKind::Claim));
    assert_eq!(FormKind::from_name("claim"), Some(FormKind::Claim));
    assert_eq!(FormKind::from_name("story"), Some(FormKind::Story));
    for k in FormKind::ALL {
        assert_eq!(FormKind::from_name(k.name()), Some(k));
    }
}

#[test]
fn a_claim_removed_on_disk_while_its_form_is_open_is_never_replaced_by_another() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "t");
    set_field(&mut app, 7, "Typed while a colleague deleted the claim.");
    let path = app.ws.stories[0].path();
    let mut theirs: factdesk::model::StoryFile =
        serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    theirs.claims.retain(|c| c.id != "nine-minors");
    let others = theirs.claims.clone();
    update(&mut app, factdesk::tui::app::Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    assert!(claim(&app, "nine-minors").is_none());
    assert!(matches!(app.mode, Mode::Form(_)), "the form and what was typed stay");
    press(&mut app, "enter");
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("claim `nine-minors` is gone") && e.contains("Esc closes the form"), "{e}");
    assert_eq!(values(&app)[7], "Typed while a colleague deleted the claim.");
    assert_eq!(app.ws.stories[0].file.claims, others, "no other claim took the form's values");
}

#[test]
fn a_renamed_claim_survives_a_reload_of_a_change_made_elsewhere() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "t");
    set_field(&mut app, 1, "scam-revenue-half-gdp");
    press(&mut app, "enter");
    // A colleague changed another claim on disk meanwhile.
    let path = app.ws.stories[0].path();
    let mut theirs: factdesk::model::StoryFile =
        serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    theirs.claims[1].assignee = "Sokha".into();
    update(&mut app, factdesk::tui::app::Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    assert!(matches!(app.mode, Mode::Normal), "nothing to settle: {:?}", app.mode);
    let ids: Vec<&str> = app.ws.stories[0].file.claims.iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"scam-revenue-half-gdp") && !ids.contains(&"gdp-half"), "{ids:?}");
    assert_eq!(ids.len(), theirs.claims.len(), "no claim lost or doubled: {ids:?}");
    assert_eq!(claim(&app, "nine-minors").unwrap().assignee, "Sokha");
    assert!(app.read_only(0).is_none());
}

/// Writes the journal of `app` as a crashed copy `crashed` would have, and restores it in a fresh app.
fn crash_and_restore(app: &App, edit: impl Fn(String) -> String) -> App {
    let dir = app.ws.stories[0].dir.clone();
    factdesk::tui::guard::write_journals(app).unwrap();
    let path = factdesk::safety::journal::session_journal_path(&dir, "20-crashed");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
    let mut fresh = app_on(&app.ws.root.clone());
    fresh.session = Some("21-fresh".into());
    let (offers, unreadable) = factdesk::tui::guard::offers(&fresh);
    assert_eq!(offers.len(), 1);
    fresh.offer_recovery(offers, &unreadable);
    press(&mut fresh, "y");
    fresh
}

#[test]
fn a_draft_of_the_old_tags_form_comes_back_in_the_claim_form() {
    let (_t, mut app) = app();
    app.session = Some("20-crashed".into());
    select(&mut app, "nine-minors");
    press(&mut app, "t");
    set_field(&mut app, 5, "urgent, minors");
    // As an earlier version wrote it: the form was called `meta`, with four fields.
    let fresh = crash_and_restore(&app, |text| {
        assert!(text.contains("form: claim"), "{text}");
        text.replace("form: claim", "form: meta")
    });
    let f = form(&fresh);
    assert_eq!(f.kind, FormKind::Claim);
    assert_eq!(f.fields[5].value, "urgent, minors");
    assert_eq!(fresh.current_claim().unwrap().id, "nine-minors");
}

#[test]
fn a_story_form_draft_comes_back_on_its_story() {
    let (_t, mut app) = app();
    app.session = Some("20-crashed".into());
    select(&mut app, "raids-continue");
    press(&mut app, "I");
    set_field(&mut app, 2, "Sam Kim");
    let mut fresh = crash_and_restore(&app, |text| text);
    let f = form(&fresh);
    assert_eq!(f.kind, FormKind::Story);
    assert_eq!(f.fields[2].value, "Sam Kim");
    press(&mut fresh, "enter");
    assert_eq!(fresh.ws.stories[0].file.story.byline, "Sam Kim");
}

// ---- The story form ----

#[test]
fn the_story_form_opens_with_the_story_and_saves_it() {
    let (_t, mut app) = app();
    press(&mut app, "I");
    let f = form(&app);
    assert_eq!(f.kind, FormKind::Story);
    let labels: Vec<&str> = f.fields.iter().map(|f| f.label).collect();
    assert_eq!(labels, ["Title", "Outlet", "Byline", "Url", "Published", "Language"]);
    assert_eq!(
        values(&app),
        ["Scam compounds now rival the national economy", "Example Daily", "", "", "2026-11-01", "en"]
    );
    set_field(&mut app, 2, "Sam Kim");
    set_field(&mut app, 3, "https://daily.example/scams");
    set_field(&mut app, 4, "2026-11");
    set_field(&mut app, 5, "pt-BR");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal));
    let s = &app.ws.stories[0].file.story;
    assert_eq!(
        (s.byline.as_str(), s.url.as_str(), s.published.as_str(), s.language.as_str()),
        ("Sam Kim", "https://daily.example/scams", "2026-11", "pt-BR")
    );
    assert!(app.is_modified());
    let m = app.message.clone().unwrap().text;
    assert!(m.contains("byline: (none) -> Sam Kim") && m.contains("language: (none) -> pt-BR"), "{m}");
    // Undo takes it back.
    press(&mut app, "u");
    assert_eq!(app.ws.stories[0].file.story.language, "");
    assert!(!app.is_modified());
}

#[test]
fn the_story_form_keeps_the_default_language_out_of_the_file() {
    let (_t, mut app) = app();
    press(&mut app, "I");
    set_field(&mut app, 2, "Sam Kim");
    press(&mut app, "enter");
    assert_eq!(app.ws.stories[0].file.story.language, "", "`en` shown, not written");
}

#[test]
fn the_story_form_refuses_bad_urls_dates_and_languages() {
    let (_t, mut app) = app();
    press(&mut app, "I");
    set_field(&mut app, 3, "");
    // A pasted second line is refused as it is pasted (as in the source form), not glued on with a space.
    update(&mut app, Action::Paste("https://daily.example/a\nhttps://daily.example/b".into()));
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("paste refused: it holds 2 lines"), "{e}");
    assert_eq!(values(&app)[3], "");
    // Terminals paste line breaks as `\r`: two lines joined so are two lines, and one at the end is no line.
    update(&mut app, Action::Paste("https://a.example/x\rhttps://b.example/y".into()));
    assert!(form(&app).error.as_deref().unwrap_or("").contains("it holds 2 lines"), "{:?}", form(&app).error);
    update(&mut app, Action::Paste("https://daily.example/a\r".into()));
    assert_eq!(values(&app)[3], "https://daily.example/a");
    assert_eq!(form(&app).error, None);
    set_field(&mut app, 3, "");
    set_field(&mut app, 3, "https://daily.example/a https://daily.example/b");
    press(&mut app, "enter");
    let e = form(&app).error.clone().unwrap_or_default();
    assert!(e.contains("is not one web address") && e.contains("without spaces or line breaks"), "{e}");
    for bad in ["javascript:alert(1)", "daily.example/a", "https://daily example/a", "ftp://daily.example"] {
        set_field(&mut app, 3, bad);
        press(&mut app, "enter");
        let e = form(&app).error.clone().unwrap_or_default();
        assert!(e.contains("is not one web address"), "{bad}: {e}");
        assert_eq!(values(&app)[3], bad);
    }
    set_field(&mut app, 3, "http://daily.example/a");
    for bad in ["2026-13", "2026-02-30", "Nov 2026", "2026"] {
        set_field(&mut app, 4, bad);
        press(&mut app, "enter");
        let e = form(&app).error.clone().unwrap_or_default();
        assert!(e.contains(&format!("Published `{bad}` is not a date")) && e.contains("YYYY-MM"), "{e}");
    }
    set_field(&mut app, 4, "2026-11-02");
    for bad in ["pt_BR", "e", "english language", "zh-", "1en"] {
        set_field(&mut app, 5, bad);
        press(&mut app, "enter");
        let e = form(&app).error.clone().unwrap_or_default();
        assert!(e.contains("is not a language tag") && e.contains("pt-BR"), "{bad}: {e}");
    }
    set_field(&mut app, 0, "");
    set_field(&mut app, 5, "zh-Hant");
    press(&mut app, "enter");
    assert!(form(&app).error.clone().unwrap_or_default().contains("Title is empty"));
    set_field(&mut app, 0, "A title");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal));
    let s = &app.ws.stories[0].file.story;
    assert_eq!(
        (s.url.as_str(), s.published.as_str(), s.language.as_str()),
        ("http://daily.example/a", "2026-11-02", "zh-Hant")
    );
}

// ---- Anchoring by hand ----

#[test]
fn a_new_claim_without_a_quote_is_not_anchored_rather_than_orphaned() {
    let (_t, mut app) = app();
    press(&mut app, "n");
    type_text(&mut app, "Scam compounds employ 100,000 people");
    press(&mut app, "enter");
    let (si, ci) = app.current().unwrap();
    let c = app.current_claim().unwrap();
    assert_eq!(c.quote.exact, "", "no quote is made up from words the article does not have");
    let a = app.anchor_of(si, ci);
    assert_eq!(a.state, AnchorState::Unanchored);
    assert!(!a.is_orphaned());
    // The claim whose quote is lost stays orphaned.
    select(&mut app, "vanished-quote");
    let (si, ci) = app.current().unwrap();
    assert_eq!(app.anchor_of(si, ci).state, AnchorState::Orphaned);
}

#[test]
fn check_tells_a_claim_without_a_quote_from_an_orphaned_one() {
    let (_t, mut app) = app();
    press(&mut app, "n");
    type_text(&mut app, "Scam compounds employ 100,000 people");
    press(&mut app, "enter");
    let id = app.current_claim().unwrap().id.clone();
    let diags = factdesk::checks::format::validate(&app.ws.stories[0], &app.ws.config);
    let about = |id: &str| {
        diags.iter().filter(|d| d.message.contains(&format!("`{id}`"))).map(|d| d.message.clone()).collect::<Vec<_>>()
    };
    let mine = about(&id);
    assert!(mine.iter().any(|m| m.contains("is not anchored: it has no quote")), "{mine:?}");
    assert!(mine.iter().all(|m| !m.contains("orphaned")), "{mine:?}");
    assert!(about("vanished-quote").iter().any(|m| m.contains("is orphaned")));
}

#[test]
fn anchor_sets_the_quote_to_the_selection_and_undo_takes_it_back() {
    let (_t, mut app) = app();
    press(&mut app, "n");
    type_text(&mut app, "Workers were held for a year");
    press(&mut app, "enter");
    let id = app.current_claim().unwrap().id.clone();
    press(&mut app, "A");
    // The article's third sentence: "The latest report is in line with earlier warnings from the United Nations."
    press(&mut app, "j");
    press(&mut app, "j");
    let (s, e) = app.art_sel;
    let si = app.article_story().unwrap();
    let selected: String = app.article_chars(si)[s..e].iter().collect();
    press(&mut app, "a");
    let c = claim(&app, &id).unwrap();
    assert_eq!(c.quote.exact, selected);
    assert_eq!((c.quote.start, c.quote.end), (Some(s), Some(e)));
    assert!(!c.quote.prefix.is_empty() && !c.quote.suffix.is_empty(), "context on both sides");
    assert!(c.history.last().unwrap().change.starts_with("anchored on \""), "{:?}", c.history.last());
    let (si, ci) = app.current().unwrap();
    assert_eq!(app.anchor_of(si, ci).state, AnchorState::Exact);
    assert!(app.message.clone().unwrap().text.contains("u undoes"));
    // Anchoring the same words again changes nothing.
    press(&mut app, "a");
    assert_eq!(app.message.clone().unwrap().text, "already anchored on this selection");
    press(&mut app, "u");
    assert_eq!(claim(&app, &id).unwrap().quote.exact, "");
    let (si, ci) = app.current().unwrap();
    assert_eq!(app.anchor_of(si, ci).state, AnchorState::Unanchored);
}

#[test]
fn anchor_re_anchors_an_orphaned_claim() {
    let (_t, mut app) = app();
    select(&mut app, "vanished-quote");
    press(&mut app, "A");
    press(&mut app, "j");
    press(&mut app, "a");
    let (si, ci) = app.current().unwrap();
    assert_eq!(app.current_claim().unwrap().id, "vanished-quote");
    assert!(!app.anchor_of(si, ci).is_orphaned());
    assert!(app.anchor_of(si, ci).is_placed());
}

#[test]
fn a_is_add_source_outside_the_article() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "a");
    assert_eq!(form(&app).kind, FormKind::Source);
}

// ---- Keys named through the keymap ----

fn app_with_keys(keys: &[(&str, &str)]) -> (tempfile::TempDir, App) {
    let (t, mut app) = app();
    let o: BTreeMap<String, String> = keys.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    app.keymap = Keymap::with_overrides(&o).unwrap();
    (t, app)
}

#[test]
fn messages_name_the_rebound_key() {
    let (_t, mut app) = app_with_keys(&[("accept", "Y"), ("undo", "U"), ("cancel", "ctrl-g"), ("anchor", "ctrl-a")]);
    // The candidate's line in the detail pane.
    select(&mut app, "fifty-compounds");
    let screen = render(&mut app, 160, 40);
    assert!(screen.contains("◇ candidate: Y accepts, r rejects, M merges"), "{screen}");
    assert!(!screen.contains("y accepts"));
    // Deleting says how to undo.
    select(&mut app, "gdp-half");
    press(&mut app, "d");
    let screen = render(&mut app, 160, 40);
    assert!(screen.contains("y: delete (U undoes it)"), "{screen}");
    press(&mut app, "y");
    assert!(app.message.clone().unwrap().text.contains("(U undoes)"));
    // A form's first Esc names the keys that leave and save.
    select(&mut app, "nine-minors");
    press(&mut app, "t");
    type_text(&mut app, "x");
    press(&mut app, "ctrl-g");
    let e = form(&app).error.clone().unwrap_or_default();
    assert_eq!(e, "Ctrl-g again drops what you typed; Enter saves it");
    let screen = render(&mut app, 160, 40);
    assert!(screen.contains("Ctrl-g cancels"), "the form's title: {screen}");
    // A claim without a quote names the keys that anchor it.
    press(&mut app, "ctrl-g");
    press(&mut app, "n");
    type_text(&mut app, "Words not in the article");
    press(&mut app, "enter");
    update(&mut app, Action::NextPane);
    let screen = render(&mut app, 160, 40);
    assert!(screen.contains("not anchored") && screen.contains("Ctrl-a anchors it"), "{screen}");
}

// ---- Snapshots ----

fn claim_form_app() -> (tempfile::TempDir, App) {
    let (t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "t");
    set_field(&mut app, 7, "The ministry's count matches the court filings and two survivors' accounts.");
    (t, app)
}

#[test]
fn snapshot_claim_form() {
    let (_t, mut app) = claim_form_app();
    insta::assert_snapshot!("claim_form_100x30", render(&mut app, 100, 30));
    insta::assert_snapshot!("claim_form_80x24", render(&mut app, 80, 24));
}

#[test]
fn snapshot_claim_form_error() {
    let (_t, mut app) = claim_form_app();
    set_field(&mut app, 1, "Nine Minors");
    press(&mut app, "enter");
    insta::assert_snapshot!("claim_form_error_100x30", render(&mut app, 100, 30));
    insta::assert_snapshot!("claim_form_error_80x24", render(&mut app, 80, 24));
}

#[test]
fn snapshot_rename_question() {
    let (_t, mut app) = app();
    app.ws.config.organization.review_url = "https://factcheck.example/{story}/{id}".into();
    select(&mut app, "raids-continue");
    publish(&mut app);
    press(&mut app, "t");
    set_field(&mut app, 1, "raids-until-closed");
    press(&mut app, "enter");
    insta::assert_snapshot!("rename_question_100x30", render(&mut app, 100, 30));
    insta::assert_snapshot!("rename_question_80x24", render(&mut app, 80, 24));
}

#[test]
fn snapshot_story_form() {
    let (_t, mut app) = app();
    press(&mut app, "I");
    set_field(&mut app, 3, "https://daily.example/2026/11/scam-compounds-rival-the-economy");
    insta::assert_snapshot!("story_form_100x30", render(&mut app, 100, 30));
    insta::assert_snapshot!("story_form_80x24", render(&mut app, 80, 24));
}

#[test]
fn snapshot_not_anchored() {
    let (_t, mut app) = app();
    press(&mut app, "n");
    type_text(&mut app, "Scam compounds employ 100,000 people");
    press(&mut app, "enter");
    update(&mut app, Action::NextPane);
    insta::assert_snapshot!("not_anchored_detail_100x30", render(&mut app, 100, 30));
    press(&mut app, "A");
    insta::assert_snapshot!("not_anchored_article_80x24", render(&mut app, 80, 24));
}

#[test]
fn a_source_being_edited_in_its_pane_comes_back_as_that_edit_not_a_copy() {
    let (_t, mut app) = app();
    app.session = Some("20-crashed".into());
    select(&mut app, "nine-minors");
    press(&mut app, "o");
    press(&mut app, "a");
    type_text(&mut app, "https://second.example/report");
    press(&mut app, "tab");
    type_text(&mut app, "Second report");
    press(&mut app, "enter");
    let before = claim(&app, "nine-minors").unwrap().sources.clone();
    assert_eq!(before.len(), 2);
    press(&mut app, "G");
    press(&mut app, "enter");
    set_field(&mut app, 1, "Corrected title");
    let fresh = crash_and_restore(&app, |text| {
        assert!(text.contains("item: '1'") || text.contains("item: \"1\""), "{text}");
        text
    });
    let mut fresh = fresh;
    assert_eq!(form(&fresh).fields[1].value, "Corrected title");
    press(&mut fresh, "enter");
    let after = &claim(&fresh, "nine-minors").unwrap().sources;
    assert_eq!(after.len(), before.len(), "edited, not added again");
    assert_eq!(after[1].title, "Corrected title");
    assert_eq!((after[1].url.as_str(), after[0].title.as_str()), (before[1].url.as_str(), before[0].title.as_str()));
}

#[test]
fn a_long_value_scrolls_only_as_far_as_the_cursor_needs() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "a");
    let url = format!("https://usip.ogr/publications/2024/05/{}", "long-path-segment/".repeat(6));
    type_text(&mut app, &url);
    let line = |scr: &str| scr.lines().find(|l| l.contains("▶ URL")).unwrap_or("").to_string();
    // Typing at the end keeps the end in view.
    assert!(line(&render(&mut app, 100, 30)).contains("long-path-segment/"), "{}", render(&mut app, 100, 30));
    // Home, then → a few times: the cursor moves, the beginning stays in view (so a typo there can be fixed).
    press(&mut app, "home");
    for _ in 0..10 {
        press(&mut app, "right");
    }
    let shown = line(&render(&mut app, 100, 30));
    assert!(shown.contains("https://usip.ogr/"), "{shown}");
}

#[test]
fn an_expression_error_scrolled_out_of_view_is_pointed_at_not_misplaced() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "C");
    press(&mut app, "a");
    press(&mut app, "tab");
    type_text(&mut app, &format!("1 + * 2{}", " * 1".repeat(30)));
    let scr = render(&mut app, 100, 30);
    assert!(scr.contains("← the error is to the left (Home shows it)"), "{scr}");
    press(&mut app, "home");
    let scr = render(&mut app, 100, 30);
    let rows: Vec<&str> = scr.lines().collect();
    let expr = rows.iter().position(|l| l.contains("▶ Expr")).unwrap();
    let col = |row: &str, byte: usize| row[..byte].chars().count();
    let value_at = col(rows[expr], rows[expr].find("1 + *").unwrap());
    let caret_at = col(rows[expr + 1], rows[expr + 1].find('^').unwrap());
    assert_eq!(caret_at, value_at + 4, "the caret under the `*`:\n{}\n{}", rows[expr], rows[expr + 1]);
}
