//! Unit tests of the TUI's `update()`: every action, fed in and checked against the state it leaves.

mod common;

use common::*;
use factdesk::model::Status;
use factdesk::tui::app::{Action, Confirm, Effect, Focus, FormKind, Mode, Reply, Row, update};

fn ids(app: &factdesk::tui::app::App) -> Vec<String> {
    app.rows
        .iter()
        .filter_map(|r| match r {
            Row::Claim(s, c) => Some(app.ws.stories[*s].file.claims[*c].id.clone()),
            Row::Story(_) => None,
        })
        .collect()
}

/// Every claim's anchor still points at its own quote (anchors stay aligned through edits).
fn assert_anchors_match(app: &factdesk::tui::app::App) {
    for st in &app.ws.stories {
        assert_eq!(st.anchors.len(), st.file.claims.len());
        for (c, a) in st.file.claims.iter().zip(&st.anchors) {
            if !a.is_orphaned() {
                assert_eq!(factdesk::anchor::slice_chars(&st.article, a.start, a.end), c.quote.exact, "{}", c.id);
            }
        }
    }
}

/// The first story's file as it is on disk now.
fn story_on_disk(app: &factdesk::tui::app::App) -> factdesk::model::StoryFile {
    serde_yaml::from_str(&std::fs::read_to_string(app.ws.stories[0].path()).unwrap()).unwrap()
}

fn current_id(app: &factdesk::tui::app::App) -> String {
    app.current_claim().unwrap().id.clone()
}

#[test]
fn list_orders_accepted_then_candidates_by_score() {
    let (_t, app) = app();
    assert_eq!(
        ids(&app),
        ["gdp-half", "nine-minors", "raids-continue", "vanished-quote", "fifty-compounds", "held-a-year"]
    );
    assert!(matches!(app.rows[0], Row::Story(0)));
    assert_eq!(current_id(&app), "gdp-half", "the selection starts on a claim, not the header");
}

#[test]
fn moving_skips_headers_and_stops_at_the_ends() {
    let (_t, mut app) = app();
    update(&mut app, Action::Down);
    assert_eq!(current_id(&app), "nine-minors");
    update(&mut app, Action::Up);
    update(&mut app, Action::Up);
    assert_eq!(current_id(&app), "gdp-half");
    update(&mut app, Action::Bottom);
    assert_eq!(current_id(&app), "held-a-year");
    update(&mut app, Action::Down);
    assert_eq!(current_id(&app), "held-a-year");
    update(&mut app, Action::Top);
    assert_eq!(current_id(&app), "gdp-half");
    update(&mut app, Action::PageDown);
    assert_eq!(current_id(&app), "held-a-year");
    update(&mut app, Action::PageUp);
    assert_eq!(current_id(&app), "gdp-half");
    update(&mut app, Action::HalfDown);
    let half = current_id(&app);
    assert_ne!(half, "gdp-half");
    update(&mut app, Action::HalfUp);
    assert_eq!(current_id(&app), "gdp-half");
    press(&mut app, "j");
    press(&mut app, "G");
    assert_eq!(current_id(&app), "held-a-year");
    press(&mut app, "g");
    assert_eq!(current_id(&app), "gdp-half");
}

#[test]
fn tab_cycles_panes_and_article_replaces_detail() {
    let (_t, mut app) = app();
    assert_eq!(app.focus, Focus::List);
    update(&mut app, Action::NextPane);
    assert_eq!(app.focus, Focus::Detail);
    update(&mut app, Action::NextPane);
    assert_eq!(app.focus, Focus::Notes);
    update(&mut app, Action::NextPane);
    assert_eq!(app.focus, Focus::List);
    update(&mut app, Action::PrevPane);
    assert_eq!(app.focus, Focus::Notes);
    update(&mut app, Action::ToggleArticle);
    assert!(app.article_open);
    assert_eq!(app.focus, Focus::Article);
    update(&mut app, Action::NextPane);
    assert_eq!(app.focus, Focus::List);
    update(&mut app, Action::ToggleArticle);
    assert!(!app.article_open);
}

#[test]
fn detail_and_notes_focus_scroll_instead_of_moving() {
    let (_t, mut app) = app();
    update(&mut app, Action::NextPane);
    update(&mut app, Action::Down);
    assert_eq!(app.detail_scroll, 1);
    assert_eq!(current_id(&app), "gdp-half");
    update(&mut app, Action::NextPane);
    update(&mut app, Action::Down);
    update(&mut app, Action::Up);
    update(&mut app, Action::Down);
    assert_eq!(app.notes_scroll, 1);
}

#[test]
fn filter_types_keeps_and_clears() {
    let (_t, mut app) = app();
    press(&mut app, "/");
    assert!(matches!(app.mode, Mode::Filter));
    type_text(&mut app, "minors");
    assert_eq!(ids(&app), ["nine-minors"]);
    assert_eq!(current_id(&app), "nine-minors");
    press(&mut app, "backspace");
    assert_eq!(app.filter, "minor");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.filter, "minor", "Enter keeps the filter");
    press(&mut app, "esc");
    assert!(app.filter.is_empty(), "Esc in the list clears the filter");
    assert_eq!(ids(&app).len(), 6);
    press(&mut app, "/");
    type_text(&mut app, "o");
    let first = current_id(&app);
    press(&mut app, "down");
    assert_ne!(current_id(&app), first, "arrows move while typing");
    assert_eq!(app.filter, "o", "and are not typed");
    press(&mut app, "up");
    assert_eq!(current_id(&app), first);
    press(&mut app, "esc");
    press(&mut app, "/");
    type_text(&mut app, "zzzzqqq");
    assert!(ids(&app).is_empty());
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.filter.is_empty(), "Esc while typing clears too");
    assert_eq!(ids(&app).len(), 6);
}

#[test]
fn filter_searches_notes_tags_claimant_and_id_and_highlights() {
    let (_t, mut app) = app();
    for (q, want) in [("ministry", "nine-minors"), ("economy", "gdp-half"), ("chhay", "raids-continue")] {
        update(&mut app, Action::StartFilter);
        type_text(&mut app, q);
        assert_eq!(ids(&app), [want], "{q}");
        update(&mut app, Action::Cancel);
    }
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "gdp");
    assert_eq!(app.matched_chars("The GDP claim"), vec![4, 5, 6]);
    update(&mut app, Action::Paste("half".into()));
    assert_eq!(app.filter, "gdphalf");
}

#[test]
fn quick_filter_by_verdict_and_status() {
    let (_t, mut app) = app();
    press(&mut app, "f");
    let Mode::Picker(p) = &app.mode else { panic!("no picker") };
    let at = p.items.iter().position(|i| i.label.contains("Misleading")).unwrap();
    for _ in 0..at {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Confirm);
    assert_eq!(ids(&app), ["raids-continue"]);
    update(&mut app, Action::QuickFilter);
    let Mode::Picker(p) = &app.mode else { panic!() };
    let at = p.items.iter().position(|i| i.label == "status: candidate").unwrap();
    for _ in 0..at {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Confirm);
    assert!(ids(&app).is_empty(), "both quick filters apply");
    update(&mut app, Action::QuickFilter);
    update(&mut app, Action::Confirm); // "all claims"
    assert_eq!(ids(&app).len(), 6);
    app.filter_verdict = Some(None);
    app.rebuild_rows(None);
    assert_eq!(ids(&app), ["gdp-half", "vanished-quote", "fifty-compounds", "held-a-year"]);
    update(&mut app, Action::ClearFilter);
    assert_eq!(ids(&app).len(), 6);
}

#[test]
fn verdict_picker_sets_verdict_with_history_and_undo_redo() {
    let (_t, mut app) = app();
    assert!(!app.is_modified());
    press(&mut app, "v");
    let Mode::Picker(p) = &app.mode else { panic!() };
    assert_eq!(p.items.len(), 6, "the scale plus no verdict");
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    update(&mut app, Action::Confirm);
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!(c.verdict, "misleading");
    let h = c.history.last().unwrap();
    assert_eq!((h.at.as_str(), h.by.as_str()), (NOW, "Tester"));
    assert_eq!(h.change, "verdict: (none) -> misleading");
    assert!(app.is_modified());
    press(&mut app, "u");
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!(c.verdict, "");
    assert_eq!(c.history.len(), 1);
    assert!(!app.is_modified(), "undoing back to the file clears the marker");
    press(&mut app, "ctrl-r");
    assert_eq!(claim(&app, "gdp-half").unwrap().verdict, "misleading");
    assert!(app.is_modified());
    // Picking the same verdict again is no edit.
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    assert_eq!(claim(&app, "gdp-half").unwrap().history.len(), 2);
    // Esc leaves the picker without a change.
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Down);
    update(&mut app, Action::Cancel);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(claim(&app, "gdp-half").unwrap().verdict, "misleading");
}

#[test]
fn status_picker_sets_status() {
    let (_t, mut app) = app();
    press(&mut app, "s");
    update(&mut app, Action::Down); // open -> in-progress
    update(&mut app, Action::Confirm);
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!(c.status, Status::InProgress);
    assert_eq!(c.history.last().unwrap().change, "status: open -> in-progress");
}

#[test]
fn notes_edit_in_place_keeps_text_on_esc() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "e");
    assert!(matches!(app.mode, Mode::Notes(_)));
    assert_eq!(app.focus, Focus::Notes);
    // Keys that mean something elsewhere are text here.
    type_text(&mut app, "q w?");
    update(&mut app, Action::Paste("ខ្មែរ 中文".into()));
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
    let c = claim(&app, "nine-minors").unwrap();
    assert_eq!(c.notes, "Confirmed with the ministry's press release.\nNeed a second source.\nq w?ខ្មែរ 中文\n");
    assert_eq!(c.history.last().unwrap().change, "notes edited");
    // Editing without changing anything adds no history.
    let n = c.history.len();
    update(&mut app, Action::EditNotes);
    update(&mut app, Action::Cancel);
    assert_eq!(claim(&app, "nine-minors").unwrap().history.len(), n);
}

#[test]
fn notes_pane_keeps_the_end_of_a_long_edit_in_view() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "e");
    press(&mut app, "ctrl-end");
    for i in 0..40 {
        update(&mut app, Action::Paste(format!("\nline {i} of a long note")));
    }
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
    let pane = app.areas().notes;
    let total = factdesk::tui::view::notes::shown_lines(&claim(&app, "nine-minors").unwrap().notes, pane);
    let height = pane.height as usize - 2;
    assert!(total > height, "the note is longer than the pane");
    let scroll = app.notes_scroll as usize;
    assert!(scroll > 0 && scroll + height >= total - 1, "the last lines show: scroll {scroll}, {height} of {total}");
}

#[test]
fn external_editor_round_trip_through_effects() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    let e = press(&mut app, "E");
    assert_eq!(
        e,
        Some(Effect::OpenEditor("Confirmed with the ministry's press release.\nNeed a second source.\n".into()))
    );
    update(&mut app, Reply::EditorDone(Ok("Rewritten.\n".into())));
    let c = claim(&app, "nine-minors").unwrap();
    assert_eq!(c.notes, "Rewritten.\n");
    assert_eq!(c.history.last().unwrap().change, "notes edited in $EDITOR");
    update(&mut app, Reply::EditorDone(Err("`nano` exited with 1".into())));
    assert_eq!(claim(&app, "nine-minors").unwrap().notes, "Rewritten.\n");
    assert!(app.message.as_ref().unwrap().error);
}

#[test]
fn add_source_form_validates_and_defaults_accessed_to_today() {
    let (_t, mut app) = app();
    press(&mut app, "a");
    let Mode::Form(f) = &app.mode else { panic!() };
    assert_eq!(f.kind, FormKind::Source);
    assert_eq!(f.fields[3].value, TODAY);
    type_text(&mut app, "example.org");
    press(&mut app, "enter");
    let Mode::Form(f) = &app.mode else { panic!("a bad URL keeps the form open") };
    assert!(f.error.as_ref().unwrap().contains("https://"));
    press(&mut app, "ctrl-u");
    type_text(&mut app, "https://data.worldbank.org/kh");
    press(&mut app, "tab");
    type_text(&mut app, "GDP (current US$) - Cambodia");
    press(&mut app, "tab");
    type_text(&mut app, "World Bank");
    press(&mut app, "backtab");
    press(&mut app, "down");
    press(&mut app, "down");
    press(&mut app, "down");
    type_text(&mut app, "GDP was $46bn");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal));
    let c = claim(&app, "gdp-half").unwrap();
    let s = c.sources.last().unwrap();
    assert_eq!(s.url, "https://data.worldbank.org/kh");
    assert_eq!(s.title, "GDP (current US$) - Cambodia");
    assert_eq!(s.publisher, "World Bank");
    assert_eq!(s.accessed, TODAY);
    assert_eq!(s.excerpt, "GDP was $46bn");
    assert_eq!(c.history.last().unwrap().change, "source added: GDP (current US$) - Cambodia");
    // Esc cancels without an edit.
    update(&mut app, Action::AddSource);
    update(&mut app, Action::Cancel);
    assert_eq!(claim(&app, "gdp-half").unwrap().sources.len(), 1);
}

#[test]
fn claim_form_edits_tags_assignee_claimant() {
    let (_t, mut app) = app();
    press(&mut app, "t");
    let Mode::Form(f) = &app.mode else { panic!() };
    assert_eq!(f.fields[5].value, "economy");
    for _ in 0..5 {
        press(&mut app, "tab");
    }
    type_text(&mut app, ", scams");
    press(&mut app, "tab");
    type_text(&mut app, "Dara");
    press(&mut app, "enter");
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!(c.tags, ["economy", "scams"]);
    assert_eq!(c.assignee, "Dara");
    assert_eq!(c.claimant, "U.S. think tank");
    assert_eq!(c.history.last().unwrap().change, "tags: [economy] -> [economy, scams]; assignee: (none) -> Dara");
    // The kind: an unknown one keeps the form open and says which kinds there are.
    press(&mut app, "t");
    for _ in 0..4 {
        press(&mut app, "tab");
    }
    press(&mut app, "ctrl-u");
    type_text(&mut app, "rumour");
    press(&mut app, "enter");
    let Mode::Form(f) = &app.mode else { panic!("an unknown kind is not saved: the form stays open") };
    let e = f.error.clone().unwrap_or_default();
    assert!(e.contains("Kind `rumour` is unknown") && e.contains("prediction"), "{e}");
    press(&mut app, "ctrl-u");
    type_text(&mut app, "quote");
    press(&mut app, "enter");
    let c = claim(&app, "gdp-half").unwrap();
    assert_eq!(c.kind, factdesk::model::Kind::Quote);
    assert_eq!(c.history.last().unwrap().change, "kind: statistic -> quote");
}

#[test]
fn new_claim_form_anchors_text_found_in_the_article() {
    let (_t, mut app) = app();
    press(&mut app, "n");
    press(&mut app, "enter");
    let Mode::Form(f) = &app.mode else { panic!() };
    assert!(f.error.as_ref().unwrap().contains("Text is empty"));
    type_text(&mut app, "The government disputes these figures.");
    press(&mut app, "tab");
    type_text(&mut app, "Government");
    press(&mut app, "tab");
    press(&mut app, "ctrl-u");
    type_text(&mut app, "claimy");
    press(&mut app, "enter");
    let Mode::Form(f) = &app.mode else { panic!() };
    assert!(f.error.as_ref().unwrap().contains("Kind `claimy` is unknown"));
    press(&mut app, "ctrl-w");
    type_text(&mut app, "event");
    press(&mut app, "enter");
    let c = claim(&app, "the-government-disputes-these-figures").unwrap();
    assert_eq!(c.claimant, "Government");
    assert_eq!(c.status, Status::Open);
    assert_eq!(c.history[0].change, "created");
    assert_eq!(current_id(&app), c.id, "the new claim is selected");
    let (s, i) = app.current().unwrap();
    assert!(!app.anchor_of(s, i).is_orphaned());
}

#[test]
fn delete_asks_first() {
    let (_t, mut app) = app();
    press(&mut app, "d");
    assert!(matches!(app.mode, Mode::Confirm(Confirm::Delete)));
    press(&mut app, "n");
    assert!(claim(&app, "gdp-half").is_some());
    let exact = claim(&app, "gdp-half").unwrap().quote.exact.clone();
    press(&mut app, "d");
    press(&mut app, "y");
    assert!(claim(&app, "gdp-half").is_none());
    assert_eq!(current_id(&app), "nine-minors");
    // Deleted is dismissed for good: extraction will not propose the sentence again.
    let r = &app.ws.stories[0].file.rejected;
    assert_eq!(r.iter().map(|r| r.exact.as_str()).collect::<Vec<_>>(), [exact.as_str()]);
    assert_anchors_match(&app);
    press(&mut app, "u");
    assert!(claim(&app, "gdp-half").is_some(), "undo brings it back");
    assert!(app.ws.stories[0].file.rejected.is_empty(), "and forgets the rejection");
    assert_anchors_match(&app);
}

#[test]
fn rejecting_and_merging_move_on_to_the_next_candidate_even_under_a_filter() {
    let (_t, mut app) = app();
    select(&mut app, "fifty-compounds");
    press(&mut app, "r");
    assert_eq!(current_id(&app), "held-a-year");
    press(&mut app, "u");
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "e");
    update(&mut app, Action::Confirm);
    select(&mut app, "fifty-compounds");
    press(&mut app, "M");
    update(&mut app, Action::Confirm);
    assert!(claim(&app, "fifty-compounds").is_none());
    assert_eq!(current_id(&app), "held-a-year");
}

#[test]
fn a_story_with_a_duplicate_id_is_read_only_until_fixed() {
    let (_t, mut app) = app();
    // An edit made before the duplicate appears (a reload, say) is kept but not saved into the broken file.
    select(&mut app, "raids-continue");
    press(&mut app, "v");
    update(&mut app, Action::Down);
    update(&mut app, Action::Confirm);
    assert!(app.is_modified());
    app.ws.stories[0].file.claims[0].id = "nine-minors".into();
    let before = app.ws.stories[0].file.clone();
    select(&mut app, "nine-minors");
    press(&mut app, "v");
    assert!(matches!(app.mode, Mode::Normal), "no picker opens");
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("two claims share the id `nine-minors`"), "{}", m.text);
    // Nothing opens that would take typing and then drop it.
    for key in ["e", "n", "a", "t"] {
        press(&mut app, key);
        assert!(matches!(app.mode, Mode::Normal), "{key} opened an editor");
    }
    assert_eq!(app.ws.stories[0].file, before, "no edit lands on either claim");
    assert!(matches!(press(&mut app, "w"), Some(Effect::Save)));
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert!(errors.iter().any(|e| e.starts_with("not saved: two claims share the id")), "{errors:?}");
    assert!(app.is_modified(), "the earlier edit is kept");
}

#[test]
fn candidates_accept_reject_merge() {
    let (_t, mut app) = app();
    // Not a candidate: refused with a message.
    update(&mut app, Action::AcceptCandidate);
    assert!(app.message.as_ref().unwrap().error);
    select(&mut app, "fifty-compounds");
    press(&mut app, "y");
    assert_eq!(current_id(&app), "held-a-year", "accepting moves on to the next candidate");
    let c = claim(&app, "fifty-compounds").unwrap();
    assert_eq!(c.status, Status::Open);
    assert!(c.history.last().unwrap().change.contains("accepted"));
    assert_eq!(
        ids(&app),
        ["gdp-half", "nine-minors", "raids-continue", "vanished-quote", "fifty-compounds", "held-a-year"]
    );
    select(&mut app, "held-a-year");
    press(&mut app, "r");
    assert!(claim(&app, "held-a-year").is_none());
    let r = &app.ws.stories[0].file.rejected;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].exact, "Some workers told reporters they had been held for more than a year.");
    assert_eq!((r[0].at.as_str(), r[0].by.as_str()), (NOW, "Tester"));
    press(&mut app, "u");
    assert!(app.ws.stories[0].file.rejected.is_empty());
    select(&mut app, "held-a-year");
    press(&mut app, "M");
    let Mode::Picker(p) = &app.mode else { panic!() };
    assert!(p.items[0].label.starts_with("gdp-half"));
    update(&mut app, Action::Confirm);
    assert!(claim(&app, "held-a-year").is_none());
    let t = claim(&app, "gdp-half").unwrap();
    assert!(t.notes.contains("Some workers told reporters they had been held for more than a year."));
    assert_eq!(t.history.last().unwrap().change, "merged candidate `held-a-year`");
    // A merged candidate is remembered as rejected, so extraction does not bring it back.
    let r = &app.ws.stories[0].file.rejected;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].exact, "Some workers told reporters they had been held for more than a year.");
    assert_anchors_match(&app);
}

#[test]
fn article_selection_by_sentence_widen_narrow_and_create() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "A");
    let text = |app: &factdesk::tui::app::App| -> String {
        app.article_chars(0)[app.art_sel.0..app.art_sel.1].iter().collect()
    };
    assert_eq!(text(&app), "Officials said 9 minors were among the people rescued last month.");
    press(&mut app, "j");
    assert_eq!(
        text(&app),
        "Police spokesman Chhay Kim said the raids would continue \"until every compound is closed.\""
    );
    press(&mut app, "k");
    press(&mut app, "+");
    assert!(text(&app).starts_with("Officials said") && text(&app).ends_with("closed.\""));
    press(&mut app, "-");
    assert_eq!(text(&app), "Officials said 9 minors were among the people rescued last month.");
    press(&mut app, "-");
    assert_eq!(text(&app), "Officials said 9 minors were among the people rescued last");
    press(&mut app, "=");
    assert_eq!(text(&app), "Officials said 9 minors were among the people rescued last month.");
    press(&mut app, "j");
    press(&mut app, "j");
    press(&mut app, "c");
    let id = "researchers-counted-at-least-50";
    let c = claim(&app, id).unwrap_or_else(|| panic!("{:?}", app.message));
    assert_eq!(c.quote.exact, "Researchers counted at least 50 compounds along the border.");
    assert_eq!(c.quote.start, Some(app.art_sel.0));
    assert!(c.quote.prefix.ends_with("closed.\"\n\n"));
    // A second claim from the same place gets a distinct id.
    press(&mut app, "c");
    assert!(claim(&app, &format!("{id}-2")).is_some());
    press(&mut app, "esc");
    assert!(!app.article_open);
}

#[test]
fn article_follows_the_list_selection() {
    let (_t, mut app) = app();
    update(&mut app, Action::ToggleArticle);
    update(&mut app, Action::NextPane); // to the list
    update(&mut app, Action::Down);
    let (s, c) = app.current().unwrap();
    let a = app.anchor_of(s, c);
    assert_eq!(app.art_sel, (a.start, a.end));
}

#[test]
fn save_writes_and_clears_the_marker_and_reports_refusal() {
    let (_t, mut app) = app();
    assert_eq!(update(&mut app, Action::Save), None, "nothing to save");
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    assert_eq!(press(&mut app, "w"), Some(Effect::Save));
    assert_eq!(press(&mut app, "ctrl-s"), Some(Effect::Save));
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert!(errors.is_empty(), "{errors:?}");
    update(&mut app, Reply::Saved(errors));
    assert!(!app.is_modified());
    let on_disk = std::fs::read_to_string(app.ws.stories[0].path()).unwrap();
    assert!(on_disk.contains("verdict: accurate"));
    // Someone else edits the file: the save is refused and says so.
    update(&mut app, Action::Down);
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Down);
    update(&mut app, Action::Confirm);
    std::fs::write(app.ws.stories[0].path(), format!("{on_disk}# theirs\n")).unwrap();
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert_eq!(errors.len(), 1);
    update(&mut app, Reply::Saved(errors));
    let m = app.message.clone().unwrap();
    assert!(m.error && m.text.contains("changed on disk"), "{m:?}");
    assert!(app.is_modified());
}

#[test]
fn undo_after_a_save_is_an_unsaved_change_against_the_saved_story() {
    let (_t, mut app) = app();
    let loaded = app.ws.stories[0].file.clone();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    assert!(app.is_dirty(0));
    assert_eq!(app.base(0), &loaded, "the base is the story as loaded");
    update(&mut app, Action::Undo);
    assert!(!app.is_dirty(0), "undoing every edit leaves nothing to save");
    update(&mut app, Action::Redo);
    assert!(app.is_dirty(0));
    assert!(factdesk::tui::effects::save_all(&mut app).is_empty());
    let saved = app.ws.stories[0].file.clone();
    assert_ne!(saved, loaded);
    assert_eq!(app.base(0), &saved, "after a save the base is what was saved");
    update(&mut app, Action::Undo);
    assert!(app.is_dirty(0), "undoing a saved edit is itself unsaved");
    assert_eq!(app.base(0), &saved);
    assert_eq!(app.ws.stories[0].file, loaded);
}

#[test]
fn quit_asks_when_unsaved() {
    let (_t, mut app) = app();
    assert_eq!(press(&mut app, "q"), Some(Effect::Quit));
    let (_t, mut app) = common::app();
    update(&mut app, Action::StatusPicker);
    update(&mut app, Action::Down);
    update(&mut app, Action::Confirm);
    assert_eq!(press(&mut app, "q"), None);
    assert!(matches!(app.mode, Mode::Confirm(Confirm::Quit)));
    assert_eq!(press(&mut app, "esc"), None);
    assert!(matches!(app.mode, Mode::Normal));
    press(&mut app, "q");
    assert_eq!(press(&mut app, "w"), Some(Effect::SaveAndQuit));
    press(&mut app, "q");
    assert_eq!(press(&mut app, "y"), Some(Effect::Quit));
    assert!(app.quit);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let (_t, mut app) = app();
    press(&mut app, "?");
    assert!(matches!(app.mode, Mode::Help(0)));
    press(&mut app, "j");
    press(&mut app, "j");
    press(&mut app, "k");
    assert!(matches!(app.mode, Mode::Help(1)));
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn suspend_resize_mouse_and_paste() {
    let (_t, mut app) = app();
    assert_eq!(press(&mut app, "ctrl-z"), Some(Effect::Suspend));
    update(&mut app, Action::Resize(120, 40));
    assert_eq!(app.size, (120, 40));
    // Click the third row of the list (row 0 is the header line, row 1 the border, row 2 the story).
    update(&mut app, Action::Click(5, 4));
    assert_eq!(current_id(&app), "nine-minors");
    update(&mut app, Action::Scroll(5, 10, true));
    assert_eq!(current_id(&app), "fifty-compounds", "the wheel moves three claims");
    update(&mut app, Action::Click(80, 5));
    assert_eq!(app.focus, Focus::Detail);
    update(&mut app, Action::Click(80, 35));
    assert_eq!(app.focus, Focus::Notes);
    update(&mut app, Action::Paste("raids".into()));
    assert!(matches!(app.mode, Mode::Filter));
    assert_eq!(ids(&app), ["raids-continue"]);
}

#[test]
fn random_key_sequences_never_panic() {
    use proptest::prelude::*;
    let keys = [
        "R",
        "left",
        "home",
        "delete",
        "backtab",
        "ctrl-w",
        "ctrl-u",
        "E",
        "j",
        "k",
        "g",
        "G",
        "/",
        "a",
        "esc",
        "enter",
        "tab",
        "v",
        "s",
        "e",
        "x",
        "y",
        "M",
        "A",
        "c",
        "+",
        "-",
        "u",
        "ctrl-r",
        "d",
        "n",
        "t",
        "?",
        "f",
        "backspace",
        "pgdn",
        "pgup",
    ];
    let config = ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(seq in proptest::collection::vec(0..keys.len(), 0..60))| {
        let (_t, mut app) = common::app();
        for i in seq {
            let _ = press(&mut app, keys[i]);
        }
        let backend = ratatui::backend::TestBackend::new(100, 30);
        let mut term = ratatui::Terminal::new(backend).unwrap();
        term.draw(|f| factdesk::tui::view::draw(f, &app)).unwrap();
    });
}

#[test]
fn empty_workspace_and_missing_article_do_not_panic() {
    use factdesk::tui::keymap::Keymap;
    use factdesk::tui::theme::Theme;
    let t = tempfile::tempdir().unwrap();
    // One story without its article, next to nothing else.
    let dir = t.path().join("lost");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("claims.yaml"),
        "story:\n  title: Lost\nclaims:\n- id: a\n  text: A claim\n  quote:\n    exact: gone\n",
    )
    .unwrap();
    for root in [t.path().to_path_buf(), tempfile::tempdir().unwrap().keep()] {
        let ws = factdesk::load::load_workspace(&root).unwrap();
        let mut app = factdesk::tui::app::App::new(ws, Keymap::default(), Theme::MONO, "T".into());
        for k in [
            "j", "k", "G", "A", "j", "+", "-", "c", "A", "v", "enter", "e", "esc", "a", "esc", "n", "esc", "d", "n",
            "?", "esc", "/", "x", "esc",
        ] {
            let _ = press(&mut app, k);
            let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
            term.draw(|f| factdesk::tui::view::draw(f, &app)).unwrap();
        }
    }
}

#[test]
fn help_scroll_stops_at_the_end() {
    let (_t, mut app) = app();
    update(&mut app, Action::Help);
    for _ in 0..500 {
        update(&mut app, Action::Down);
    }
    let Mode::Help(at_end) = app.mode else { panic!() };
    assert!(at_end > 0 && (at_end as usize) < factdesk::tui::view::help::lines(&app).len());
    update(&mut app, Action::Up);
    assert!(matches!(app.mode, Mode::Help(n) if n == at_end - 1));
}

#[test]
fn filtering_a_big_workspace_uses_every_core_and_finds_the_same_claims() {
    use factdesk::model::Claim;
    let (_t, mut app) = app();
    let claims = &mut app.ws.stories[0].file.claims;
    for i in 0..2500 {
        claims.push(Claim::new(&format!("filler-{i}"), &format!("Routine statement number {i} about rainfall")));
    }
    claims.push(Claim::new("needle", "The budget deficit doubled"));
    app.ws.stories[0].reanchor();
    app.rebuild_rows(None);
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "deficit doubled");
    assert_eq!(ids(&app), ["needle"]);
    assert_eq!(current_id(&app), "needle");
    update(&mut app, Action::Cancel);
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "2499 rainfall");
    assert!(ids(&app).contains(&"filler-2499".to_string()), "{:?}", &ids(&app)[..ids(&app).len().min(5)]);
    assert_eq!(current_id(&app), "filler-2499", "the best match is selected");
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_it() {
    let (_t, mut app) = app();
    // Detail pane (right, top) and notes pane (right, bottom) at 100×30.
    update(&mut app, Action::Scroll(80, 5, true));
    assert_eq!(app.detail_scroll, 1);
    update(&mut app, Action::Scroll(80, 25, true));
    update(&mut app, Action::Scroll(80, 25, true));
    update(&mut app, Action::Scroll(80, 25, false));
    assert_eq!(app.notes_scroll, 1);
    assert_eq!(current_id(&app), "gdp-half", "the list did not move");
    update(&mut app, Action::ToggleArticle);
    let top = app.art_scroll;
    update(&mut app, Action::Scroll(80, 10, true));
    assert_eq!(app.art_scroll, top + 3);
    update(&mut app, Action::Scroll(80, 10, false));
    assert_eq!(app.art_scroll, top);
    // A click on a sentence in the article selects it.
    update(&mut app, Action::Click(60, 4));
    assert_eq!(app.focus, Focus::Article);
    let sel: String = app.article_chars(0)[app.art_sel.0..app.art_sel.1].iter().collect();
    assert!(app.sentences(0).contains(&app.art_sel), "{sel}");
}

#[test]
fn form_fields_edit_at_the_cursor() {
    let (_t, mut app) = app();
    update(&mut app, Action::AddSource);
    type_text(&mut app, "https://exmple.org");
    for _ in 0..8 {
        press(&mut app, "left");
    }
    type_text(&mut app, "a");
    press(&mut app, "end");
    type_text(&mut app, "/x");
    press(&mut app, "home");
    press(&mut app, "delete");
    type_text(&mut app, "H");
    update(&mut app, Action::Paste("\u{200b}".into()));
    press(&mut app, "backspace");
    let Mode::Form(f) = &app.mode else { panic!() };
    assert_eq!(f.fields[0].value, "Https://example.org/x");
    press(&mut app, "ctrl-w");
    let Mode::Form(f) = &app.mode else { panic!() };
    assert_eq!(f.fields[0].value, "ttps://example.org/x");
    assert_eq!(f.fields[0].cursor, 0);
}

#[test]
fn reload_merges_their_change_with_mine_then_saves_both() {
    let (_t, mut app) = app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm); // gdp-half -> accurate, here
    // Someone else sets nine-minors' assignee and saves first.
    let path = app.ws.stories[0].path();
    let mut theirs = story_on_disk(&app);
    theirs.claims[1].assignee = "Sokha".into();
    std::fs::write(&path, factdesk::store::render(&theirs)).unwrap();
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert!(errors[0].contains("R reloads and merges"), "{errors:?}");
    assert_eq!(press(&mut app, "R"), Some(Effect::Reload));
    let files = factdesk::tui::read_story_files(&app);
    update(&mut app, Reply::Reloaded(files));
    assert!(!app.message.as_ref().unwrap().error, "{:?}", app.message);
    assert_eq!(claim(&app, "gdp-half").unwrap().verdict, "accurate");
    assert_eq!(claim(&app, "nine-minors").unwrap().assignee, "Sokha");
    assert_anchors_match(&app);
    assert!(app.is_modified());
    assert!(factdesk::tui::effects::save_all(&mut app).is_empty());
    let on_disk = story_on_disk(&app);
    assert_eq!(on_disk.claims[0].verdict, "accurate");
    assert_eq!(on_disk.claims[1].assignee, "Sokha");
    // Nothing changed on disk since: reloading again is a no-op.
    let files = factdesk::tui::read_story_files(&app);
    update(&mut app, Reply::Reloaded(files));
    assert_eq!(app.message.as_ref().unwrap().text, "nothing changed on disk");
}

#[test]
fn reload_shows_each_collision_and_the_journalist_chooses() {
    let (_t, mut app) = app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm); // gdp-half -> accurate, here
    let mut theirs = story_on_disk(&app);
    theirs.claims[0].verdict = "inaccurate".into(); // collides with mine
    theirs.claims[1].assignee = "Sokha".into(); // does not collide
    let text = factdesk::store::render(&theirs);
    update(&mut app, Reply::Reloaded(vec![(0, Ok(text.clone()))]));
    assert!(matches!(app.mode, Mode::Resolve), "the collision is shown");
    let (_, c, left) = app.resolving[0].current().unwrap();
    assert_eq!((c.claim_id.as_deref(), c.field.as_str(), left), (Some("gdp-half"), "verdict", 1));
    // The part that does not collide is merged already.
    assert_eq!(claim(&app, "nine-minors").unwrap().assignee, "Sokha");
    // Keys other than the choices do nothing.
    press(&mut app, "q");
    assert!(matches!(app.mode, Mode::Resolve));
    press(&mut app, "t");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(claim(&app, "gdp-half").unwrap().verdict, "inaccurate", "theirs chosen");
    let h = &claim(&app, "gdp-half").unwrap().history;
    assert_eq!(h.last().unwrap().change, "collision on verdict: took the version on disk; mine was `accurate`");
    // Undo cannot reach back past the change on disk (that would silently drop it on the next save).
    press(&mut app, "u");
    assert_eq!(claim(&app, "gdp-half").unwrap().verdict, "inaccurate");
    assert_eq!(claim(&app, "nine-minors").unwrap().assignee, "Sokha");

    // The same collision again, settled the other way.
    let (_t2, mut app) = self::app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    let mut theirs = story_on_disk(&app);
    theirs.claims[0].verdict = "inaccurate".into();
    update(&mut app, Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    press(&mut app, "b");
    assert!(matches!(app.mode, Mode::Resolve), "a verdict cannot be both: still asked");
    press(&mut app, "m");
    assert_eq!(claim(&app, "gdp-half").unwrap().verdict, "accurate", "mine kept");
    let h = &claim(&app, "gdp-half").unwrap().history;
    assert_eq!(
        h.last().unwrap().change,
        "collision on verdict: kept mine; the version on disk was `inaccurate`",
        "the value set aside is on record"
    );
    assert!(app.is_modified());
    assert_eq!(
        app.base(0).claims[0].verdict,
        "inaccurate",
        "the new base is theirs, so a save overwrites nothing unseen"
    );
    // Unreadable or broken files are reported and change nothing.
    update(&mut app, Reply::Reloaded(vec![(0, Ok("claims: [".into()))]));
    assert!(app.message.as_ref().unwrap().text.contains("your edits are kept"));
}

#[test]
fn a_recovery_journal_is_offered_then_restored_or_kept() {
    let (_t, mut app) = app();
    // Edits made in an earlier session that crashed (its session lock is free): the journal holds them.
    app.session = Some("1-crashed".into());
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    factdesk::tui::guard::write_journals(&app).unwrap();
    let journal_path = factdesk::safety::journal::session_journal_path(&app.ws.stories[0].dir, "1-crashed");
    assert!(journal_path.exists());
    let root = app.ws.root.clone();

    let mut fresh = app_on(&root);
    fresh.session = Some("2-fresh".into());
    let (offers, unreadable) = factdesk::tui::guard::offers(&fresh);
    assert_eq!(offers.len(), 1);
    assert!(offers[0].lines.iter().any(|l| l.contains("verdict")), "{:?}", offers[0].lines);
    fresh.offer_recovery(offers, &unreadable);
    assert!(matches!(fresh.mode, Mode::Recover));
    assert!(!fresh.may_journal(0), "an offered journal is never overwritten");
    press(&mut fresh, "y");
    assert!(matches!(fresh.mode, Mode::Normal));
    assert_eq!(fresh.ws.stories[0].file.claims[0].verdict, "accurate");
    assert!(fresh.is_modified());
    assert!(fresh.may_journal(0));

    // Decide later: nothing restored, and the journal stays on disk, protected.
    let mut later = app_on(&root);
    later.session = Some("3-later".into());
    let (offers, unreadable) = factdesk::tui::guard::offers(&later);
    later.offer_recovery(offers, &unreadable);
    press(&mut later, "esc");
    assert!(!later.is_modified());
    assert!(!later.may_journal(0));
    factdesk::tui::guard::write_journals(&later).unwrap();
    assert!(journal_path.exists(), "kept for later");
    let kept = std::fs::read(&journal_path).unwrap();
    // While the journal waits, the story is read-only: a new edit could not be journaled, so a crash would lose it.
    select(&mut later, "nine-minors");
    update(&mut later, Action::VerdictPicker);
    assert!(matches!(later.mode, Mode::Normal), "no picker opens");
    let m = later.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("unsaved edits from an earlier session waiting"), "{}", m.text);
    assert!(!later.is_modified());
    factdesk::tui::guard::write_journals(&later).unwrap();
    assert!(factdesk::tui::effects::save_all(&mut later).is_empty());
    assert_eq!(std::fs::read(&journal_path).unwrap(), kept, "the held journal is neither overwritten nor removed");
    // Discard: the runner is asked to delete it.
    let (offers, unreadable) = factdesk::tui::guard::offers(&later);
    later.offer_recovery(offers, &unreadable);
    assert_eq!(press(&mut later, "d"), Some(Effect::DiscardJournal(journal_path)));
}

#[test]
fn export_menu_offers_every_format_and_asks_the_runner_to_write() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    press(&mut app, "x");
    let Mode::Picker(p) = &app.mode else { panic!("export menu is a picker") };
    assert_eq!(p.items.len(), factdesk::export::Format::ALL.len());
    press(&mut app, "j");
    let effect = update(&mut app, Action::Confirm);
    assert_eq!(effect, Some(Effect::Export(0, factdesk::export::Format::Markdown)));
    assert!(matches!(app.mode, Mode::Normal));
    update(&mut app, Reply::Exported(Err("no organization.name".into())));
    assert!(app.message.as_ref().is_some_and(|m| m.error && m.text.contains("organization.name")));
}

#[test]
fn stats_panel_opens_and_closes() {
    let (_t, mut app) = app();
    press(&mut app, "S");
    assert!(matches!(app.mode, Mode::Stats));
    press(&mut app, "j");
    assert!(matches!(app.mode, Mode::Stats), "other keys keep it open");
    update(&mut app, Action::Cancel);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn big_workspaces_filter_on_the_worker_and_apply_streamed_results() {
    let (_t, mut app) = app();
    app.async_filter = true;
    update(&mut app, Action::StartFilter);
    let mut effect = None;
    for c in "gdp".chars() {
        effect = press(&mut app, &c.to_string());
    }
    assert_eq!(effect, Some(Effect::Filter("gdp".into())), "typing hands the query to the worker");
    assert!(app.filter_pending);
    // Results for an older query are ignored.
    update(&mut app, Reply::FilterResults { query: "gd".into(), hits: vec![(0, 1, 50)], done: true });
    assert!(app.filter_pending);
    // The worker's results arrive: only those claims are listed, best first selected.
    let gdp = app.ws.stories[0].file.claims.iter().position(|c| c.id == "gdp-half").unwrap();
    update(&mut app, Reply::FilterResults { query: "gdp".into(), hits: vec![(0, gdp, 88)], done: false });
    assert_eq!(ids(&app), ["gdp-half"]);
    assert_eq!(current_id(&app), "gdp-half");
    assert!(app.filter_pending, "more may come");
    update(&mut app, Reply::FilterResults { query: "gdp".into(), hits: vec![(0, gdp, 88), (0, 1, 60)], done: true });
    assert_eq!(ids(&app).len(), 2);
    assert!(!app.filter_pending);
}

#[test]
fn filter_and_search_agree() {
    let (t, mut app) = app();
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "minors");
    let corpus = factdesk::search::Corpus::from_workspace(&app.ws);
    let hits = factdesk::search::scan(&corpus, "minors", factdesk::search::DEFAULT_ENGINE, 1);
    let want: Vec<String> = hits
        .iter()
        .map(|h| {
            let e = &corpus.entries[h.entry as usize];
            app.ws.stories[e.story as usize].file.claims[e.claim as usize].id.clone()
        })
        .collect();
    let mut got = ids(&app);
    got.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(got, want_sorted);
    assert_eq!(current_id(&app), want[0], "the best match is selected");
    drop(t);
}

#[test]
fn a_save_that_cannot_keep_a_hand_edited_layout_asks_first() {
    let (_t, app0) = app();
    let root = app0.ws.root.clone();
    let path = app0.ws.stories[0].path();
    drop(app0);
    // CRLF line endings cannot be spliced: the save would rewrite the whole file.
    let text = std::fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
    std::fs::write(&path, &text).unwrap();
    let mut app = app_on(&root);
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    let warnings = factdesk::tui::effects::save_warnings(&app);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    update(&mut app, Reply::SaveNeedsConsent(warnings));
    assert!(matches!(app.mode, Mode::Confirm(Confirm::LossySave)));
    press(&mut app, "n");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(!app.lossy_ok);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "nothing written");
    let again = factdesk::tui::effects::save_warnings(&app);
    update(&mut app, Reply::SaveNeedsConsent(again));
    assert_eq!(press(&mut app, "y"), Some(Effect::Save));
    assert!(app.lossy_ok, "the runner saves now");
}

#[test]
fn a_second_change_on_disk_waits_until_the_first_collision_is_settled() {
    let (_t, mut app) = app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    let mut theirs = story_on_disk(&app);
    theirs.claims[0].verdict = "inaccurate".into();
    update(&mut app, Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    assert!(matches!(app.mode, Mode::Resolve));
    theirs.claims[1].assignee = "Vanna Second".into();
    update(&mut app, Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    assert_eq!(app.resolving.len(), 1, "not merged over the collision being settled");
    assert!(app.recheck, "the runner reads it again once settled: {:?}", app.message);
    assert_ne!(claim(&app, "nine-minors").unwrap().assignee, "Vanna Second");
    press(&mut app, "m");
    assert!(app.resolving.is_empty());
    update(&mut app, Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    assert_eq!(claim(&app, "nine-minors").unwrap().assignee, "Vanna Second", "merged after");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn stories_stream_in_and_editing_waits_until_every_one_is_here() {
    use factdesk::tui::app::LoadedChunk;
    let (_t, full) = app();
    let mut ws = full.ws.clone();
    let mut stories = std::mem::take(&mut ws.stories);
    let mut copy = stories[0].clone();
    copy.slug = "zz-second".into();
    stories.push(copy);
    let total = stories.len();
    let mut app = factdesk::tui::app::App::new(ws, factdesk::tui::keymap::Keymap::default(), full.theme, "T".into());
    update(&mut app, Action::Resize(100, 30));
    app.loading = Some((0, total));
    assert!(app.rows.is_empty());
    let mut rest = stories.into_iter();
    let first = rest.next().unwrap();
    let first_claims = first.file.claims.len();
    assert_eq!(
        update(&mut app, Reply::StoriesLoaded(LoadedChunk { stories: vec![first], ..Default::default() })),
        None
    );
    assert_eq!(app.loading, Some((1, total)));
    assert_eq!(app.rows.iter().filter(|r| matches!(r, Row::Claim(..))).count(), first_claims);
    assert!(matches!(app.rows[app.selected], Row::Claim(0, _)), "the cursor lands on the first claim");
    // Reading works while loading; editing says why it waits.
    let before = app.ws.stories[0].file.clone();
    press(&mut app, "v");
    assert!(matches!(app.mode, Mode::Normal));
    let m = app.message.clone().unwrap();
    assert!(m.error && m.text.contains("still loading (1 of"), "{m:?}");
    press(&mut app, "j");
    press(&mut app, "/");
    assert!(matches!(app.mode, Mode::Filter));
    press(&mut app, "esc");
    assert_eq!(app.ws.stories[0].file, before);
    // The rest arrive; the selection stays on its claim.
    let selected = current_id(&app);
    update(&mut app, Reply::StoriesLoaded(LoadedChunk { stories: rest.collect(), ..Default::default() }));
    assert_eq!(current_id(&app), selected);
    assert_eq!(app.loading, Some((total, total)));
    update(&mut app, Reply::LoadFinished);
    assert_eq!(app.loading, None);
    assert_eq!(app.rows.len(), 2 * full.rows.len(), "both stories are listed");
    press(&mut app, "v");
    assert!(matches!(app.mode, Mode::Picker(_)), "editing opens once every story is here");
}

#[test]
fn a_filter_typed_while_loading_runs_again_over_the_new_claims() {
    use factdesk::tui::app::LoadedChunk;
    let (_t, full) = app();
    let mut ws = full.ws.clone();
    let story = ws.stories.pop().unwrap();
    let mut copy = story.clone();
    copy.slug = "zz-second".into();
    let mut stories = vec![story, copy].into_iter();
    let mut app = factdesk::tui::app::App::new(ws, factdesk::tui::keymap::Keymap::default(), full.theme, "T".into());
    app.loading = Some((0, 3));
    app.async_filter = true;
    update(
        &mut app,
        Reply::StoriesLoaded(LoadedChunk { stories: vec![stories.next().unwrap()], ..Default::default() }),
    );
    press(&mut app, "/");
    type_text(&mut app, "gdp");
    let effect =
        update(&mut app, Reply::StoriesLoaded(LoadedChunk { stories: stories.collect(), ..Default::default() }));
    assert_eq!(effect, None, "not on every chunk");
    assert!(app.filter_pending, "the status line says results are still coming");
    assert_eq!(update(&mut app, Reply::LoadFinished), Some(Effect::Filter("gdp".into())));
}

#[test]
fn an_article_changed_on_disk_re_anchors_its_claims_without_touching_them() {
    let (_t, mut app) = app();
    let si = 0;
    let old = app.ws.stories[si].article.clone();
    let claims = app.ws.stories[si].file.clone();
    let gdp = app.ws.stories[si].file.claims.iter().position(|c| c.id == "gdp-half").unwrap();
    let start = app.anchor_of(si, gdp).start;
    update(&mut app, Action::ToggleArticle);
    // An editor's note added at the top: every quote moves, none is lost.
    update(&mut app, Reply::ArticleChanged(si, Ok(format!("Editor's note: updated.\n{old}"))));
    assert_eq!(app.anchor_of(si, gdp).start, start + "Editor's note: updated.\n".chars().count());
    assert_eq!(app.article_chars(si).len(), old.chars().count() + 24);
    let m = app.message.clone().unwrap();
    assert!(!m.error && m.text.contains("changed on disk: claims re-anchored"), "{m:?}");
    assert_eq!(app.ws.stories[si].file, claims, "the claims are not edited");
    assert!(!app.is_modified());
    // The paragraph with the quote is cut: that claim is orphaned, and the journalist is told.
    let quote = app.ws.stories[si].file.claims[gdp].quote.exact.clone();
    update(&mut app, Reply::ArticleChanged(si, Ok(old.replace(&quote, "a large share of the economy"))));
    assert!(app.anchor_of(si, gdp).is_orphaned());
    let m = app.message.clone().unwrap();
    assert!(m.error && m.text.contains("1 claim quote(s) no longer found"), "{m:?}");
    // An unreadable or emptied article leaves the text on screen as it was.
    let before = app.ws.stories[si].article.clone();
    update(&mut app, Reply::ArticleChanged(si, Ok("  \n".into())));
    assert_eq!(app.ws.stories[si].article, before);
    update(&mut app, Reply::ArticleChanged(si, Err("article.txt: not UTF-8".into())));
    assert_eq!(app.ws.stories[si].article, before);
    assert!(app.message.clone().unwrap().text.contains("not UTF-8"));
}

#[test]
fn no_journal_is_written_or_removed_while_loading_and_only_its_own_when_asked() {
    let (_t, mut app) = app();
    let dir = app.ws.stories[0].dir.clone();
    let journal = factdesk::safety::journal::journal_path(&dir);
    // A journal a crashed session of an earlier version left, not yet offered.
    factdesk::safety::journal::write(&app.ws.stories[0], app.base(0)).unwrap();
    assert!(journal.exists());
    app.session = Some("7-me".into());
    let own = factdesk::safety::journal::session_journal_path(&dir, "7-me");
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    assert!(app.is_modified());
    app.loading = Some((1, 2));
    assert!(!app.may_journal(0));
    // Ctrl-C while loading: journals are neither written nor cleaned up.
    factdesk::tui::guard::write_journals(&app).unwrap();
    factdesk::tui::guard::discard_journals(&app);
    assert!(journal.exists(), "the crashed session's journal is kept");
    assert!(!own.exists());
    app.loading = None;
    assert!(app.may_journal(0));
    factdesk::tui::guard::write_journals(&app).unwrap();
    assert!(own.exists() && journal.exists(), "this copy journals under its own name, beside the orphan");
    factdesk::tui::guard::discard_journals(&app);
    assert!(!own.exists(), "this copy's own journal goes when asked");
    assert!(journal.exists(), "another session's journal is not this copy's to drop");
}

#[test]
fn filtered_claims_come_best_match_first_stories_by_their_best() {
    let (_t, full) = app();
    let mut ws = full.ws.clone();
    ws.stories[0].file.claims[0].text = "The zebu breed grew in the area".into();
    let mut second = ws.stories[0].clone();
    second.slug = "zz-later-story".into();
    // In the later story, one claim says exactly what is searched; the first story only matches loosely.
    second.file.claims[1].text = "A zebra was seen".into();
    ws.stories.push(second);
    let mut app = factdesk::tui::app::App::new(ws, factdesk::tui::keymap::Keymap::default(), full.theme, "T".into());
    update(&mut app, Action::Resize(100, 30));
    press(&mut app, "/");
    type_text(&mut app, "zebra");
    let claims: Vec<(usize, usize)> =
        app.rows.iter().filter_map(|r| if let Row::Claim(s, c) = *r { Some((s, c)) } else { None }).collect();
    assert!(claims.contains(&(0, 0)), "the loose match is listed too: {:?}", app.rows);
    assert_eq!(app.rows[0], Row::Story(1), "the story with the best match is listed first: {:?}", app.rows);
    assert_eq!(claims[0], (1, 1), "and its best match first");
    assert_eq!(current_id(&app), app.ws.stories[1].file.claims[1].id, "the cursor is on it");
}

#[test]
fn esc_on_a_form_with_typed_values_asks_once_before_dropping_them() {
    let (_t, mut app) = app();
    // Untouched: one Esc closes it.
    press(&mut app, "a");
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
    // Typed into: the first Esc warns, typing again disarms, the second Esc in a row drops.
    press(&mut app, "a");
    type_text(&mut app, "https://example.org/a-very-long-report");
    press(&mut app, "esc");
    let Mode::Form(f) = &app.mode else { panic!("the form stays open") };
    assert!(f.error.as_deref().unwrap_or_default().contains("Esc again drops what you typed"));
    assert_eq!(f.fields[0].value, "https://example.org/a-very-long-report");
    type_text(&mut app, "-2025");
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Form(_)), "typing again means the next Esc asks again");
    press(&mut app, "esc");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.message.clone().unwrap().text, "cancelled");
}

#[test]
fn exporting_from_the_ui_refuses_a_story_with_an_unknown_verdict() {
    let (_t, mut app) = app();
    app.ws.stories[0].file.claims[0].verdict = "mostly-false".into();
    let err = factdesk::tui::export_story(&app.ws, 0, factdesk::export::Format::Markdown).unwrap_err();
    assert!(err.contains("unknown verdict `mostly-false`"), "{err}");
    let exports = app.ws.root.parent().unwrap().join("exports");
    assert!(!exports.join("scam-economy.md").exists(), "nothing written");
}

#[test]
fn notes_typed_while_a_colleague_changed_them_on_disk_keep_both() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "e");
    type_text(&mut app, " Mine.");
    // Meanwhile, on disk: a colleague writes notes on the same claim.
    let mut theirs = story_on_disk(&app);
    let i = theirs.claims.iter().position(|c| c.id == "nine-minors").unwrap();
    theirs.claims[i].notes = "Colleague wrote this on disk.".into();
    update(&mut app, Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    // And the cursor went elsewhere: the edit still lands on the claim it began on.
    app.selected = 1;
    update(&mut app, Action::Cancel);
    let notes = &claim(&app, "nine-minors").unwrap().notes;
    assert!(notes.contains("Colleague wrote this on disk.") && notes.contains("Mine."), "{notes}");
    assert!(app.message.as_ref().unwrap().text.contains("both are kept"));
    assert!(!claim(&app, "gdp-half").unwrap().notes.contains("Mine."));
}

#[test]
fn notes_for_a_claim_removed_on_disk_are_dropped_only_on_a_second_esc() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    press(&mut app, "e");
    type_text(&mut app, "Typed.");
    let mut theirs = story_on_disk(&app);
    theirs.claims.retain(|c| c.id != "nine-minors");
    update(&mut app, Reply::Reloaded(vec![(0, Ok(factdesk::store::render(&theirs)))]));
    let before: Vec<String> = app.ws.stories[0].file.claims.iter().map(|c| c.notes.clone()).collect();
    update(&mut app, Action::Cancel);
    assert!(matches!(app.mode, Mode::Notes(_)), "the text is still on screen");
    assert!(app.message.as_ref().unwrap().text.contains("removed on disk"));
    update(&mut app, Action::Cancel);
    assert!(matches!(app.mode, Mode::Normal));
    let after: Vec<String> = app.ws.stories[0].file.claims.iter().map(|c| c.notes.clone()).collect();
    assert_eq!(before, after, "no other claim got the text");
}

#[test]
fn notes_being_typed_are_in_the_recovery_journal() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    let edits = app.edits;
    press(&mut app, "e");
    type_text(&mut app, " Typed, not yet kept.");
    assert!(app.edits > edits, "typing schedules a journal write");
    assert!(!app.is_modified(), "nothing is committed yet");
    app.session = Some("4-typing".into());
    factdesk::tui::guard::write_journals(&app).unwrap();
    let journal = factdesk::safety::journal::session_journal_path(&app.ws.stories[0].dir, "4-typing");
    assert!(std::fs::read_to_string(&journal).unwrap().contains("Typed, not yet kept."));
    let fresh = app_on(&app.ws.root.clone());
    let (offers, _) = factdesk::tui::guard::offers(&fresh);
    assert_eq!(offers.len(), 1, "a crash now would offer the typed text back");
}

#[test]
fn settings_changed_on_disk_are_taken_on_reload_and_broken_ones_are_not() {
    let (_t, mut app) = app();
    let mut changed = app.ws.config.clone();
    changed.organization.name = "Desk Checks".into();
    update(&mut app, Reply::ConfigRead(Ok(changed.clone())));
    assert_eq!(app.ws.config, changed);
    assert!(app.message.as_ref().unwrap().text.contains("now in use"));
    update(&mut app, Reply::ConfigRead(Err("factdesk.yaml:3:1: error: bad".into())));
    assert_eq!(app.ws.config, changed, "kept");
    assert!(app.message.as_ref().unwrap().error);
}

#[test]
fn the_filter_uses_the_matcher_the_settings_choose() {
    let (_t, mut app) = app();
    assert_eq!(app.engine(), factdesk::search::Engine::Nucleo);
    app.ws.config.search.matcher = factdesk::model::MatcherChoice::FuzzyMatcher;
    assert_eq!(app.engine(), factdesk::search::Engine::Skim);
    // The filter still finds and highlights with it.
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "gdp");
    let (si, ci) = app.current().expect("a match is selected");
    let text = app.ws.stories[si].file.claims[ci].text.clone();
    assert!(!app.matched_chars(&text).is_empty(), "{text}");
}
