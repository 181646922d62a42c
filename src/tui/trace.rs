//! The event loop's trace for measuring it: with `FACTDESK_TRACE=PATH` the runner appends one line per event (keys
//! read, filter queries and steps, results handed to the app, frames drawn) to `PATH`, each with a monotonic
//! timestamp in microseconds since the process's trace began; without it nothing is recorded and each call is one
//! branch.
//!
//! A line is `<µs> <event> <details>`. A run starts with a `start pid=…` line, so several runs (a benchmark's
//! rounds) can append to one file.

use std::io::Write;
use std::time::Instant;

/// Where the trace goes, and when it began; off unless `FACTDESK_TRACE` names a file that could be opened.
pub struct Trace {
    out: Option<(std::io::BufWriter<std::fs::File>, Instant)>,
}

impl Trace {
    /// The trace `FACTDESK_TRACE` asks for (appended to, created if need be), or none. A file that cannot be opened
    /// leaves the trace off (this is a measuring aid, never a reason not to start).
    pub fn from_env() -> Trace {
        let out = std::env::var_os("FACTDESK_TRACE")
            .filter(|p| !p.is_empty())
            .and_then(|p| std::fs::OpenOptions::new().create(true).append(true).open(p).ok())
            .map(|f| (std::io::BufWriter::with_capacity(1 << 16, f), Instant::now()));
        let mut trace = Trace { out };
        trace.event(format_args!("start pid={}", std::process::id()));
        trace
    }

    /// No trace (tests).
    pub fn off() -> Trace {
        Trace { out: None }
    }

    /// Whether events are recorded: for details that cost something to gather.
    pub fn on(&self) -> bool {
        self.out.is_some()
    }

    /// Records an event now.
    pub fn event(&mut self, what: std::fmt::Arguments) {
        if let Some((_, start)) = &self.out {
            let at = start.elapsed();
            self.event_at(at, what);
        }
    }

    /// Records an event that happened `at` after the trace began (read on another thread, say).
    pub fn event_at(&mut self, at: std::time::Duration, what: std::fmt::Arguments) {
        if let Some((out, _)) = &mut self.out {
            let _ = writeln!(out, "{} {what}", at.as_micros());
        }
    }

    /// When the trace began (`None` when off): to time events read elsewhere.
    pub fn began(&self) -> Option<Instant> {
        self.out.as_ref().map(|(_, start)| *start)
    }

    /// Writes what is buffered (at the end of a frame, and when the runner ends).
    pub fn flush(&mut self) {
        if let Some((out, _)) = &mut self.out {
            let _ = out.flush();
        }
    }
}

impl Drop for Trace {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Bytes this process has written so far (`wchar` of `/proc/self/io`, Linux): read around a frame, the bytes the frame
/// wrote to the terminal. `None` where it cannot be read.
pub fn bytes_written() -> Option<u64> {
    let io = std::fs::read_to_string("/proc/self/io").ok()?;
    io.lines().find_map(|l| l.strip_prefix("wchar:")).and_then(|n| n.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trace_appends_timestamped_lines_and_an_off_one_writes_nothing() {
        let t = tempfile::tempdir().unwrap();
        let path = t.path().join("trace.txt");
        let file = std::fs::OpenOptions::new().create(true).append(true).open(&path).unwrap();
        let mut trace = Trace { out: Some((std::io::BufWriter::new(file), Instant::now())) };
        trace.event(format_args!("key {}", "p"));
        trace.event_at(std::time::Duration::from_micros(1234), format_args!("read"));
        drop(trace);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(lines[0].ends_with(" key p") && lines[0].split(' ').next().unwrap().parse::<u64>().is_ok());
        assert_eq!(lines[1], "1234 read");
        let mut off = Trace::off();
        off.event(format_args!("nothing"));
        assert!(!off.on() && off.began().is_none());
    }
}
