//! `factdesk recover` run as a process: listing, restoring and discarding recovery journals, and its errors.

#[path = "common/cache.rs"]
mod test_cache;

use factdesk::safety::journal;
use factdesk::store;
use std::fs;

fn factdesk(args: &[&str]) -> (i32, String, String) {
    let out = test_cache::factdesk().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn recover_round_trip_through_the_binary() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().to_str().unwrap();
    let dir = t.path().join("s");
    fs::create_dir_all(&dir).unwrap();
    let yaml = "# hand note\nstory:\n  title: T\nclaims:\n- id: a\n  text: x   # as printed\n";
    fs::write(dir.join(store::STORY_FILE), yaml).unwrap();
    fs::write(dir.join("article.txt"), "x").unwrap();

    let (code, out, _) = factdesk(&["recover", ws]);
    assert_eq!((code, out.trim()), (0, "no unsaved edits to recover"));

    // A crashed session left this journal behind.
    let mut story = factdesk::load::load_workspace(t.path()).unwrap().stories.remove(0);
    let base = story.file.clone();
    story.file.claims[0].verdict = "accurate".into();
    journal::write(&story, &base).unwrap();

    let (code, out, _) = factdesk(&["recover", ws]);
    assert_eq!(code, 0);
    assert!(out.contains("claim `a`, verdict: (none) -> accurate"), "{out}");

    let (code, _, err) = factdesk(&["recover", ws, "--restore", "nope"]);
    assert_eq!(code, 2, "2: usage or I/O");
    assert!(err.contains("no journal for story `nope`"), "{err}");
    let (code, _, _) = factdesk(&["recover", ws, "--restore", "s", "--discard", "s"]);
    assert_eq!(code, 2, "clap refuses both at once");

    let (code, out, err) = factdesk(&["recover", ws, "--restore", "s"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("restored into"), "{out}");
    assert_eq!(fs::read_to_string(dir.join(store::STORY_FILE)).unwrap(), format!("{yaml}  verdict: accurate\n"));
    assert!(!journal::journal_path(&dir).exists());

    journal::write(&story, &base).unwrap();
    let (code, out, _) = factdesk(&["recover", ws, "--discard", "s"]);
    assert_eq!((code, out.trim()), (0, "discarded the unsaved edits of `s`"));
    assert!(!journal::journal_path(&dir).exists());
}

/// A journal that cannot be read (a link out of the workspace, or an alias bomb) is listed, said on standard
/// error, and fails the command; its target is never quoted.
#[cfg(unix)]
#[test]
fn an_unreadable_journal_fails_recover() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    let dir = ws.join("s");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(store::STORY_FILE), "story:\n  title: T\nclaims: []\n").unwrap();
    fs::write(dir.join("article.txt"), "x").unwrap();
    let secret = t.path().join("secret.txt");
    fs::write(&secret, "SECRET-7q\n").unwrap();
    std::os::unix::fs::symlink(&secret, journal::journal_path(&dir)).unwrap();
    let (code, out, err) = factdesk(&["recover", ws.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("cannot be read") && err.contains("1 journal could not be read"), "{out}{err}");
    assert!(!out.contains("SECRET") && !err.contains("SECRET"), "{out}{err}");
    // A bomb is refused the same way.
    fs::remove_file(journal::journal_path(&dir)).unwrap();
    let anchor = format!("x: &b [{}]\n", vec!["{a: b}"; 1000].join(", "));
    fs::write(journal::journal_path(&dir), format!("{anchor}y: [{}]\n", vec!["*b"; 1000].join(", "))).unwrap();
    let (code, _, err) = factdesk(&["recover", ws.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
}
