//! The workspace lock: one file that says which factdesk process (pid, host, start time) has a workspace open.
//!
//! The lock is advisory. A second copy is told who holds it and may go on read-only, or rely on the
//! changed-on-disk detection of `store::save_story`. A lock whose process has gone is stale and is taken over.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The lock's file name inside the workspace folder (`*.factdesk-lock` is git-ignored).
pub const LOCK_FILE: &str = ".workspace.factdesk-lock";

/// Who holds a lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub pid: u32,
    pub host: String,
    /// When the lock was taken, RFC 3339.
    pub started: String,
    /// The process's start time in clock ticks since boot (`/proc/PID/stat` field 22), to tell a reused pid apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proc_start: Option<u64>,
}

impl LockInfo {
    /// This process.
    pub fn current() -> LockInfo {
        let pid = std::process::id();
        LockInfo {
            pid,
            host: hostname(),
            started: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            proc_start: proc_start_time(pid),
        }
    }

    /// Whether the holder is certainly gone: same host, and its pid is not running (or now belongs to another process).
    /// A lock from another host is never called stale, since its process cannot be checked from here.
    pub fn is_stale(&self) -> bool {
        if self.host != hostname() || !Path::new("/proc/self").exists() {
            return false;
        }
        if !Path::new(&format!("/proc/{}", self.pid)).exists() {
            return true;
        }
        // Killed but not yet reaped by its parent (a zombie, state `Z`, or dead, `X`): it will never write again.
        if proc_state(self.pid).is_some_and(|s| s == 'Z' || s == 'X') {
            return true;
        }
        match (self.proc_start, proc_start_time(self.pid)) {
            (Some(recorded), Some(now)) => recorded != now,
            _ => false,
        }
    }
}

impl fmt::Display for LockInfo {
    /// Sanitized: the lock file is just a file in the workspace and may hold anything.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "factdesk process {} on {} (since {})",
            self.pid,
            crate::sanitize::line(&self.host),
            crate::sanitize::line(&self.started)
        )
    }
}

/// The host's name, from the kernel, `/etc/hostname` or `$HOSTNAME`.
pub fn hostname() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .map(|s| s.trim().to_string())
        .find(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "unknown-host".into())
}

/// Field `n` (1-based, as `man proc` numbers them; 3 or more) of `/proc/PID/stat`.
fn proc_stat_field(pid: u32, n: usize) -> Option<String> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last `)`.
    stat[stat.rfind(')')? + 1..].split_whitespace().nth(n.checked_sub(3)?).map(str::to_string)
}

/// Field 3 of `/proc/PID/stat`: the process state (`R`, `S`, `Z` for a zombie…).
fn proc_state(pid: u32) -> Option<char> {
    proc_stat_field(pid, 3)?.chars().next()
}

/// Field 22 of `/proc/PID/stat`: when the process started, in clock ticks since boot.
fn proc_start_time(pid: u32) -> Option<u64> {
    proc_stat_field(pid, 22)?.parse().ok()
}

/// A held lock; the file is removed when this is dropped (if it is still ours).
#[derive(Debug)]
pub struct WorkspaceLock {
    path: PathBuf,
    info: LockInfo,
}

impl WorkspaceLock {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn info(&self) -> &LockInfo {
        &self.info
    }
}

impl Drop for WorkspaceLock {
    fn drop(&mut self) {
        // Only remove the file if it is still ours: another copy may have taken over a lock it judged stale.
        if read_lock(&self.path).ok().flatten().is_some_and(|i| i == self.info) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// What happened when asking for the lock.
#[derive(Debug)]
pub enum LockOutcome {
    /// Nobody held it; it is ours now.
    Acquired(WorkspaceLock),
    /// A stale lock (its process has gone) was found and taken over.
    TookOverStale { lock: WorkspaceLock, previous: LockInfo },
    /// Another live process holds it (or one on another host, which cannot be checked).
    HeldBy(LockInfo),
}

impl LockOutcome {
    /// The lock, when this process now holds it.
    pub fn lock(self) -> Option<WorkspaceLock> {
        match self {
            LockOutcome::Acquired(l) | LockOutcome::TookOverStale { lock: l, .. } => Some(l),
            LockOutcome::HeldBy(_) => None,
        }
    }
}

fn read_lock(path: &Path) -> io::Result<Option<LockInfo>> {
    match crate::store::read_limited(path, 64 * 1024) {
        Ok(bytes) => Ok(serde_yaml::from_slice(&bytes).ok()),
        Err(_) if !path.exists() => Err(io::Error::new(io::ErrorKind::NotFound, "no lock")),
        Err(_) => Ok(None),
    }
}

fn create(path: &Path, info: &LockInfo) -> io::Result<WorkspaceLock> {
    let mut f = fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    let text = serde_yaml::to_string(info).map_err(io::Error::other)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(WorkspaceLock { path: path.to_path_buf(), info: info.clone() })
}

/// Takes the lock of the workspace folder `root`.
pub fn acquire(root: &Path) -> io::Result<LockOutcome> {
    acquire_file(&root.join(LOCK_FILE), LockInfo::current())
}

/// Takes a lock at any path, as `holder`. Creation is exclusive (`O_EXCL`), so two copies starting together
/// cannot both get it. A lock file that cannot be read as a lock (damaged, empty) counts as stale.
pub fn acquire_file(path: &Path, holder: LockInfo) -> io::Result<LockOutcome> {
    for _ in 0..3 {
        match create(path, &holder) {
            Ok(lock) => return Ok(LockOutcome::Acquired(lock)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        let existing = match read_lock(path) {
            Ok(x) => x,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        match existing {
            Some(info) if !info.is_stale() => return Ok(LockOutcome::HeldBy(info)),
            previous => {
                let previous = previous.unwrap_or(LockInfo {
                    pid: 0,
                    host: "(unreadable lock file)".into(),
                    started: String::new(),
                    proc_start: None,
                });
                fs::remove_file(path).or_else(|e| if e.kind() == io::ErrorKind::NotFound { Ok(()) } else { Err(e) })?;
                match create(path, &holder) {
                    Ok(lock) => return Ok(LockOutcome::TookOverStale { lock, previous }),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                }
            }
        }
    }
    match read_lock(path)? {
        Some(info) => Ok(LockOutcome::HeldBy(info)),
        None => Err(io::Error::other(format!("{}: lock file keeps changing; try again", path.display()))),
    }
}

/// Takes the lock of one story folder (`claims.yaml.factdesk-lock`), for UIs that lock per story.
pub fn acquire_story(story_dir: &Path) -> io::Result<LockOutcome> {
    acquire_file(&story_dir.join(format!("{}.factdesk-lock", crate::store::STORY_FILE)), LockInfo::current())
}

/// Takes the lock even though someone holds it (the journalist said the other copy is gone, e.g. on another host).
pub fn force_take_over(root: &Path) -> io::Result<WorkspaceLock> {
    let path = root.join(LOCK_FILE);
    let _ = fs::remove_file(&path);
    create(&path, &LockInfo::current())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_copy_is_told_who_holds_it() {
        let t = tempfile::tempdir().unwrap();
        let first = acquire(t.path()).unwrap().lock().expect("first copy gets the lock");
        match acquire(t.path()).unwrap() {
            LockOutcome::HeldBy(info) => {
                assert_eq!(info.pid, std::process::id());
                assert_eq!(info.host, hostname());
                assert!(info.to_string().contains(&format!("process {}", info.pid)));
            }
            other => panic!("second copy should be refused, got {other:?}"),
        }
        drop(first);
        assert!(!t.path().join(LOCK_FILE).exists(), "released on drop");
        assert!(matches!(acquire(t.path()).unwrap(), LockOutcome::Acquired(_)));
        let story = acquire_story(t.path()).unwrap().lock().unwrap();
        assert!(story.path().ends_with("claims.yaml.factdesk-lock"));
        assert!(matches!(acquire_story(t.path()).unwrap(), LockOutcome::HeldBy(_)));
    }

    #[test]
    fn lock_of_a_dead_process_is_taken_over() {
        let t = tempfile::tempdir().unwrap();
        // A child that has exited and been reaped: its pid is certainly not running now.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead_pid = child.id();
        child.wait().unwrap();
        let dead =
            LockInfo { pid: dead_pid, host: hostname(), started: "2026-01-01T00:00:00+00:00".into(), proc_start: None };
        fs::write(t.path().join(LOCK_FILE), serde_yaml::to_string(&dead).unwrap()).unwrap();
        assert!(dead.is_stale());
        match acquire(t.path()).unwrap() {
            LockOutcome::TookOverStale { lock, previous } => {
                assert_eq!(previous.pid, dead_pid);
                assert_eq!(lock.info().pid, std::process::id());
            }
            other => panic!("stale lock should be taken over, got {other:?}"),
        }
    }

    #[test]
    fn reused_pid_is_stale_but_another_host_is_not() {
        let me = LockInfo::current();
        assert!(!me.is_stale());
        let reused = LockInfo { proc_start: me.proc_start.map(|s| s + 1), ..me.clone() };
        assert_eq!(reused.is_stale(), me.proc_start.is_some());
        let elsewhere = LockInfo { host: format!("{}-other", me.host), pid: u32::MAX - 1, ..me };
        assert!(!elsewhere.is_stale(), "a process on another host cannot be checked, so it is presumed alive");
    }

    #[test]
    fn a_killed_holder_not_yet_reaped_is_stale() {
        // A child killed and left unreaped is a zombie: its pid is still in /proc, but it is gone.
        let mut child = std::process::Command::new("sleep").arg("30").spawn().unwrap();
        let pid = child.id();
        let me = LockInfo::current();
        let info = LockInfo { pid, proc_start: proc_start_time(pid), ..me };
        assert!(!info.is_stale(), "a running holder is alive");
        child.kill().unwrap();
        // Not waited for: wait until the kernel has made it a zombie.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while proc_state(pid) != Some('Z') && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(proc_state(pid), Some('Z'));
        assert!(info.is_stale(), "a zombie holder is stale");
        child.wait().unwrap();
    }

    #[test]
    fn damaged_lock_file_is_taken_over_and_drop_spares_a_foreign_lock() {
        let t = tempfile::tempdir().unwrap();
        fs::write(t.path().join(LOCK_FILE), "\u{1b}]0;garbage\u{7}").unwrap();
        let lock = acquire(t.path()).unwrap();
        assert!(matches!(lock, LockOutcome::TookOverStale { .. }));
        // Someone else takes over behind our back: dropping ours must not delete theirs.
        let theirs = LockInfo { pid: 1, host: "elsewhere".into(), started: "x".into(), proc_start: None };
        fs::write(t.path().join(LOCK_FILE), serde_yaml::to_string(&theirs).unwrap()).unwrap();
        drop(lock);
        assert!(t.path().join(LOCK_FILE).exists());
        let held = acquire(t.path()).unwrap();
        assert!(matches!(held, LockOutcome::HeldBy(ref i) if i.host == "elsewhere"), "{held:?}");
        let forced = force_take_over(t.path()).unwrap();
        assert_eq!(forced.info().pid, std::process::id());
    }
}
