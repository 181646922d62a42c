//! The one pseudo-terminal harness for the real-binary UI tests: factdesk in a pty (portable-pty), its output
//! read into a vt100 screen and kept raw, with generous "does not hang" waits (never a speed assert).

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The terminal size every UI test uses unless it says otherwise.
pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;

/// Writes `body` as an executable `#!/bin/sh` script `editor.sh` in `dir`, for `EDITOR`.
pub fn editor_script(dir: &Path, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("editor.sh");
    std::fs::write(&script, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// How to start factdesk: a clean environment (PATH, TERM, NO_COLOR, HOME, FACTDESK_CONFIG = `home/config.yaml`),
/// run in `home`, plus whatever the test adds.
pub struct Launch {
    cmd: CommandBuilder,
    rows: u16,
    cols: u16,
    answer_queries: bool,
}

impl Launch {
    pub fn new<S: AsRef<OsStr>>(home: &Path, args: &[S]) -> Launch {
        Launch::program(home, env!("CARGO_BIN_EXE_factdesk"), args)
    }

    /// Like [`Launch::new`], but runs `program` (a shell that starts factdesk, say) in the same environment.
    pub fn program<S: AsRef<OsStr>>(home: &Path, program: impl AsRef<OsStr>, args: &[S]) -> Launch {
        let mut cmd = CommandBuilder::new(program);
        for a in args {
            cmd.arg(a);
        }
        cmd.cwd(home);
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        cmd.env("HOME", home);
        cmd.env("FACTDESK_CONFIG", home.join("config.yaml"));
        Launch { cmd, rows: ROWS, cols: COLS, answer_queries: true }
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Launch {
        self.cmd.env(key, value);
        self
    }

    pub fn size(mut self, rows: u16, cols: u16) -> Launch {
        (self.rows, self.cols) = (rows, cols);
        self
    }

    /// A terminal that answers nothing: cursor-position queries are recorded, never answered.
    pub fn mute(mut self) -> Launch {
        self.answer_queries = false;
        self
    }

    pub fn spawn(self) -> Pty {
        let size = PtySize { rows: self.rows, cols: self.cols, pixel_width: 0, pixel_height: 0 };
        let pair = native_pty_system().openpty(size).unwrap();
        let child = pair.slave.spawn_command(self.cmd).unwrap();
        drop(pair.slave);
        Pty::attach(child, pair.master, self.rows, self.cols, self.answer_queries)
    }
}

/// One running factdesk in a pseudo-terminal.
pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    /// Every byte the program wrote, to check the terminal modes it set and what reached the terminal.
    pub raw: Arc<Mutex<Vec<u8>>>,
    /// How long a wait may take before the test fails ("does not hang", not a speed test).
    pub deadline: Duration,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Set to close the pty's master side, as a terminal window closing does.
    hang_up: Arc<AtomicBool>,
    /// The master side's descriptor (owned by the reader thread, open while it runs), for resizing.
    master_fd: std::os::fd::RawFd,
    reader: Option<JoinHandle<()>>,
}

impl Pty {
    /// Reads the pty into a vt100 screen (answering cursor queries unless `answer` is false) and keeps every raw byte.
    fn attach(
        child: Box<dyn Child + Send + Sync>,
        master: Box<dyn MasterPty + Send>,
        rows: u16,
        cols: u16,
        answer: bool,
    ) -> Pty {
        let mut reader = master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(master.take_writer().unwrap()));
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let hang_up = Arc::new(AtomicBool::new(false));
        let (sink, raw_sink, answer_to, stop) =
            (Arc::clone(&screen), Arc::clone(&raw), Arc::clone(&writer), Arc::clone(&hang_up));
        let fd = master.as_raw_fd().expect("a unix pty");
        let reader_thread = std::thread::spawn(move || {
            let _master = master; // keep the pty open while reading
            let mut buf = [0u8; 8192];
            loop {
                if stop.load(Ordering::SeqCst) {
                    break; // drops the reader and the master: the terminal is gone
                }
                let mut pfd = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
                // SAFETY: poll(2) on one valid pollfd that lives across the call.
                if unsafe { libc::poll(&mut pfd, 1, 20) } <= 0 {
                    continue;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
                        let mut parser = sink.lock().unwrap();
                        parser.process(&buf[..n]);
                        // Answer cursor-position queries (ESC [ 6 n) as a real terminal does.
                        if answer && buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                            let (row, col) = parser.screen().cursor_position();
                            let mut w = answer_to.lock().unwrap();
                            let _ = write!(w, "\x1b[{};{}R", row + 1, col + 1);
                            let _ = w.flush();
                        }
                    }
                }
            }
        });
        Pty {
            child,
            raw,
            deadline: Duration::from_secs(20),
            writer,
            screen,
            hang_up,
            master_fd: fd,
            reader: Some(reader_thread),
        }
    }

    /// Resizes the terminal, as dragging a window's corner does: the kernel sends SIGWINCH to the terminal's
    /// foreground process group (whoever that is then), and the screen read back takes the new size.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        assert!(self.reader.as_ref().is_some_and(|r| !r.is_finished()), "the terminal is closed");
        let ws = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: TIOCSWINSZ on the pty master (kept open by the reader thread, checked running above) reads one
        // winsize that lives across the call.
        assert_eq!(unsafe { libc::ioctl(self.master_fd, libc::TIOCSWINSZ, &ws) }, 0);
        self.screen.lock().unwrap().screen_mut().set_size(rows, cols);
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Polls the screen until `pred` holds, up to `self.deadline` (no fixed sleeps); the screen that matched.
    pub fn wait_until(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + self.deadline;
        loop {
            let screen = self.contents();
            if pred(&screen) {
                return screen;
            }
            // Gone, and every byte it wrote read: the screen will not change any more.
            let drained = self.reader.as_ref().is_none_or(|r| r.is_finished());
            if drained && let Ok(Some(status)) = self.child.try_wait() {
                let screen = self.contents();
                if pred(&screen) {
                    return screen;
                }
                panic!("factdesk exited ({status:?}) waiting for {what}; the screen was:\n{screen}");
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("timed out waiting for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// The runs of cells drawn in reverse video (the list's cursor, the article's selection under NO_COLOR), one
    /// string per run, row by row.
    pub fn reversed(&self) -> Vec<String> {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        let mut runs = Vec::new();
        for row in 0..rows {
            let mut run = String::new();
            for col in 0..cols {
                match screen.cell(row, col) {
                    Some(cell) if cell.inverse() => run.push_str(cell.contents()),
                    _ if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                    _ => {}
                }
            }
            if !run.is_empty() {
                runs.push(run);
            }
        }
        runs
    }

    pub fn wait_for(&mut self, text: &str) -> String {
        let t = text.to_string();
        self.wait_until(text, move |s| s.contains(&t))
    }

    /// Waits until every story has loaded (editing waits for that).
    pub fn wait_ready(&mut self) -> String {
        self.wait_until("the workspace to load", |scr| scr.contains("Claims (") && !scr.contains("loading "))
    }

    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(bytes.as_ref()).unwrap();
        w.flush().unwrap();
    }

    pub fn signal(&mut self, sig: i32) {
        let pid = self.pid() as i32;
        // SAFETY: kill(2) with a pid we spawned and a valid signal number has no memory effects.
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    }

    /// Sends SIGKILL and waits until the process is gone.
    pub fn kill_9(&mut self) {
        self.signal(libc::SIGKILL);
        self.wait_exit();
    }

    /// Waits (up to `self.deadline`: "does not hang") for the process to end; whether it exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + self.deadline;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("factdesk did not exit; the screen was:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Closes the terminal: every descriptor of the pty's master side, so the kernel hangs up the program's
    /// terminal (SIGHUP, and reads that return end of file).
    pub fn close_terminal(&mut self) {
        self.hang_up.store(true, Ordering::SeqCst);
        if let Some(t) = self.reader.take() {
            t.join().unwrap();
        }
        *self.writer.lock().unwrap() = Box::new(std::io::sink());
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
