//! Terminal start-up without a cursor query (issue 12, item 13): the real binary in a pseudo-terminal that never
//! answers any query still draws, suspends and resumes, and hands the terminal to `$EDITOR` and back, and never
//! sends `ESC[6n`.

mod common;

use common::pty::{self, Launch, Pty};
use std::path::PathBuf;
use std::sync::Arc;

const CURSOR_QUERY: &[u8] = b"\x1b[6n";

/// A factdesk in a pty whose "terminal" answers nothing: it only records what the program writes.
struct Mute {
    pty: Pty,
    root: PathBuf,
    _dir: tempfile::TempDir,
}

impl std::ops::Deref for Mute {
    type Target = Pty;
    fn deref(&self) -> &Pty {
        &self.pty
    }
}

impl std::ops::DerefMut for Mute {
    fn deref_mut(&mut self) -> &mut Pty {
        &mut self.pty
    }
}

impl Mute {
    fn start(editor_body: &str) -> Mute {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("claims");
        common::copy_dir(&common::fixture(), &root);
        std::fs::write(dir.path().join("config.yaml"), "reviewer: Mute Reviewer\n").unwrap();
        let script = pty::editor_script(dir.path(), editor_body);
        let pty = Launch::new(dir.path(), &[&root]).env("EDITOR", &script).mute().spawn();
        Mute { pty, root, _dir: dir }
    }

    fn queries(&self) -> usize {
        self.raw.lock().unwrap().windows(CURSOR_QUERY.len()).filter(|w| *w == CURSOR_QUERY).count()
    }
}

#[test]
fn the_ui_starts_suspends_and_edits_on_a_terminal_that_never_answers() {
    let mut s = Mute::start("printf 'Typed in the mute editor.\\n' >> \"$1\"");
    // Start-up: the UI draws, and nothing asked the terminal where its cursor is.
    s.wait_until("the first frame", |scr| scr.contains("Claims (") && !scr.contains("loading "));
    assert!(!s.contents().contains("could not set up the terminal"));
    assert_eq!(s.queries(), 0, "start-up sent a cursor-position query");

    // Ctrl-Z: the UI gives the terminal back (leaves the alternate screen), stops, and on resuming takes it again
    // and redraws. factdesk leads its own session in this pty, so the kernel discards the stop signal itself (an
    // orphaned process group cannot be stopped by the terminal): the hand-back and the redraw, the part that could
    // query, still run, and a SIGCONT such as `fg` sends is harmless.
    let pid = s.child.process_id().expect("a pid") as libc::pid_t;
    let enters = |raw: &[u8]| raw.windows(8).filter(|w| *w == b"\x1b[?1049h").count();
    let before = enters(&s.raw.lock().unwrap());
    s.send(b"\x1a");
    let raw = Arc::clone(&s.raw);
    s.wait_until("the redraw after Ctrl-Z", move |scr| {
        enters(&raw.lock().unwrap()) > before && scr.contains("Claims (")
    });
    // SAFETY: kill(2) sends SIGCONT to the child this test spawned; no memory is involved.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    assert!(
        String::from_utf8_lossy(&s.raw.lock().unwrap()).contains("\x1b[?1049l"),
        "Ctrl-Z never left the alternate screen"
    );
    assert_eq!(s.queries(), 0, "resuming after Ctrl-Z sent a cursor-position query");

    // `$EDITOR` round trip: the terminal is handed over and taken back, still without a query.
    s.send(b"E");
    s.wait_until("the editor's notes", |scr| scr.contains("notes edited in $EDITOR"));
    assert_eq!(s.queries(), 0, "the $EDITOR round trip sent a cursor-position query");
    s.send(b"w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send(b"q");
    assert!(s.wait_exit(), "factdesk did not exit cleanly");
    let saved = std::fs::read_to_string(s.root.join("scam-economy/claims.yaml")).unwrap();
    assert!(saved.contains("Typed in the mute editor."), "{saved}");
    assert_eq!(s.queries(), 0);
}
