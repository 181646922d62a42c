//! The workspace watcher: tells the UI loop, over a std channel, which story files changed on disk.
//!
//! Raw notify events are debounced per file, factdesk's own temporary, journal and lock files are ignored,
//! and a file whose content hash is already known (factdesk's own save, or a touch that changed nothing) is
//! not reported. The UI polls [`WorkspaceWatcher::try_recv`] on each tick.
//!
//! A change is taken only once it has settled (see [`Settler`]): the file's size, mtime and hash are the same
//! across a quiet period (a longer one, [`REWRITE_QUIET`], after a truncation), no other program has it open for
//! writing (Linux: [`being_written`]), and a story file parses. While a story file does not parse it is not reported, and after [`SAY_AFTER`] a [`Change`] with
//! `waiting` set says why. When notify says its queue overflowed (`need_rescan`, or an error), every story file is
//! looked at again through the same path.

use crate::store::{self, CONFIG_FILE, STORY_FILE};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

/// How long a file must stay quiet before it is looked at; it is reported only when a second look, this long
/// after the first, finds it the same (so a change is reported at least twice this long after the last write).
pub const DEBOUNCE: Duration = Duration::from_millis(300);
/// How long a file seen empty (truncated) since its last report must hold the same content before it is taken:
/// a program rewriting it in chunks, closing it between them, may pause this long without its half being taken.
pub const REWRITE_QUIET: Duration = Duration::from_secs(3);
/// How long a story file that does not parse is waited for before the UI is told why it is not reloaded.
pub const SAY_AFTER: Duration = Duration::from_secs(2);

/// What kind of file changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// A story's `claims.yaml`.
    Story,
    /// Any other file in a story folder (the article, usually).
    StoryOther,
    /// The workspace's `factdesk.yaml`.
    Config,
    /// A story folder itself appeared or went away: rescan the workspace.
    Folder,
}

/// One file that changed on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The story folder's name (`None` for the settings file).
    pub slug: Option<String>,
    pub path: PathBuf,
    pub kind: FileKind,
    /// Hash of the new content (`store::hash`); `None` when the file is gone or cannot be read.
    pub hash: Option<String>,
    /// The story file's text that was checked to parse (the bytes that hash to `hash`), so the UI takes exactly
    /// what was checked rather than reading the file again.
    pub text: Option<Arc<String>>,
    /// Not a change to take: the file has changed but is not taken yet, and this says why ("it does not parse
    /// (line …)", or "another program still has it open for writing"), for the message line. The story is left
    /// as it is.
    pub waiting: Option<String>,
}

impl Change {
    /// Whether this is news for a story whose last-seen hash is `disk_hash` (`Story.disk_hash`).
    /// A save by factdesk itself has the same hash, so it is not news.
    pub fn is_news_for(&self, disk_hash: &str) -> bool {
        self.hash.as_deref() != Some(disk_hash)
    }
}

/// Whether a file name belongs to factdesk's own bookkeeping (atomic-save temporaries, journals, locks).
pub fn is_own_file(name: &str) -> bool {
    (name.starts_with(".factdesk-") && name.ends_with(".tmp"))
        || name.ends_with(crate::safety::journal::JOURNAL_SUFFIX)
        || name.ends_with(".factdesk-lock")
}

/// Classifies a path under the workspace root; `None` for paths the watcher ignores.
pub fn classify(root: &Path, path: &Path) -> Option<(Option<String>, FileKind)> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [name] if name == CONFIG_FILE => Some((None, FileKind::Config)),
        [name] if name.starts_with('.') || is_own_file(name) => None,
        [slug] => (!path.is_file()).then(|| (Some(slug.clone()), FileKind::Folder)),
        [slug, name] if !slug.starts_with('.') && !is_own_file(name) => {
            let kind = if name == STORY_FILE { FileKind::Story } else { FileKind::StoryOther };
            Some((Some(slug.clone()), kind))
        }
        _ => None,
    }
}

/// Per-path debouncing, kept apart from the clock so it can be tested without waiting.
#[derive(Debug, Default)]
pub struct Debouncer {
    pending: HashMap<PathBuf, Instant>,
}

impl Debouncer {
    /// Records an event on `path` at `now`.
    pub fn touch(&mut self, path: PathBuf, now: Instant) {
        self.pending.insert(path, now);
    }

    /// Paths quiet for `quiet` at `now`, removed from the pending set, in path order.
    pub fn ready(&mut self, now: Instant, quiet: Duration) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> =
            self.pending.iter().filter(|(_, t)| now.duration_since(**t) >= quiet).map(|(p, _)| p.clone()).collect();
        out.sort();
        for p in &out {
            self.pending.remove(p);
        }
        out
    }

    /// How long until the next path could be ready; `None` when nothing is pending.
    pub fn next_due(&self, now: Instant, quiet: Duration) -> Option<Duration> {
        self.pending.values().map(|t| (*t + quiet).saturating_duration_since(now)).min()
    }
}

/// One look at a file: what it held and its size and mtime when read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Look {
    pub size: u64,
    pub mtime: Option<SystemTime>,
    pub hash: Option<String>,
}

impl Look {
    /// Looks at `path`, a file under the workspace folder `root`: its metadata (not following a symlink) and its
    /// bytes within the size limit. The bytes are `None` when it is gone, unreadable, too big, not a regular file,
    /// or reached through a folder that is now a link (a story folder swapped for a link to anywhere).
    pub fn of(root: &Path, path: &Path) -> (Look, Option<Vec<u8>>) {
        let meta = std::fs::symlink_metadata(path).ok();
        let regular = meta.as_ref().is_some_and(|m| m.is_file()) && in_real_folders(root, path);
        let bytes = if regular { read_regular(path) } else { None };
        let look = Look {
            size: meta.as_ref().map_or(0, |m| m.len()),
            mtime: meta.as_ref().and_then(|m| m.modified().ok()),
            hash: bytes.as_deref().map(store::hash),
        };
        (look, bytes)
    }
}

/// Whether every folder between `root` (excluded) and `path` is a real folder, not a link.
pub fn in_real_folders(root: &Path, path: &Path) -> bool {
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == root || !d.starts_with(root) {
            return d == root;
        }
        if crate::boundary::real_dir(d).is_err() {
            return false;
        }
        dir = d.parent();
    }
    false
}

/// Reads a regular file within the size limit through the path policy (`boundary::read_regular`): never through
/// a link, never blocking on a FIFO or device swapped in after it was looked at, and with a byte order mark dropped
/// as the loader drops it, so the hash compared with the story's is taken over the same bytes.
fn read_regular(path: &Path) -> Option<Vec<u8>> {
    let limit = store::MAX_YAML_BYTES.max(store::MAX_ARTICLE_BYTES);
    crate::boundary::read_regular(path, limit).ok()
}

/// What to do with a file that has been quiet for a debounce period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Look again after another quiet period (it changed since the last look, or is still being written).
    LookAgain,
    /// Look again, and tell the UI why the change is not taken yet.
    Wait(String),
    /// Take it: it is settled (and a story file parses).
    Report,
    /// Settled but not taken (it does not parse, and the UI was told): wait for the next event on it.
    Hold,
}

/// The settling rule, kept apart from the clock and the file system so it can be tested without waiting.
#[derive(Debug, Default)]
pub struct Settler {
    /// The last look at each file, and when that content was first seen.
    last: HashMap<PathBuf, (Look, Instant)>,
    /// Since when a settled story file has failed to parse, and whether the UI was told.
    failing: HashMap<PathBuf, (Instant, bool)>,
    /// Files seen empty, or smaller than when last reported (or at start), since their last report: truncated,
    /// so probably being rewritten.
    emptied: std::collections::HashSet<PathBuf>,
    /// Each file's size when last reported, or when the watcher started.
    sizes: HashMap<PathBuf, u64>,
}

impl Settler {
    /// Whether `look` is what the last look at `path` saw: the file has settled.
    pub fn settled(&self, path: &Path, look: &Look) -> bool {
        self.last.get(path).is_some_and(|(l, _)| l == look)
    }

    /// Decides on `path` given this `look` at `now`. `parse` is the story file's parse error, if it has one
    /// (`None` for other files, or when it parses). A file another program has open for writing is not looked
    /// at (see [`being_written`]). A file seen empty since its last report (truncated, then written again, perhaps
    /// in slow chunks by a program that closes it in between) must also have held its content for
    /// [`REWRITE_QUIET`].
    pub fn decide(&mut self, path: &Path, look: Look, now: Instant, parse: Option<String>) -> Decision {
        if look.size == 0 || self.sizes.get(path).is_some_and(|&was| look.size < was) {
            self.emptied.insert(path.to_path_buf());
        }
        let size = look.size;
        let since = match self.last.get(path) {
            Some((l, since)) if *l == look => *since,
            _ => {
                self.last.insert(path.to_path_buf(), (look, now));
                return Decision::LookAgain;
            }
        };
        if self.emptied.contains(path) && now.duration_since(since) < REWRITE_QUIET {
            return Decision::LookAgain;
        }
        match parse {
            None => {
                self.forget(path);
                self.sizes.insert(path.to_path_buf(), size);
                Decision::Report
            }
            Some(why) => {
                let (since, told) = self.failing.entry(path.to_path_buf()).or_insert((now, false));
                if *told {
                    return Decision::Hold;
                }
                if now.duration_since(*since) >= SAY_AFTER {
                    *told = true;
                    return Decision::Wait(why);
                }
                Decision::LookAgain
            }
        }
    }

    /// Records a file's size as it was when watching started (a later, smaller look means it was truncated).
    pub fn baseline(&mut self, path: PathBuf, size: u64) {
        self.sizes.insert(path, size);
    }

    /// Forgets a file that went away or was reported.
    pub fn forget(&mut self, path: &Path) {
        self.last.remove(path);
        self.failing.remove(path);
        self.emptied.remove(path);
    }
}

pub use crate::boundary::being_written;

/// The files a rescan looks at again: every story folder's `claims.yaml` and other files, and the settings file.
pub fn rescan_targets(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.join(CONFIG_FILE)];
    for dir in store::story_dirs(root).unwrap_or_default() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        out.extend(files.into_iter().filter(|p| classify(root, p).is_some_and(|(_, k)| k != FileKind::Folder)));
    }
    out
}

/// Whether a raw notify result asks for everything to be looked at again: the kernel's queue overflowed (notify
/// flags the event `need_rescan`), or notify reports an error (events may have been lost).
pub fn needs_rescan(raw: &notify::Result<notify::Event>) -> bool {
    match raw {
        Ok(event) => event.need_rescan(),
        Err(_) => true,
    }
}

/// The watcher thread's loop: reads raw notify results from `raw_rx` until it closes, sends settled changes on
/// `tx`. Apart from notify so a test can feed it events, such as a synthetic "rescan needed".
fn run(
    root: PathBuf,
    quiet: Duration,
    raw_rx: Receiver<notify::Result<notify::Event>>,
    tx: mpsc::Sender<Change>,
    known: Arc<Mutex<HashMap<PathBuf, String>>>,
) {
    let mut debounce = Debouncer::default();
    let mut settler = Settler::default();
    // Files another program has open for writing: since when, and whether the UI was told.
    let mut busy: HashMap<PathBuf, (Instant, bool)> = HashMap::new();
    // Sizes as the stories were loaded, so a truncation is known as one even when its first look already sees
    // the first chunk written after it.
    for p in rescan_targets(&root) {
        if let Ok(m) = std::fs::symlink_metadata(&p) {
            settler.baseline(p, m.len());
        }
    }
    loop {
        let wait = debounce.next_due(Instant::now(), quiet).unwrap_or(Duration::from_secs(3600));
        match raw_rx.recv_timeout(wait) {
            Ok(raw) if needs_rescan(&raw) => {
                // Events were lost: look at every story file again; unchanged ones are filtered below by hash.
                let now = Instant::now();
                for p in rescan_targets(&root) {
                    debounce.touch(p, now);
                }
                // Files reported before and gone since are among these too.
                for p in known.lock().unwrap_or_else(|e| e.into_inner()).keys() {
                    debounce.touch(p.clone(), now);
                }
            }
            Ok(Ok(event)) => {
                // Reads are not changes; a writer closing the file is (it may have been waited for).
                use notify::event::{AccessKind, AccessMode};
                if matches!(event.kind, notify::EventKind::Access(k) if k != AccessKind::Close(AccessMode::Write)) {
                    continue;
                }
                for p in event.paths {
                    if classify(&root, &p).is_some() {
                        debounce.touch(p, Instant::now());
                    }
                }
            }
            Ok(Err(_)) => {}
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        let now = Instant::now();
        for path in debounce.ready(now, quiet) {
            let Some((slug, kind)) = classify(&root, &path) else { continue };
            if being_written(&path) {
                // Half-written: not even read. Looked at again once it is quiet and closed; after a while the UI
                // is told what it is waiting for (a program that keeps the file open holds the reload back).
                debounce.touch(path.clone(), now);
                let (since, told) = busy.entry(path.clone()).or_insert((now, false));
                if !*told && now.duration_since(*since) >= SAY_AFTER {
                    *told = true;
                    let why = "another program still has it open for writing".to_string();
                    if tx.send(Change { slug, path, kind, hash: None, text: None, waiting: Some(why) }).is_err() {
                        return;
                    }
                }
                continue;
            }
            busy.remove(&path);
            let (look, bytes) = Look::of(&root, &path);
            let hash = look.hash.clone();
            if hash.is_none() {
                // Gone (or unreadable): reported at once, nothing to settle.
                settler.forget(&path);
                known.lock().unwrap_or_else(|e| e.into_inner()).remove(&path);
                let change = Change { slug, path, kind, hash: None, text: None, waiting: None };
                if tx.send(change).is_err() {
                    return;
                }
                continue;
            }
            if known.lock().unwrap_or_else(|e| e.into_inner()).get(&path) == hash.as_ref() {
                settler.forget(&path);
                continue;
            }
            let mut text = None;
            // Parsed only once settled: a file still growing is not parsed on every look.
            let parse = match (&kind, bytes) {
                (FileKind::Story, Some(_)) if !settler.settled(&path, &look) => None,
                (FileKind::Story, Some(b)) => match store::decode_utf8(&path, b, "the story file")
                    .and_then(|t| store::parse_story(&path, &t).map(|_| t))
                {
                    Ok(t) => {
                        text = Some(Arc::new(t));
                        None
                    }
                    // Where and what, without the path (the UI names the story) or any of the file's text
                    // beyond the parser's own words.
                    Err(d) => Some(format!("it does not parse (line {}, column {}: {})", d.line, d.column, d.message)),
                },
                _ => None,
            };
            match settler.decide(&path, look, now, parse) {
                Decision::LookAgain => debounce.touch(path, now),
                Decision::Hold => {}
                Decision::Wait(why) => {
                    debounce.touch(path.clone(), now);
                    let change = Change { slug, path, kind, hash, text: None, waiting: Some(why) };
                    if tx.send(change).is_err() {
                        return;
                    }
                }
                Decision::Report => {
                    if let Some(h) = &hash {
                        known.lock().unwrap_or_else(|e| e.into_inner()).insert(path.clone(), h.clone());
                    }
                    if tx.send(Change { slug, path, kind, hash, text, waiting: None }).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

/// Watches a workspace. Dropping it stops the watching and its thread.
pub struct WorkspaceWatcher {
    _watcher: Option<RecommendedWatcher>,
    rx: Receiver<Change>,
    known: Arc<Mutex<HashMap<PathBuf, String>>>,
}

impl WorkspaceWatcher {
    /// Starts watching `root` (recursively), debouncing by `quiet` (use [`DEBOUNCE`]).
    pub fn start(root: &Path, quiet: Duration) -> notify::Result<WorkspaceWatcher> {
        let (raw_tx, raw_rx) = mpsc::channel::<notify::Result<notify::Event>>();
        let mut watcher = notify::recommended_watcher(raw_tx)?;
        // Events name absolute paths: a relative root (`claims`, the default) would match none of them.
        let root = &root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        watcher.watch(root, RecursiveMode::Recursive)?;
        let mut w = WorkspaceWatcher::from_events(root, quiet, raw_rx)?;
        w._watcher = Some(watcher);
        Ok(w)
    }

    /// A watcher fed by `raw_rx` instead of notify (tests feed it synthetic events); `root` must be absolute.
    pub fn from_events(
        root: &Path,
        quiet: Duration,
        raw_rx: Receiver<notify::Result<notify::Event>>,
    ) -> notify::Result<WorkspaceWatcher> {
        let (tx, rx) = mpsc::channel();
        let known: Arc<Mutex<HashMap<PathBuf, String>>> = Arc::default();
        let (root, known2) = (root.to_path_buf(), Arc::clone(&known));
        thread::Builder::new().name("factdesk-watch".into()).spawn(move || run(root, quiet, raw_rx, tx, known2))?;
        Ok(WorkspaceWatcher { _watcher: None, rx, known })
    }

    /// Tells the watcher a file's current content hash, so that content is not reported as a change.
    /// Call it for every story after loading, and after every save (with `Story.disk_hash`).
    pub fn note_disk_hash(&self, path: &Path, hash: &str) {
        self.known.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf(), hash.to_string());
    }

    /// The next change, if one is waiting. Never blocks.
    pub fn try_recv(&self) -> Option<Change> {
        self.rx.try_recv().ok()
    }

    /// The channel itself, for loops that want to block on it with a timeout.
    pub fn receiver(&self) -> &Receiver<Change> {
        &self.rx
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn own_files_are_ignored_and_story_files_classified() {
        let root = Path::new("/ws");
        let c = |p: &str| classify(root, &root.join(p));
        assert_eq!(c("s/claims.yaml"), Some((Some("s".into()), FileKind::Story)));
        assert_eq!(c("s/article.txt"), Some((Some("s".into()), FileKind::StoryOther)));
        assert_eq!(c("factdesk.yaml"), Some((None, FileKind::Config)));
        assert_eq!(c("s/.factdesk-Ab12.tmp"), None);
        assert_eq!(c("s/claims.yaml.factdesk-journal"), None);
        assert_eq!(c(".workspace.factdesk-lock"), None);
        assert_eq!(c(".git"), None);
        assert_eq!(c("s/deeper/x.yaml"), None);
        assert_eq!(c("/elsewhere/claims.yaml"), None);
    }

    #[test]
    fn debouncer_waits_for_quiet_per_file() {
        let mut d = Debouncer::default();
        let t0 = Instant::now();
        let q = Duration::from_millis(250);
        d.touch("a".into(), t0);
        d.touch("b".into(), t0 + Duration::from_millis(100));
        d.touch("a".into(), t0 + Duration::from_millis(200)); // a burst on a
        assert_eq!(d.next_due(t0 + Duration::from_millis(200), q), Some(Duration::from_millis(150)));
        assert!(d.ready(t0 + Duration::from_millis(300), q).is_empty());
        assert_eq!(d.ready(t0 + Duration::from_millis(350), q), [PathBuf::from("b")]);
        assert_eq!(d.ready(t0 + Duration::from_millis(450), q), [PathBuf::from("a")]);
        assert_eq!(d.next_due(t0, q), None);
    }

    fn look(size: u64, hash: &str) -> Look {
        Look { size, mtime: None, hash: Some(hash.into()) }
    }

    #[test]
    fn a_change_is_reported_only_when_two_looks_agree_and_it_parses() {
        let mut st = Settler::default();
        let p = Path::new("/ws/s/claims.yaml");
        let t0 = Instant::now();
        // Growing: every look differs from the one before.
        assert_eq!(st.decide(p, look(10, "a"), t0, None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(20, "b"), t0, None), Decision::LookAgain);
        // Same size and hash as the last look, but a different mtime: still settling.
        let touched = Look { mtime: Some(SystemTime::UNIX_EPOCH), ..look(20, "b") };
        assert_eq!(st.decide(p, touched.clone(), t0, None), Decision::LookAgain);
        assert_eq!(st.decide(p, touched, t0, None), Decision::Report);
        // After a report, the next change starts over.
        assert_eq!(st.decide(p, look(30, "c"), t0, None), Decision::LookAgain);
    }

    #[test]
    fn a_truncated_file_must_hold_its_content_longer_before_it_is_taken() {
        let mut st = Settler::default();
        let p = Path::new("/ws/s/claims.yaml");
        let t0 = Instant::now();
        let ms = |n: u64| t0 + Duration::from_millis(n);
        assert_eq!(st.decide(p, look(0, "empty"), ms(0), None), Decision::LookAgain);
        // A first chunk, closed, then a pause of two seconds: a valid prefix, not taken.
        assert_eq!(st.decide(p, look(100, "part"), ms(300), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(100, "part"), ms(600), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(100, "part"), ms(2300), None), Decision::LookAgain);
        // The rest: taken once it has held for REWRITE_QUIET.
        assert_eq!(st.decide(p, look(300, "whole"), ms(2600), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(300, "whole"), ms(2900), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(300, "whole"), ms(2600) + REWRITE_QUIET, None), Decision::Report);
        // A file smaller than when last reported counts as truncated, though never seen empty.
        assert_eq!(st.decide(p, look(200, "shorter"), ms(4000), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(200, "shorter"), ms(4300), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(200, "shorter"), ms(4000) + REWRITE_QUIET, None), Decision::Report);
        // The next change, growing, is taken on the second look again.
        assert_eq!(st.decide(p, look(210, "next"), ms(9000), None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(210, "next"), ms(9300), None), Decision::Report);
    }

    #[test]
    fn a_settled_file_that_does_not_parse_is_held_and_explained_once() {
        let mut st = Settler::default();
        let p = Path::new("/ws/s/claims.yaml");
        let t0 = Instant::now();
        let bad = || Some("it does not parse (line 3, column 1: did not find expected key)".to_string());
        assert_eq!(st.decide(p, look(5, "x"), t0, bad()), Decision::LookAgain);
        assert_eq!(st.decide(p, look(5, "x"), t0, bad()), Decision::LookAgain, "not said at once");
        let later = t0 + SAY_AFTER;
        assert_eq!(st.decide(p, look(5, "x"), later, bad()), Decision::Wait(bad().unwrap()));
        assert_eq!(st.decide(p, look(5, "x"), later, bad()), Decision::Hold, "said once, then quiet");
        // Still broken after another edit: looked at, not said again, never taken.
        assert_eq!(st.decide(p, look(6, "y"), later, bad()), Decision::LookAgain);
        assert_eq!(st.decide(p, look(6, "y"), later, bad()), Decision::Hold);
        // Fixed: taken.
        assert_eq!(st.decide(p, look(7, "z"), later, None), Decision::LookAgain);
        assert_eq!(st.decide(p, look(7, "z"), later, None), Decision::Report);
    }

    #[test]
    fn overflow_and_errors_ask_for_a_rescan_and_ordinary_events_do_not() {
        use notify::event::{EventKind, Flag, ModifyKind};
        let plain = notify::Event::new(EventKind::Modify(ModifyKind::Any)).add_path("/ws/s/claims.yaml".into());
        assert!(!needs_rescan(&Ok(plain)));
        assert!(needs_rescan(&Ok(notify::Event::new(EventKind::Other).set_flag(Flag::Rescan))));
        assert!(needs_rescan(&Err(notify::Error::generic("inotify queue overflow"))));
        let t = tempfile::tempdir().unwrap();
        for slug in ["a", "b"] {
            fs::create_dir_all(t.path().join(slug)).unwrap();
            fs::write(t.path().join(slug).join(STORY_FILE), "story: {title: T}\nclaims: []\n").unwrap();
            fs::write(t.path().join(slug).join("article.txt"), "text").unwrap();
            fs::write(t.path().join(slug).join("claims.yaml.factdesk-journal"), "j").unwrap();
        }
        fs::create_dir_all(t.path().join("not-a-story")).unwrap();
        let targets = rescan_targets(t.path());
        let names: Vec<String> =
            targets.iter().map(|p| p.strip_prefix(t.path()).unwrap().display().to_string()).collect();
        assert_eq!(names, ["factdesk.yaml", "a/article.txt", "a/claims.yaml", "b/article.txt", "b/claims.yaml"]);
    }

    #[test]
    fn a_synthetic_rescan_finds_a_change_whose_events_were_lost() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().canonicalize().unwrap();
        let dir = root.join("s");
        fs::create_dir_all(&dir).unwrap();
        let story = dir.join(STORY_FILE);
        fs::write(&story, "story: {title: T}\nclaims: []\n").unwrap();
        let (raw_tx, raw_rx) = mpsc::channel();
        let w = WorkspaceWatcher::from_events(&root, Duration::from_millis(20), raw_rx).unwrap();
        // A change whose events the kernel dropped: nothing is sent, so nothing is reported.
        let theirs = "story: {title: Theirs}\nclaims: []\n";
        fs::write(&story, theirs).unwrap();
        assert!(w.receiver().recv_timeout(Duration::from_millis(300)).is_err());
        // notify says its queue overflowed: the story is looked at again and its change reported, as a normal
        // change would be (settled, parsed, with the checked text).
        raw_tx.send(Ok(notify::Event::new(notify::EventKind::Other).set_flag(notify::event::Flag::Rescan))).unwrap();
        let c = loop {
            let c = next(&w);
            if c.kind == FileKind::Story {
                break c;
            }
        };
        assert_eq!(c.slug.as_deref(), Some("s"));
        assert_eq!(c.hash.as_deref(), Some(store::hash(theirs.as_bytes()).as_str()));
        assert_eq!(c.text.as_deref().map(String::as_str), Some(theirs));
        // The same through an error from notify (events may be lost), for a second change.
        let again = "story: {title: Again}\nclaims: []\n";
        fs::write(&story, again).unwrap();
        raw_tx.send(Err(notify::Error::generic("queue overflow"))).unwrap();
        let c = loop {
            let c = next(&w);
            if c.kind == FileKind::Story {
                break c;
            }
        };
        assert_eq!(c.hash.as_deref(), Some(store::hash(again.as_bytes()).as_str()));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_open_for_writing_elsewhere_is_being_written() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join(STORY_FILE);
        fs::write(&p, "x").unwrap();
        assert!(!being_written(&p));
        let held = fs::OpenOptions::new().append(true).open(&p).unwrap();
        assert!(being_written(&p));
        drop(held);
        assert!(!being_written(&p));
        // Not a regular file: never "being written" (and never opened for it).
        std::os::unix::fs::symlink(&p, t.path().join("link")).unwrap();
        assert!(!being_written(&t.path().join("link")));
    }

    /// Waits (up to 10 s, for slow CI) for the next change.
    fn next(w: &WorkspaceWatcher) -> Change {
        w.receiver().recv_timeout(Duration::from_secs(10)).expect("a change should be reported")
    }

    #[test]
    fn reports_outside_edits_but_not_own_writes() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("s");
        fs::create_dir_all(&dir).unwrap();
        let story = dir.join(STORY_FILE);
        fs::write(&story, "story: {title: T}\nclaims: []\n").unwrap();
        let w = WorkspaceWatcher::start(t.path(), Duration::from_millis(50)).unwrap();
        // factdesk's own atomic save, with its hash noted first, and a journal write: neither is reported.
        let own = "story: {title: Mine}\nclaims: []\n";
        w.note_disk_hash(&story, &store::hash(own.as_bytes()));
        store::write_atomic(&story, own.as_bytes()).unwrap();
        fs::write(dir.join("claims.yaml.factdesk-journal"), "x").unwrap();
        // Then a colleague's edit: it is the first thing reported.
        let theirs = "story: {title: Theirs}\nclaims: []\n";
        fs::write(&story, theirs).unwrap();
        let c = next(&w);
        assert_eq!((c.slug.as_deref(), &c.kind), (Some("s"), &FileKind::Story));
        assert_eq!(c.hash.as_deref(), Some(store::hash(theirs.as_bytes()).as_str()));
        assert!(c.is_news_for(&store::hash(own.as_bytes())));
        assert!(!c.is_news_for(&store::hash(theirs.as_bytes())));
        // An article edit is reported as such.
        fs::write(dir.join("article.txt"), "new text").unwrap();
        let c = next(&w);
        assert_eq!((c.path.file_name().unwrap().to_str(), c.kind), (Some("article.txt"), FileKind::StoryOther));
        // A removal is reported with no hash.
        fs::remove_file(&story).unwrap();
        let c = next(&w);
        assert_eq!((c.kind, c.hash), (FileKind::Story, None));
    }

    #[test]
    fn a_byte_order_mark_is_hashed_as_the_loader_hashes_it() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("s");
        fs::create_dir_all(&dir).unwrap();
        let story = dir.join(STORY_FILE);
        let text = "story: {title: T}\nclaims: []\n";
        fs::write(&story, text).unwrap();
        let w = WorkspaceWatcher::start(t.path(), Duration::from_millis(50)).unwrap();
        // An editor rewrites the same story with a byte order mark: the loader reads past the mark, so the story
        // it would load is the one already on screen, and the change is no news.
        fs::write(&story, [crate::boundary::BOM, text.as_bytes()].concat()).unwrap();
        let c = next(&w);
        assert_eq!(c.hash.as_deref(), Some(store::hash(text.as_bytes()).as_str()));
        assert!(!c.is_news_for(&store::hash(text.as_bytes())));
    }

    #[cfg(unix)]
    #[test]
    fn a_story_folder_swapped_for_a_link_is_not_read_through() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("ws");
        let outside = t.path().join("outside");
        fs::create_dir_all(root.join("s")).unwrap();
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join(STORY_FILE), "story: {title: SECRET}\nclaims: []\n").unwrap();
        assert!(in_real_folders(&root, &root.join("s").join(STORY_FILE)));
        fs::remove_dir_all(root.join("s")).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("s")).unwrap();
        let path = root.join("s").join(STORY_FILE);
        assert!(!in_real_folders(&root, &path));
        let (look, bytes) = Look::of(&root, &path);
        assert_eq!((bytes, look.hash), (None, None), "the outside file was read through the link");
    }
}
