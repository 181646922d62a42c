//! The workspace watcher: tells the UI loop, over a std channel, which story files changed on disk.
//!
//! Raw notify events are debounced per file, factdesk's own temporary, journal and lock files are ignored,
//! and a file whose content hash is already known (factdesk's own save, or a touch that changed nothing) is
//! not reported. The UI polls [`WorkspaceWatcher::try_recv`] on each tick.

use crate::store::{self, CONFIG_FILE, STORY_FILE};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a file must stay quiet before its change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

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

/// Watches a workspace. Dropping it stops the watching and its thread.
pub struct WorkspaceWatcher {
    _watcher: RecommendedWatcher,
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
        let (tx, rx) = mpsc::channel();
        let known: Arc<Mutex<HashMap<PathBuf, String>>> = Arc::default();
        let root = root.to_path_buf();
        let known2 = Arc::clone(&known);
        thread::Builder::new().name("factdesk-watch".into()).spawn(move || {
            let mut debounce = Debouncer::default();
            loop {
                let wait = debounce.next_due(Instant::now(), quiet).unwrap_or(Duration::from_secs(3600));
                match raw_rx.recv_timeout(wait) {
                    Ok(Ok(event)) => {
                        if matches!(event.kind, notify::EventKind::Access(_)) {
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
                for path in debounce.ready(Instant::now(), quiet) {
                    let Some((slug, kind)) = classify(&root, &path) else { continue };
                    let hash = store::read_limited(&path, store::MAX_YAML_BYTES.max(store::MAX_ARTICLE_BYTES))
                        .ok()
                        .map(|b| store::hash(&b));
                    {
                        let mut known = known2.lock().unwrap_or_else(|e| e.into_inner());
                        match &hash {
                            Some(h) if known.get(&path) == Some(h) => continue,
                            Some(h) => known.insert(path.clone(), h.clone()),
                            None => known.remove(&path),
                        };
                    }
                    if tx.send(Change { slug, path, kind, hash }).is_err() {
                        return;
                    }
                }
            }
        })?;
        Ok(WorkspaceWatcher { _watcher: watcher, rx, known })
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
}
