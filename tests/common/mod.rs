//! Shared helpers for the TUI tests: a temporary copy of the fixture workspace and an `App` on it.
#![allow(dead_code)]

use factdesk::tui::app::{Action, App, Effect, key_action, update};
use factdesk::tui::keymap::Keymap;
use factdesk::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};

pub mod extract;
pub mod pty;

/// Types `/QUERY` into the binary in `p` (a workspace at `root`), waits (a "does not hang" deadline) until the status
/// line gives the query's count with no search left running, and asserts that count is every match `factdesk search`'s
/// scan of the workspace's claims finds, and more than none.
pub fn filter_count_is_the_scans(p: &mut pty::Pty, root: &Path, query: &str) {
    p.send(format!("/{query}"));
    let shown = format!("/{query}");
    let screen = p.wait_until(&format!("matches for {shown}"), |s| {
        s.lines().any(|l| l.contains(&shown) && l.contains(" matches") && !l.contains("searching"))
    });
    let line = screen.lines().find(|l| l.contains(&shown)).unwrap();
    let n: usize = line[line.find(" (").unwrap() + 2..].split(' ').next().unwrap().parse().unwrap();
    let ws = factdesk::load::load_workspace(root).unwrap();
    let corpus = factdesk::search::Corpus::from_workspace(&ws);
    let want = factdesk::search::scan(&corpus, query, factdesk::search::DEFAULT_ENGINE, 1).len();
    assert!(n > 0 && n == want, "{line}: the scan finds {want}");
}

pub const NOW: &str = "2026-11-28T10:00:00+00:00";
pub const TODAY: &str = "2026-11-28";

/// The small workspace under `tests/fixtures/ws` (written for these tests).
pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ws")
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// A temporary copy of the fixture workspace.
pub fn temp_workspace() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    copy_dir(&fixture(), &ws);
    (t, ws)
}

/// An app on a temporary copy of the fixture, with a fixed clock and reviewer, at 100×30, without colour.
pub fn app_with(theme: Theme) -> (tempfile::TempDir, App) {
    let (t, root) = temp_workspace();
    let ws = factdesk::load::load_workspace(&root).unwrap();
    let mut app = App::new(ws, Keymap::default(), theme, "Tester".into());
    app.clock = Some((NOW.into(), TODAY.into()));
    update(&mut app, Action::Resize(100, 30));
    (t, app)
}

pub fn app() -> (tempfile::TempDir, App) {
    app_with(Theme::MONO)
}

pub fn key_event(spec: &str) -> KeyEvent {
    let k = factdesk::tui::keymap::Key::parse(spec).unwrap_or_else(|| panic!("bad key {spec}"));
    let mut mods = k.mods;
    if let KeyCode::Char(c) = k.code
        && c.is_ascii_uppercase()
    {
        mods |= KeyModifiers::SHIFT;
    }
    KeyEvent::new(k.code, mods)
}

/// Presses one key through the keymap, as the runner does.
pub fn press(app: &mut App, spec: &str) -> Option<Effect> {
    let action = key_action(app, key_event(spec))?;
    update(app, action)
}

/// Types text into whatever text field is active.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
    }
}

/// Selects the claim with this id.
pub fn select(app: &mut App, id: &str) {
    update(app, Action::Top);
    for _ in 0..app.rows.len() {
        if app.current_claim().is_some_and(|c| c.id == id) {
            return;
        }
        update(app, Action::Down);
    }
    panic!("claim {id} not in the list");
}

pub fn claim<'a>(app: &'a App, id: &str) -> Option<&'a factdesk::model::Claim> {
    app.ws.stories.iter().flat_map(|s| &s.file.claims).find(|c| c.id == id)
}

/// A new app on an existing workspace folder, as a fresh start of factdesk would load it.
pub fn app_on(root: &Path) -> App {
    let ws = factdesk::load::load_workspace(root).unwrap();
    let mut app = App::new(ws, Keymap::default(), Theme::MONO, "Tester".into());
    app.clock = Some((NOW.into(), TODAY.into()));
    update(&mut app, Action::Resize(100, 30));
    app
}

/// The screen at `w`×`h` after a resize, as text (`TestBackend`), for snapshots.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    update(app, Action::Resize(w, h));
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    term.draw(|f| factdesk::tui::view::draw(f, app)).unwrap();
    term.backend().to_string()
}

/// The form that is open; panics with the mode otherwise.
pub fn open_form(app: &App) -> &factdesk::tui::app::Form {
    match &app.mode {
        factdesk::tui::app::Mode::Form(f) => f,
        other => panic!("no form open: {other:?}"),
    }
}

/// Adds `older-story` to the workspace at `root`: a reviewed claim, `held-over-a-year`, that checked in other words
/// what the fixture's candidate `held-a-year` says (issue 18's "checked before?").
pub fn write_older_check(root: &Path) {
    let older = root.join("older-story");
    std::fs::create_dir_all(&older).unwrap();
    std::fs::write(older.join("article.txt"), "Workers said they were held for over a year in the compounds.\n")
        .unwrap();
    std::fs::write(
        older.join("claims.yaml"),
        "story:\n  title: Older\n  article: article.txt\nclaims:\n- id: held-over-a-year\n  text: Workers were held \
         in the compounds for over a year\n  verdict: accurate\n  status: reviewed\n",
    )
    .unwrap();
}
