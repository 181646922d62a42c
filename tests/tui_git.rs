//! Issue 17, item 3: git in the UI. Each story's git state in the list and the header, `D` (the story's
//! `git diff` in a pane, coloured) and `L` (the commits that touched the claim): `update` units, snapshots at
//! 100×30 and 80×24, and the real binary in a pseudo-terminal inside a real git repository.

mod common;

use common::pty::Launch;
use common::*;
use factdesk::git::StoryGit;
use factdesk::tui::app::{Action, Effect, GitPaneKind, Mode, Reply, update};
use factdesk::tui::theme::Theme;
use factdesk::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

const DIFF: &str = "diff --git a/claims/scam-economy/claims.yaml b/claims/scam-economy/claims.yaml
index 1111111..2222222 100644
--- a/claims/scam-economy/claims.yaml
+++ b/claims/scam-economy/claims.yaml
@@ -26,7 +26,7 @@ claims:
   kind: statistic
   status: reviewed
-  verdict: accurate
+  verdict: misleading
   tags:
";

fn in_repo(app: &mut factdesk::tui::app::App, marks: StoryGit) {
    let slug = app.ws.stories[0].slug.clone();
    update(app, Reply::GitStatus(Some(HashMap::from([(slug, marks)]))));
}

#[test]
fn without_a_repository_d_and_l_say_so_and_ask_nothing() {
    let (_t, mut app) = app();
    update(&mut app, Reply::GitStatus(None));
    select(&mut app, "nine-minors");
    assert_eq!(press(&mut app, "D"), None);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.message.as_ref().unwrap().text.contains("not in a git repository"));
    assert_eq!(press(&mut app, "L"), None);
    assert_eq!(app.git_of(0), None);
}

#[test]
fn d_asks_for_the_story_diff_and_shows_it_and_scrolls_and_closes() {
    let (_t, mut app) = app();
    in_repo(&mut app, StoryGit { modified: true, ..Default::default() });
    select(&mut app, "nine-minors");
    let dir = app.ws.stories[0].dir.clone();
    let effect = press(&mut app, "D");
    let Some(Effect::GitDiff { dir: asked, title }) = effect else { panic!("{effect:?}") };
    assert_eq!(asked, dir);
    assert_eq!(title, "git diff: scam-economy");
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert_eq!((pane.kind, pane.lines.is_none()), (GitPaneKind::Diff, true), "running until git answers");
    // A reply for another pane is not shown here.
    update(&mut app, Reply::GitText { title: "git diff: other".into(), text: Ok("x".into()) });
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert!(pane.lines.is_none());
    update(&mut app, Reply::GitText { title, text: Ok(DIFF.repeat(10)) });
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert_eq!(pane.lines.as_ref().unwrap().len(), 100);
    press(&mut app, "j");
    press(&mut app, "j");
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert_eq!(pane.scroll, 2);
    press(&mut app, "k");
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert_eq!(pane.scroll, 1);
    press(&mut app, "Esc");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn l_asks_for_the_claims_commits_and_an_empty_answer_says_so() {
    let (_t, mut app) = app();
    in_repo(&mut app, StoryGit::default());
    select(&mut app, "raids-continue");
    let effect = press(&mut app, "L");
    let Some(Effect::GitLog { file, id, title }) = effect else { panic!("{effect:?}") };
    assert_eq!((id.as_str(), title.as_str()), ("raids-continue", "git log: scam-economy/raids-continue"));
    assert!(file.ends_with("scam-economy/claims.yaml"));
    update(&mut app, Reply::GitText { title: title.clone(), text: Ok(String::new()) });
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert_eq!(pane.lines.as_deref().unwrap(), ["no commits touch this claim"]);
    update(&mut app, Reply::GitText { title, text: Err("boom".into()) });
    let Mode::Git(pane) = &app.mode else { panic!() };
    assert_eq!(pane.lines.as_deref().unwrap(), ["git: boom"]);
}

#[test]
fn the_keymap_has_diff_and_log() {
    let (_t, app) = app();
    let k = &app.keymap;
    assert_eq!(k.key_for(factdesk::tui::keymap::Context::Main, "diff"), "D");
    assert_eq!(k.key_for(factdesk::tui::keymap::Context::Main, "log"), "L");
}

fn render(app: &factdesk::tui::app::App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(f, app)).unwrap();
    term
}

#[test]
fn snapshot_git_marks_in_the_list_and_header() {
    for (w, h) in [(100, 30), (80, 24)] {
        let (_t, mut app) = app();
        update(&mut app, Action::Resize(w, h));
        in_repo(&mut app, StoryGit { modified: true, staged: true, ..Default::default() });
        select(&mut app, "nine-minors");
        let term = render(&app, w, h);
        let text = format!("{}", term.backend());
        assert!(text.contains("git: staged, modified"), "{text}");
        assert!(text.contains("SM "), "{text}");
        insta::assert_snapshot!(format!("git_marks_{w}x{h}"), term.backend());
    }
}

#[test]
fn snapshot_diff_pane() {
    for (w, h) in [(100, 30), (80, 24)] {
        let (_t, mut app) = app();
        update(&mut app, Action::Resize(w, h));
        in_repo(&mut app, StoryGit { modified: true, ..Default::default() });
        select(&mut app, "nine-minors");
        let Some(Effect::GitDiff { title, .. }) = press(&mut app, "D") else { panic!() };
        update(&mut app, Reply::GitText { title, text: Ok(DIFF.into()) });
        insta::assert_snapshot!(format!("git_diff_{w}x{h}"), render(&app, w, h).backend());
    }
}

#[test]
fn the_diff_is_coloured_and_plain_under_mono() {
    let (_t, mut app) = app_with(Theme::COLOR);
    in_repo(&mut app, StoryGit { modified: true, ..Default::default() });
    select(&mut app, "nine-minors");
    let Some(Effect::GitDiff { title, .. }) = press(&mut app, "D") else { panic!() };
    update(&mut app, Reply::GitText { title, text: Ok(DIFF.into()) });
    let term = render(&app, 100, 30);
    let buf = term.backend().buffer();
    let fg_of = |needle: &str| {
        for y in 0..buf.area.height {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect();
            if let Some(col) = row.find(needle) {
                let x = row[..col].chars().count() as u16;
                return buf[(x, y)].fg;
            }
        }
        panic!("{needle} not on screen");
    };
    assert_eq!(fg_of("+  verdict: misleading"), Color::Green);
    assert_eq!(fg_of("-  verdict: accurate"), Color::Red);
    assert_eq!(fg_of("@@ -26,7"), Color::Cyan);
}

fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Ana Editor")
        .env("GIT_AUTHOR_EMAIL", "a@example.org")
        .env("GIT_COMMITTER_NAME", "Ana Editor")
        .env("GIT_COMMITTER_EMAIL", "a@example.org")
        .output()
        .unwrap();
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn the_real_binary_shows_git_state_diff_and_log_in_a_repository() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    copy_dir(&fixture(), &root);
    std::fs::write(dir.path().join("config.yaml"), "reviewer: E2E\n").unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["add", "claims"]);
    git(dir.path(), &["commit", "-q", "-m", "Check the raids claim"]);
    let file = root.join("scam-economy/claims.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("verdict: misleading", "verdict: inaccurate", 1)).unwrap();
    git(dir.path(), &["commit", "-q", "-am", "Raids: inaccurate after all"]);
    // An unstaged edit on top.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("verdict: accurate", "verdict: misleading", 1)).unwrap();

    let mut pty = Launch::new(dir.path(), &[root.as_os_str()])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .spawn();
    pty.wait_ready();
    let screen = pty.wait_for("git: modified");
    assert!(screen.contains("M Scam") || screen.contains("M scam"), "{screen}");
    pty.send("D");
    let screen = pty.wait_for("+  verdict: misleading");
    assert!(screen.contains("-  verdict: accurate") && screen.contains("git diff: scam-economy"), "{screen}");
    pty.send("\x1b");
    pty.wait_until("the pane to close", |s| !s.contains("git diff:"));
    // The claim the second commit changed: its log names both commits (its lines were in the first too).
    pty.send("g");
    for _ in 0..2 {
        pty.send("j");
    }
    pty.send("L");
    let screen = pty.wait_for("Raids: inaccurate after all");
    assert!(screen.contains("git log: scam-economy/"), "{screen}");
    assert!(screen.contains("Ana Editor"), "{screen}");
    pty.send("\x1b");
    pty.wait_until("the log to close", |s| !s.contains("git log:"));
    pty.send("q");
    assert!(pty.wait_exit());
}

/// `--color` reaches the UI: `always` colours even under NO_COLOR (which the harness sets), `never` does not.
#[test]
fn the_color_option_reaches_the_ui() {
    for (choice, coloured) in [("always", true), ("never", false)] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("claims");
        copy_dir(&fixture(), &root);
        let mut pty = Launch::new(dir.path(), &[root.as_os_str(), "--color".as_ref(), choice.as_ref()]).spawn();
        pty.wait_ready();
        let raw = String::from_utf8_lossy(&pty.raw.lock().unwrap()).into_owned();
        // Foreground colours are SGR 30-37/90-97 or 38;5;n; the harness's NO_COLOR alone gives none.
        let has_fg =
            ["\x1b[36m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[34m", "\x1b[38;5;", "\x1b[90m", "\x1b[1;36m"]
                .iter()
                .any(|c| raw.contains(c));
        assert_eq!(has_fg, coloured, "--color {choice}");
        pty.send("q");
        assert!(pty.wait_exit());
    }
}
