//! The claims list (issue 14, item 10) and the small defects around it (item 11): its width (`<`, `>`, `z`), kept in
//! the user's config file; columns that never run into each other; an empty story's row; newlines after merged
//! text and in the file handed to `$EDITOR`; the notes editor's wrapping; the resize after Ctrl-Z. `update` units,
//! `TestBackend` snapshots and the real binary in a pseudo-terminal.

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::Launch;
use common::*;
use factdesk::tui::app::{Action, App, Effect, Focus, FormKind, Mode, PickValue, Row, update};
use factdesk::tui::effects::remember_list_width;
use factdesk::tui::geometry::{ListWidth, list_columns, text_width};
use factdesk::tui::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};

fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term
}

/// An app sized like the terminal it is drawn on.
fn sized(app: &mut App, w: u16, h: u16) {
    update(app, Action::Resize(w, h));
}

/// The fixture workspace plus a story made with `new-story` (no claims yet); the app on it.
fn with_empty_story() -> (tempfile::TempDir, PathBuf, App) {
    let (t, root) = temp_workspace();
    let article = t.path().join("floods.txt");
    std::fs::write(
        &article,
        "Floods cut power\n\nThe city said 40 percent of homes lost power. Officials blamed the dam.\n",
    )
    .unwrap();
    factdesk::store::new_story(&root, "floods", &article, None).unwrap();
    let app = app_on(&root);
    (t, root, app)
}

fn story_index(app: &App, slug: &str) -> usize {
    app.ws.stories.iter().position(|s| s.slug == slug).unwrap()
}

// ---- narrow-list, widen-list, zoom ----

#[test]
fn angle_brackets_resize_the_list_in_steps_within_bounds_and_ask_to_keep_it() {
    let (_t, mut app) = app();
    let before = app.areas().list.width;
    assert_eq!(app.list_width, ListWidth { percent: 50, zoom: false });
    let e = press(&mut app, ">");
    assert_eq!(e, Some(Effect::RememberListWidth(ListWidth { percent: 55, zoom: false })));
    assert!(app.areas().list.width > before, "the list pane grew");
    assert_eq!(app.message.as_ref().unwrap().text, "list width 55%");
    for _ in 0..20 {
        press(&mut app, ">");
    }
    assert_eq!(app.list_width.percent, ListWidth::MAX);
    // At the edge: said, and nothing to write.
    assert_eq!(press(&mut app, ">"), None);
    assert!(app.message.as_ref().unwrap().text.contains("as wide as it goes (80%)"));
    for _ in 0..30 {
        press(&mut app, "<");
    }
    assert_eq!(app.list_width.percent, ListWidth::MIN);
    assert_eq!(press(&mut app, "<"), None);
    assert!(app.message.as_ref().unwrap().text.contains("as narrow as it goes (20%)"));
    assert!(app.areas().list.width < before);
}

#[test]
fn zoom_gives_the_list_the_whole_width_and_back() {
    let (_t, mut app) = app();
    app.focus = Focus::Detail;
    let e = press(&mut app, "z");
    assert_eq!(e, Some(Effect::RememberListWidth(ListWidth { percent: 50, zoom: true })));
    let a = app.areas();
    assert_eq!(a.list.width, 100, "the whole width");
    assert_eq!(a.detail.width, 0, "the detail pane is hidden");
    assert_eq!(app.focus, Focus::List, "focus leaves a hidden pane");
    // Tab has nowhere else to go.
    update(&mut app, Action::NextPane);
    assert_eq!(app.focus, Focus::List);
    // The article still shows beside the list; closing it brings the zoom back.
    update(&mut app, Action::ToggleArticle);
    assert!(app.areas().article.width > 0 && app.areas().list.width < 100);
    update(&mut app, Action::ToggleArticle);
    assert_eq!(app.areas().list.width, 100);
    // Notes edited in place must be seen.
    press(&mut app, "e");
    assert!(matches!(app.mode, Mode::Notes(_)));
    assert!(app.areas().notes.width > 0);
    press(&mut app, "esc");
    // `<` while zoomed comes back to the set width first.
    let e = press(&mut app, "<");
    assert_eq!(e, Some(Effect::RememberListWidth(ListWidth { percent: 50, zoom: false })));
    assert_eq!(press(&mut app, "z"), Some(Effect::RememberListWidth(ListWidth { percent: 50, zoom: true })));
    assert_eq!(press(&mut app, "z"), Some(Effect::RememberListWidth(ListWidth { percent: 50, zoom: false })));
    assert_eq!(app.areas().list.width, 50);
}

#[test]
fn the_keys_are_keymap_rows_and_can_be_rebound() {
    let mut keys = std::collections::BTreeMap::new();
    keys.insert("zoom".to_string(), "Z".to_string());
    keys.insert("widen-list".to_string(), "ctrl-l".to_string());
    let map = factdesk::tui::keymap::Keymap::with_overrides(&keys).unwrap();
    let (_t, mut app) = app();
    app.keymap = map;
    assert_eq!(press(&mut app, "z"), None, "z is free once zoom is rebound");
    assert!(matches!(press(&mut app, "Z"), Some(Effect::RememberListWidth(ListWidth { zoom: true, .. }))));
    assert!(matches!(press(&mut app, "ctrl-l"), Some(Effect::RememberListWidth(_))));
    let names: Vec<&str> = app.keymap.grouped(factdesk::tui::keymap::Context::Main).into_iter().map(|g| g.1).collect();
    for n in ["narrow-list", "widen-list", "zoom", "open"] {
        assert!(names.contains(&n), "{n} is not in the help");
    }
}

#[test]
fn a_click_and_the_wheel_follow_the_zoomed_layout() {
    let (_t, mut app) = app();
    press(&mut app, "z");
    // Column 80 is in the detail pane when not zoomed; zoomed, it is the list: a click there selects a claim.
    select(&mut app, "gdp-half");
    let y = 2 + app.rows.iter().position(|r| matches!(r, Row::Claim(..))).unwrap() as u16 + 1;
    update(&mut app, Action::Click(80, y));
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.current_claim().unwrap().id, "nine-minors");
}

// ---- keeping the width in the user's config file ----

#[test]
fn the_width_is_written_into_the_config_keeping_comments_and_other_keys() {
    let t = tempfile::tempdir().unwrap();
    let p = t.path().join("config.yaml");
    let text = "# Dara's settings\nreviewer: Dara # on the desk\nkeys:\n  verdict: V\nmouse: false\n";
    std::fs::write(&p, text).unwrap();
    remember_list_width(Some(&p), ListWidth { percent: 65, zoom: false }).unwrap();
    let after = std::fs::read_to_string(&p).unwrap();
    assert_eq!(after, format!("{text}list_width: 65\nlist_zoom: false\n"));
    // Again: the same lines change in place.
    remember_list_width(Some(&p), ListWidth { percent: 30, zoom: true }).unwrap();
    let again = std::fs::read_to_string(&p).unwrap();
    assert_eq!(again, format!("{text}list_width: 30\nlist_zoom: true\n"));
    let cfg = factdesk::tui::config::load(Some(&p)).unwrap();
    assert_eq!((cfg.reviewer.as_str(), cfg.keys["verdict"].as_str(), cfg.mouse), ("Dara", "V", false));
    assert_eq!(cfg.list(), ListWidth { percent: 30, zoom: true });
    // No temporary file left beside it.
    let names: Vec<_> = std::fs::read_dir(t.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn a_config_file_not_there_yet_is_created_with_its_folder() {
    let t = tempfile::tempdir().unwrap();
    let p = t.path().join("xdg/factdesk/config.yaml");
    remember_list_width(Some(&p), ListWidth { percent: 40, zoom: false }).unwrap();
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.starts_with('#') && text.contains("list_width: 40\nlist_zoom: false\n"), "{text}");
    assert_eq!(factdesk::tui::config::load(Some(&p)).unwrap().list(), ListWidth { percent: 40, zoom: false });
}

#[cfg(unix)]
#[test]
fn a_config_file_behind_a_link_stays_a_link() {
    let t = tempfile::tempdir().unwrap();
    let real = t.path().join("dotfiles-config.yaml");
    std::fs::write(&real, "reviewer: Dara\n").unwrap();
    let link = t.path().join("config.yaml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    remember_list_width(Some(&link), ListWidth { percent: 70, zoom: false }).unwrap();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "reviewer: Dara\nlist_width: 70\nlist_zoom: false\n");
}

#[test]
fn a_config_that_cannot_be_written_says_where_and_why() {
    let t = tempfile::tempdir().unwrap();
    // Its folder cannot exist: a file stands where it would be.
    std::fs::write(t.path().join("factdesk"), "").unwrap();
    let p = t.path().join("factdesk/config.yaml");
    let e = remember_list_width(Some(&p), ListWidth { percent: 40, zoom: false }).unwrap_err().to_string();
    assert!(e.contains("factdesk/config.yaml") && e.contains("this session only"), "{e}");
    // A layout a line splice cannot change is left alone, and the message says what to write.
    let flow = t.path().join("flow.yaml");
    std::fs::write(&flow, "{reviewer: Dara}\n").unwrap();
    let e = remember_list_width(Some(&flow), ListWidth { percent: 40, zoom: false }).unwrap_err().to_string();
    assert!(e.contains("`list_width: 40`"), "{e}");
    assert_eq!(std::fs::read_to_string(&flow).unwrap(), "{reviewer: Dara}\n");
    assert!(remember_list_width(None, ListWidth::default()).unwrap_err().to_string().contains("FACTDESK_CONFIG"));
}

// ---- columns ----

/// The columns of list row `y` of a list drawn at `area`, each as (start, end) on screen, and the claim rows' `y`s.
fn claim_rows(app: &App, area: Rect) -> Vec<u16> {
    app.rows
        .iter()
        .enumerate()
        .skip(app.list_offset)
        .take(area.height.saturating_sub(2) as usize)
        .filter(|(_, r)| matches!(r, Row::Claim(..)))
        .map(|(i, _)| area.y + 1 + (i - app.list_offset) as u16)
        .collect()
}

/// Checks that no column of any claim row spills into the next: inside each column every cell's symbol ends
/// before the column does, and the cell after a column (its separator) holds a blank.
fn assert_columns_apart(app: &App, buf: &Buffer, area: Rect) {
    let inner = area.width.saturating_sub(2) as usize;
    let cols = list_columns(inner);
    let shown = cols.shown();
    for y in claim_rows(app, area) {
        let row: String = (area.x..area.right()).map(|x| buf[(x, y)].symbol().to_string()).collect();
        for c in &shown {
            for x in c.x..c.end() {
                let cell = &buf[(area.x + 1 + x as u16, y)];
                let w = text_width(cell.symbol()).max(1);
                assert!(x + w <= c.end(), "a symbol at {x} runs past its column {c:?} (width {inner}): {row}");
            }
        }
        for pair in shown.windows(2) {
            let gap = pair[0].end();
            assert!(gap < pair[1].x, "columns {pair:?} touch (width {inner})");
            assert_eq!(buf[(area.x + 1 + gap as u16, y)].symbol(), " ", "no blank after {:?}: {row}", pair[0]);
        }
    }
}

/// Text with wide, combining and emoji characters, from `seed`.
fn tricky(seed: &[u8]) -> String {
    const PARTS: [&str; 10] = ["中文", "e\u{301}", "ก\u{e34}", "🇰🇭", "❤\u{fe0f}", "word ", "ស្រុក", "ａ", "x", "—"];
    seed.iter().map(|b| PARTS[*b as usize % PARTS.len()]).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_column_runs_into_another(width in 20u16..200, a in prop::collection::vec(any::<u8>(), 0..40),
                                   b in prop::collection::vec(any::<u8>(), 0..30)) {
        let cols = list_columns(width as usize);
        let shown = cols.shown();
        prop_assert!(shown.last().is_none_or(|c| c.end() <= width as usize));
        for pair in shown.windows(2) {
            prop_assert!(pair[0].end() < pair[1].x, "{pair:?}");
        }
        let (_t, mut app) = app();
        {
            let st = &mut app.ws.stories[0].file;
            st.claims[0].text = tricky(&a);
            st.claims[1].text = format!("{} {}", tricky(&b), tricky(&a));
            st.claims[1].id = tricky(&b);
            st.claims[2].verdict = tricky(&b);
        }
        let area = Rect::new(0, 0, width + 2, 12);
        let mut term = Terminal::new(TestBackend::new(width + 2, 12)).unwrap();
        term.draw(|f| view::list::draw(f, &app, area)).unwrap();
        assert_columns_apart(&app, term.backend().buffer(), area);
    }
}

#[test]
fn at_80_by_24_zoomed_a_claim_shows_at_least_40_characters_of_its_text() {
    let (_t, mut app) = app();
    sized(&mut app, 80, 24);
    press(&mut app, "z");
    let cols = list_columns(app.areas().list.width as usize - 2);
    assert!(cols.text.width >= 40, "{cols:?}");
    let term = render(&app, 80, 24);
    let screen = format!("{}", term.backend());
    let text = &app.ws.stories[0].file.claims[0].text;
    let first40: String = text.chars().take(40).collect();
    assert!(screen.contains(&first40), "{first40:?} not on screen:\n{screen}");
}

#[test]
fn snapshot_list_80x24() {
    let (_t, mut app) = app();
    sized(&mut app, 80, 24);
    insta::assert_snapshot!("list_80x24", render(&app, 80, 24).backend());
}

#[test]
fn snapshot_list_80x24_zoomed() {
    let (_t, mut app) = app();
    sized(&mut app, 80, 24);
    press(&mut app, "z");
    insta::assert_snapshot!("list_80x24_zoomed", render(&app, 80, 24).backend());
}

#[test]
fn snapshot_list_100x30_zoomed() {
    let (_t, mut app) = app();
    press(&mut app, "z");
    insta::assert_snapshot!("list_100x30_zoomed", render(&app, 100, 30).backend());
}

#[test]
fn snapshot_list_100x30_widened() {
    let (_t, mut app) = app();
    press(&mut app, ">");
    press(&mut app, ">");
    insta::assert_snapshot!("list_100x30_widened", render(&app, 100, 30).backend());
}

#[test]
fn snapshot_list_80x24_narrowest_keeps_text() {
    let (_t, mut app) = app();
    sized(&mut app, 80, 24);
    for _ in 0..6 {
        press(&mut app, "<");
    }
    assert_eq!(app.list_width.percent, ListWidth::MIN);
    let term = render(&app, 80, 24);
    assert!(format!("{}", term.backend()).contains("The scam"), "the text is gone at the narrowest width");
    insta::assert_snapshot!("list_80x24_narrowest", term.backend());
}

// ---- a story with no claims yet ----

#[test]
fn an_empty_storys_row_can_be_selected_and_opens_its_article() {
    let (_t, _root, mut app) = with_empty_story();
    let si = story_index(&app, "floods");
    assert_eq!(si, 0, "stories are in name order");
    assert!(app.rows.contains(&Row::Story(si)));
    assert!(app.selectable(Row::Story(si)));
    assert!(!app.selectable(Row::Story(story_index(&app, "scam-economy"))), "a story with claims: its claims are");
    // The first row is the empty story's: the cursor starts there.
    assert_eq!(app.rows[app.selected], Row::Story(si));
    press(&mut app, "G");
    assert!(app.current_claim().is_some());
    press(&mut app, "g");
    assert_eq!(app.rows[app.selected], Row::Story(si));
    assert_eq!(app.selected_story(), Some(si));
    assert!(app.current_claim().is_none());
    // j/k pass through it, and never onto the other story's title row.
    press(&mut app, "j");
    assert_eq!(app.current_claim().unwrap().id, "gdp-half");
    press(&mut app, "k");
    assert_eq!(app.rows[app.selected], Row::Story(si));
    // Enter opens its article.
    press(&mut app, "enter");
    assert!(app.article_open);
    assert_eq!(app.focus, Focus::Article);
    assert_eq!(app.article_story(), Some(si));
    // `c` on a sentence makes its first claim there.
    press(&mut app, "j");
    press(&mut app, "c");
    let st = &app.ws.stories[si].file;
    assert_eq!(st.claims.len(), 1);
    assert!(st.claims[0].text.starts_with("The city said 40 percent"), "{}", st.claims[0].text);
    assert_eq!(app.current(), Some((si, 0)), "the new claim is selected");
    assert!(!app.selectable(Row::Story(si)), "with a claim, its title row is a header again");
}

#[test]
fn n_on_an_empty_storys_row_adds_the_claim_to_that_story() {
    let (_t, _root, mut app) = with_empty_story();
    let si = story_index(&app, "floods");
    press(&mut app, "G");
    press(&mut app, "g");
    press(&mut app, "n");
    assert!(matches!(&app.mode, Mode::Form(f) if f.kind == FormKind::NewClaim));
    type_text(&mut app, "Officials blamed the dam.");
    press(&mut app, "enter");
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    let st = &app.ws.stories[si].file;
    assert_eq!(st.claims.len(), 1);
    assert_eq!(st.claims[0].text, "Officials blamed the dam.");
    assert!(!app.ws.stories[si].anchors[0].is_orphaned(), "anchored on the article's words");
    assert!(
        app.ws.stories[story_index(&app, "scam-economy")]
            .file
            .claims
            .iter()
            .all(|c| c.text != "Officials blamed the dam.")
    );
}

#[test]
fn a_workspace_whose_only_story_is_empty() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("claims");
    std::fs::create_dir_all(&root).unwrap();
    let article = t.path().join("a.txt");
    std::fs::write(&article, "Title\n\nThe dam holds 3 billion cubic metres.\n").unwrap();
    factdesk::store::new_story(&root, "dam", &article, Some("The dam")).unwrap();
    let mut app = app_on(&root);
    assert_eq!(app.rows, vec![Row::Story(0)]);
    assert_eq!(app.selected_story(), Some(0));
    press(&mut app, "G");
    press(&mut app, "g");
    assert_eq!(app.selected_story(), Some(0));
    let screen = format!("{}", render(&app, 100, 30).backend());
    assert!(screen.contains("▶ The dam (no claims yet)"), "{screen}");
    assert!(screen.contains("No claims yet in this story (dam)"), "{screen}");
    press(&mut app, "n");
    type_text(&mut app, "The dam holds 3 billion cubic metres.");
    press(&mut app, "enter");
    assert_eq!(app.ws.stories[0].file.claims.len(), 1);
    assert_eq!(app.current(), Some((0, 0)));
}

#[test]
fn an_empty_storys_row_stays_selected_through_a_filter_cleared() {
    let (_t, _root, mut app) = with_empty_story();
    let si = story_index(&app, "floods");
    press(&mut app, "g");
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "zzzz");
    press(&mut app, "esc");
    assert_eq!(app.rows[app.selected], Row::Story(si), "{:?}", app.rows);
}

#[test]
fn snapshot_empty_story_selected_100x30() {
    let (_t, _root, mut app) = with_empty_story();
    press(&mut app, "g");
    insta::assert_snapshot!("empty_story_100x30", render(&app, 100, 30).backend());
}

#[test]
fn snapshot_empty_story_selected_80x24() {
    let (_t, _root, mut app) = with_empty_story();
    sized(&mut app, 80, 24);
    press(&mut app, "g");
    insta::assert_snapshot!("empty_story_80x24", render(&app, 80, 24).backend());
}

// ---- newlines, wrapping, the article after a resize ----

#[test]
fn merged_candidate_text_ends_with_a_newline() {
    let (_t, mut app) = app();
    select(&mut app, "fifty-compounds");
    press(&mut app, "M");
    let Mode::Picker(p) = &app.mode else { panic!("no picker: {:?}", app.message) };
    let (at, t) = p
        .items
        .iter()
        .enumerate()
        .find_map(|(i, item)| match item.value {
            PickValue::MergeInto(t) => Some((i, t)),
            _ => None,
        })
        .unwrap();
    let target = app.ws.stories[0].file.claims[t].id.clone();
    for _ in 0..at {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Confirm);
    let notes = &claim(&app, &target).unwrap().notes;
    assert!(notes.contains("Merged candidate `fifty-compounds`"), "{notes}");
    assert!(notes.ends_with("\"\n"), "{notes:?}");
}

#[test]
fn the_file_handed_to_the_editor_ends_with_a_newline() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    app.ws.stories[0].file.claims.iter_mut().find(|c| c.id == "gdp-half").unwrap().notes =
        "No newline at the end".into();
    assert_eq!(press(&mut app, "E"), Some(Effect::OpenEditor("No newline at the end\n".into())));
    // Only that newline coming back is no edit.
    let n = claim(&app, "gdp-half").unwrap().history.len();
    update(&mut app, factdesk::tui::app::Reply::EditorDone(Ok("No newline at the end\n".into())));
    assert_eq!(claim(&app, "gdp-half").unwrap().notes, "No newline at the end");
    assert_eq!(claim(&app, "gdp-half").unwrap().history.len(), n);
    assert!(!app.is_modified());
    // Empty notes stay an empty file.
    app.ws.stories[0].file.claims.iter_mut().find(|c| c.id == "gdp-half").unwrap().notes.clear();
    assert_eq!(press(&mut app, "E"), Some(Effect::OpenEditor(String::new())));
}

#[test]
fn the_notes_editor_wraps_at_word_boundaries() {
    let (_t, mut app) = app();
    sized(&mut app, 80, 24);
    select(&mut app, "nine-minors");
    press(&mut app, "e");
    let typed = " The ministry spokesperson confirmed the figures by telephone on Tuesday afternoon and asked";
    type_text(&mut app, typed);
    let term = render(&app, 80, 24);
    let buf = term.backend().buffer();
    let pane = app.areas_in(Rect::new(0, 0, 80, 24)).notes;
    let lines: Vec<String> = (pane.y + 1..pane.bottom() - 1)
        .map(|y| (pane.x + 1..pane.right() - 1).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>())
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let words: Vec<&str> = typed.split_whitespace().collect();
    // Every word typed is on screen whole, never cut across two lines.
    let shown: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
    for w in &words {
        assert!(shown.contains(w), "`{w}` was cut: {lines:#?}");
    }
}

#[test]
fn the_article_scroll_never_points_past_its_text_after_a_resize() {
    let (_t, mut app) = app();
    sized(&mut app, 60, 15);
    select(&mut app, "raids-continue");
    update(&mut app, Action::ToggleArticle);
    let narrow = app.art_scroll;
    update(&mut app, Action::ToggleArticle);
    sized(&mut app, 200, 50);
    update(&mut app, Action::ToggleArticle);
    let si = app.article_story().unwrap();
    let lines = factdesk::tui::geometry::wrap(app.article_chars(si), app.areas().article.width as usize - 2).len();
    assert!(app.art_scroll < lines, "scroll {} of {lines} lines (was {narrow} at 60 wide)", app.art_scroll);
    let screen = format!("{}", render(&app, 200, 50).backend());
    assert!(screen.contains("Chhay Kim"), "the selected claim's sentence is not in view:\n{screen}");
    assert!(!screen.contains(&format!("line {}/{lines}", lines + 1)));
}

// ---- the real binary ----

/// A workspace copy for the pty tests, with the user's config beside it.
fn pty_home() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &root);
    std::fs::write(dir.path().join("config.yaml"), "# mine\nreviewer: E2E\n").unwrap();
    (dir, root)
}

#[test]
fn e2e_new_story_then_select_it_and_n_adds_a_claim_and_the_width_is_kept() {
    let (dir, root) = pty_home();
    let article = dir.path().join("floods.txt");
    std::fs::write(&article, "Floods cut power in Phnom Penh\n\nThe city said 40 percent of homes lost power.\n")
        .unwrap();
    let made = test_cache::factdesk()
        .args(["new-story", "--article"])
        .arg(&article)
        .arg("--workspace")
        .arg(&root)
        .arg("floods-power")
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let mut s = Launch::new(dir.path(), &[&root]).spawn();
    s.wait_ready();
    s.send("G");
    s.wait_for("▶ Floods cut power in Phnom Penh (no claims yet)");
    s.send("n");
    s.wait_for("New claim");
    s.send("The city said 40 percent of homes lost power.");
    s.send("\r");
    s.wait_for("new claim `");
    s.send("z");
    s.wait_for("list zoomed to the whole width");
    s.send("w");
    s.wait_until("the save", |scr| !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit());
    let story: factdesk::model::StoryFile =
        serde_yaml::from_str(&std::fs::read_to_string(root.join("floods-power/claims.yaml")).unwrap()).unwrap();
    assert_eq!(story.claims.len(), 1);
    assert_eq!(story.claims[0].text, "The city said 40 percent of homes lost power.");
    let config = std::fs::read_to_string(dir.path().join("config.yaml")).unwrap();
    assert_eq!(config, "# mine\nreviewer: E2E\nlist_width: 50\nlist_zoom: true\n");
    // The next start opens zoomed.
    let mut s = Launch::new(dir.path(), &[&root]).spawn();
    let screen = s.wait_ready();
    assert!(!screen.contains("┌ Claim "), "zoomed: no detail pane\n{screen}");
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn e2e_the_article_shows_its_text_after_a_resize_while_suspended() {
    let (dir, root) = pty_home();
    // A shell with job control, as a journalist's: Ctrl-Z stops factdesk and gives the terminal to the shell, so a
    // resize meanwhile reaches the shell, not factdesk; `fg` brings it back.
    let fd = env!("CARGO_BIN_EXE_factdesk");
    let script = format!("set -m; '{fd}' '{}'; echo SHELL-HAS-IT; read -r _; fg; echo DONE; read -r _", root.display());
    let mut s = Launch::program(dir.path(), "bash", &["--norc", "--noprofile", "-c", &script]).size(24, 80).spawn();
    s.wait_ready();
    // A claim halfway down the article: at 80 columns its sentence is far below where it is at 200.
    s.send("g");
    s.send("jjjjjjj");
    s.wait_until("nine-minors selected", |scr| scr.contains("id nine-minors"));
    s.send("\x1a");
    s.wait_for("SHELL-HAS-IT");
    s.resize(50, 200);
    s.send("\n");
    s.wait_ready();
    s.send("A");
    let screen = s.wait_until("the article and its legend", |scr| scr.contains("Article:") && scr.contains("  line "));
    let line = screen.lines().find(|l| l.contains("  line ")).unwrap_or_default().to_string();
    let nums: Vec<usize> = line
        .split("line ")
        .nth(1)
        .unwrap_or_default()
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .take(2)
        .collect();
    assert!(nums.len() == 2 && nums[0] <= nums[1], "{line}\n{screen}");
    // The selected claim's words are in the article pane (right of the list's 80 columns), at the new width.
    let article: String = screen.lines().map(|l| l.chars().skip(80).collect::<String>() + "\n").collect();
    assert!(article.contains("minors"), "the selected sentence is not in view:\n{screen}");
    assert!(screen.lines().nth(1).unwrap_or_default().chars().count() > 100, "not drawn at 200 columns:\n{screen}");
    s.send("q");
    s.wait_for("DONE");
}
