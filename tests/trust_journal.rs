//! Journals that protect every copy, and the workspace lock (issue 12, items 2, 3, 4, 6, 14, 17, 18): two or three
//! real `factdesk` binaries in pseudo-terminals on one workspace, killed with SIGKILL or SIGTERM, with the story
//! file deleted under them; plus `update`-level tests of the message line and the form drafts.

#![cfg(unix)]

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::{Launch, Pty};
use factdesk::model::StoryFile;
use factdesk::tui::app::{Action, Mode, Reply};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SLUG: &str = "scam-economy";

/// One running copy of factdesk in a pseudo-terminal (the shared harness, `common::pty`).
struct Tui(Pty);

impl std::ops::Deref for Tui {
    type Target = Pty;
    fn deref(&self) -> &Pty {
        &self.0
    }
}

impl std::ops::DerefMut for Tui {
    fn deref_mut(&mut self) -> &mut Pty {
        &mut self.0
    }
}

impl Tui {
    /// Starts `factdesk <root>` with HOME and the config in `home`.
    fn spawn(home: &Path, root: &Path) -> Tui {
        Tui(Launch::new(home, &[root]).spawn())
    }

    /// Sets the selected claim's verdict to the one `n` below its current one.
    fn set_verdict(&mut self, n: usize) {
        self.send("v");
        self.wait_for("Verdict ─");
        for _ in 0..n {
            let before = self.contents();
            self.send("j");
            self.wait_until("the picker cursor to move", |scr| scr != before);
        }
        self.send("\r");
        self.wait_for("verdict:");
    }
}

/// A temporary home (with a config naming the reviewer) and a copy of the fixture workspace in it.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join("claims");
    common::copy_dir(&common::fixture(), &root);
    std::fs::write(home.path().join("config.yaml"), "reviewer: Journal Tester\n").unwrap();
    (home, root)
}

fn story_file(root: &Path) -> PathBuf {
    root.join(SLUG).join("claims.yaml")
}

fn parse(path: &Path) -> StoryFile {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every recovery journal in the story folder (each copy writes its own).
fn journals(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root.join(SLUG))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".factdesk-journal"))
        .collect();
    out.sort();
    out
}

/// The journal written by the copy with this pid.
fn journal_of(root: &Path, pid: u32) -> Option<PathBuf> {
    let prefix = format!("claims.yaml.{pid}-");
    journals(root).into_iter().find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&prefix))
}

/// Waits (with a deadline, no fixed sleep) until `pred` holds for the file system.
fn wait_fs<T>(what: &str, pred: impl Fn() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(x) = pred() {
            return x;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn factdesk(args: &[&str]) -> (i32, String, String) {
    let o = test_cache::factdesk().args(args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into(),
        String::from_utf8_lossy(&o.stderr).into(),
    )
}

const HELD: &str = "another factdesk has this workspace open";

#[test]
fn a_second_copy_journals_too_takes_the_lock_when_freed_and_its_edits_survive_kill_9() {
    let (home, root) = workspace();
    let before = parse(&story_file(&root));
    let mut first = Tui::spawn(home.path(), &root);
    first.wait_ready();
    let mut second = Tui::spawn(home.path(), &root);
    second.wait_ready();
    let screen = second.wait_for(HELD);
    assert!(!screen.contains("not journaling"), "{screen}");
    // The first copy quits: the second takes the lock on its own, and says so.
    first.send("q");
    assert!(first.wait_exit());
    second.wait_for("now holds the workspace lock");
    second.set_verdict(1);
    let journal = wait_fs("the second copy's journal", || journal_of(&root, second.pid()));
    second.kill_9();
    assert_eq!(parse(&story_file(&root)), before, "nothing was saved");
    assert!(journal.exists());
    // A third start: the lock the killed copy held is free (the OS dropped it), and its edits are offered.
    let mut third = Tui::spawn(home.path(), &root);
    let screen =
        third.wait_until("the recovery offer", |s| s.contains("Restore unsaved edits?") && s.contains("verdict:"));
    assert!(!screen.contains(HELD), "{screen}");
    third.send("y");
    third.wait_for("restored unsaved edits");
    third.send("w");
    third.wait_until("the save", |s| s.contains("saved") && !s.contains("[+] modified"));
    third.send("q");
    assert!(third.wait_exit());
    assert_ne!(
        parse(&story_file(&root)).claims[0].verdict,
        before.claims[0].verdict,
        "the killed copy's edit is saved"
    );
    assert!(journals(&root).is_empty(), "every journal went once its edits were saved: {:?}", journals(&root));
    assert!(!root.join(".workspace.factdesk-lock").exists(), "a clean quit removes the lock file");
}

#[test]
fn copies_started_together_hold_the_lock_once_and_never_write_each_others_journal() {
    for round in 0..3 {
        let (home, root) = workspace();
        let mut a = Tui::spawn(home.path(), &root);
        let mut b = Tui::spawn(home.path(), &root);
        a.wait_ready();
        b.wait_ready();
        // The OS lock decides: the record names the winner, and the other copy is told who holds it.
        let lock = root.join(".workspace.factdesk-lock");
        let holder = wait_fs("the lock record", || {
            let info: factdesk::safety::lock::LockInfo = serde_yaml::from_slice(&std::fs::read(&lock).ok()?).ok()?;
            Some(info.pid)
        });
        assert!(holder == a.pid() || holder == b.pid(), "round {round}: {holder}");
        let (winner, loser) = if holder == a.pid() { (&mut a, &mut b) } else { (&mut b, &mut a) };
        let told = loser.wait_for(HELD);
        // Named, or (when its record was not on disk yet) said to be there all the same.
        assert!(
            told.contains(&format!("process {holder}")) || told.contains("not recorded its name"),
            "{round}: {told}"
        );
        let won = winner.contents();
        assert!(!won.contains(HELD) && !won.contains("took over"), "round {round}: {won}");
        // Each edits the first claim differently; each journal holds its own copy's edit.
        a.set_verdict(1);
        b.set_verdict(2);
        let ja = wait_fs("a's journal", || journal_of(&root, a.pid()));
        let jb = wait_fs("b's journal", || journal_of(&root, b.pid()));
        assert_ne!(ja, jb);
        let verdict = |p: &Path| {
            let j: factdesk::safety::journal::Journal =
                serde_yaml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            j.unsaved.claims[0].verdict.clone()
        };
        wait_fs("both journals to settle", || (verdict(&ja) != verdict(&jb)).then_some(()));
        a.kill_9();
        b.kill_9();
        // Both killed: both journals are orphans now, and both are listed.
        let (code, out, _) = factdesk(&["recover", root.to_str().unwrap()]);
        assert_eq!(code, 0);
        assert_eq!(out.matches("unsaved edits from").count(), 2, "round {round}: {out}");
    }
}

#[test]
fn a_lock_file_copied_with_the_workspace_is_not_held() {
    let (home, root) = workspace();
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    assert!(root.join(".workspace.factdesk-lock").exists());
    // `cp -r` while the UI is open: the lock file and the session file come along, the OS locks do not.
    let copy = home.path().join("copy");
    common::copy_dir(&root, &copy);
    assert!(copy.join(".workspace.factdesk-lock").exists());
    let mut b = Tui::spawn(home.path(), &copy);
    let screen = b.wait_ready();
    assert!(!screen.contains(HELD), "the copy is not held by the original's process:\n{screen}");
    b.wait_for("copied with the workspace?");
    b.set_verdict(1);
    wait_fs("the copy's journal", || journal_of(&copy, b.pid()));
    assert!(journal_of(&root, b.pid()).is_none(), "the copy journals in the copy only");
    b.send("q");
    b.wait_for("Unsaved changes");
    b.send("y");
    assert!(b.wait_exit());
    a.send("q");
    assert!(a.wait_exit());
}

/// Opens the add-source form on the first claim and types a url and a title, waiting until they show.
fn type_source_draft(t: &mut Tui, url: &str) {
    t.send("a");
    t.wait_for("Add a source");
    t.send(url);
    t.wait_for(url);
    t.send("\t");
    t.send("Draft title");
    t.wait_for("Draft title");
}

#[test]
fn a_form_draft_survives_kill_9_and_is_reopened_with_what_was_typed() {
    let (home, root) = workspace();
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    let url = "https://example.org/draft-kill9";
    type_source_draft(&mut a, url);
    let journal = wait_fs("the draft in the journal", || {
        journal_of(&root, a.pid()).filter(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("Draft title")))
    });
    a.kill_9();
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(text.contains(url), "{text}");
    // `recover` shows it too.
    let (_, out, _) = factdesk(&["recover", root.to_str().unwrap()]);
    assert!(out.contains("form `source` on claim `gdp-half`, typed but not submitted: URL: https://example.org/draft-kill9; Title: Draft title"), "{out}");
    let mut b = Tui::spawn(home.path(), &root);
    b.wait_until("the recovery offer", |s| s.contains("Restore unsaved edits?") && s.contains("draft-kill9"));
    b.send("y");
    // The form is back, open, with what was typed: Enter adds the source.
    b.wait_until("the reopened form", |s| s.contains("Add a source") && s.contains(url) && s.contains("Draft title"));
    b.send("\r");
    b.wait_for("source added");
    b.send("w");
    b.wait_until("the save", |s| s.contains("saved") && !s.contains("[+] modified"));
    b.send("q");
    assert!(b.wait_exit());
    let after = parse(&story_file(&root));
    assert!(
        after.claims[0].sources.iter().any(|s| s.url == url && s.title == "Draft title"),
        "{:?}",
        after.claims[0].sources
    );
    assert!(journals(&root).is_empty(), "{:?}", journals(&root));
}

#[test]
fn a_form_draft_is_journaled_on_sigterm_and_ctrl_c() {
    for (round, how) in ["SIGTERM", "SIGHUP", "Ctrl-C"].into_iter().enumerate() {
        let (home, root) = workspace();
        let mut a = Tui::spawn(home.path(), &root);
        a.wait_ready();
        let url = format!("https://example.org/draft-{round}");
        type_source_draft(&mut a, &url);
        // At once, before the journal's usual delay: the signal itself gets the form written.
        match how {
            "SIGTERM" => a.signal(libc::SIGTERM),
            "SIGHUP" => a.signal(libc::SIGHUP),
            _ => a.send("\x03"),
        }
        a.wait_exit();
        let journal = journal_of(&root, a.pid()).unwrap_or_else(|| panic!("{how}: no journal\n{}", a.contents()));
        let text = std::fs::read_to_string(&journal).unwrap();
        assert!(text.contains(&url) && text.contains("Draft title"), "{how}: {text}");
    }
}

#[test]
fn a_story_deleted_under_the_ui_is_saved_back() {
    let (home, root) = workspace();
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    a.set_verdict(1);
    let verdict = wait_fs("the journal", || {
        let p = journal_of(&root, a.pid())?;
        let j: factdesk::safety::journal::Journal = serde_yaml::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
        Some(j.unsaved.claims[0].verdict.clone())
    });
    std::fs::remove_file(story_file(&root)).unwrap();
    a.send("w");
    a.wait_for("had been deleted on disk: wrote it back");
    let back = parse(&story_file(&root));
    assert_eq!(back.claims[0].verdict, verdict);
    assert_eq!(back.claims.len(), parse(&common::fixture().join(SLUG).join("claims.yaml")).claims.len());
    a.send("q");
    assert!(a.wait_exit());
    assert!(journals(&root).is_empty());
}

#[test]
fn quit_without_saving_keeps_the_last_copy_when_the_whole_story_folder_is_gone() {
    let (home, root) = workspace();
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    a.set_verdict(1);
    let dir = story_file(&root).parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&dir).unwrap();
    a.send("q");
    a.wait_for("is gone is kept");
    a.send("y");
    assert!(a.wait_exit());
    let kept = journal_of(&root, a.pid()).expect("q then y keeps the journal even when the folder went too");
    let j: factdesk::safety::journal::Journal = serde_yaml::from_str(&std::fs::read_to_string(&kept).unwrap()).unwrap();
    let (code, out, err) = factdesk(&["recover", root.to_str().unwrap(), "--restore", SLUG]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("wrote the story back"), "{out}");
    assert_eq!(parse(&story_file(&root)).claims[0].verdict, j.unsaved.claims[0].verdict);
}

#[test]
fn quit_without_saving_keeps_the_last_copy_when_the_story_file_is_gone() {
    let (home, root) = workspace();
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    a.set_verdict(1);
    std::fs::remove_file(story_file(&root)).unwrap();
    a.send("q");
    a.wait_for("is gone is kept");
    a.send("y");
    assert!(a.wait_exit());
    let kept = journal_of(&root, a.pid()).expect("q then y keeps the journal of a story whose file is gone");
    let j: factdesk::safety::journal::Journal = serde_yaml::from_str(&std::fs::read_to_string(&kept).unwrap()).unwrap();
    let ws = root.to_str().unwrap();
    let (code, out, _) = factdesk(&["recover", ws]);
    assert_eq!(code, 0);
    assert!(out.contains("its claims.yaml is gone"), "{out}");
    let (code, out, err) = factdesk(&["recover", ws, "--restore", SLUG]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("wrote the story back"), "{out}");
    assert_eq!(parse(&story_file(&root)).claims[0].verdict, j.unsaved.claims[0].verdict);
    assert!(journals(&root).is_empty());
    // And with the file there, q then y drops the edits, as asked.
    let mut b = Tui::spawn(home.path(), &root);
    b.wait_ready();
    b.set_verdict(1);
    wait_fs("the journal", || journal_of(&root, b.pid()));
    b.send("q");
    b.wait_for("Unsaved changes");
    b.send("y");
    assert!(b.wait_exit());
    assert!(journals(&root).is_empty(), "{:?}", journals(&root));
}

#[test]
fn a_save_error_is_not_hidden_by_journal_errors_and_the_header_says_not_journaling() {
    let (_t, mut app) = common::app();
    app.session = Some("8-test".into());
    factdesk::tui::guard::journal_result(&mut app, Ok(()));
    assert!(app.journal_trouble.is_none());
    // The journal fails first: said once, and the header keeps saying it.
    let fail = || Err("s/claims.yaml.8-test.factdesk-journal: could not write the recovery journal (disk full)".into());
    assert!(!factdesk::tui::guard::journal_result(&mut app, fail()));
    assert!(app.message.as_ref().unwrap().text.contains("could not write the recovery journal"));
    app.set_message("moved on", false);
    assert!(!factdesk::tui::guard::journal_result(&mut app, fail()));
    assert_eq!(app.message.as_ref().unwrap().text, "moved on", "not repeated on every tick");
    let screen = render(&mut app);
    assert!(screen.contains("not journaling"), "{screen}");
    // A save fails: its error stays on the message line while the journal keeps failing.
    update_saved(&mut app, "s/claims.yaml: cannot write: No space left on device");
    for _ in 0..5 {
        factdesk::tui::guard::journal_result(&mut app, fail());
    }
    assert!(app.message.as_ref().unwrap().text.contains("No space left on device"));
    // A save error first, then the journal starts failing: the save error still wins.
    let (_t2, mut other) = common::app();
    other.session = Some("9-test".into());
    update_saved(&mut other, "s/claims.yaml: cannot write: Read-only file system");
    factdesk::tui::guard::journal_result(&mut other, fail());
    assert!(other.message.as_ref().unwrap().text.contains("Read-only file system"));
    assert!(other.journal_trouble.is_some());
    // Written again: the header clears, and says so once.
    other.set_message("ok", false);
    assert!(factdesk::tui::guard::journal_result(&mut other, Ok(())));
    assert!(other.journal_trouble.is_none());
    assert!(other.message.as_ref().unwrap().text.contains("written again"));
    assert!(!render(&mut other).contains("not journaling"));
}

fn update_saved(app: &mut factdesk::tui::app::App, error: &str) {
    factdesk::tui::app::update(app, Reply::Saved(vec![error.into()]));
}

fn render(app: &mut factdesk::tui::app::App) -> String {
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    term.draw(|f| factdesk::tui::view::draw(f, app)).unwrap();
    let buf = term.backend().buffer().clone();
    buf.content().iter().map(|c| c.symbol()).collect()
}

#[test]
fn a_form_draft_is_in_the_journal_and_comes_back_as_an_open_form() {
    let (_t, mut app) = common::app();
    app.session = Some("10-crashed".into());
    common::select(&mut app, "nine-minors");
    let edits = app.edits;
    common::press(&mut app, "t");
    assert!(matches!(app.mode, Mode::Form(_)));
    // The claim form's tags (its sixth field).
    for _ in 0..5 {
        common::press(&mut app, "tab");
    }
    common::type_text(&mut app, ", urgent");
    assert!(app.edits > edits, "typing into a form schedules a journal write");
    assert!(!app.is_modified(), "nothing is committed yet");
    factdesk::tui::guard::write_journals(&app).unwrap();
    let dir = app.ws.stories[0].dir.clone();
    let path = factdesk::safety::journal::session_journal_path(&dir, "10-crashed");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("form: claim") && text.contains("claim: nine-minors") && text.contains(", urgent"), "{text}");
    // A fresh start after the crash: offered, restored, and the form reopens on its claim with the text.
    let mut fresh = common::app_on(&app.ws.root.clone());
    fresh.session = Some("11-fresh".into());
    let (offers, unreadable) = factdesk::tui::guard::offers(&fresh);
    assert_eq!(offers.len(), 1);
    assert!(offers[0].lines.iter().any(|l| l.contains("form `claim` on claim `nine-minors`")), "{:?}", offers[0].lines);
    fresh.offer_recovery(offers, &unreadable);
    common::press(&mut fresh, "y");
    let Mode::Form(f) = &fresh.mode else { panic!("the form is open again: {:?}", fresh.mode) };
    assert!(f.fields[5].value.ends_with(", urgent"), "{:?}", f.fields[5]);
    assert_eq!(fresh.current_claim().unwrap().id, "nine-minors");
    // The journalist's own journal takes the draft over; the crashed one goes once it is written.
    factdesk::tui::guard::write_journals(&fresh).unwrap();
    assert!(!path.exists(), "adopted, then removed once this copy journals it");
    let own = factdesk::safety::journal::session_journal_path(&dir, "11-fresh");
    assert!(std::fs::read_to_string(&own).unwrap().contains(", urgent"));
    common::press(&mut fresh, "enter");
    assert!(common::claim(&fresh, "nine-minors").unwrap().tags.iter().any(|t| t == "urgent"));
    // Esc on an untouched form drops nothing and leaves no draft behind.
    common::press(&mut fresh, "t");
    common::press(&mut fresh, "esc");
    assert!(factdesk::tui::guard::form_draft(&fresh).is_none());
}

#[test]
fn a_deleted_story_is_saved_back_and_q_keeps_its_journal() {
    let (_t, mut app) = common::app();
    app.session = Some("12-me".into());
    common::select(&mut app, "nine-minors");
    common::press(&mut app, "t");
    for _ in 0..5 {
        common::press(&mut app, "tab"); // to the claim form's tags
    }
    common::type_text(&mut app, ", kept");
    common::press(&mut app, "enter");
    assert!(app.is_modified());
    let path = app.ws.stories[0].path();
    std::fs::remove_file(&path).unwrap();
    factdesk::tui::guard::write_journals(&app).unwrap();
    // q, y: the edits are dropped everywhere else, but this story's journal is the last copy: kept.
    let kept = factdesk::tui::guard::discard_journals(&app);
    assert_eq!(kept.len(), 1);
    assert!(kept[0].contains("factdesk recover --restore scam-economy"), "{kept:?}");
    let own = app.own_journal(0).unwrap();
    assert!(own.exists());
    // w writes it back, and says so.
    assert!(factdesk::tui::effects::save_all(&mut app).is_empty());
    factdesk::tui::app::update(&mut app, Reply::Saved(Vec::new()));
    assert!(app.message.as_ref().unwrap().text.contains("had been deleted on disk: wrote it back"));
    assert!(parse(&path).claims.iter().any(|c| c.tags.iter().any(|t| t == "kept")));
    assert!(!own.exists(), "saved: the journal went");
}

/// Makes a folder unwritable: `chmod 0555`, or as root (which chmod does not stop) `chattr +i`. `None` where
/// neither works. Undone on drop.
struct Unwritable(PathBuf, bool);

impl Unwritable {
    fn new(dir: &Path) -> Option<Unwritable> {
        use std::os::unix::fs::PermissionsExt;
        let writable =
            || std::fs::write(dir.join(".probe"), "x").map(|_| std::fs::remove_file(dir.join(".probe"))).is_ok();
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).ok()?;
        if !writable() {
            return Some(Unwritable(dir.into(), false));
        }
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).ok()?;
        let ok = std::process::Command::new("chattr").arg("+i").arg(dir).status().ok()?.success();
        if ok && !writable() {
            return Some(Unwritable(dir.into(), true));
        }
        let _ = std::process::Command::new("chattr").arg("-i").arg(dir).status();
        None
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.1 {
            let _ = std::process::Command::new("chattr").arg("-i").arg(&self.0).status();
        }
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

/// The message line (the second-to-last row).
fn message_line(screen: &str) -> String {
    screen.lines().rev().nth(1).unwrap_or_default().to_string()
}

#[test]
fn an_unwritable_folder_shows_not_journaling_and_the_save_error_stays_on_the_message_line() {
    let (home, root) = workspace();
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    let Some(frozen) = Unwritable::new(&root.join(SLUG)) else {
        eprintln!("note: neither chmod nor chattr can make a folder unwritable here; the update-level test covers it");
        assert!(journals(&root).is_empty());
        return;
    };
    a.set_verdict(1);
    // The journal cannot be written: the header says so for as long as it lasts.
    let screen = a.wait_for("not journaling");
    assert!(screen.lines().next().unwrap().contains("not journaling"), "{screen}");
    a.send("w");
    let screen = a.wait_until("the save error", |s| message_line(s).contains("could not save"));
    let save_error = message_line(&screen);
    // Several journal retries later (one per tick), the save error is still what the message line says.
    let first_tick = Instant::now();
    while first_tick.elapsed() < Duration::from_millis(1500) {
        let m = message_line(&a.contents());
        assert!(!m.contains("factdesk-journal"), "the journal error hid the save error: {m}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(message_line(&a.contents()), save_error);
    assert!(a.contents().lines().next().unwrap().contains("not journaling"));
    // The folder is writable again: the journal is written, and the header clears.
    drop(frozen);
    a.wait_until("journaling again", |s| !s.lines().next().unwrap_or_default().contains("not journaling"));
    wait_fs("the journal", || journal_of(&root, a.pid()));
    a.send("w");
    a.wait_until("the save", |s| s.contains("saved") && !s.contains("[+] modified"));
    a.send("q");
    assert!(a.wait_exit());
    assert!(journals(&root).is_empty());
}

#[test]
fn kill_9_at_any_moment_of_typing_leaves_journals_that_read_back() {
    // Killed after 0 to 35 characters of a note (and while the journal is being rewritten): every journal on
    // disk reads back whole, holds a prefix of what was typed, and `recover` lists it.
    let text = "Checked against the ministry's 2025 budget";
    for (round, cut) in [0usize, 3, 9, 17, 24, 35].into_iter().enumerate() {
        let (home, root) = workspace();
        let mut a = Tui::spawn(home.path(), &root);
        a.wait_ready();
        a.send("e");
        a.wait_for("Notes — editing");
        for c in text.chars().take(cut) {
            a.send(c.to_string());
            if round % 2 == 0 {
                // Every other round waits for a journal write mid-sentence, so the kill may land on a rewrite.
                std::thread::sleep(Duration::from_millis(40));
            }
        }
        a.kill_9();
        for j in journals(&root) {
            let journal: factdesk::safety::journal::Journal =
                serde_yaml::from_str(&std::fs::read_to_string(&j).unwrap()).unwrap_or_else(|e| panic!("{cut}: {e}"));
            let notes = &journal.unsaved.claims[0].notes;
            assert!(text.starts_with(notes.trim_end()), "round {round}: {notes:?}");
        }
        let (code, out, err) = factdesk(&["recover", root.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.matches("unsaved edits from").count(), journals(&root).len(), "{out}");
    }
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) with a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[test]
fn hostile_side_files_neither_hang_nor_leak_nor_get_written() {
    // Committed to the repository by someone else: journals, session files and the lock that are FIFOs or links
    // to files outside the workspace.
    let (home, root) = workspace();
    let outside = home.path().join("credentials.txt");
    std::fs::write(&outside, "token: SECRET-TOKEN\n").unwrap();
    let dir = root.join(SLUG);
    mkfifo(&dir.join("claims.yaml.1-fifo.factdesk-journal"));
    std::os::unix::fs::symlink(&outside, dir.join("claims.yaml.2-link.factdesk-journal")).unwrap();
    mkfifo(&root.join(".session-1-fifo.factdesk-lock"));
    std::os::unix::fs::symlink(&outside, root.join(".session-2-link.factdesk-lock")).unwrap();
    std::os::unix::fs::symlink(&outside, root.join(".workspace.factdesk-lock")).unwrap();
    let ws = root.to_str().unwrap();
    for args in [vec!["check", ws], vec!["recover", ws], vec!["recover", ws, "--restore", SLUG]] {
        let (_, out, err) = factdesk(&args);
        assert!(!out.contains("SECRET") && !err.contains("SECRET"), "{args:?}: {out}{err}");
    }
    let mut a = Tui::spawn(home.path(), &root);
    let screen = a.wait_ready();
    a.wait_until("the start-up notes", |s| s.contains("could not lock the workspace") || s.contains("not a regular"));
    assert!(!screen.contains("SECRET"));
    a.send("q");
    assert!(a.wait_exit(), "quits: nothing hung on a FIFO");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "token: SECRET-TOKEN\n", "nothing written through a link");
}

#[test]
fn two_crashed_copies_journals_of_one_story_are_both_offered_and_both_kept() {
    let (_t, mut a) = common::app();
    let root = a.ws.root.clone();
    // Copy a set the first claim's verdict, copy b tagged another claim; both crashed.
    a.session = Some("1-a".into());
    factdesk::tui::app::update(&mut a, Action::VerdictPicker);
    factdesk::tui::app::update(&mut a, Action::Confirm);
    factdesk::tui::guard::write_journals(&a).unwrap();
    let mut b = common::app_on(&root);
    b.session = Some("2-b".into());
    common::select(&mut b, "nine-minors");
    common::press(&mut b, "t");
    for _ in 0..5 {
        common::press(&mut b, "tab"); // to the claim form's tags
    }
    common::type_text(&mut b, ", from-b");
    common::press(&mut b, "enter");
    factdesk::tui::guard::write_journals(&b).unwrap();
    assert_eq!(journals(&root).len(), 2, "neither overwrote the other");
    let mut fresh = common::app_on(&root);
    fresh.session = Some("3-fresh".into());
    let (offers, unreadable) = factdesk::tui::guard::offers(&fresh);
    assert_eq!(offers.len(), 2);
    fresh.offer_recovery(offers, &unreadable);
    common::press(&mut fresh, "y");
    assert!(matches!(fresh.mode, Mode::Recover), "the second is offered next");
    common::press(&mut fresh, "y");
    assert!(matches!(fresh.mode, Mode::Normal));
    let first_verdict = a.ws.stories[0].file.claims[0].verdict.clone();
    assert_eq!(fresh.ws.stories[0].file.claims[0].verdict, first_verdict);
    assert!(common::claim(&fresh, "nine-minors").unwrap().tags.iter().any(|t| t == "from-b"));
    // Once this copy's journal holds both, the two orphans go; saving removes this copy's own.
    factdesk::tui::guard::write_journals(&fresh).unwrap();
    assert_eq!(journals(&root), [factdesk::safety::journal::session_journal_path(&root.join(SLUG), "3-fresh")]);
    assert!(factdesk::tui::effects::save_all(&mut fresh).is_empty());
    assert!(journals(&root).is_empty());
}

#[test]
fn a_workspace_that_takes_no_session_file_says_not_journaling_from_the_start_and_ctrl_c_keeps_the_edits() {
    let (home, root) = workspace();
    let Some(frozen) = Unwritable::new(&root) else {
        eprintln!("note: neither chmod nor chattr can make a folder unwritable here; the update-level test covers it");
        assert!(journals(&root).is_empty());
        return;
    };
    let mut a = Tui::spawn(home.path(), &root);
    a.wait_ready();
    a.wait_until("the header", |s| s.lines().next().unwrap_or_default().contains("not journaling"));
    a.wait_for("cannot start a journal session");
    a.set_verdict(1);
    // Ctrl-C would lose the edit: it stays, and says why.
    a.send("\x03");
    a.wait_for("this copy is not journaling");
    assert!(a.child.try_wait().unwrap().is_none(), "still running");
    // `?` says why too.
    a.send("?");
    a.wait_for("Not journaling: no recovery journal");
    a.send("\x1b");
    a.wait_until("the help to close", |s| !s.contains("Not journaling:"));
    a.send("w");
    a.wait_until("the save", |s| s.contains("saved") && !s.contains("[+] modified"));
    a.send("q");
    assert!(a.wait_exit());
    drop(frozen);
    assert_ne!(
        parse(&story_file(&root)).claims[0].verdict,
        parse(&common::fixture().join(SLUG).join("claims.yaml")).claims[0].verdict
    );
}

#[test]
fn ctrl_c_in_the_notes_editor_or_a_form_quits_through_the_journal_keeping_what_is_typed() {
    let (_t, mut app) = common::app();
    app.session = Some("13-me".into());
    common::press(&mut app, "e");
    common::type_text(&mut app, "half a sentence");
    assert_eq!(common::press(&mut app, "ctrl-c"), Some(factdesk::tui::app::Effect::Interrupt));
    assert!(matches!(app.mode, Mode::Notes(_)), "still typing: the journal takes the text");
    factdesk::tui::guard::write_journals(&app).unwrap();
    let own = app.own_journal(0).unwrap();
    assert!(std::fs::read_to_string(&own).unwrap().contains("half a sentence"));
    common::press(&mut app, "esc");
    common::press(&mut app, "n");
    common::type_text(&mut app, "A claim being typed");
    assert_eq!(common::press(&mut app, "ctrl-c"), Some(factdesk::tui::app::Effect::Interrupt));
    factdesk::tui::guard::write_journals(&app).unwrap();
    let text = std::fs::read_to_string(&own).unwrap();
    assert!(text.contains("form: new-claim") && text.contains("A claim being typed"), "{text}");
}
