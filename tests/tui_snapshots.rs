//! Snapshot tests of whole TUI screens at 100×30 (TestBackend + insta), and style checks on the buffer.

mod common;

use common::*;
use factdesk::tui::app::{Action, App, Reply, update};
use factdesk::tui::keymap::Context;
use factdesk::tui::theme::Theme;
use factdesk::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term
}

fn screen(app: &App) -> Terminal<TestBackend> {
    render(app, 100, 30)
}

#[test]
fn snapshot_list() {
    let (_t, app) = app();
    insta::assert_snapshot!("list", screen(&app).backend());
}

#[test]
fn snapshot_detail() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    update(&mut app, Action::NextPane);
    insta::assert_snapshot!("detail", screen(&app).backend());
}

#[test]
fn snapshot_notes_editing() {
    let (_t, mut app) = app();
    select(&mut app, "nine-minors");
    update(&mut app, Action::EditNotes);
    type_text(&mut app, "A long line typed in place, long enough to show that the notes editor wraps softly.");
    insta::assert_snapshot!("notes_editing", screen(&app).backend());
}

#[test]
fn snapshot_article() {
    let (_t, mut app) = app();
    update(&mut app, Action::ToggleArticle);
    insta::assert_snapshot!("article", screen(&app).backend());
}

#[test]
fn snapshot_help() {
    let (_t, mut app) = app();
    update(&mut app, Action::Help);
    insta::assert_snapshot!("help", screen(&app).backend());
}

#[test]
fn help_at_80_columns_cuts_descriptions_never_action_names() {
    let (_t, mut app) = app();
    update(&mut app, Action::Help);
    let text = render(&app, 80, 24).backend().to_string();
    insta::assert_snapshot!("help_80x24", text);
    // Every action name shown is whole (it is what a `keys:` override needs).
    let names: Vec<&str> = Context::ALL.iter().flat_map(|c| app.keymap.grouped(*c)).map(|g| g.1).collect();
    let mut seen = 0;
    for line in text.lines().filter(|l| l.contains("  ")) {
        let last = line.trim_matches(|c| c == '"' || c == '│' || c == ' ').rsplit("  ").next().unwrap_or("").trim();
        if line.contains("help: every key") || line.contains("move down") || line.contains("go to the") {
            assert!(names.contains(&last), "`{last}` is not a whole action name: {line}");
            seen += 1;
        }
    }
    assert!(seen >= 3, "{text}");
}

#[test]
fn snapshot_verdict_picker() {
    let (_t, mut app) = app();
    update(&mut app, Action::VerdictPicker);
    insta::assert_snapshot!("verdict_picker", screen(&app).backend());
}

#[test]
fn snapshot_active_filter() {
    let (_t, mut app) = app();
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "gdp");
    insta::assert_snapshot!("active_filter", screen(&app).backend());
}

#[test]
fn snapshot_loading() {
    use factdesk::tui::app::LoadedChunk;
    let (_t, full) = app();
    let mut ws = full.ws.clone();
    let stories = std::mem::take(&mut ws.stories);
    let mut app = App::new(ws, factdesk::tui::keymap::Keymap::default(), Theme::MONO, "T".into());
    update(&mut app, Action::Resize(100, 30));
    app.loading = Some((0, 3));
    let empty = screen(&app);
    insta::assert_snapshot!("loading_empty", empty.backend());
    update(&mut app, Reply::StoriesLoaded(LoadedChunk { stories, ..Default::default() }));
    insta::assert_snapshot!("loading_first_story", screen(&app).backend());
}

#[test]
fn unsaved_edits_show_first_in_the_header_whatever_its_width() {
    let (_t, mut app) = app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    let term = render(&app, 60, 20);
    let buf = term.backend().buffer();
    let header: String = (0..60).map(|x| buf[(x, 0)].symbol().to_string()).collect();
    assert!(header.starts_with(" factdesk [+] modified · "), "{header}");
}

#[test]
fn the_quit_question_shows_even_in_a_too_small_window() {
    let (_t, mut app) = app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    update(&mut app, Action::Quit);
    let term = render(&app, 59, 14);
    let text: String = term.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("Quit with 1 story unsaved?") && text.contains("w saves and quits"), "{text}");
}

#[test]
fn snapshot_too_small() {
    let (_t, app) = app();
    insta::assert_snapshot!("too_small", render(&app, 59, 14).backend());
}

/// Finds the first cell whose row contains `needle`, returns (x, y) of the needle's start.
fn find(buf: &Buffer, needle: &str) -> (u16, u16) {
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect();
        if let Some(b) = row.find(needle) {
            return (row[..b].chars().count() as u16, y);
        }
    }
    panic!("{needle} not on screen");
}

#[test]
fn selection_is_reverse_video_even_without_colour() {
    let (_t, app) = app();
    let term = screen(&app);
    let buf = term.backend().buffer();
    let (x, y) = find(buf, "gdp-half   The scam");
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED), "selected row is reversed");
    let (x2, y2) = find(buf, "nine-mino");
    assert!(!buf[(x2, y2)].modifier.contains(Modifier::REVERSED), "other rows are not");
    assert_eq!(buf[(x2, y2)].fg, Color::Reset, "no colour under NO_COLOR");
}

#[test]
fn verdict_badges_carry_their_colour_and_symbol() {
    let (_t, app) = app_with(Theme::COLOR);
    let term = screen(&app);
    let buf = term.backend().buffer();
    let (x, y) = find(buf, "✔ accurate");
    assert_eq!(buf[(x, y)].fg, Color::Green);
    let (x, y) = find(buf, "! mislead");
    assert_eq!(buf[(x, y)].fg, Color::Yellow);
    let (x, y) = find(buf, "◇ 0.91");
    assert_eq!(buf[(x, y)].fg, Color::Magenta);
    assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
}

#[test]
fn filter_highlights_matched_characters() {
    let (_t, mut app) = app();
    update(&mut app, Action::StartFilter);
    type_text(&mut app, "gdp");
    let term = screen(&app);
    let buf = term.backend().buffer();
    let (x, y) = find(buf, "gdp-half");
    for dx in 0..3 {
        assert!(buf[(x + dx, y)].modifier.contains(Modifier::UNDERLINED), "matched char {dx} is underlined");
    }
    assert!(!buf[(x + 3, y)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn article_marks_current_claims_and_candidates_differently() {
    let (_t, mut app) = app();
    update(&mut app, Action::ToggleArticle);
    let term = screen(&app);
    let buf = term.backend().buffer();
    // The current claim (gdp-half): bold and underlined.
    let (x, y) = find(buf, "generates 12.5");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD | Modifier::UNDERLINED));
    // Another accepted claim: underlined, not bold.
    let (x, y) = find(buf, "Officials said");
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert!(!buf[(x, y)].modifier.contains(Modifier::BOLD));
    // A candidate: italic, not underlined.
    let (x, y) = find(buf, "Researchers counted");
    assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
    assert!(!buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    // Plain text: nothing.
    let (x, y) = find(buf, "The latest report");
    assert!(buf[(x, y)].modifier.is_empty());
    // The orphaned claim is named.
    find(buf, "orphaned, not in the article: vanished-quote");
}

#[test]
fn wide_scripts_keep_the_layout() {
    let (_t, mut app) = app();
    let story = &mut app.ws.stories[0];
    story.file.claims[0].text =
        "ខ្មែរ ไทย 中文中文中文中文中文中文中文中文中文中文 👩‍💻 emoji and more words to overflow".into();
    app.rebuild_rows(None);
    let term = screen(&app);
    let buf = term.backend().buffer();
    // Every row still ends with the list's right border at the same column.
    let (bx, _) = find(buf, "┐┌");
    for y in 2..27 {
        assert_eq!(buf[(bx, y)].symbol(), "│", "row {y} border moved");
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let (_t, mut app) = app();
    let evil = "bell\u{7} esc\u{1b}]0;pwned\u{7} csi\u{1b}[2J bidi\u{202e}txet";
    {
        let c = &mut app.ws.stories[0].file.claims[0];
        c.text = evil.into();
        c.notes = evil.into();
        c.id = "evil\u{1b}[31m".into();
    }
    app.rebuild_rows(None);
    let check = |app: &App| {
        let term = screen(app);
        for cell in term.backend().buffer().content() {
            let s = cell.symbol();
            assert!(!s.contains(|c: char| c.is_control() || c == '\u{202e}'), "raw {s:?} on screen");
        }
    };
    check(&app);
    // ratatui would drop raw control characters by itself; the visible stand-ins prove our sanitizer drew them.
    let term = screen(&app);
    let buf = term.backend().buffer();
    find(buf, "esc␛]0;pwned␇");
    find(buf, "bidi¦txet");
    update(&mut app, Action::EditNotes);
    check(&app);
    update(&mut app, Action::Cancel);
    update(&mut app, Action::ToggleArticle);
    check(&app);
}

#[test]
fn footer_offers_triage_keys_on_a_candidate() {
    let (_t, mut app) = app();
    select(&mut app, "fifty-compounds");
    let term = screen(&app);
    let buf = term.backend().buffer();
    let (_, y) = find(buf, "y accept  r reject  M merge");
    assert_eq!(y, 29, "on the footer line");
    find(buf, "◇ candidate: y accepts");
    select(&mut app, "gdp-half");
    let term = screen(&app);
    let last: String = (0..100).map(|x| term.backend().buffer()[(x, 29)].symbol().to_string()).collect();
    assert!(!last.contains("accept") && last.contains("v verdict"), "{last}");
}

#[test]
fn similar_claims_are_listed_with_their_story_and_verdict() {
    let (_t, mut app) = app();
    select(&mut app, "gdp-half");
    // A near-duplicate elsewhere in the workspace: another story checked the same figure.
    let mut twin = app.ws.stories[0].file.claims.iter().find(|c| c.id == "gdp-half").unwrap().clone();
    twin.id = "gdp-half-again".into();
    twin.verdict = "misleading".into();
    let mut other = app.ws.stories[0].clone();
    other.slug = "older-story".into();
    other.file.claims = vec![twin];
    app.ws.stories.push(other);
    let index = factdesk::tui::app::SimilarClaims::build(factdesk::tui::app::SimilarClaims::input(&app.ws));
    let claim = app.current_claim().unwrap().clone();
    let found = index.lookup(&factdesk::similar::Fields::of(&claim), "scam-economy", "gdp-half", 5);
    assert!(found.iter().all(|f| (f.1.as_str(), f.2.as_str()) != ("scam-economy", "gdp-half")), "itself excluded");
    assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("older-story", "gdp-half-again"));
    assert!((found[0].0 - 1.0).abs() < 1e-3, "a copy matches wholly: {found:?}");
    // The rest are listed too, labelled by how close they are, never hidden by a cut-off.
    assert!(found.len() > 1 && found[1..].iter().all(|f| f.0 < found[0].0), "{found:?}");
    update(&mut app, Reply::SimilarReady(std::sync::Arc::new(index)));
    let term = render(&app, 100, 60);
    let buf = term.backend().buffer();
    find(buf, &format!("Similar claims ({}):", found.len()));
    find(buf, "same claim older-story/gdp-half-again");
    find(buf, "Misleading");
}

#[test]
fn the_footer_offers_save_and_quit_only_when_quitting() {
    let footer = |app: &App| -> String {
        let term = screen(app);
        (0..100).map(|x| term.backend().buffer()[(x, 29)].symbol().to_string()).collect()
    };
    let (_t, mut app) = app();
    update(&mut app, Action::Delete);
    let last = footer(&app);
    assert!(last.contains("y yes") && !last.contains("save+quit"), "{last}");
    update(&mut app, Action::Cancel);
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm);
    update(&mut app, Action::Quit);
    assert!(footer(&app).contains("w save+quit"), "{}", footer(&app));
}

#[test]
fn a_story_that_cannot_be_read_is_named_not_shown_as_an_empty_workspace() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("scams");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("article.txt"), "Half of GDP.\n").unwrap();
    std::fs::write(
        dir.join("claims.yaml"),
        "story:\n  title: Scams\n  article: article.txt\nclaims:\n- id: a\n  text: [oops\n",
    )
    .unwrap();
    let mut app = app_on(t.path());
    app.finish_loading();
    let term = screen(&app);
    let text: String = term.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("Nothing could be shown") && text.contains("claims.yaml:"), "{text}");
    assert!(!text.contains("No claims yet"), "{text}");
    assert!(text.contains("⚠ 1 problem (factdesk check)"), "the header keeps it in sight: {text}");
    update(&mut app, Action::NewClaim);
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.starts_with("no story could be read: ") && m.text.contains("claims.yaml:"), "{}", m.text);
    // Half fixed, then R: the problem shown is where the file breaks now, not where it broke before.
    let good = "story:\n  title: Scams\n  article: article.txt\nclaims:\n- id: a\n  text: Half\n";
    std::fs::write(dir.join("claims.yaml"), format!("{good}- [x\n")).unwrap();
    let retried = factdesk::tui::stories_now_readable(&app);
    assert!(retried.chunk.stories.is_empty());
    update(&mut app, Reply::StoriesFixed(retried));
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.starts_with("still cannot be read: ") && m.text.contains("claims.yaml:7:"), "{}", m.text);
    // Fixed on disk, then R: the story comes in without a restart, and its old problem goes.
    std::fs::write(dir.join("claims.yaml"), good).unwrap();
    let fixed = factdesk::tui::stories_now_readable(&app);
    assert_eq!(fixed.chunk.stories.len(), 1);
    update(&mut app, Reply::StoriesFixed(fixed));
    assert_eq!(app.ws.stories.len(), 1);
    assert!(app.first_problem().is_none(), "{:?}", app.first_problem());
    assert!(app.current_claim().is_some_and(|c| c.id == "a"));
    assert!(factdesk::tui::stories_now_readable(&app).retried.is_empty(), "a loaded story is not read twice");
}

#[test]
fn an_unknown_verdict_is_marked_as_unknown_not_as_a_real_one() {
    let (_t, mut app) = app();
    app.ws.stories[0].file.claims[0].verdict = "mostly-false".into();
    let id = app.ws.stories[0].file.claims[0].id.clone();
    select(&mut app, &id);
    let term = screen(&app);
    let text: String = term.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("‽ mostly-false"), "{text}");
    assert!(text.contains("mostly-false: not on this workspace's"), "{text}");
    assert!(!text.contains("? mostly-false"), "{text}");
    let header: String = (0..100).map(|x| term.backend().buffer()[(x, 0)].symbol().to_string()).collect();
    assert!(header.contains("‽ 1"), "{header}");
}

#[test]
fn a_message_too_long_for_its_line_ends_in_an_ellipsis() {
    let (_t, mut app) = app();
    app.set_message(format!("{} END", "a long message ".repeat(12)), true);
    let term = screen(&app);
    let row = |y: u16| -> String { (0..100).map(|x| term.backend().buffer()[(x, y)].symbol().to_string()).collect() };
    let line = (0..30).map(row).find(|l| l.contains("a long message")).expect("the message is on screen");
    assert!(line.trim_end().ends_with('…') && !line.contains("END"), "{line}");
}

#[test]
fn invisible_characters_are_shown_and_borders_stay_put() {
    let (_t, mut app) = app();
    // Tag characters spelling "hidden", a joiner between Latin letters, a soft hyphen, an invisible times, and
    // Hangul fillers (counted two columns wide by the tables, drawn as nothing: they shifted the borders).
    let tags: String = "hidden".chars().map(|c| char::from_u32(0xe0000 + c as u32).unwrap()).collect();
    let evil = format!("GDP{tags} a\u{200d}b so\u{ad}ft x\u{2062}y \u{115f}\u{115f}\u{115f}\u{3164} end 👩\u{200d}💻");
    {
        let c = &mut app.ws.stories[0].file.claims[0];
        c.text = evil.clone();
        c.notes = evil.clone();
        c.tags = vec![evil.clone()];
    }
    let story = &mut app.ws.stories[0];
    story.article = format!("{evil}\n\n{}", story.article);
    story.reanchor();
    app.rebuild_rows(None);
    let invisible =
        |c: char| matches!(c as u32, 0xad | 0x115f | 0x1160 | 0x2062 | 0x3164 | 0xe0000..=0xe0fff) || (c == '\u{200d}');
    for (name, actions) in [("list", vec![]), ("article", vec![Action::ToggleArticle])] {
        for a in actions {
            update(&mut app, a);
        }
        let term = screen(&app);
        let buf = term.backend().buffer();
        for cell in buf.content() {
            let s = cell.symbol();
            // The one joiner kept is inside the emoji sequence.
            let stray = s.chars().any(invisible) && !s.contains("👩\u{200d}💻");
            assert!(!stray, "{name}: invisible {s:?} on screen");
        }
        // Every line of the screen is as wide as the terminal: no character's width was miscounted.
        for y in 0..30 {
            let w: usize = (0..100).map(|x| unicode_width::UnicodeWidthStr::width(buf[(x, y)].symbol()).max(1)).sum();
            assert!(w >= 100, "{name}: row {y} is {w} columns");
        }
        let text: String = buf.content().iter().map(|c| c.symbol()).collect();
        assert!(text.contains("GDP······"), "{name}: the tag characters are shown as dots");
        assert!(text.contains("a·b") && text.contains("so·ft") && text.contains("x·y"), "{name}");
    }
}
