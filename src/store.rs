//! The store: the only code that reads or writes workspace files. Loading with limits, validation, atomic saves, conflict detection.

use crate::anchor::{self, Anchor};
use crate::diag::{Diagnostic, line_col_of_byte};
use crate::model::{StoryFile, WorkspaceConfig, is_slug};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub use crate::boundary::{CONFIG_FILE, STORY_FILE};
pub use crate::yaml::{
    BudgetScope, EXTRA_NODE_COST, MAX_DEPTH, MAX_NODES_PER_FILE, MAX_NODES_TOTAL, NodeBudget, NodeCount,
    conflict_marker, count_nodes, find_key, find_value, parse_story, parse_yaml, render, unknown_key_nodes, yaml_diag,
};
/// Largest YAML file factdesk reads. Bigger files are refused before parsing, so memory stays bounded.
pub const MAX_YAML_BYTES: u64 = 8 * 1024 * 1024;
/// Largest article factdesk reads.
pub const MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;

/// A loaded story: its file, its article and where each claim sits.
#[derive(Debug, Clone)]
pub struct Story {
    pub slug: String,
    pub dir: PathBuf,
    pub file: StoryFile,
    /// The article text; empty when it could not be read (see the workspace's diagnostics).
    pub article: String,
    /// Hash of `claims.yaml` as it was loaded or last saved.
    pub disk_hash: String,
    /// The text of `claims.yaml` as loaded or last saved, while it is held in memory. Loading drops it once
    /// the story is checked (a big workspace would otherwise hold every file twice); [`Story::text`] reads
    /// the file again when positions are wanted, and a save re-reads it anyway to check the hash.
    pub disk_text: Option<String>,
    /// One anchor per claim, in order.
    pub anchors: Vec<Anchor>,
}

impl Story {
    pub fn path(&self) -> PathBuf {
        self.dir.join(STORY_FILE)
    }

    pub fn article_path(&self) -> PathBuf {
        self.dir.join(article_name(&self.file))
    }

    /// The text of `claims.yaml` as loaded or last saved: the held copy, else the file read again if its
    /// hash is still `disk_hash`. An error when neither is possible (the file changed or went away since, or
    /// cannot be read); a caller that only takes positions from it may fall back to the empty text (line 1).
    /// A save uses [`Story::base_text`].
    pub fn text(&self) -> Result<std::borrow::Cow<'_, str>, SaveError> {
        use std::borrow::Cow;
        match &self.disk_text {
            Some(t) => Ok(Cow::Borrowed(t)),
            None => self.base_text().map(Cow::Owned),
        }
    }

    /// The text this story was loaded from (or last saved as), the base a save splices into: the held copy,
    /// else the file on disk, which must still hash to `disk_hash`. A story never saved has the empty text.
    pub fn base_text(&self) -> Result<String, SaveError> {
        if let Some(t) = &self.disk_text {
            return Ok(t.clone());
        }
        let path = self.path();
        match read_story_bytes(&path) {
            Ok(bytes) if hash(&bytes) == self.disk_hash => String::from_utf8(bytes)
                .map_err(|e| SaveError::Io(path, std::io::Error::new(std::io::ErrorKind::InvalidData, e))),
            Ok(_) => Err(SaveError::ChangedOnDisk(path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && self.disk_hash.is_empty() => Ok(String::new()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(SaveError::ChangedOnDisk(path)),
            Err(e) => Err(SaveError::Io(path, e)),
        }
    }

    /// The article's path, checked by the path policy ([`crate::boundary::data_path`]): relative, inside the
    /// story folder, through real folders, to a regular file. Read or write the article only through this.
    /// The story folder itself must still be a real folder (it may have been swapped for a link since loading).
    pub fn checked_article_path(&self) -> Result<PathBuf, crate::boundary::BoundaryError> {
        crate::boundary::real_dir(&self.dir)?;
        crate::boundary::data_path(&self.dir, article_name(&self.file))
    }

    /// Reads the story's article from disk (within the size limit, as UTF-8), after the path policy allows it.
    /// A refused path is an error at the `article:` value in `claims.yaml`; the file is never opened then.
    pub fn read_article(&self) -> Result<String, Diagnostic> {
        let path = match self.checked_article_path() {
            Ok(p) => p,
            Err(e) if e.is_not_found() => {
                let (line, col) = self.article_value_at();
                return Err(Diagnostic::error(
                    &self.path(),
                    line,
                    col,
                    format!(
                        "article `{}` is missing; put the article text there or fix `story.article`",
                        self.article_path().display()
                    ),
                ));
            }
            Err(e) => {
                let (line, col) = self.article_value_at();
                // The path, never the file: a refused file is not opened, so nothing of it can be quoted.
                let shown = e.path().strip_prefix(&self.dir).map(Path::to_path_buf).unwrap_or_else(|_| e.path());
                return Err(Diagnostic::error(
                    &self.path(),
                    line,
                    col,
                    format!("story.article: `{}` {}", shown.display(), e.reason()),
                ));
            }
        };
        read_limited(&path, MAX_ARTICLE_BYTES).and_then(|b| decode_utf8(&path, b, "the article"))
    }

    /// Line and column of the `article:` value in `claims.yaml` (1:1 when it cannot be found).
    fn article_value_at(&self) -> (usize, usize) {
        // Positions only: a file that cannot be read again points at 1:1.
        let text = self.text().unwrap_or_default();
        find_value(&text, "article", &self.file.story.article, 0)
            .or_else(|| find_key(&text, "article"))
            .unwrap_or((1, 1))
    }

    /// Recomputes every claim's anchor.
    pub fn reanchor(&mut self) {
        self.anchors = anchor::resolve_all(&self.article, self.file.claims.iter().map(|c| &c.quote));
    }
}

fn article_name(file: &StoryFile) -> &str {
    if file.story.article.is_empty() { "article.txt" } else { &file.story.article }
}

/// A whole workspace: settings, every story that loaded, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    pub root: PathBuf,
    pub config: WorkspaceConfig,
    pub stories: Vec<Story>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Workspace {
    /// Problems of story folders that did not load at all (a file that could not be read or parsed): a listing
    /// of the workspace is incomplete while there are any.
    pub fn unreadable(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.is_error() && d.path.file_name().is_some_and(|n| n == STORY_FILE))
            .filter(|d| !self.stories.iter().any(|s| d.path.starts_with(&s.dir)))
            .collect()
    }

    /// The errors found in or under `path` (a story folder, or one file).
    pub fn errors_in<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        self.diagnostics.iter().filter(move |d| d.is_error() && d.path.starts_with(path))
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn story(&self, slug: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.slug == slug)
    }

    pub fn story_mut(&mut self, slug: &str) -> Option<&mut Story> {
        self.stories.iter_mut().find(|s| s.slug == slug)
    }
}

/// Hex SHA-256 of some bytes.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a workspace file, at most `limit` bytes, through the path policy ([`crate::boundary::read_regular`]): a
/// symbolic link, FIFO or device is refused without being opened or read, a bigger file is an error that says how
/// big it is, and a leading UTF-8 byte order mark is dropped.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    crate::boundary::read_regular(path, limit).map_err(|e| boundary_diag(path, &e))
}

/// Reads a file the user named on the command line (links followed, but only a regular file), at most `limit` bytes.
pub fn read_user_file(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    crate::boundary::read_user_file(path, limit).map_err(|e| boundary_diag(path, &e))
}

/// A refused or failed read as a diagnostic on the file.
fn boundary_diag(path: &Path, e: &crate::boundary::BoundaryError) -> Diagnostic {
    use crate::boundary::BoundaryError;
    match e {
        BoundaryError::TooBig { .. } => Diagnostic::error(path, 1, 1, e.reason()),
        _ => Diagnostic::error(path, 0, 0, e.reason()),
    }
}

/// Reads a story file's bytes for a save's "changed on disk" check, through the path policy, keeping the OS error's
/// kind (a missing file is `NotFound`).
fn read_story_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    crate::boundary::read_regular(path, MAX_YAML_BYTES).map_err(crate::boundary::BoundaryError::into_io)
}

/// Decodes UTF-8, or says on which line and column the first bad byte is.
pub fn decode_utf8(path: &Path, bytes: Vec<u8>, what: &str) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let text = String::from_utf8_lossy(&bytes[..good]);
        let (line, col) = line_col_of_byte(&text, good);
        Diagnostic::error(
            path,
            line,
            col,
            format!("{what} is not valid UTF-8 (byte 0x{:02x}); re-save it as UTF-8", bytes[good]),
        )
    })
}

/// Loads the settings file, falling back to defaults when it is absent.
pub fn load_config(root: &Path) -> Result<WorkspaceConfig, Diagnostic> {
    let path = root.join(CONFIG_FILE);
    if fs::symlink_metadata(&path).is_err() {
        return Ok(WorkspaceConfig::default());
    }
    let bytes = read_limited(&path, MAX_YAML_BYTES)?;
    let text = decode_utf8(&path, bytes, "the settings file")?;
    config_from_text(&path, &text)
}

/// Why a workspace setting could not be changed. The settings file is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The settings file could not be read, or would not be valid after the change.
    #[error("{0}")]
    File(Diagnostic),
    /// The change could not be spliced into the file's text.
    #[error("{}: {source}", shown(.path))]
    Splice { path: PathBuf, source: crate::splice::SectionError },
    /// The file could not be written.
    #[error("{}: not written: {}", shown(.path), io_failure(.path, .source))]
    Write { path: PathBuf, source: std::io::Error },
}

/// Sets the given fields of the top-level mapping `key` in the workspace's settings file (`factdesk.yaml`, made
/// if absent); an empty value removes its field. Other fields under `key` (ones factdesk does not know), every
/// other line and every comment are kept (`splice::set_section`). Returns the settings as they now are. The file
/// is read again here, so a colleague's change to another setting since the workspace was loaded is kept.
pub fn set_setting_fields(root: &Path, key: &str, fields: &[(&str, &str)]) -> Result<WorkspaceConfig, SettingsError> {
    use serde_yaml::{Mapping, Value};
    set_setting(root, key, |old| {
        let mut map = match old {
            Some(Value::Mapping(m)) => m.clone(),
            _ => Mapping::new(),
        };
        for (field, value) in fields {
            let k = Value::String(field.to_string());
            if value.trim().is_empty() {
                map.remove(&k);
            } else {
                map.insert(k, Value::String(value.trim().to_string()));
            }
        }
        Value::Mapping(map)
    })
}

/// Sets the top-level `key` of the workspace's settings file (`factdesk.yaml`, made if absent) to what `value`
/// makes of its current value, keeping every other line and comment, and returns the settings as they now are.
pub fn set_setting(
    root: &Path,
    key: &str,
    value: impl FnOnce(Option<&serde_yaml::Value>) -> serde_yaml::Value,
) -> Result<WorkspaceConfig, SettingsError> {
    let path = root.join(CONFIG_FILE);
    let write_err = |source| SettingsError::Write { path: path.clone(), source };
    crate::boundary::real_dir(root).map_err(|e| write_err(e.into_io()))?;
    let text = match fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        _ => {
            let bytes = read_limited(&path, MAX_YAML_BYTES).map_err(SettingsError::File)?;
            decode_utf8(&path, bytes, "the settings file").map_err(SettingsError::File)?
        }
    };
    let text =
        if text.is_empty() { "# factdesk: settings shared by everyone on this workspace\n".to_string() } else { text };
    let current: Option<serde_yaml::Value> =
        serde_yaml::from_str::<serde_yaml::Value>(&text).ok().and_then(|v| v.get(key).cloned());
    let value = value(current.as_ref());
    let spliced = crate::splice::set_section(&text, key, &value)
        .map_err(|source| SettingsError::Splice { path: path.clone(), source })?;
    let config = config_from_text(&path, &spliced).map_err(SettingsError::File)?;
    if spliced != text {
        crate::boundary::check_write_target(&path).map_err(|e| write_err(e.into_io()))?;
        write_atomic(&path, spliced.as_bytes()).map_err(write_err)?;
    }
    Ok(config)
}

/// The settings in `text` (the settings file at `path`), checked as [`load_config`] checks them.
fn config_from_text(path: &Path, text: &str) -> Result<WorkspaceConfig, Diagnostic> {
    let path = path.to_path_buf();
    let config: WorkspaceConfig = parse_yaml(&path, text, "delete it to use the defaults")?;
    if config.verdicts.is_empty() {
        return Err(Diagnostic::error(
            &path,
            1,
            1,
            "`verdicts:` is empty; list at least one verdict or remove the key",
        ));
    }
    let mut seen = HashMap::new();
    for v in &config.verdicts {
        if seen.insert(v.name.as_str(), ()).is_some() {
            let (line, col) = find_value(text, "name", &v.name, 0).unwrap_or((1, 1));
            return Err(Diagnostic::error(&path, line, col, format!("verdict `{}` is defined twice", v.name)));
        }
    }
    Ok(config)
}

/// Loads one story folder. Problems go to `diags`; `None` when the story file could not be read.
pub fn load_story(dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<Story> {
    let path = dir.join(STORY_FILE);
    let slug = dir.file_name()?.to_string_lossy().into_owned();
    // A story folder that is a link (or not a folder) is reported on its story file, so `list` counts it as
    // unreadable; nothing behind it is opened.
    if let Err(e) = crate::boundary::real_dir(dir) {
        diags.push(Diagnostic::error(
            &path,
            0,
            0,
            format!("the story folder {}", crate::boundary::BoundaryError::NotRealDir(dir.to_path_buf(), e.kind())),
        ));
        return None;
    }
    let loaded = read_limited(&path, MAX_YAML_BYTES)
        .and_then(|b| decode_utf8(&path, b, "the story file"))
        .and_then(|text| parse_story(&path, &text).map(|f| (text, f)));
    let (text, file) = match loaded {
        Ok(x) => x,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mut story = Story {
        slug,
        dir: dir.to_path_buf(),
        disk_hash: hash(text.as_bytes()),
        disk_text: Some(text),
        file,
        article: String::new(),
        anchors: Vec::new(),
    };
    let apath = story.article_path();
    match story.read_article() {
        Ok(a) if a.trim().is_empty() => {
            diags.push(Diagnostic::error(&apath, 1, 1, "the article is empty; paste the story's text into it"))
        }
        Ok(a) => story.article = a,
        Err(d) => diags.push(d),
    }
    story.reanchor();
    Some(story)
}

/// Loads a story file that a merge left with git conflict markers, for settling in the UI: the story holds
/// **ours** (its `disk_text` is ours as text, so a save splices into a file without markers) while its `disk_hash`
/// is the hash of the file with markers as read (what a save finds on disk), with the three-way merge of the
/// sides whose conflicts are the fields to settle. `None` when the file holds no markers that split as git writes
/// them, when ours or theirs does not parse, or when the sides cannot be merged: it is then refused as before.
pub fn load_marked(dir: &Path) -> Option<(Story, crate::safety::merge::Merge)> {
    let path = dir.join(STORY_FILE);
    let slug = dir.file_name()?.to_string_lossy().into_owned();
    crate::boundary::real_dir(dir).ok()?;
    let text = read_limited(&path, MAX_YAML_BYTES).and_then(|b| decode_utf8(&path, b, "the story file")).ok()?;
    let (ours_text, ours, merge) = crate::yaml::marked_story(&path, &text)?;
    let mut story = Story {
        slug,
        dir: dir.to_path_buf(),
        disk_hash: hash(text.as_bytes()),
        disk_text: Some(ours_text),
        file: ours,
        article: String::new(),
        anchors: Vec::new(),
    };
    if let Ok(a) = story.read_article() {
        story.article = a;
    }
    story.reanchor();
    Some((story, merge))
}

/// Whether a workspace entry is a story folder to load (and report on): a real folder holding a `claims.yaml` of
/// any kind (a link or FIFO there is reported when loading, never skipped), or a link that points at a folder or at
/// nothing (a story folder replaced by a link, or a dangling one). Links to files and other entries are not stories.
pub fn is_story_candidate(path: &Path) -> bool {
    let Ok(meta) = fs::symlink_metadata(path) else { return false };
    if meta.file_type().is_symlink() {
        return fs::metadata(path).map_or(true, |m| m.is_dir());
    }
    meta.is_dir() && fs::symlink_metadata(path.join(STORY_FILE)).is_ok()
}

/// The story folders under `root` (each subfolder holding a `claims.yaml`, and links that stand where one would),
/// in name order. Loading one that is a link, or whose `claims.yaml` is not a regular file, is an error diagnostic.
pub fn story_dirs(root: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = fs::read_dir(root).map_err(|e| {
        Diagnostic::error(
            root,
            0,
            0,
            format!("cannot open the workspace: {e}; pass the folder that holds your stories"),
        )
    })?;
    let mut dirs: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| is_story_candidate(p)).collect();
    dirs.sort();
    Ok(dirs)
}

/// Why a save did not happen. The file on disk is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Someone changed the file since it was loaded.
    #[error(
        "{}: changed on disk since it was loaded; not saved, so their change is kept. Reload to merge, then save again",
        shown(.0)
    )]
    ChangedOnDisk(PathBuf),
    /// Someone changed the file since it was loaded, adding claims (these ids) this copy never saw: writing would
    /// drop them.
    #[error("{}", would_drop(.0, .1))]
    WouldDrop(PathBuf, Vec<String>),
    /// Another program has the file open for writing right now.
    #[error(
        "{}: not saved: another program has this file open for writing right now, and saving would cut it off \
         mid-write; wait until it is done (factdesk reloads the finished file), then save again",
        shown(.0)
    )]
    BeingWritten(PathBuf),
    /// The file system refused (full disk, read-only folder, permissions), or, with `ErrorKind::InvalidData`,
    /// the story cannot be written so that it reads back the same (see `save_plan`).
    #[error("{}", io_failure(.0, .1))]
    Io(PathBuf, #[source] std::io::Error),
}

/// A path as one safe line of a message.
fn shown(p: &Path) -> String {
    crate::sanitize::line(&p.display().to_string())
}

/// [`SaveError::WouldDrop`]'s message: the first eight ids the disk gained, and how many more.
fn would_drop(p: &Path, ids: &[String]) -> String {
    let listed: Vec<&str> = ids.iter().take(8).map(String::as_str).collect();
    let more = if ids.len() > listed.len() { format!(" and {} more", ids.len() - listed.len()) } else { String::new() };
    format!(
        "{}: not saved: the file on disk has {} claim(s) this copy never read ({}{more}); saving would drop \
         them. Press R to reload and merge them in, then save again",
        shown(p),
        ids.len(),
        crate::sanitize::line(&listed.join(", ")),
    )
}

/// [`SaveError::Io`]'s message, by what refused: the splice (`InvalidData`), the path policy (`InvalidInput`: a
/// link or device where the story's file or folder was), or the file system.
fn io_failure(p: &Path, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::InvalidData => format!(
            "{}: not saved: {}; the original file is unchanged. Undo the last edit, or edit the file by hand",
            shown(p),
            crate::sanitize::line(&e.to_string())
        ),
        std::io::ErrorKind::InvalidInput => {
            format!("{}: not saved: {}; nothing was written", shown(p), crate::sanitize::line(&e.to_string()))
        }
        _ => format!(
            "{}: could not save ({e}); the original file is unchanged. Free some space or fix the folder's permissions, then save again",
            shown(p)
        ),
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, rename, fsync the folder.
///
/// The target must be absent or a regular file: a symbolic link, FIFO, device or folder there is refused (the rename
/// would replace a link rather than write through it, but a link where factdesk writes is never expected).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::boundary::check_write_target(path).map_err(crate::boundary::BoundaryError::into_io)?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".factdesk-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = fs::symlink_metadata(path) {
        // Keep the original file's permissions.
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
    } else {
        // A new file gets what any other program would create under the umask, not the temporary file's 0600.
        new_file_permissions(tmp.path());
    }
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = fs::File::open(dir) {
        d.sync_all()?;
    }
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o666 & !process_umask()));
}

/// This process's umask. It cannot be read without changing it (racy in a threaded program), but Linux reports it
/// in `/proc/self/status`; 022 elsewhere.
#[cfg(unix)]
fn process_umask() -> u32 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Umask:").map(|v| v.trim().to_string())))
        .and_then(|v| u32::from_str_radix(&v, 8).ok())
        .unwrap_or(0o022)
}

#[cfg(not(unix))]
fn new_file_permissions(_path: &Path) {}

/// What saving `story` would write, and what of a hand-edited file it cannot keep (show `warning` before saving).
/// An error means the story cannot be written so that it reads back the same; saving it would be refused.
/// The file is read again when the story does not hold its text; a file changed on disk is an error here too.
/// The refusals are a save's: [`SaveError::ChangedOnDisk`] or an unreadable file from [`Story::base_text`], and
/// a story that cannot be written back as [`SaveError::Io`] with `ErrorKind::InvalidData`, as [`save_story`] says.
pub fn save_plan(story: &Story) -> Result<crate::splice::SavePlan, SaveError> {
    let base = story.base_text()?;
    crate::splice::plan(&base, &story.file).map_err(|why| unwritable(&story.path(), why))
}

/// A story that cannot be written so that it reads back the same (`why` from the splice).
fn unwritable(path: &Path, why: String) -> SaveError {
    SaveError::Io(path.to_path_buf(), std::io::Error::new(std::io::ErrorKind::InvalidData, why))
}

/// Saves a story: refuses if the file changed on disk since it was loaded, else writes atomically.
/// Only the changed keys and claims are spliced into the file's text, so a hand-edited file keeps its
/// comments and layout (see [`save_plan`]).
pub fn save_story(story: &mut Story) -> Result<(), SaveError> {
    save_story_over(story, None)
}

/// [`save_story`], knowing the story as this copy last read it (`base`), so a refusal can name exactly the claims
/// the file on disk gained since: ids on disk that neither this copy's story nor `base` hold.
///
/// Refused, with the file untouched, when another program has the file open for writing (Linux; see
/// `boundary::being_written`): replacing it would cut that program off mid-write, and the rest of what it
/// writes would go to a file no longer in the folder. Refused as well when the file changed since it was read:
/// [`SaveError::WouldDrop`] when the disk holds claims this copy never saw, else [`SaveError::ChangedOnDisk`].
pub fn save_story_over(story: &mut Story, base: Option<&StoryFile>) -> Result<(), SaveError> {
    let path = story.path();
    // The folder must still be the real one it was loaded from, not a link swapped in since.
    crate::boundary::real_dir(&story.dir).map_err(|e| SaveError::Io(path.clone(), e.into_io()))?;
    if crate::boundary::being_written(&path) {
        return Err(SaveError::BeingWritten(path));
    }
    let current = read_story_bytes(&path);
    match current {
        Ok(bytes) if hash(&bytes) != story.disk_hash => {
            let ids = String::from_utf8(bytes)
                .ok()
                .and_then(|t| parse_story(&path, &t).ok())
                .map(|disk| gained_ids(&disk, &story.file, base))
                .unwrap_or_default();
            return Err(if ids.is_empty() { SaveError::ChangedOnDisk(path) } else { SaveError::WouldDrop(path, ids) });
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(SaveError::Io(path, e)),
        Err(_) if !story.disk_hash.is_empty() => return Err(SaveError::ChangedOnDisk(path)),
        _ => {}
    }
    // The bytes just read hash to `disk_hash`: they are the base to splice into.
    let base = match (&story.disk_text, current) {
        (Some(t), _) => t.clone(),
        (None, Ok(bytes)) => String::from_utf8(bytes)
            .map_err(|e| SaveError::Io(path.clone(), std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?,
        (None, Err(_)) => String::new(),
    };
    let text = crate::splice::plan(&base, &story.file).map_err(|why| unwritable(&path, why))?.text;
    write_atomic(&path, text.as_bytes()).map_err(|e| SaveError::Io(path.clone(), e))?;
    story.disk_hash = hash(text.as_bytes());
    story.disk_text = None;
    Ok(())
}

/// Ids of claims in `disk` that neither `mine` nor `base` (the story as last read, when known) hold: what
/// writing `mine` over `disk` would drop without this copy ever having seen it.
pub fn gained_ids(disk: &StoryFile, mine: &StoryFile, base: Option<&StoryFile>) -> Vec<String> {
    let held =
        |id: &str| mine.claims.iter().any(|c| c.id == id) || base.is_some_and(|b| b.claims.iter().any(|c| c.id == id));
    disk.claims.iter().filter(|c| !c.id.is_empty() && !held(&c.id)).map(|c| c.id.clone()).collect()
}

/// Why `new-story` created nothing (or stopped after creating the folder).
#[derive(Debug, thiserror::Error)]
pub enum NewStoryError {
    #[error("`{0}` is not a slug; use lowercase letters, digits and dashes, e.g. `city-budget-2026`")]
    NotASlug(String),
    #[error("{}: story `{slug}` already exists; pick another slug", dir.display())]
    Exists { dir: PathBuf, slug: String },
    #[error(
        "{}: the folder already holds an article.txt; move it away or pick another slug (it is never overwritten)",
        .0.display()
    )]
    ArticleInTheWay(PathBuf),
    /// The article could not be read (the diagnostic names the file, and the line for bad UTF-8).
    #[error("{0}")]
    Article(Diagnostic),
    #[error("{}: the article is empty", .0.display())]
    EmptyArticle(PathBuf),
    #[error("{}: cannot create the story folder: {}", .0.display(), .1)]
    CreateFolder(PathBuf, #[source] std::io::Error),
    /// A link stands where the story folder goes: the files would go elsewhere.
    #[error("{0}")]
    NotRealFolder(#[source] crate::boundary::BoundaryError),
    #[error("{}: {}", .0.display(), .1)]
    Write(PathBuf, #[source] std::io::Error),
}

/// Creates a story folder with its article and an empty claims file.
pub fn new_story(root: &Path, slug: &str, article: &Path, title: Option<&str>) -> Result<PathBuf, NewStoryError> {
    if !is_slug(slug) {
        return Err(NewStoryError::NotASlug(slug.to_string()));
    }
    let dir = root.join(slug);
    // Looked at without following links: a link (even a dangling one) there is never written through.
    if fs::symlink_metadata(dir.join(STORY_FILE)).is_ok() {
        return Err(NewStoryError::Exists { dir, slug: slug.to_string() });
    }
    if fs::symlink_metadata(dir.join("article.txt")).is_ok() {
        return Err(NewStoryError::ArticleInTheWay(dir));
    }
    let bytes = read_user_file(article, MAX_ARTICLE_BYTES).map_err(NewStoryError::Article)?;
    let text = decode_utf8(article, bytes, "the article").map_err(NewStoryError::Article)?;
    if text.trim().is_empty() {
        return Err(NewStoryError::EmptyArticle(article.to_path_buf()));
    }
    fs::create_dir_all(&dir).map_err(|e| NewStoryError::CreateFolder(dir.clone(), e))?;
    // A link standing where the story folder goes would take the files elsewhere.
    crate::boundary::real_dir(&dir).map_err(NewStoryError::NotRealFolder)?;
    let title = title.map(str::to_string).unwrap_or_else(|| crate::words::default_title(&text, slug));
    let mut file = StoryFile::default();
    file.story.title = title;
    file.story.article = "article.txt".into();
    write_atomic(&dir.join("article.txt"), text.as_bytes()).map_err(|e| NewStoryError::Write(dir.clone(), e))?;
    write_atomic(&dir.join(STORY_FILE), render(&file).as_bytes()).map_err(|e| NewStoryError::Write(dir.clone(), e))?;
    Ok(dir)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::checks::format::validate;
    use crate::load::load_workspace;
    use crate::model::Claim;

    /// A story folder `s` under `dir` with this story file and article (shared with `checks::format`'s tests).
    pub(crate) fn story_in(dir: &Path, yaml: &str, article: &str) -> PathBuf {
        let s = dir.join("s");
        fs::create_dir_all(&s).unwrap();
        fs::write(s.join(STORY_FILE), yaml).unwrap();
        fs::write(s.join("article.txt"), article).unwrap();
        s
    }

    pub(crate) const GOOD: &str = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n  kind: statistic\n  status: open\n";

    #[test]
    fn loaded_story_reads_its_text_again_and_saves_into_it() {
        let t = tempfile::tempdir().unwrap();
        let yaml = format!("# kept by hand\n{GOOD}");
        story_in(t.path(), &yaml, "It is half of GDP, they said.");
        let mut story = load_workspace(t.path()).unwrap().stories.remove(0);
        assert!(story.disk_text.is_none(), "a loaded story does not hold its file's text");
        assert_eq!(story.text().unwrap(), yaml);
        story.file.claims[0].verdict = "accurate".into();
        save_story(&mut story).unwrap();
        let saved = fs::read_to_string(story.path()).unwrap();
        assert!(saved.starts_with("# kept by hand\n") && saved.contains("verdict: accurate"), "{saved}");
        // Someone else's change: no text to splice into, and the save is refused.
        fs::write(story.path(), GOOD.replace("title: T", "title: Theirs")).unwrap();
        assert_eq!(story.text().unwrap_or_default(), "");
        assert!(matches!(story.text(), Err(SaveError::ChangedOnDisk(_))));
        assert!(matches!(story.base_text(), Err(SaveError::ChangedOnDisk(_))));
        assert!(save_plan(&story).unwrap_err().to_string().contains("changed on disk"));
        assert!(matches!(save_story(&mut story), Err(SaveError::ChangedOnDisk(_))));
        assert!(fs::read_to_string(story.path()).unwrap().contains("title: Theirs"));
    }

    #[test]
    fn loads_and_anchors() {
        let t = tempfile::tempdir().unwrap();
        story_in(t.path(), GOOD, "It is half of GDP, they said.");
        let ws = load_workspace(t.path()).unwrap();
        assert!(ws.diagnostics.is_empty(), "{:?}", ws.diagnostics);
        assert_eq!(ws.stories[0].anchors[0].start, 6);
    }

    #[test]
    fn save_refuses_when_changed_on_disk() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        fs::write(dir.join(STORY_FILE), format!("{GOOD}# theirs\n")).unwrap();
        let story = &mut ws.stories[0];
        story.file.claims.push(Claim::new("b", "mine"));
        let err = save_story(story).unwrap_err();
        assert!(matches!(err, SaveError::ChangedOnDisk(_)));
        assert!(fs::read_to_string(dir.join(STORY_FILE)).unwrap().ends_with("# theirs\n"));
    }

    #[test]
    fn a_save_that_would_drop_claims_the_disk_gained_names_them() {
        let t = tempfile::tempdir().unwrap();
        let two = format!("{GOOD}- id: b\n  text: Second\n");
        let dir = story_in(t.path(), &two, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        let base = ws.stories[0].file.clone();
        // Mine: `b` deleted, `mine` added. Theirs, on disk since: `c` and `d` added.
        let story = &mut ws.stories[0];
        story.file.claims.retain(|c| c.id != "b");
        story.file.claims.push(Claim::new("mine", "Mine"));
        let theirs = format!("{two}- id: c\n  text: Theirs\n- id: d\n  text: Theirs too\n");
        fs::write(dir.join(STORY_FILE), &theirs).unwrap();
        let err = save_story_over(story, Some(&base)).unwrap_err();
        let SaveError::WouldDrop(_, ids) = &err else { panic!("{err}") };
        assert_eq!(ids, &["c", "d"], "only what this copy never read, not what it deleted");
        assert!(
            err.to_string().contains("2 claim(s) this copy never read (c, d)")
                && err.to_string().contains("R to reload")
        );
        // Without the base, what this copy deleted cannot be told from what the disk gained: named too.
        let SaveError::WouldDrop(_, ids) = save_story(story).unwrap_err() else { panic!() };
        assert_eq!(ids, &["b", "c", "d"]);
        assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), theirs, "nothing written");
        // A change on disk that adds no claim is the plain refusal.
        fs::write(dir.join(STORY_FILE), format!("{two}# a comment\n")).unwrap();
        assert!(matches!(save_story_over(story, Some(&base)), Err(SaveError::ChangedOnDisk(_))));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_save_waits_while_another_program_writes_the_file() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        ws.stories[0].file.claims[0].verdict = "accurate".into();
        let writer = fs::OpenOptions::new().append(true).open(dir.join(STORY_FILE)).unwrap();
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(matches!(err, SaveError::BeingWritten(_)), "{err}");
        assert!(err.to_string().contains("open for writing"), "{err}");
        assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), GOOD);
        drop(writer);
        save_story(&mut ws.stories[0]).unwrap();
        assert!(fs::read_to_string(dir.join(STORY_FILE)).unwrap().contains("verdict: accurate"));
    }

    #[test]
    fn save_then_load_is_byte_identical() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        ws.stories[0].file.claims[0].notes = "line one\nline two\n".into();
        save_story(&mut ws.stories[0]).unwrap();
        let first = fs::read(dir.join(STORY_FILE)).unwrap();
        let mut again = load_workspace(t.path()).unwrap();
        save_story(&mut again.stories[0]).unwrap();
        assert_eq!(first, fs::read(dir.join(STORY_FILE)).unwrap());
        assert!(String::from_utf8(first).unwrap().contains("notes: |"));
    }

    #[test]
    fn unknown_keys_survive_a_save() {
        let t = tempfile::tempdir().unwrap();
        let yaml = GOOD.replace("  status: open\n", "  status: open\n  x-desk: {priority: 2}\n") + "newer: true\n";
        story_in(t.path(), &yaml, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        save_story(&mut ws.stories[0]).unwrap();
        let out = fs::read_to_string(ws.stories[0].path()).unwrap();
        assert!(out.contains("x-desk:") && out.contains("priority: 2") && out.contains("newer: true"), "{out}");
    }

    #[test]
    fn hand_edited_file_keeps_its_comments_through_a_save() {
        let t = tempfile::tempdir().unwrap();
        let yaml = GOOD
            .replace("claims:\n", "# desk notes\nclaims:\n")
            .replace("  kind: statistic\n", "  kind: statistic  # checked\n");
        let dir = story_in(t.path(), &yaml, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        assert!(save_plan(&ws.stories[0]).unwrap().warning.is_none());
        ws.stories[0].file.claims[0].verdict = "accurate".into();
        save_story(&mut ws.stories[0]).unwrap();
        let out = fs::read_to_string(dir.join(STORY_FILE)).unwrap();
        assert_eq!(out, yaml.replace("  status: open\n", "  status: open\n  verdict: accurate\n"));
    }

    #[test]
    fn a_story_that_cannot_be_written_back_is_refused() {
        let t = tempfile::tempdir().unwrap();
        let yaml = format!("{GOOD}x-odd: 1\n");
        let dir = story_in(t.path(), &yaml, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        ws.stories[0].file.extra.insert("x-odd".into(), serde_yaml::Value::Null);
        ws.stories[0].file.extra.insert("x-new".into(), serde_yaml::from_str("? {a: b}\n: c\n").unwrap());
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(
            err.to_string().contains("not saved") && err.to_string().contains("original file is unchanged"),
            "{err}"
        );
        assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), yaml);
    }

    #[test]
    fn a_byte_order_mark_loads_saves_and_reloads() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), &format!("\u{feff}# kept\n{GOOD}"), "\u{feff}It is half of GDP, they said.");
        let mut ws = load_workspace(t.path()).unwrap();
        assert!(ws.diagnostics.is_empty(), "{:?}", ws.diagnostics);
        let story = &mut ws.stories[0];
        assert_eq!(story.file.story.title, "T");
        assert_eq!(story.anchors[0].start, 6, "anchors count from after the mark");
        assert!(story.base_text().unwrap().starts_with("# kept\n"), "the base is the text after the mark");
        story.file.claims[0].verdict = "accurate".into();
        save_story(story).unwrap();
        let saved = fs::read_to_string(dir.join(STORY_FILE)).unwrap();
        assert!(saved.starts_with("# kept\n") && saved.contains("verdict: accurate"), "{saved}");
        let again = load_workspace(t.path()).unwrap();
        assert!(!again.has_errors(), "{:?}", again.diagnostics);
        assert_eq!(again.stories[0].file.claims[0].verdict, "accurate");
    }

    #[cfg(unix)]
    #[test]
    fn a_save_never_writes_through_a_link_swapped_in_after_loading() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        // The story file becomes a link to a copy elsewhere: same bytes, so only the policy can refuse it.
        let elsewhere = t.path().join("elsewhere.yaml");
        fs::rename(dir.join(STORY_FILE), &elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.join(STORY_FILE)).unwrap();
        ws.stories[0].file.claims[0].verdict = "accurate".into();
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(fs::read_to_string(&elsewhere).unwrap(), GOOD);
        // The folder itself becomes a link to a copy.
        fs::remove_file(dir.join(STORY_FILE)).unwrap();
        fs::rename(&elsewhere, dir.join(STORY_FILE)).unwrap();
        let moved = t.path().join("moved");
        fs::rename(&dir, &moved).unwrap();
        std::os::unix::fs::symlink(&moved, &dir).unwrap();
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(err.to_string().contains("not a real folder"), "{err}");
        assert_eq!(fs::read_to_string(moved.join(STORY_FILE)).unwrap(), GOOD);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_follows_the_umask_and_a_rewritten_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let t = tempfile::tempdir().unwrap();
        let fresh = t.path().join("new.yaml");
        write_atomic(&fresh, b"a").unwrap();
        let mode = fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !process_umask(), "a new file is created as under the umask, not 0600");
        let kept = t.path().join("kept.yaml");
        fs::write(&kept, "a").unwrap();
        fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&kept, b"b").unwrap();
        assert_eq!(fs::metadata(&kept).unwrap().permissions().mode() & 0o777, 0o640);
    }

    #[test]
    fn a_history_entry_cut_by_a_merge_is_flagged_and_not_filled_in_by_a_save() {
        let t = tempfile::tempdir().unwrap();
        let yaml = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: A\n  history:\n  - at: 2026-11-28T08:19:31Z\n";
        let dir = story_in(t.path(), yaml, "A\n");
        let mut diags = Vec::new();
        let mut story = load_story(&dir, &mut diags).unwrap();
        let d = validate(&story, &WorkspaceConfig::default());
        assert!(d.iter().any(|d| d.line == 7 && d.message.contains("history entry lacks")), "{d:?}");
        story.file.claims[0].verdict = "accurate".into();
        save_story(&mut story).unwrap();
        let saved = fs::read_to_string(story.path()).unwrap();
        assert!(!saved.contains("by: ''") && !saved.contains("change: ''"), "{saved}");
    }
}
