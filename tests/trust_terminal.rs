//! Terminal start-up without a cursor query (issue 12, item 13): the real binary in a pseudo-terminal that never
//! answers any query still draws, suspends and resumes, and hands the terminal to `$EDITOR` and back, and never
//! sends `ESC[6n`.

mod common;

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CURSOR_QUERY: &[u8] = b"\x1b[6n";

/// A factdesk in a pty whose "terminal" answers nothing: it only records what the program writes.
struct Mute {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    root: PathBuf,
    _dir: tempfile::TempDir,
}

impl Mute {
    fn start(editor_body: &str) -> Mute {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("claims");
        common::copy_dir(&common::fixture(), &root);
        std::fs::write(dir.path().join("config.yaml"), "reviewer: Mute Reviewer\n").unwrap();
        let script = dir.path().join("editor.sh");
        std::fs::write(&script, format!("#!/bin/sh\n{editor_body}\n")).unwrap();
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let pair =
            native_pty_system().openpty(PtySize { rows: 30, cols: 100, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_factdesk"));
        cmd.arg(&root);
        cmd.cwd(dir.path());
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        cmd.env("HOME", dir.path());
        cmd.env("FACTDESK_CONFIG", dir.path().join("config.yaml"));
        cmd.env("EDITOR", &script);
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 100, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (sink, raw_sink) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Mute { child, writer, screen, raw, root, _dir: dir }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits (generously: a "does not hang" bound, not a speed test) for `pred` on the screen.
    fn wait_until(&mut self, what: &str, pred: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !pred(&self.contents()) {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("factdesk exited ({status:?}) waiting for {what}; the screen was:\n{}", self.contents());
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("timed out waiting for {what}; the screen was:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn queries(&self) -> usize {
        self.raw.lock().unwrap().windows(CURSOR_QUERY.len()).filter(|w| *w == CURSOR_QUERY).count()
    }

    fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(s)) = self.child.try_wait() {
                return s.success();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("factdesk did not exit; the screen was:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
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
