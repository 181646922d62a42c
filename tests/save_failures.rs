//! A save into a folder that cannot be written gives a clear error and leaves the original file and the
//! recovery journal intact.
//!
//! As a normal user the folder is made read-only with `chmod 0555`. CI runs as root, which chmod does not
//! stop, so there the folder is made immutable with `chattr +i` (ext4 and friends; root cannot create files
//! in it either). Where neither works the test says so on stderr and proves the weaker claim it can: a save
//! whose temporary file cannot be created (its folder is under `/proc`) fails with a clear error.

#[path = "common/cache.rs"]
mod test_cache;

use factdesk::safety::journal;
use factdesk::store::{self, STORY_FILE, SaveError};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const YAML: &str =
    "# hand-written\nstory:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n";

/// Makes `dir` unwritable until dropped; `None` when this system offers no way that stops this user.
struct Unwritable {
    dir: PathBuf,
    how: &'static str,
}

impl Unwritable {
    fn new(dir: &Path) -> Option<Unwritable> {
        let writable = || {
            let probe = dir.join(".probe");
            let ok = fs::write(&probe, "x").is_ok();
            let _ = fs::remove_file(&probe);
            ok
        };
        fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).ok()?;
        if !writable() {
            return Some(Unwritable { dir: dir.into(), how: "chmod 0555" });
        }
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).ok()?;
        let chattr = Command::new("chattr").arg("+i").arg(dir).status().ok()?;
        if chattr.success() && !writable() {
            return Some(Unwritable { dir: dir.into(), how: "chattr +i" });
        }
        let _ = Command::new("chattr").arg("-i").arg(dir).status();
        None
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        if self.how == "chattr +i" {
            let _ = Command::new("chattr").arg("-i").arg(&self.dir).status();
        }
        let _ = fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn read_only_folder_keeps_original_and_journal() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("s");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(STORY_FILE), YAML).unwrap();
    fs::write(dir.join("article.txt"), "It is half of GDP.").unwrap();
    let mut story = factdesk::load::load_workspace(t.path()).unwrap().stories.remove(0);
    let base = story.file.clone();
    story.file.claims[0].verdict = "accurate".into();
    let jpath = journal::write(&story, &base).unwrap();
    let journal_before = fs::read(&jpath).unwrap();

    let Some(guard) = Unwritable::new(&dir) else {
        eprintln!("note: neither chmod nor chattr can make a folder unwritable here; see proc_folder_save_fails");
        return;
    };
    eprintln!("folder made unwritable with {}", guard.how);
    let err = store::save_story(&mut story).unwrap_err();
    drop(guard);
    assert!(matches!(err, SaveError::Io(..)), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("s/claims.yaml: could not save") && msg.contains("the original file is unchanged"), "{msg}");
    assert!(msg.contains("fix the folder's permissions"), "{msg}");
    assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), YAML, "original intact");
    assert_eq!(fs::read(&jpath).unwrap(), journal_before, "journal intact");
    let names: Vec<String> =
        fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "no temporary file left: {names:?}");
    // The edits are still in memory and the story still knows the file as it was: once the folder is
    // writable again, the same save goes through (the UI then removes its journal).
    store::save_story(&mut story).unwrap();
    assert!(fs::read_to_string(dir.join(STORY_FILE)).unwrap().contains("verdict: accurate"));
}

#[test]
fn proc_folder_save_fails_clearly() {
    // Nobody, root included, can create a file in /proc/self. It is a link to /proc/PID, and a save refuses a
    // story folder that is a link, so the folder itself is used.
    let proc_dir = std::fs::canonicalize("/proc/self").unwrap();
    let mut story = store::Story {
        slug: "s".into(),
        dir: proc_dir.clone(),
        file: Default::default(),
        article: String::new(),
        disk_hash: String::new(),
        disk_text: None,
        anchors: Vec::new(),
    };
    assert!(!proc_dir.join(STORY_FILE).exists());
    let err = store::save_story(&mut story).unwrap_err();
    assert!(matches!(err, SaveError::Io(..)), "{err:?}");
    assert!(err.to_string().contains("could not save"), "{err}");
}

#[test]
fn fmt_leaves_a_story_it_cannot_write_back_alone() {
    // A mapping used as a key loads, but serde_yaml cannot write it: `fmt` must refuse, not write an error comment.
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("s");
    fs::create_dir_all(&dir).unwrap();
    let yaml = "story:\n  title: T\n  article: article.txt\nclaims: []\nx-odd:\n  ? {a: b}\n  : c\n";
    fs::write(dir.join(STORY_FILE), yaml).unwrap();
    fs::write(dir.join("article.txt"), "text").unwrap();
    let out = test_cache::factdesk().arg("fmt").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "2: usage or I/O");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was rewritten"));
    assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), yaml);
}
