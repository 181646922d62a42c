//! Issue 17's last piece: a story file that `factdesk merge-driver` left with conflict markers opens in the UI with
//! ours as its content and the conflicting field offered in Resolve mode; once settled, a save writes a clean file
//! that keeps both sides' clean changes. Markers that do not split as git writes them are still refused.

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::Launch;
use factdesk::model::StoryFile;
use factdesk::tui::app::{Effect, Mode, Msg, Reply, update};
use std::path::{Path, PathBuf};

const STORY: &str = "scam-economy";

fn story_file(root: &Path) -> PathBuf {
    root.join(STORY).join("claims.yaml")
}

fn parse(text: &str) -> StoryFile {
    factdesk::store::parse_story(Path::new("claims.yaml"), text).unwrap()
}

fn claim<'a>(f: &'a StoryFile, id: &str) -> &'a factdesk::model::Claim {
    f.claims.iter().find(|c| c.id == id).unwrap()
}

/// `text` with the first `from` after the line `after` replaced by `to`.
fn edit(text: &str, after: &str, from: &str, to: &str) -> String {
    let at = text.find(after).unwrap_or_else(|| panic!("no {after:?}"));
    let rel = text[at..].find(from).unwrap_or_else(|| panic!("no {from:?} after {after:?}"));
    format!("{}{}{}", &text[..at + rel], to, &text[at + rel + from.len()..])
}

/// Makes the fixture's story file what `factdesk merge-driver` leaves when ours and theirs both changed
/// `nine-minors`' verdict (ours `false`, theirs `misleading`), while ours also changed `gdp-half`'s status and
/// theirs `raids-continue`'s claimant (clean changes, merged). Returns the text with markers.
fn collide(root: &Path) -> String {
    let path = story_file(root);
    let base = std::fs::read_to_string(&path).unwrap();
    let ours = edit(&base, "- id: nine-minors", "verdict: accurate", "verdict: 'false'");
    let ours = edit(&ours, "- id: gdp-half", "status: open", "status: in-progress");
    let theirs = edit(&base, "- id: nine-minors", "verdict: accurate", "verdict: misleading");
    let theirs = edit(&theirs, "- id: raids-continue", "claimant: Chhay Kim", "claimant: Kim Chhay");
    let dir = tempfile::tempdir().unwrap();
    let (b, t) = (dir.path().join("base"), dir.path().join("theirs"));
    std::fs::write(&b, &base).unwrap();
    std::fs::write(&path, &ours).unwrap();
    std::fs::write(&t, &theirs).unwrap();
    let out = test_cache::factdesk()
        .args(["merge-driver".as_ref(), b.as_os_str(), path.as_os_str(), t.as_os_str()])
        .arg(format!("claims/{STORY}/claims.yaml"))
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("<<<<<<<") && text.contains(">>>>>>>"), "{text}");
    text
}

/// The file on disk after settling: no markers, parses, the field as chosen, both sides' clean changes kept.
fn assert_settled(root: &Path, verdict: &str) {
    let text = std::fs::read_to_string(story_file(root)).unwrap();
    assert!(!["<<<<<<<", "|||||||", "=======", ">>>>>>>"].iter().any(|m| text.contains(m)), "{text}");
    let f = parse(&text);
    assert_eq!(claim(&f, "nine-minors").verdict, verdict);
    assert_eq!(claim(&f, "gdp-half").status.to_string(), "in-progress");
    assert_eq!(claim(&f, "raids-continue").claimant, "Kim Chhay");
    assert_eq!(f.claims.len(), 6);
    let check = test_cache::factdesk().arg("check").arg(root).output().unwrap();
    let out = String::from_utf8_lossy(&check.stdout).to_string() + &String::from_utf8_lossy(&check.stderr);
    assert!(!out.contains("conflict marker"), "{out}");
}

#[test]
fn a_story_with_markers_opens_in_resolve_mode_and_t_then_save_writes_a_clean_file() {
    let (_t, root) = common::temp_workspace();
    collide(&root);
    let mut app = common::app_on(&root);
    // Loading refuses it, as `check` does; the runner then reads it for settling.
    assert!(app.ws.stories.is_empty());
    assert!(app.ws.diagnostics.iter().any(|d| d.message.contains("git conflict marker")));
    let marked = factdesk::tui::effects::read_marked(&app.ws);
    assert_eq!(marked.len(), 1);
    update(&mut app, Msg::Reply(Reply::MarkedLoaded(marked)));
    assert!(matches!(app.mode, Mode::Resolve), "{:?}", app.mode);
    let msg = app.message.as_ref().unwrap().text.clone();
    assert!(msg.contains("claim `nine-minors`, verdict"), "{msg}");
    let screen = common::screen(&mut app, 100, 30);
    assert!(screen.contains("nine-minors"), "{screen}");
    // Ours until settled, and not modified.
    assert_eq!(claim(&app.ws.stories[0].file, "nine-minors").verdict, "false");
    assert!(!app.is_modified());
    assert!(!app.ws.diagnostics.iter().any(|d| d.message.contains("git conflict marker")));
    assert_eq!(common::press(&mut app, "t"), None);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    assert!(app.is_modified());
    assert_eq!(claim(&app.ws.stories[0].file, "nine-minors").verdict, "misleading");
    assert_eq!(common::press(&mut app, "w"), Some(Effect::Save));
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(!app.is_modified());
    assert_settled(&root, "misleading");
}

#[test]
fn broken_markers_are_still_refused_with_their_message() {
    let (_t, root) = common::temp_workspace();
    let path = story_file(&root);
    let text = std::fs::read_to_string(&path).unwrap();
    // A hunk that never closes: git never writes this, so it cannot be split into sides.
    let broken =
        edit(&text, "- id: nine-minors", "  verdict: accurate\n", "<<<<<<< ours\n  verdict: 'false'\n=======\n");
    std::fs::write(&path, &broken).unwrap();
    let mut app = common::app_on(&root);
    assert!(factdesk::tui::effects::read_marked(&app.ws).is_empty());
    update(&mut app, Msg::Reply(Reply::LoadFinished));
    assert!(app.ws.stories.is_empty());
    assert!(!matches!(app.mode, Mode::Resolve));
    let msg = app.message.as_ref().unwrap().text.clone();
    assert!(
        msg.contains("git conflict marker: this file is in the middle of a merge; keep the side you want"),
        "{msg}"
    );
    // Sides that split but do not parse are refused too.
    let bad = edit(
        &text,
        "- id: nine-minors",
        "  verdict: accurate\n",
        "<<<<<<< ours\n  verdict: [\n=======\n  verdict: misleading\n>>>>>>> theirs\n",
    );
    std::fs::write(&path, &bad).unwrap();
    let app = common::app_on(&root);
    assert!(factdesk::tui::effects::read_marked(&app.ws).is_empty());
}

#[test]
fn e2e_open_see_the_collision_keep_mine_save_and_quit() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("claims");
    common::copy_dir(&common::fixture(), &root);
    collide(&root);
    std::fs::write(t.path().join("config.yaml"), "reviewer: E2E Reviewer\n").unwrap();
    let mut s = Launch::new(t.path(), &[root.as_os_str()]).spawn();
    s.wait_for("a git merge left fields to settle");
    s.wait_for("nine-minors");
    s.send("m");
    s.wait_for("every collision settled");
    s.wait_for("[+] modified");
    s.send("w");
    s.wait_for("saved");
    s.send("q");
    // Bounded: a quit that asks first (edits not saved) must fail the test, not hang it.
    let deadline = std::time::Instant::now() + s.deadline;
    let status = loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "factdesk did not quit; the screen was:\n{}", s.contents());
        std::thread::sleep(std::time::Duration::from_millis(15));
    };
    assert!(status.success(), "{status:?}");
    assert_settled(&root, "false");
}

#[test]
fn a_reload_that_brings_markers_opens_them_for_settling_and_save_writes_a_clean_file() {
    let (_t, root) = common::temp_workspace();
    let mut app = common::app_on(&root);
    assert_eq!(app.ws.stories.len(), 1);
    let text = collide(&root);
    update(&mut app, Msg::Reply(Reply::Reloaded(vec![(0, Ok(text))])));
    assert!(matches!(app.mode, Mode::Resolve), "{:?}", app.mode);
    let msg = app.message.as_ref().unwrap();
    assert!(msg.text.contains("a git merge left fields to settle") && !msg.error, "{msg:?}");
    assert_eq!(claim(&app.ws.stories[0].file, "nine-minors").verdict, "false");
    assert!(!app.is_modified());
    // Nothing else is possible until it is settled: the save key does nothing here.
    assert_eq!(common::press(&mut app, "w"), None);
    assert!(matches!(app.mode, Mode::Resolve));
    common::press(&mut app, "m");
    assert!(app.is_modified());
    assert_eq!(common::press(&mut app, "w"), Some(Effect::Save));
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert!(errors.is_empty(), "{errors:?}");
    assert_settled(&root, "false");
}
