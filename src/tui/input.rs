//! Terminal events read on their own thread, so a terminal that goes away cannot stall the UI loop.
//!
//! When the terminal closes, crossterm's reader spins inside `event::poll` on reads that return end of file
//! (crossterm issue #793) and never comes back. Were the UI loop the one reading, it would never look at the
//! SIGHUP that asks it to write its recovery journals, and unsaved edits would be lost with the process. So a
//! reader thread takes that risk: the loop waits on a channel with a timeout and keeps ticking whatever
//! happens to the terminal. While another program has the terminal (`$EDITOR`, Ctrl-Z) the thread is paused,
//! so it never steals that program's keys.

use ratatui::crossterm::event::{self, Event};
use std::cell::Cell;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long the reader waits for input before it looks at the pause flag again.
const POLL: Duration = Duration::from_millis(40);

/// The reader thread and the events it read.
pub struct Input {
    /// Each event with the moment the reader thread read it.
    rx: Receiver<(Instant, io::Result<Event>)>,
    /// When the last event handed out was read (for the trace: how long it waited for the loop).
    read_at: Cell<Option<Instant>>,
    paused: Arc<AtomicBool>,
    /// Held by the reader while it polls or reads, and by [`Input::pause`] while the terminal is elsewhere.
    reading: Arc<Mutex<()>>,
}

/// While alive, the reader thread reads nothing.
pub struct Paused<'a> {
    _reading: MutexGuard<'a, ()>,
    paused: &'a AtomicBool,
}

impl Drop for Paused<'_> {
    fn drop(&mut self) {
        self.paused.store(false, Ordering::SeqCst);
    }
}

impl Input {
    /// Starts the reader thread.
    pub fn start() -> io::Result<Input> {
        let (tx, rx) = mpsc::channel();
        let paused = Arc::new(AtomicBool::new(false));
        let reading = Arc::new(Mutex::new(()));
        let (p, r) = (Arc::clone(&paused), Arc::clone(&reading));
        std::thread::Builder::new().name("factdesk-input".into()).spawn(move || {
            loop {
                let guard = r.lock().unwrap_or_else(|e| e.into_inner());
                if p.load(Ordering::SeqCst) {
                    drop(guard);
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                }
                let got = match event::poll(POLL) {
                    Ok(true) => Some(event::read()),
                    Ok(false) => None,
                    Err(e) => Some(Err(e)),
                };
                drop(guard);
                if let Some(got) = got {
                    let failed = got.is_err();
                    if tx.send((Instant::now(), got)).is_err() || failed {
                        return;
                    }
                }
            }
        })?;
        Ok(Input { rx, read_at: Cell::new(None), paused, reading })
    }

    /// The next event, waiting at most `timeout`. `Some(Err(_))` when the terminal cannot be read.
    pub fn next(&self, timeout: Duration) -> Option<io::Result<Event>> {
        match self.rx.recv_timeout(timeout) {
            Ok((at, ev)) => {
                self.read_at.set(Some(at));
                Some(ev)
            }
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Err(io::Error::other("the terminal input stopped"))),
        }
    }

    /// An event already read, without waiting.
    pub fn try_next(&self) -> Option<io::Result<Event>> {
        let (at, ev) = self.rx.try_recv().ok()?;
        self.read_at.set(Some(at));
        Some(ev)
    }

    /// When the reader thread read the last event handed out.
    pub fn read_at(&self) -> Option<Instant> {
        self.read_at.get()
    }

    /// Stops reading until the returned guard is dropped: call before handing the terminal to another program.
    /// Waits for a read in progress (at most one poll interval).
    pub fn pause(&self) -> Paused<'_> {
        self.paused.store(true, Ordering::SeqCst);
        let reading = self.reading.lock().unwrap_or_else(|e| e.into_inner());
        Paused { _reading: reading, paused: &self.paused }
    }
}
