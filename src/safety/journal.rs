//! The recovery journals: unsaved edits (and forms being typed) written atomically beside the story, offered back after a crash.
//!
//! Every running copy journals under its own session name, `claims.yaml.<session>.factdesk-journal`, and holds
//! the OS lock of its session file `.session-<session>.factdesk-lock` in the workspace for as long as it runs.
//! So journaling never depends on who holds the workspace lock, two copies never write the same journal, and a
//! journal whose session lock nobody holds is an orphan (its copy crashed or was killed): it is offered back.
//! Journals named `claims.yaml.factdesk-journal`, by earlier versions, are always orphans.
//! [`signal_flag`] lets the UI loop write its journals before exiting on SIGTERM, SIGHUP or SIGINT.

use crate::diag::Diagnostic;
use crate::model::StoryFile;
use crate::safety::lock;
use crate::safety::merge::{self, Change, Merge};
use crate::store::{self, STORY_FILE, Story};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// The journal's file name suffix (`*.factdesk-journal` is git-ignored).
pub const JOURNAL_SUFFIX: &str = ".factdesk-journal";
/// The format version written in every journal.
pub const JOURNAL_VERSION: u32 = 1;
/// How long after an edit the journal should be on disk at the latest.
pub const JOURNAL_DELAY: Duration = Duration::from_millis(500);

/// What a journal holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    #[serde(rename = "factdesk-journal")]
    pub version: u32,
    /// When it was written, RFC 3339.
    pub written_at: String,
    /// Hash of `claims.yaml` the edits were made on (`Story.disk_hash`).
    pub base_hash: String,
    /// The story as loaded, so edits can be merged onto a file that changed since.
    pub base: StoryFile,
    /// The unsaved story.
    pub unsaved: StoryFile,
    /// Forms being typed and not yet submitted (absent in journals of earlier versions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
}

/// A form being typed when the journal was written: which form, on which claim, and what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The form's name (`source`, `meta`, `new-claim`: see `tui::app::FormKind::name`).
    pub form: String,
    /// The claim the form works on (empty for a new claim).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub claim: String,
    /// The item a pane's form was editing (a source's or check's position from 0, a value's name); `None` when
    /// it was adding one, so a restored edit changes that item instead of adding a copy of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Each field's label and value, in the form's order.
    pub fields: Vec<DraftField>,
}

/// One field of a [`Draft`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftField {
    pub label: String,
    pub value: String,
}

impl std::fmt::Display for Draft {
    /// One line, sanitized: `form `source` on claim `a`, not submitted: URL: https://…; Title: …`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "form `{}`", crate::sanitize::line(&self.form))?;
        if !self.claim.is_empty() {
            write!(f, " on claim `{}`", crate::sanitize::line(&self.claim))?;
        }
        write!(f, ", typed but not submitted:")?;
        let typed: Vec<String> = self
            .fields
            .iter()
            .filter(|x| !x.value.trim().is_empty())
            .map(|x| format!("{}: {}", crate::sanitize::line(&x.label), crate::sanitize::line(&x.value)))
            .collect();
        write!(f, " {}", if typed.is_empty() { "(nothing)".into() } else { typed.join("; ") })
    }
}

/// A running copy's session: its id names its journals, and its session file's OS lock says it is alive.
/// Dropping it (the copy quits) removes the session file; its journals then count as orphans, unless removed.
#[derive(Debug)]
pub struct Session {
    id: String,
    path: PathBuf,
    /// Held open for its OS lock, which ends with the process however it ends.
    _file: fs::File,
}

impl Session {
    /// Starts this process's session in workspace `root`.
    pub fn start(root: &Path) -> io::Result<Session> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        for n in 0..4u32 {
            let id = format!("{}-{:x}", std::process::id(), (nanos as u64).wrapping_add(u64::from(n)) & 0xff_ffff_ffff);
            let path = session_lock_path(root, &id);
            if path.exists() {
                continue;
            }
            if let Some(mut file) = lock::try_lock_at(&path)? {
                let info = lock::LockInfo::current(root);
                let text = serde_yaml::to_string(&info).map_err(io::Error::other)?;
                io::Write::write_all(&mut file, text.as_bytes())?;
                return Ok(Session { id, path, _file: file });
            }
        }
        Err(io::Error::other(format!("{}: could not create a session file", root.display())))
    }

    /// The session's id (`<pid>-<hex>`), as it appears in its journals' names.
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// The session file of session `id` in workspace `root` (`*.factdesk-lock` is git-ignored).
pub fn session_lock_path(root: &Path, id: &str) -> PathBuf {
    root.join(format!(".session-{id}.factdesk-lock"))
}

/// Where a story's journal was kept by earlier versions (one per story). Such journals are still found and
/// offered; [`write`] writes one, as a crashed earlier session left it.
pub fn journal_path(story_dir: &Path) -> PathBuf {
    story_dir.join(format!("{STORY_FILE}{JOURNAL_SUFFIX}"))
}

/// Where session `id` keeps story `story_dir`'s journal.
pub fn session_journal_path(story_dir: &Path, id: &str) -> PathBuf {
    story_dir.join(format!("{STORY_FILE}.{id}{JOURNAL_SUFFIX}"))
}

/// The session named in a journal's file name: `None` for an earlier version's journal, or a name that is not one.
fn session_of(name: &str) -> Option<Option<String>> {
    let rest = name.strip_prefix(STORY_FILE)?.strip_suffix(JOURNAL_SUFFIX)?;
    if rest.is_empty() {
        return Some(None);
    }
    let id = rest.strip_prefix('.')?;
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then(|| Some(id.to_string()))
}

/// Writes an earlier version's journal for `story` (its unsaved `file`; its base is `base`), atomically: what a
/// crashed earlier session left. The UI writes [`write_session`] journals.
pub fn write(story: &Story, base: &StoryFile) -> io::Result<PathBuf> {
    write_to(&journal_path(&story.dir), story, base, &[])
}

/// Writes session `id`'s journal for `story`: its unsaved `file`, its base `base` (the file as loaded) and the
/// forms being typed on it, atomically.
pub fn write_session(story: &Story, base: &StoryFile, id: &str, drafts: &[Draft]) -> io::Result<PathBuf> {
    write_to(&session_journal_path(&story.dir, id), story, base, drafts)
}

fn write_to(path: &Path, story: &Story, base: &StoryFile, drafts: &[Draft]) -> io::Result<PathBuf> {
    // The story folder must still be the real one it was loaded from: a folder swapped for a link (a `git pull`
    // while the UI is open) would carry the whole story out of the workspace.
    crate::boundary::real_dir(&story.dir).map_err(crate::boundary::BoundaryError::into_io_named)?;
    let journal = Journal {
        version: JOURNAL_VERSION,
        written_at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
        base_hash: story.disk_hash.clone(),
        base: base.clone(),
        unsaved: story.file.clone(),
        drafts: drafts.to_vec(),
    };
    write_journal(path, &journal)?;
    Ok(path.to_path_buf())
}

/// Writes `journal` at `path`, atomically.
pub fn write_journal(path: &Path, journal: &Journal) -> io::Result<()> {
    let text = serde_yaml::to_string(journal).map_err(io::Error::other)?;
    store::write_atomic(path, text.as_bytes())
}

/// Reads a journal, with the same limits as every YAML file.
pub fn load(path: &Path) -> Result<Journal, Diagnostic> {
    // A symbolic link, FIFO or device is refused unread, and never quoted.
    let bytes = lock::read_regular(path, store::MAX_YAML_BYTES * 2 + 4096)
        .map_err(|e| Diagnostic::error(path, 0, 0, format!("cannot read the recovery journal: {e}")))?;
    let text = store::decode_utf8(path, bytes, "the recovery journal")?;
    store::parse_yaml(path, &text, "an empty journal holds nothing to restore; discard it")
}

/// Removes a story's journal of an earlier version (`recover --discard`, tests). Absent is fine.
pub fn discard(story_dir: &Path) -> io::Result<()> {
    remove(&journal_path(story_dir))
}

/// Removes one journal file. Absent is fine.
pub fn remove(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// A journal found in the workspace.
#[derive(Debug)]
pub struct Found {
    /// The story folder's name.
    pub slug: String,
    pub dir: PathBuf,
    pub path: PathBuf,
    /// The session that wrote it; `None` for an earlier version's journal.
    pub session: Option<String>,
    /// Its session is running (this copy's own, or another live copy's): it is that copy's, not to be offered.
    pub live: bool,
    /// The host its session file names, when that is another host (a synced folder): whether that copy still
    /// runs cannot be told from here (OS locks do not cross machines), so it is not offered at start-up;
    /// `factdesk recover` lists it and restores it when asked.
    pub elsewhere: Option<String>,
    /// The journal, or why it could not be read (then it is left alone for the journalist to look at).
    pub journal: Result<Journal, Diagnostic>,
}

impl Found {
    /// The pid in the session's name (for "another copy, pid N, is editing").
    pub fn pid(&self) -> Option<u32> {
        self.session.as_deref()?.split('-').next()?.parse().ok()
    }
}

/// Every journal in the workspace `root`, in story order, then oldest first: orphans and live copies' alike (see
/// [`Found::live`]). Only regular files count; a symbolic link or FIFO named like a journal is reported unread.
pub fn find_journals(root: &Path) -> Vec<Found> {
    let Ok(entries) = fs::read_dir(root) else { return Vec::new() };
    let mut dirs: Vec<PathBuf> =
        entries.filter_map(Result::ok).filter(|e| e.file_type().is_ok_and(|t| t.is_dir())).map(|e| e.path()).collect();
    dirs.sort();
    dirs.iter().flat_map(|dir| find_journals_in(root, dir)).collect()
}

/// The journals in one story folder `dir` of the workspace `root`, oldest first (see [`find_journals`]).
pub fn find_journals_in(root: &Path, dir: &Path) -> Vec<Found> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let slug = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut here: Vec<Found> = entries
        .filter_map(Result::ok)
        // A folder named like a journal is not one factdesk wrote, nor one it could remove.
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .filter_map(|e| {
            let session = session_of(&e.file_name().to_string_lossy())?;
            let live = session.as_deref().is_some_and(|id| lock::is_held(&session_lock_path(root, id)));
            let elsewhere = match &session {
                Some(id) if !live => other_host(&session_lock_path(root, id)),
                _ => None,
            };
            let path = e.path();
            Some(Found {
                slug: slug.clone(),
                dir: dir.to_path_buf(),
                journal: load(&path),
                path,
                session,
                live,
                elsewhere,
            })
        })
        .collect();
    here.sort_by(|a, b| {
        let at = |f: &Found| f.journal.as_ref().map(|j| j.written_at.clone()).unwrap_or_default();
        at(a).cmp(&at(b)).then_with(|| a.path.cmp(&b.path))
    });
    here
}

/// The host a session file's record names, when it is not this one.
fn other_host(session_file: &Path) -> Option<String> {
    let bytes = lock::read_regular(session_file, 64 * 1024).ok()?;
    let info = lock::LockInfo::parse(&bytes)?;
    (info.host != lock::hostname()).then_some(info.host)
}

/// Removes the session files of copies that ended without removing them (killed, crashed) once none of their
/// journals is left. A running copy's session file is held, and never removed; one that is being created is
/// re-created by its copy (see `lock::try_lock_at`).
pub fn sweep_sessions(root: &Path) {
    let Ok(entries) = fs::read_dir(root) else { return };
    let with_journals: std::collections::HashSet<String> =
        find_journals(root).into_iter().filter_map(|f| f.session).collect();
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_prefix(".session-").and_then(|n| n.strip_suffix(".factdesk-lock")) else { continue };
        // One from another host (a synced folder) is left to that host.
        if !with_journals.contains(id)
            && e.file_type().is_ok_and(|t| t.is_file())
            && !lock::is_held(&e.path())
            && other_host(&e.path()).is_none()
        {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// The orphaned journals in the workspace (their copies ended without saving): what is offered back.
pub fn orphans(root: &Path) -> Vec<Found> {
    find_journals(root).into_iter().filter(|f| !f.live && f.elsewhere.is_none()).collect()
}

/// A warning per orphaned journal in the workspace, so `factdesk check` and the UI's problem list mention unsaved
/// edits. A running copy's journal is its own business, and not mentioned.
pub fn diagnostics(root: &Path) -> Vec<Diagnostic> {
    orphans(root).into_iter().map(orphan_diagnostic).collect()
}

/// [`diagnostics`] for these story folders of `root` alone (a command that reads only some stories).
pub fn diagnostics_in(root: &Path, dirs: &[PathBuf]) -> Vec<Diagnostic> {
    dirs.iter()
        .filter(|d| fs::symlink_metadata(d).is_ok_and(|m| m.is_dir()))
        .flat_map(|d| find_journals_in(root, d))
        .filter(|f| !f.live && f.elsewhere.is_none())
        .map(orphan_diagnostic)
        .collect()
}

fn orphan_diagnostic(f: Found) -> Diagnostic {
    match f.journal {
        Ok(_) => Diagnostic::warning(
            &f.path,
            1,
            1,
            "unsaved edits from a session that ended without saving; run `factdesk recover` to see, restore or discard them",
        ),
        // Not quoted: it may not be a journal at all (a link to another file, a FIFO).
        Err(_) => Diagnostic::warning(
            &f.path,
            1,
            1,
            "named like a recovery journal, but it cannot be read as one; `factdesk recover` says why, and \
             `factdesk recover --discard` removes it",
        ),
    }
}

/// What restoring a journal would do, for the "restore unsaved edits?" prompt.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The edits in the journal, relative to its base.
    pub changes: Vec<Change>,
    /// The story file changed on disk since the journal's base (a pull, a colleague): restoring merges.
    pub disk_changed: bool,
    /// Collisions a restore would have to ask about (only when the disk changed).
    pub conflicts: usize,
    /// Forms that were being typed, brought back on restore.
    pub drafts: Vec<Draft>,
}

impl Summary {
    /// Human-readable lines, sanitized.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self.changes.iter().map(|c| c.to_string()).collect();
        out.extend(self.drafts.iter().map(|d| d.to_string()));
        if out.is_empty() {
            out.push("no differences from the file as it was loaded".into());
        }
        if self.disk_changed {
            out.push(format!(
                "the file changed on disk since; restoring merges the edits into it ({} conflict{} to settle)",
                self.conflicts,
                if self.conflicts == 1 { "" } else { "s" }
            ));
        }
        out
    }
}

/// Compares a journal with the story as it is on disk now.
pub fn summarize(journal: &Journal, story: &Story) -> Summary {
    let disk_changed = journal.base_hash != story.disk_hash || story.file != journal.base;
    let changes = merge::diff(&journal.base, &journal.unsaved).unwrap_or_default();
    let conflicts = if disk_changed {
        merge::merge(&journal.base, &journal.unsaved, &story.file).map_or(0, |m| m.conflicts.len())
    } else {
        0
    };
    Summary { changes, disk_changed, conflicts, drafts: journal.drafts.clone() }
}

/// Restores a journal into `story`: the story's `file` becomes the unsaved edits (the UI then marks it modified,
/// and keeps the journal until the next save). When the file changed on disk since the journal was written,
/// the edits are merged onto it; the returned merge's conflicts must be settled, as after a reload.
///
/// A story that is not its journal's base any more (another journal of it was restored first, say) gets the
/// edits merged in too, so restoring several journals of one story one after another keeps them all.
pub fn restore(journal: &Journal, story: &mut Story) -> Result<Option<Merge>, merge::MergeError> {
    if journal.base_hash == story.disk_hash && story.file == journal.base {
        story.file = journal.unsaved.clone();
        story.reanchor();
        return Ok(None);
    }
    let m = merge::merge(&journal.base, &journal.unsaved, &story.file)?;
    story.file = m.result()?;
    story.reanchor();
    Ok(Some(m))
}

/// Decides when to write the journal: at most every [`JOURNAL_DELAY`], and always within it after an edit.
#[derive(Debug, Clone, Default)]
pub struct JournalClock {
    dirty_since: Option<Instant>,
}

impl JournalClock {
    /// Call after every edit.
    pub fn edited(&mut self, now: Instant) {
        self.dirty_since.get_or_insert(now);
    }

    /// Whether a write is due; call on every loop tick (poll with a timeout no longer than [`JOURNAL_DELAY`]).
    pub fn due(&self, now: Instant) -> bool {
        self.dirty_since.is_some_and(|t| now.duration_since(t) >= JOURNAL_DELAY)
    }

    /// Whether edits are waiting to be journaled.
    pub fn pending(&self) -> bool {
        self.dirty_since.is_some()
    }

    /// Call after a journal write (or a save).
    pub fn written(&mut self) {
        self.dirty_since = None;
    }
}

/// A flag set by SIGTERM, SIGHUP and SIGINT, for the UI loop to poll: when set, write every journal and exit.
///
/// Only an atomic store happens inside the handler, so it is signal-safe. In raw mode Ctrl-C arrives as a key,
/// not as SIGINT; the UI maps that key to the same quit path.
pub fn signal_flag() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_journal_is_not_written_through_a_story_folder_swapped_for_a_link() {
        let (t, story) = workspace();
        let outside = t.path().join("outside");
        fs::create_dir_all(&outside).unwrap();
        fs::rename(&story.dir, outside.join("moved")).unwrap();
        std::os::unix::fs::symlink(outside.join("moved"), &story.dir).unwrap();
        let err = write_session(&story, &story.file, "7-a", &[]).unwrap_err();
        assert!(err.to_string().contains("not a real folder"), "{err}");
        let written: Vec<_> = fs::read_dir(outside.join("moved")).unwrap().flatten().map(|e| e.file_name()).collect();
        assert!(!written.iter().any(|n| n.to_string_lossy().ends_with(".factdesk-journal")), "{written:?}");
    }
    use crate::model::Claim;
    use std::sync::atomic::Ordering;

    const YAML: &str = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n- id: b\n  text: Other\n";

    fn workspace() -> (tempfile::TempDir, Story) {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("s");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(STORY_FILE), YAML).unwrap();
        fs::write(dir.join("article.txt"), "It is half of GDP.").unwrap();
        let story = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        (t, story)
    }

    #[test]
    fn journal_round_trips_and_summarizes() {
        let (t, mut story) = workspace();
        let base = story.file.clone();
        story.file.claims[0].verdict = "misleading".into();
        story.file.claims.push(Claim::new("c", "new one"));
        let path = write(&story, &base).unwrap();
        assert!(path.ends_with("s/claims.yaml.factdesk-journal"));
        let found = find_journals(t.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].slug, "s");
        let j = found[0].journal.as_ref().unwrap();
        assert_eq!(j.unsaved, story.file);
        // After a crash: the story is loaded from disk again, and the journal offered.
        let mut fresh = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        let s = summarize(j, &fresh);
        assert!(!s.disk_changed);
        assert_eq!(s.lines(), ["claim `a`, verdict: (none) -> misleading", "claim `c`: added"]);
        assert!(restore(j, &mut fresh).unwrap().is_none());
        assert_eq!(fresh.file, story.file);
        let ws = crate::load::load_workspace(t.path()).unwrap();
        assert!(ws.diagnostics.iter().any(|d| d.message.contains("factdesk recover")), "{:?}", ws.diagnostics);
        discard(&fresh.dir).unwrap();
        assert!(find_journals(t.path()).is_empty());
        assert!(
            !crate::load::load_workspace(t.path()).unwrap().diagnostics.iter().any(|d| d.message.contains("recover"))
        );
        discard(&fresh.dir).unwrap();
    }

    #[test]
    fn restore_merges_onto_a_file_changed_since() {
        let (t, mut story) = workspace();
        let base = story.file.clone();
        story.file.claims[0].verdict = "misleading".into();
        story.file.claims[1].notes = "mine".into();
        write(&story, &base).unwrap();
        // A colleague's change lands before the restart.
        let theirs = YAML.replace("text: Other\n", "text: Other\n  notes: theirs\n").replace("title: T", "title: New");
        fs::write(story.path(), theirs).unwrap();
        let mut fresh = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        let j = &find_journals(t.path())[0].journal.as_ref().unwrap().clone();
        let s = summarize(j, &fresh);
        assert!(s.disk_changed);
        assert_eq!(s.conflicts, 1);
        assert!(s.lines().last().unwrap().contains("1 conflict to settle"));
        let m = restore(j, &mut fresh).unwrap().expect("a merge");
        assert_eq!(m.conflicts[0].field, "notes");
        assert_eq!(fresh.file.story.title, "New");
        assert_eq!(fresh.file.claims[0].verdict, "misleading");
        assert_eq!(fresh.file.claims[1].notes, "mine", "mine holds until settled");
    }

    #[test]
    fn a_store_save_leaves_the_journal_to_its_owner() {
        // The UI removes its own journal after a save; one held for a decision, or another copy's, must stay.
        let (_t, mut story) = workspace();
        let base = story.file.clone();
        story.file.claims[0].notes = "n".into();
        write(&story, &base).unwrap();
        store::save_story(&mut story).unwrap();
        assert!(journal_path(&story.dir).exists());
    }

    #[test]
    fn damaged_journal_is_reported_not_deleted() {
        let (t, story) = workspace();
        fs::write(journal_path(&story.dir), "factdesk-journal: [unclosed").unwrap();
        let found = find_journals(t.path());
        let err = found[0].journal.as_ref().unwrap_err();
        assert!(err.path.ends_with("claims.yaml.factdesk-journal"), "{err}");
        assert!(journal_path(&story.dir).exists());
    }

    #[test]
    fn clock_is_due_after_the_delay_only() {
        let mut c = JournalClock::default();
        let t0 = Instant::now();
        assert!(!c.due(t0));
        c.edited(t0);
        c.edited(t0 + Duration::from_millis(300));
        assert!(!c.due(t0 + Duration::from_millis(100)));
        assert!(c.due(t0 + JOURNAL_DELAY), "the first edit's time counts, so a write happens within the delay");
        c.written();
        assert!(!c.pending() && !c.due(t0 + Duration::from_secs(5)));
    }

    #[test]
    fn each_session_journals_under_its_own_name_and_its_journals_are_orphans_once_it_ends() {
        let (t, mut story) = workspace();
        let base = story.file.clone();
        let first = Session::start(t.path()).unwrap();
        let second = Session::start(t.path()).unwrap();
        assert_ne!(first.id(), second.id());
        story.file.claims[0].notes = "first".into();
        let p1 = write_session(&story, &base, first.id(), &[]).unwrap();
        story.file.claims[0].notes = "second".into();
        let p2 = write_session(&story, &base, second.id(), &[]).unwrap();
        assert_ne!(p1, p2, "two copies never write the same journal");
        let found = find_journals(t.path());
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.live), "both copies run: neither journal is offered");
        assert!(orphans(t.path()).is_empty() && diagnostics(t.path()).is_empty());
        assert_eq!(found[0].pid(), Some(std::process::id()));
        drop(first); // the first copy ends (or is killed: the OS frees its lock all the same)
        let orphaned = orphans(t.path());
        assert_eq!(orphaned.len(), 1);
        assert_eq!(orphaned[0].path, p1);
        assert_eq!(orphaned[0].journal.as_ref().unwrap().unsaved.claims[0].notes, "first");
        assert_eq!(diagnostics(t.path()).len(), 1);
        // An earlier version's journal is always an orphan, found beside them.
        write(&story, &base).unwrap();
        assert_eq!(orphans(t.path()).len(), 2);
        assert!(orphans(t.path()).iter().any(|f| f.session.is_none()));
        // The ended copy's session file (as a kill -9 leaves it) is swept once its journal is gone, not before;
        // the running copy's is never swept.
        let ended = session_lock_path(t.path(), orphaned[0].session.as_deref().unwrap());
        fs::write(&ended, "pid: 1\n").unwrap();
        sweep_sessions(t.path());
        assert!(ended.exists(), "its journal is still there");
        remove(&p1).unwrap();
        sweep_sessions(t.path());
        assert!(!ended.exists());
        fs::remove_file(&p2).unwrap();
        sweep_sessions(t.path());
        assert!(session_lock_path(t.path(), second.id()).exists(), "held: never swept");
        drop(second);
    }

    #[test]
    fn a_session_of_another_host_is_not_offered_but_listed() {
        // A synced folder: the other machine's session file arrives, its OS lock cannot.
        let (t, story) = workspace();
        write_session(&story, &story.file, "42-far", &[]).unwrap();
        let far = lock::LockInfo {
            pid: 42,
            host: format!("{}-far", lock::hostname()),
            started: "x".into(),
            path: "/w".into(),
        };
        fs::write(session_lock_path(t.path(), "42-far"), serde_yaml::to_string(&far).unwrap()).unwrap();
        let found = find_journals(t.path());
        assert_eq!(found[0].elsewhere.as_deref(), Some(far.host.as_str()));
        assert!(!found[0].live);
        assert!(orphans(t.path()).is_empty(), "it may still be running there: not offered");
        fs::remove_file(&found[0].path).unwrap();
        sweep_sessions(t.path());
        assert!(session_lock_path(t.path(), "42-far").exists(), "left to its host");
    }

    #[test]
    fn a_copied_session_lock_is_not_held() {
        // `cp -r` of a workspace while a copy runs: the session file comes along, its OS lock does not.
        let (t, story) = workspace();
        let session = Session::start(t.path()).unwrap();
        write_session(&story, &story.file, session.id(), &[]).unwrap();
        let copy = tempfile::tempdir().unwrap();
        for entry in fs::read_dir(t.path()).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                fs::create_dir_all(copy.path().join(entry.file_name())).unwrap();
                for f in fs::read_dir(entry.path()).unwrap() {
                    let f = f.unwrap();
                    fs::copy(f.path(), copy.path().join(entry.file_name()).join(f.file_name())).unwrap();
                }
            } else {
                fs::copy(entry.path(), copy.path().join(entry.file_name())).unwrap();
            }
        }
        assert!(session_lock_path(copy.path(), session.id()).exists());
        assert!(find_journals(t.path())[0].live);
        assert!(!find_journals(copy.path())[0].live, "the copy's journal is offered there");
    }

    #[test]
    fn several_orphans_of_one_story_are_all_restored() {
        let (t, story) = workspace();
        let base = story.file.clone();
        let mut a = story.clone();
        a.file.claims[0].verdict = "misleading".into();
        write_session(&a, &base, "1-a", &[]).unwrap();
        let mut b = story.clone();
        b.file.claims[1].notes = "from b".into();
        write_session(&b, &base, "2-b", &[]).unwrap();
        let found = orphans(t.path());
        assert_eq!(found.len(), 2);
        let mut fresh = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        for f in &found {
            let m = restore(f.journal.as_ref().unwrap(), &mut fresh).unwrap();
            assert!(m.is_none_or(|m| m.conflicts.is_empty()));
        }
        assert_eq!(fresh.file.claims[0].verdict, "misleading", "the first is not overwritten by the second");
        assert_eq!(fresh.file.claims[1].notes, "from b");
    }

    #[test]
    fn drafts_round_trip_and_are_shown_sanitized() {
        let (t, story) = workspace();
        let draft = Draft {
            form: "source".into(),
            claim: "a".into(),
            item: Some("1".into()),
            fields: vec![
                DraftField { label: "URL".into(), value: "https://example.org/\u{1b}[2Jx".into() },
                DraftField { label: "Title".into(), value: String::new() },
            ],
        };
        write_session(&story, &story.file, "5-d", std::slice::from_ref(&draft)).unwrap();
        let j = orphans(t.path()).remove(0).journal.unwrap();
        assert_eq!(j.drafts, [draft]);
        let lines = summarize(&j, &story).lines();
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].starts_with("form `source` on claim `a`, typed but not submitted: URL: https://example.org/"));
        assert!(!lines[0].contains('\u{1b}') && !lines[0].contains("Title"), "{lines:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_journal_is_refused_unread_and_unquoted() {
        let (t, story) = workspace();
        let secret = t.path().join("secret.txt");
        fs::write(&secret, "password: hunter2\n").unwrap();
        std::os::unix::fs::symlink(&secret, session_journal_path(&story.dir, "6-x")).unwrap();
        let found = find_journals(t.path());
        let err = found[0].journal.as_ref().unwrap_err().to_string();
        assert!(err.contains("symbolic link") && !err.contains("hunter2"), "{err}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        /// Any mix of running and ended copies, and earlier versions' journals: exactly the ended copies' (and the
        /// earlier versions') journals are offered, none is lost, and restoring them all keeps every edit.
        #[test]
        fn orphans_are_exactly_the_ended_copies_journals(copies in proptest::collection::vec((proptest::bool::ANY, 0usize..2), 1..6), legacy in proptest::bool::ANY) {
            let (t, story) = workspace();
            let base = story.file.clone();
            let mut running = Vec::new();
            let mut expected = Vec::new();
            for (i, (alive, claim)) in copies.iter().enumerate() {
                let session = Session::start(t.path()).unwrap();
                let mut mine = story.clone();
                mine.file.claims[*claim].tags.push(format!("copy-{i}"));
                let path = write_session(&mine, &base, session.id(), &[]).unwrap();
                if *alive {
                    running.push(session);
                } else {
                    expected.push(path);
                }
            }
            if legacy {
                let mut old = story.clone();
                old.file.claims[0].tags.push("legacy".into());
                expected.push(write(&old, &base).unwrap());
            }
            let mut offered: Vec<PathBuf> = orphans(t.path()).into_iter().map(|f| f.path).collect();
            offered.sort();
            expected.sort();
            proptest::prop_assert_eq!(&offered, &expected);
            proptest::prop_assert_eq!(find_journals(t.path()).len(), copies.len() + usize::from(legacy), "none lost");
            let mut fresh = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
            for f in orphans(t.path()) {
                let m = restore(f.journal.as_ref().unwrap(), &mut fresh).unwrap();
                if let Some(m) = m {
                    proptest::prop_assert!(m.conflicts.is_empty(), "tags merge as lists");
                }
            }
            let tags: Vec<&String> = fresh.file.claims.iter().flat_map(|c| &c.tags).collect();
            for (i, (alive, _)) in copies.iter().enumerate() {
                proptest::prop_assert_eq!(tags.iter().any(|t| **t == format!("copy-{i}")), !alive);
            }
            proptest::prop_assert_eq!(tags.iter().any(|t| *t == "legacy"), legacy);
            drop(running);
        }
    }

    #[test]
    fn signals_set_the_flag() {
        let flag = signal_flag().unwrap();
        // SIGHUP only: the test harness must not see SIGINT/SIGTERM defaults (the handler replaces them anyway).
        signal_hook::low_level::raise(signal_hook::consts::SIGHUP).unwrap();
        assert!(flag.load(Ordering::SeqCst));
    }
}
