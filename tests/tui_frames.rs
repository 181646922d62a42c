//! Frames are drawn only when something changed (issue 16): after a million-claim load the runner wakes every few
//! milliseconds for a minute to hand the similar-claims index its input, and an idle UI wakes for the guard's ticks;
//! neither may redraw a screen that shows nothing new.

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::Launch;
use common::*;
use factdesk::tui::app::{Action, Reply, update};
use std::time::{Duration, Instant};

#[test]
fn a_frame_is_due_after_a_message_and_not_before() {
    let (_t, mut app) = app();
    // Nothing is on screen yet.
    assert!(app.frames.due());
    app.frames.drawn();
    assert!(!app.frames.due(), "drawn, and nothing changed since");
    assert_eq!(app.frames.count(), 1);
    // A user's action and a runner's reply each make one due.
    update(&mut app, Action::Down);
    assert!(app.frames.due());
    app.frames.drawn();
    update(&mut app, Reply::Note { text: "saved".into(), error: false });
    assert!(app.frames.due());
    app.frames.drawn();
    assert!(!app.frames.due());
    assert_eq!(app.frames.count(), 3);
}

/// The bytes the UI has written so far.
fn written(pty: &common::pty::Pty) -> usize {
    pty.raw.lock().unwrap().len()
}

#[test]
fn an_idle_ui_draws_nothing_until_a_key_changes_something() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    copy_dir(&fixture(), &root);
    std::fs::write(dir.path().join("config.yaml"), "reviewer: Frames\n").unwrap();
    let mut pty = Launch::new(dir.path(), &[&root]).spawn();
    pty.wait_ready();
    // Every frame writes at least the sequence that hides the cursor, so a UI that draws at every wake (four times
    // a second when idle) never goes quiet. Wait for a quiet second, with a generous deadline.
    let deadline = Instant::now() + Duration::from_secs(30);
    let (mut last, mut since) = (written(&pty), Instant::now());
    while since.elapsed() < Duration::from_secs(1) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        let now = written(&pty);
        if now != last {
            (last, since) = (now, Instant::now());
        }
    }
    assert!(since.elapsed() >= Duration::from_secs(1), "the idle UI kept writing to the terminal: it redraws");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(written(&pty), last, "nothing changed, yet something was drawn");
    // A key that moves the selection is drawn.
    pty.send("j");
    let deadline = Instant::now() + Duration::from_secs(20);
    while written(&pty) == last && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(written(&pty) > last, "a key was not drawn");
    pty.send("q");
    assert!(pty.wait_exit());
}
