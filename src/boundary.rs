//! The trust boundary for files: which files factdesk opens and writes, and how. No links, no FIFOs or devices,
//! nothing outside the workspace.
//!
//! A workspace arrives through `git pull`, and git stores symbolic links and paths faithfully, so nothing named by
//! the data or found in the workspace is trusted:
//! - workspace files (`claims.yaml`, articles, `factdesk.yaml`, journals, locks) are opened with
//!   [`open_regular`]: a symbolic link, FIFO, device, socket or folder is refused before anything is read, and
//!   the opened handle is checked again, so a swap between the check and the open cannot slip through and a FIFO
//!   never blocks;
//! - paths named in the data (`story.article`) go through [`data_path`]: relative, no `..`, inside the story folder,
//!   through real folders, to a regular file;
//! - writes go to real files in real folders only ([`check_write_target`], [`real_dir`]).
//!
//! Files the user names on the command line (`--article FILE`) are the user's choice: [`open_user_file`] follows
//! links but still refuses anything that is not a regular file, so nothing hangs.
//!
//! A refused file is never opened, so no error message can quote its content.

use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

/// The story file's name inside a story folder.
pub const STORY_FILE: &str = "claims.yaml";
/// The optional workspace settings file.
pub const CONFIG_FILE: &str = "factdesk.yaml";

/// What a path is, when it is not what factdesk wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Symlink,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Dir,
    File,
    Other,
}

impl Kind {
    /// The kind of what `meta` describes (from `symlink_metadata`, or a handle's metadata).
    pub fn of(meta: &fs::Metadata) -> Kind {
        let ft = meta.file_type();
        if ft.is_symlink() {
            return Kind::Symlink;
        }
        if ft.is_dir() {
            return Kind::Dir;
        }
        if ft.is_file() {
            return Kind::File;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ft.is_fifo() {
                return Kind::Fifo;
            }
            if ft.is_char_device() {
                return Kind::CharDevice;
            }
            if ft.is_block_device() {
                return Kind::BlockDevice;
            }
            if ft.is_socket() {
                return Kind::Socket;
            }
        }
        Kind::Other
    }

    fn describe(self) -> &'static str {
        match self {
            Kind::Symlink => "a symbolic link",
            Kind::Fifo => "a FIFO (named pipe)",
            Kind::CharDevice => "a character device",
            Kind::BlockDevice => "a block device",
            Kind::Socket => "a socket",
            Kind::Dir => "a folder",
            Kind::File => "a regular file",
            Kind::Other => "not a regular file",
        }
    }
}

/// Why a file was refused or could not be read. The message names the path and the fix, never the content.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub enum BoundaryError {
    /// The path is a symbolic link (factdesk does not follow links in a workspace).
    Symlink(PathBuf),
    /// The path exists but is a FIFO, a device, a socket or a folder where a file was wanted.
    NotRegular(PathBuf, Kind),
    /// A folder on the way is a link or not a folder.
    NotRealDir(PathBuf, Kind),
    /// A path named in the data (`story.article`) that is absolute, climbs out with `..`, or is empty.
    Escapes { path: String, why: &'static str },
    /// The file is bigger than the limit.
    TooBig { path: PathBuf, size: u64, limit: u64 },
    /// An output target that is one of factdesk's own files.
    OwnFile(PathBuf),
    /// The operating system refused (missing, permissions, …).
    Io(PathBuf, #[source] io::Error),
    /// The file opened but reading it failed (an I/O error on the device).
    Read(PathBuf, #[source] io::Error),
}

impl BoundaryError {
    /// The path concerned (the story folder's relative text for [`BoundaryError::Escapes`]).
    pub fn path(&self) -> PathBuf {
        match self {
            BoundaryError::Symlink(p)
            | BoundaryError::NotRegular(p, _)
            | BoundaryError::NotRealDir(p, _)
            | BoundaryError::OwnFile(p)
            | BoundaryError::Io(p, _)
            | BoundaryError::Read(p, _) => p.clone(),
            BoundaryError::TooBig { path, .. } => path.clone(),
            BoundaryError::Escapes { path, .. } => PathBuf::from(path),
        }
    }

    /// The kind of what the error was about (for "the story folder is a symbolic link").
    pub fn kind(&self) -> Kind {
        match self {
            BoundaryError::NotRealDir(_, k) | BoundaryError::NotRegular(_, k) => *k,
            BoundaryError::Symlink(_) => Kind::Symlink,
            _ => Kind::Other,
        }
    }

    /// Whether the file simply is not there.
    pub fn is_not_found(&self) -> bool {
        matches!(self, BoundaryError::Io(_, e) if e.kind() == io::ErrorKind::NotFound)
    }

    /// The message without the path in front (for diagnostics, which print the path themselves).
    pub fn reason(&self) -> String {
        match self {
            BoundaryError::Symlink(_) => "is a symbolic link; factdesk does not follow links inside a workspace \
                 (a pulled branch could point them anywhere): replace the link with the file itself"
                .into(),
            BoundaryError::NotRegular(_, k) => format!(
                "is not a regular file but {}; factdesk reads and writes only regular files (for output, `-o -` is \
                 standard output): replace it with a plain file",
                k.describe()
            ),
            BoundaryError::NotRealDir(_, k) => format!(
                "is {}, not a real folder; factdesk reads and writes only inside real folders: replace it with a \
                 folder",
                k.describe()
            ),
            BoundaryError::Escapes { why, .. } => format!(
                "{why}; a path in a story file must be relative to the story folder and stay inside it, like \
                 `article.txt`"
            ),
            BoundaryError::TooBig { size, limit, .. } => format!(
                "file is {:.1} MB, over the {} MB limit; split the story or remove the bulk that does not belong",
                *size as f64 / 1e6,
                limit / (1024 * 1024)
            ),
            BoundaryError::OwnFile(_) => "is one of factdesk's own files (a story, article, settings, journal or \
                 lock file, or a file inside a story folder); pick another file"
                .into(),
            BoundaryError::Io(_, e) => format!("cannot open: {e}"),
            BoundaryError::Read(_, e) => format!("cannot read: {e}"),
        }
    }

    /// The whole message: the path (quoted for a path from the data), then the reason, as one safe line.
    fn message(&self) -> String {
        let p = crate::sanitize::line(&self.path().display().to_string());
        match self {
            BoundaryError::Escapes { .. } => format!("`{p}` {}", crate::sanitize::line(&self.reason())),
            _ => format!("{p}: {}", crate::sanitize::line(&self.reason())),
        }
    }

    /// As an `io::Error`, keeping the kind of an OS error (so `NotFound` stays `NotFound`).
    pub fn into_io(self) -> io::Error {
        match self {
            BoundaryError::Io(_, e) | BoundaryError::Read(_, e) => e,
            other => io::Error::new(io::ErrorKind::InvalidInput, other.reason()),
        }
    }

    /// Like [`BoundaryError::into_io`], but a refusal names its path too: for callers whose messages print the
    /// error alone (lock, session and journal files).
    pub fn into_io_named(self) -> io::Error {
        match self {
            BoundaryError::Io(_, e) | BoundaryError::Read(_, e) => e,
            other => io::Error::new(io::ErrorKind::InvalidInput, other.to_string()),
        }
    }
}

/// Refuses anything that is not a regular file, from metadata that did not follow a link.
fn must_be_regular(path: &Path, meta: &fs::Metadata) -> Result<(), BoundaryError> {
    match Kind::of(meta) {
        Kind::File => Ok(()),
        Kind::Symlink => Err(BoundaryError::Symlink(path.to_path_buf())),
        k => Err(BoundaryError::NotRegular(path.to_path_buf(), k)),
    }
}

/// Opens a workspace file for reading: refused unless it is a regular file, and not a symbolic link.
///
/// The path is looked at first (so a device or FIFO is never even opened), then opened with `O_NOFOLLOW |
/// O_NONBLOCK | O_CLOEXEC` and the handle itself checked again, so a file swapped in between cannot be read and a
/// FIFO cannot block. Only the last component is checked here; story discovery checks the folders.
pub fn open_regular(path: &Path) -> Result<fs::File, BoundaryError> {
    let meta = fs::symlink_metadata(path).map_err(|e| BoundaryError::Io(path.to_path_buf(), e))?;
    must_be_regular(path, &meta)?;
    let file = open_nonblocking(path, true)?;
    let meta = file.metadata().map_err(|e| BoundaryError::Io(path.to_path_buf(), e))?;
    must_be_regular(path, &meta)?;
    Ok(file)
}

/// Opens a file the user named on the command line: links are followed (their choice), but it must be a regular
/// file, so a FIFO or a device is refused instead of blocking or reading forever.
pub fn open_user_file(path: &Path) -> Result<fs::File, BoundaryError> {
    // A link inside a story folder is the workspace's, not the user's: a pulled branch could point it anywhere,
    // so it is refused like any workspace file (`factdesk extract claims/s/article.txt` must not read a secret).
    let in_story_folder = path.parent().is_some_and(|d| fs::symlink_metadata(d.join(STORY_FILE)).is_ok());
    if in_story_folder && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(BoundaryError::Symlink(path.to_path_buf()));
    }
    let file = open_nonblocking(path, false)?;
    let meta = file.metadata().map_err(|e| BoundaryError::Io(path.to_path_buf(), e))?;
    match Kind::of(&meta) {
        Kind::File => Ok(file),
        k => Err(BoundaryError::NotRegular(path.to_path_buf(), k)),
    }
}

/// Opens factdesk's own side file (a lock or session file) for reading and writing, creating it when absent and
/// never truncating it: like [`open_regular`], a link, FIFO or device is refused and the handle is checked again.
pub fn open_side_file(path: &Path) -> Result<fs::File, BoundaryError> {
    match fs::symlink_metadata(path) {
        Ok(meta) => must_be_regular(path, &meta)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(BoundaryError::Io(path.to_path_buf(), e)),
    }
    let mut opts = fs::OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    let file = open_with(path, opts, true)?;
    let meta = file.metadata().map_err(|e| BoundaryError::Io(path.to_path_buf(), e))?;
    must_be_regular(path, &meta)?;
    Ok(file)
}

fn open_nonblocking(path: &Path, nofollow: bool) -> Result<fs::File, BoundaryError> {
    let mut opts = fs::OpenOptions::new();
    opts.read(true);
    open_with(path, opts, nofollow)
}

#[cfg(unix)]
fn open_with(path: &Path, mut opts: fs::OpenOptions, nofollow: bool) -> Result<fs::File, BoundaryError> {
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::AsRawFd;
    let mut flags = libc::O_NONBLOCK | libc::O_CLOEXEC;
    if nofollow {
        flags |= libc::O_NOFOLLOW;
    }
    let file = opts.custom_flags(flags).open(path).map_err(|e| {
        // O_NOFOLLOW on a link fails with ELOOP: say what it is.
        if nofollow && e.raw_os_error() == Some(libc::ELOOP) {
            BoundaryError::Symlink(path.to_path_buf())
        } else {
            BoundaryError::Io(path.to_path_buf(), e)
        }
    })?;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` is a valid descriptor owned by `file` for the duration of these calls; F_GETFL/F_SETFL only read
    // and change its status flags.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl >= 0 {
            libc::fcntl(fd, libc::F_SETFL, fl & !libc::O_NONBLOCK);
        }
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_with(path: &Path, opts: fs::OpenOptions, nofollow: bool) -> Result<fs::File, BoundaryError> {
    if nofollow {
        match fs::symlink_metadata(path) {
            Ok(meta) => must_be_regular(path, &meta)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(BoundaryError::Io(path.to_path_buf(), e)),
        }
    }
    opts.open(path).map_err(|e| BoundaryError::Io(path.to_path_buf(), e))
}

/// The UTF-8 byte order mark. Some editors write it; factdesk reads past it (see [`read_regular`]).
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads an opened file, at most `limit` bytes, dropping a leading UTF-8 byte order mark.
fn read_handle(path: &Path, file: fs::File, limit: u64) -> Result<Vec<u8>, BoundaryError> {
    let size_hint = file.metadata().map(|m| m.len()).ok();
    let mut buf = Vec::new();
    // The mark does not count against the limit.
    file.take(limit + 1 + BOM.len() as u64)
        .read_to_end(&mut buf)
        .map_err(|e| BoundaryError::Read(path.to_path_buf(), e))?;
    if buf.starts_with(BOM) {
        buf.drain(..BOM.len());
    }
    if buf.len() as u64 > limit {
        let size = size_hint.unwrap_or(buf.len() as u64);
        return Err(BoundaryError::TooBig { path: path.to_path_buf(), size, limit });
    }
    Ok(buf)
}

/// Reads a workspace file through [`open_regular`], at most `limit` bytes.
///
/// A leading UTF-8 byte order mark is dropped here, the one place every workspace read passes, so hashes, parses,
/// splices and the save's "changed on disk" check all see the same bytes; a save then writes the file without it.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, BoundaryError> {
    read_handle(path, open_regular(path)?, limit)
}

/// Reads a file the user named on the command line through [`open_user_file`], at most `limit` bytes.
pub fn read_user_file(path: &Path, limit: u64) -> Result<Vec<u8>, BoundaryError> {
    read_handle(path, open_user_file(path)?, limit)
}

/// Checks that `path` is a real folder: it exists and is not a link.
pub fn real_dir(path: &Path) -> Result<(), BoundaryError> {
    let meta = fs::symlink_metadata(path).map_err(|e| BoundaryError::Io(path.to_path_buf(), e))?;
    match Kind::of(&meta) {
        Kind::Dir => Ok(()),
        k => Err(BoundaryError::NotRealDir(path.to_path_buf(), k)),
    }
}

/// Checks the text of a path named in the data: relative, made only of plain names (no `..`, `.`, root or drive
/// prefix), not empty. Returns the names.
pub fn relative_names(rel: &str) -> Result<Vec<&std::ffi::OsStr>, BoundaryError> {
    let err = |why| Err(BoundaryError::Escapes { path: rel.to_string(), why });
    if rel.trim().is_empty() {
        return err("is empty");
    }
    if rel.contains('\0') {
        return err("holds a NUL byte");
    }
    // Both separators, whatever this system uses: a path written on Windows is as hostile here.
    if rel.starts_with('/') || rel.starts_with('\\') || rel.get(1..2) == Some(":") {
        return err("is absolute");
    }
    let mut names = Vec::new();
    for part in rel.split(['/', '\\']) {
        match part {
            "" | "." => continue,
            ".." => return err("climbs out of the story folder with `..`"),
            _ => {}
        }
        match Path::new(part).components().next() {
            Some(Component::Normal(n)) => names.push(n),
            _ => return err("is not a plain relative path"),
        }
    }
    if names.is_empty() {
        return err("names no file");
    }
    Ok(names)
}

/// Resolves a path named in the data (`story.article`, and anything later) inside `story_dir`: relative, no `..`,
/// every folder on the way real (no links), and the file itself a regular file (not a link, FIFO or device).
/// The file is only looked at, never opened; read it with [`read_regular`].
pub fn data_path(story_dir: &Path, rel: &str) -> Result<PathBuf, BoundaryError> {
    let names = relative_names(rel)?;
    let mut path = story_dir.to_path_buf();
    let last = names.len() - 1;
    for (i, name) in names.into_iter().enumerate() {
        path.push(name);
        if i < last {
            real_dir(&path)?;
        }
    }
    let meta = fs::symlink_metadata(&path).map_err(|e| BoundaryError::Io(path.clone(), e))?;
    must_be_regular(&path, &meta)?;
    Ok(path)
}

/// Checks a file factdesk is about to replace: absent, or a regular file (not a link, FIFO, device or folder).
pub fn check_write_target(path: &Path) -> Result<(), BoundaryError> {
    match fs::symlink_metadata(path) {
        Ok(meta) => must_be_regular(path, &meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(BoundaryError::Io(path.to_path_buf(), e)),
    }
}

/// Whether a file name is one factdesk owns inside a workspace: a story file, the settings, a journal, a lock, or a
/// temporary file of an atomic write.
pub fn is_own_file_name(name: &str) -> bool {
    name == STORY_FILE
        || name == CONFIG_FILE
        || name.ends_with(".factdesk-journal")
        || name.ends_with(".factdesk-lock")
        || (name.starts_with(".factdesk-") && name.ends_with(".tmp"))
}

/// Whether another program has `path` open for writing right now (an editor writing in place, `cat > file`, a
/// script writing in slow chunks). Only Linux can tell, through a read lease, which the kernel refuses while the
/// file is open for writing anywhere; elsewhere, and where leases are not allowed (another user's file, a network
/// file system), this says `false` and the settling rule alone applies.
#[cfg(target_os = "linux")]
pub fn being_written(path: &Path) -> bool {
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::AsRawFd;
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK).open(path)
    else {
        return false;
    };
    let fd = file.as_raw_fd();
    /// `F_SETSIG` from `<fcntl.h>` (the same on every Linux architecture); the libc crate does not export it.
    const F_SETSIG: libc::c_int = 10;
    // SAFETY: fcntl on a descriptor this function owns for its whole lifetime; no memory is passed. The lease
    // break signal is set to SIGURG first, whose default action is to be ignored, so a writer opening the file in
    // the moment the lease is held cannot kill this process (SIGIO, the default, would).
    unsafe {
        if libc::fcntl(fd, F_SETSIG, libc::SIGURG) == -1 {
            return false;
        }
        if libc::fcntl(fd, libc::F_SETLEASE, libc::F_RDLCK) == 0 {
            libc::fcntl(fd, libc::F_SETLEASE, libc::F_UNLCK);
            return false;
        }
    }
    std::io::Error::last_os_error().raw_os_error() == Some(libc::EAGAIN)
}

/// Whether another program has `path` open for writing: not knowable here, so `false`.
#[cfg(not(target_os = "linux"))]
pub fn being_written(_path: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_paths_must_be_plain_and_relative() {
        for bad in ["../../victim.txt", "/etc/passwd", "a/../../b", "..", "", "  ", "\\\\server\\x", "C:\\x", "./"] {
            let e = relative_names(bad).unwrap_err();
            assert!(matches!(e, BoundaryError::Escapes { .. }), "{bad}: {e}");
        }
        assert_eq!(relative_names("text/article.txt").unwrap().len(), 2);
        assert_eq!(relative_names("./article.txt").unwrap().len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn links_fifos_and_devices_are_refused_without_blocking() {
        let t = tempfile::tempdir().unwrap();
        let secret = t.path().join("secret");
        fs::write(&secret, "SECRET").unwrap();
        let link = t.path().join("link");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        assert!(matches!(read_regular(&link, 100), Err(BoundaryError::Symlink(_))));
        let fifo = t.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(read_regular(&fifo, 100), Err(BoundaryError::NotRegular(_, Kind::Fifo))));
        assert!(matches!(read_user_file(&fifo, 100), Err(BoundaryError::NotRegular(_, Kind::Fifo))));
        let zero = read_regular(Path::new("/dev/zero"), 100).unwrap_err();
        assert!(zero.to_string().contains("not a regular file but a character device"), "{zero}");
        assert!(!zero.to_string().contains("MB"), "{zero}");
        // A user's own link on the command line is followed.
        assert_eq!(read_user_file(&link, 100).unwrap(), b"SECRET");
        let err = read_regular(&link, 100).unwrap_err().to_string();
        assert!(!err.contains("SECRET") && err.contains("symbolic link"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn data_path_stays_in_real_folders() {
        let t = tempfile::tempdir().unwrap();
        let story = t.path().join("s");
        fs::create_dir_all(story.join("sub")).unwrap();
        fs::write(story.join("sub/a.txt"), "x").unwrap();
        fs::write(t.path().join("outside.txt"), "x").unwrap();
        assert_eq!(data_path(&story, "sub/a.txt").unwrap(), story.join("sub/a.txt"));
        std::os::unix::fs::symlink(t.path(), story.join("up")).unwrap();
        assert!(matches!(data_path(&story, "up/outside.txt"), Err(BoundaryError::NotRealDir(_, Kind::Symlink))));
        std::os::unix::fs::symlink("../outside.txt", story.join("l.txt")).unwrap();
        assert!(matches!(data_path(&story, "l.txt"), Err(BoundaryError::Symlink(_))));
        assert!(data_path(&story, "missing.txt").unwrap_err().is_not_found());
        assert!(matches!(data_path(&story, "sub"), Err(BoundaryError::NotRegular(_, Kind::Dir))));
    }

    #[test]
    fn a_byte_order_mark_is_read_past() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("bom.yaml");
        fs::write(&p, b"\xEF\xBB\xBFstory: x\n").unwrap();
        assert_eq!(read_regular(&p, 100).unwrap(), b"story: x\n");
        assert!(matches!(read_regular(&p, 4), Err(BoundaryError::TooBig { .. })));
    }

    #[test]
    fn write_targets_must_be_absent_or_regular() {
        let t = tempfile::tempdir().unwrap();
        assert!(check_write_target(&t.path().join("new")).is_ok());
        assert!(matches!(check_write_target(t.path()), Err(BoundaryError::NotRegular(_, Kind::Dir))));
        #[cfg(unix)]
        assert!(matches!(
            check_write_target(Path::new("/dev/full")),
            Err(BoundaryError::NotRegular(_, Kind::CharDevice))
        ));
        assert!(is_own_file_name("claims.yaml.factdesk-journal") && is_own_file_name(".workspace.factdesk-lock"));
        assert!(!is_own_file_name("report.md"));
    }
}
