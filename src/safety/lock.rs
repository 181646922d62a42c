//! The workspace lock and the session locks: OS advisory locks on files in the workspace, with a record of who holds them.
//!
//! A lock is held through an OS advisory lock (`File::try_lock`: `flock` on Unix, `LockFileEx` on Windows) on
//! a file opened without truncating; only the winner rewrites the record (pid, host, workspace path, start time)
//! that other copies show in messages. The OS frees the lock when its process ends, however it ends, so a crashed
//! copy's lock is free at once on every platform, and a lock file copied with the workspace (`cp -r`) is not held.
//! A second copy is told who holds the lock; the UI asks again on its tick and takes the lock once it is freed.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The lock's file name inside the workspace folder (`*.factdesk-lock` is git-ignored).
pub const LOCK_FILE: &str = ".workspace.factdesk-lock";
/// The most a lock record is read of: a record is a few lines.
const MAX_RECORD: u64 = 64 * 1024;

/// Who holds a lock, as its holder recorded it (for messages only: the OS lock decides who holds it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub pid: u32,
    pub host: String,
    /// When the lock was taken, RFC 3339.
    pub started: String,
    /// The workspace folder as its holder named it (a lock file copied with a workspace names the original).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
}

impl LockInfo {
    /// This process, holding the lock of `path`.
    pub fn current(path: &Path) -> LockInfo {
        LockInfo {
            pid: std::process::id(),
            host: hostname(),
            started: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            path: path.display().to_string(),
        }
    }

    /// What is said of a holder whose record cannot be read (not written yet, or damaged).
    fn unrecorded() -> LockInfo {
        LockInfo { pid: 0, host: String::new(), started: String::new(), path: String::new() }
    }
}

impl fmt::Display for LockInfo {
    /// Sanitized: the lock file is just a file in the workspace and may hold anything.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pid == 0 {
            return write!(f, "a factdesk process that has not recorded its name yet");
        }
        write!(
            f,
            "factdesk process {} on {} (since {})",
            self.pid,
            crate::sanitize::line(&self.host),
            crate::sanitize::line(&self.started)
        )
    }
}

/// The host's name, from the kernel, `/etc/hostname` or `$HOSTNAME`/`$COMPUTERNAME`.
pub fn hostname() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .map(|s| s.trim().to_string())
        .find(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "unknown-host".into())
}

/// Opens `path` as a side file: without following a link or blocking on a FIFO, checked on the handle. `write`
/// opens it for writing too, creating it when absent (never truncating). See [`crate::boundary`].
pub(crate) fn open_regular(path: &Path, write: bool) -> io::Result<File> {
    let opened = if write { crate::boundary::open_side_file(path) } else { crate::boundary::open_regular(path) };
    opened.map_err(crate::boundary::BoundaryError::into_io_named)
}

/// Reads at most `limit` bytes of a regular file at `path` (see [`crate::boundary::read_regular`]).
pub(crate) fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    crate::boundary::read_regular(path, limit).map_err(crate::boundary::BoundaryError::into_io_named)
}

/// Whether the open `file` is still the file at `path` (its holder may have removed it since it was opened).
fn still_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Opens or creates the lock file at `path` and takes its OS lock without waiting: `Ok(None)` when another
/// process (or another handle in this one) holds it. A file its holder removed between our open and our lock
/// is not taken: the file now at the path is tried instead.
pub(crate) fn try_lock_at(path: &Path) -> io::Result<Option<File>> {
    for _ in 0..8 {
        let file = open_regular(path, true)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Ok(None),
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
        if still_at(&file, path) {
            return Ok(Some(file));
        }
    }
    Err(io::Error::other(format!("{}: the lock file keeps being replaced; try again", path.display())))
}

/// Whether some process holds the OS lock of the file at `path` (this one included, through another handle).
/// A missing or unreadable file is not held.
pub(crate) fn is_held(path: &Path) -> bool {
    let Ok(file) = open_regular(path, false) else { return false };
    matches!(file.try_lock_shared(), Err(fs::TryLockError::WouldBlock))
}

/// The record in an open lock file, if it reads as one.
fn read_record(file: &mut File) -> Option<LockInfo> {
    file.seek(io::SeekFrom::Start(0)).ok()?;
    let mut bytes = Vec::new();
    file.take(MAX_RECORD).read_to_end(&mut bytes).ok()?;
    LockInfo::parse(&bytes)
}

impl LockInfo {
    /// A lock or session record read from a file, through the same guards as every YAML file factdesk reads
    /// (node budget, aliases, nesting), so a committed record cannot be a bomb. `None` when it is not one.
    pub fn parse(bytes: &[u8]) -> Option<LockInfo> {
        let text = std::str::from_utf8(bytes).ok()?;
        crate::store::parse_yaml(Path::new(LOCK_FILE), text, "").ok()
    }
}

/// Replaces the record in a lock file this process holds.
fn write_record(file: &mut File, info: &LockInfo) -> io::Result<()> {
    let text = serde_yaml::to_string(info).map_err(io::Error::other)?;
    file.set_len(0)?;
    file.seek(io::SeekFrom::Start(0))?;
    file.write_all(text.as_bytes())?;
    file.sync_data()
}

/// A held lock: the OS lock lives as long as this; dropping it removes the file and frees the lock.
#[derive(Debug)]
pub struct WorkspaceLock {
    path: PathBuf,
    info: LockInfo,
    file: File,
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
        // Removed while still locked, so a copy that opened it meanwhile sees it gone and tries the new file;
        // the OS lock goes with the handle right after.
        if still_at(&self.file, &self.path) {
            // Emptied first: where an open file cannot be removed (Windows), the next copy finds no record and
            // does not take this clean quit for a crash.
            let _ = self.file.set_len(0);
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// What happened when asking for the lock.
#[derive(Debug)]
pub enum LockOutcome {
    /// Nobody held it; it is ours now.
    Acquired(WorkspaceLock),
    /// The file held the record of a holder that ended without removing it (a crash, a kill -9, a lock file
    /// copied with the workspace): nobody held its OS lock, so it is ours now.
    TookOverStale { lock: WorkspaceLock, previous: LockInfo },
    /// Another process holds it.
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

/// Takes the lock of the workspace folder `root`.
pub fn acquire(root: &Path) -> io::Result<LockOutcome> {
    acquire_file(&root.join(LOCK_FILE), LockInfo::current(root))
}

/// Takes a lock at any path, as `holder`: one OS lock decides, so two copies starting together cannot both get
/// it, and only the winner rewrites the record.
pub fn acquire_file(path: &Path, holder: LockInfo) -> io::Result<LockOutcome> {
    match try_lock_at(path)? {
        Some(mut file) => {
            let previous = read_record(&mut file);
            write_record(&mut file, &holder)?;
            let lock = WorkspaceLock { path: path.to_path_buf(), info: holder, file };
            Ok(match previous {
                Some(previous) => LockOutcome::TookOverStale { lock, previous },
                None => LockOutcome::Acquired(lock),
            })
        }
        None => {
            // The winner may not have written its record yet: give it a moment, then name it as such.
            for _ in 0..20 {
                if let Some(info) = open_regular(path, false).ok().and_then(|mut f| read_record(&mut f)) {
                    return Ok(LockOutcome::HeldBy(info));
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Ok(LockOutcome::HeldBy(LockInfo::unrecorded()))
        }
    }
}

/// Takes the lock of one story folder (`claims.yaml.factdesk-lock`), for UIs that lock per story.
pub fn acquire_story(story_dir: &Path) -> io::Result<LockOutcome> {
    acquire_file(&story_dir.join(format!("{}.factdesk-lock", crate::store::STORY_FILE)), LockInfo::current(story_dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_record_that_is_an_alias_bomb_is_refused_by_the_yaml_guards() {
        // 60 KB, under the record's byte cap: 600 aliases of a 1,000-node anchor expand to 600,000 nodes.
        let anchor = format!("x: &b [{}]\n", vec!["{a: b}"; 1000].join(", "));
        let bomb = format!("pid: 7\nhost: h\nstarted: s\n{anchor}y: [{}]\n", vec!["*b"; 600].join(", "));
        assert!(bomb.len() < MAX_RECORD as usize);
        let refused = crate::store::parse_yaml::<LockInfo>(Path::new(LOCK_FILE), &bomb, "").unwrap_err();
        assert!(refused.message.contains("alias bomb"), "{refused}");
        assert_eq!(LockInfo::parse(bomb.as_bytes()), None);
        let good = "pid: 7\nhost: h\nstarted: s\n";
        assert_eq!(LockInfo::parse(good.as_bytes()).map(|l| l.pid), Some(7));
    }

    #[test]
    fn second_copy_is_told_who_holds_it_and_gets_it_once_freed() {
        let t = tempfile::tempdir().unwrap();
        let first = acquire(t.path()).unwrap().lock().expect("first copy gets the lock");
        match acquire(t.path()).unwrap() {
            LockOutcome::HeldBy(info) => {
                assert_eq!(info.pid, std::process::id());
                assert_eq!(info.host, hostname());
                assert_eq!(info.path, t.path().display().to_string());
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
    fn a_record_nobody_holds_is_taken_over_whatever_its_pid_and_host() {
        // A crashed copy's record, a copy on another host (a synced folder), one copied with `cp -r`, a reused
        // pid, damaged bytes: none is held by an OS lock, so each is taken over at once, with no /proc at all.
        let records = [
            LockInfo { pid: std::process::id(), host: hostname(), started: "x".into(), path: "/elsewhere".into() },
            LockInfo { pid: 1, host: "another-host".into(), started: "x".into(), path: String::new() },
            LockInfo { pid: u32::MAX - 1, host: hostname(), started: "x".into(), path: String::new() },
        ];
        for previous in records {
            let t = tempfile::tempdir().unwrap();
            fs::write(t.path().join(LOCK_FILE), serde_yaml::to_string(&previous).unwrap()).unwrap();
            match acquire(t.path()).unwrap() {
                LockOutcome::TookOverStale { lock, previous: p } => {
                    assert_eq!(p, previous);
                    assert_eq!(lock.info().pid, std::process::id());
                    let on_disk: LockInfo =
                        serde_yaml::from_slice(&fs::read(t.path().join(LOCK_FILE)).unwrap()).unwrap();
                    assert_eq!(&on_disk, lock.info(), "the winner rewrote the record");
                }
                other => panic!("{previous:?} should be taken over, got {other:?}"),
            }
        }
        let t = tempfile::tempdir().unwrap();
        fs::write(t.path().join(LOCK_FILE), "\u{1b}]0;garbage\u{7}").unwrap();
        assert!(matches!(acquire(t.path()).unwrap(), LockOutcome::Acquired(_)), "unreadable: no one to name");
    }

    #[test]
    fn copies_racing_for_the_lock_get_it_exactly_once() {
        for _ in 0..20 {
            let t = tempfile::tempdir().unwrap();
            let stale = LockInfo { pid: 1, host: "h".into(), started: "x".into(), path: String::new() };
            fs::write(t.path().join(LOCK_FILE), serde_yaml::to_string(&stale).unwrap()).unwrap();
            let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    let (root, barrier) = (t.path().to_path_buf(), barrier.clone());
                    std::thread::spawn(move || {
                        barrier.wait();
                        acquire(&root).unwrap()
                    })
                })
                .collect();
            let outcomes: Vec<LockOutcome> = handles.into_iter().map(|h| h.join().unwrap()).collect();
            let winners = outcomes.iter().filter(|o| !matches!(o, LockOutcome::HeldBy(_))).count();
            assert_eq!(winners, 1, "{outcomes:?}");
        }
    }

    #[test]
    fn drop_spares_a_lock_file_that_is_not_ours_any_more() {
        let t = tempfile::tempdir().unwrap();
        let lock = acquire(t.path()).unwrap().lock().unwrap();
        // Someone replaced the file behind our back: dropping ours must not delete theirs.
        fs::remove_file(t.path().join(LOCK_FILE)).unwrap();
        fs::write(t.path().join(LOCK_FILE), "pid: 1\nhost: elsewhere\nstarted: x\n").unwrap();
        drop(lock);
        assert!(t.path().join(LOCK_FILE).exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_or_fifo_lock_file_is_refused_without_reading_it() {
        let t = tempfile::tempdir().unwrap();
        let secret = t.path().join("secret.txt");
        fs::write(&secret, "pid: 7\nhost: SECRET-HOST\nstarted: x\n").unwrap();
        std::os::unix::fs::symlink(&secret, t.path().join(LOCK_FILE)).unwrap();
        let e = acquire(t.path()).unwrap_err();
        assert!(e.to_string().contains("symbolic link") && !e.to_string().contains("SECRET"), "{e}");
        assert_eq!(fs::read_to_string(&secret).unwrap(), "pid: 7\nhost: SECRET-HOST\nstarted: x\n");
        let fifo = tempfile::tempdir().unwrap();
        let path = fifo.path().join(LOCK_FILE);
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(acquire(fifo.path()).unwrap_err().to_string().contains("not a regular file"));
        assert!(!is_held(&path));
    }
}
