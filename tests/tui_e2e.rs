//! End-to-end tests of the real `factdesk` binary in a pseudo-terminal (portable-pty), reading the screen back
//! with vt100. Each test works on a temporary copy of the workspace and checks the YAML left on disk.

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::{self, Launch, Pty};
use factdesk::model::{Source, Status, StoryFile};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The workspace the tests run on: the bundled story when it is there, else the small fixture.
fn source_workspace() -> PathBuf {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    if bundled.join("cambodia-scam-compounds/claims.yaml").exists() { bundled } else { common::fixture() }
}

/// factdesk in a pseudo-terminal (the shared harness, `common::pty`) on its own copy of the workspace.
struct Session {
    pty: Pty,
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl std::ops::Deref for Session {
    type Target = Pty;
    fn deref(&self) -> &Pty {
        &self.pty
    }
}

impl std::ops::DerefMut for Session {
    fn deref_mut(&mut self) -> &mut Pty {
        &mut self.pty
    }
}

impl Session {
    /// Starts `factdesk <copy of the workspace>` at 100×30 with NO_COLOR, a config naming the reviewer,
    /// and `EDITOR` set to `editor` (a shell script body) when given.
    fn start(editor: Option<&str>) -> Session {
        Session::start_with(editor, &[])
    }

    fn start_with(editor: Option<&str>, args: &[&str]) -> Session {
        let mut s = Session::spawn(editor, args, "reviewer: E2E Reviewer\n");
        s.wait_ready();
        s
    }

    /// Spawns without waiting for the first frame.
    fn spawn(editor: Option<&str>, args: &[&str], config: &str) -> Session {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("claims");
        common::copy_dir(&source_workspace(), &root);
        std::fs::write(dir.path().join("config.yaml"), config).unwrap();
        let mut argv = vec![root.as_os_str()];
        argv.extend(args.iter().map(std::ffi::OsStr::new));
        let mut launch = Launch::new(dir.path(), &argv);
        if let Some(body) = editor {
            launch = launch.env("EDITOR", pty::editor_script(dir.path(), body));
        }
        Session { pty: launch.spawn(), _dir: dir, root }
    }

    /// Starts factdesk again on the same workspace (after a crash, say), with the same config and HOME.
    fn respawn(prev: &Session) -> Session {
        let home = prev.root.parent().unwrap().to_path_buf();
        let pty = Launch::new(&home, &[&prev.root]).spawn();
        Session { pty, _dir: tempfile::tempdir().unwrap(), root: prev.root.clone() }
    }

    /// Types text into the active field (callers wait for it to show before sending ESC).
    fn type_text(&mut self, text: &str) {
        self.send(text);
    }

    fn story_path(&self) -> PathBuf {
        let dir = std::fs::read_dir(&self.root)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.join("claims.yaml").exists() && p.to_string_lossy().contains(story_slug()))
            .unwrap();
        dir.join("claims.yaml")
    }
}

fn story_slug() -> &'static str {
    if source_workspace().ends_with("claims") { "cambodia-scam-compounds" } else { "scam-economy" }
}

/// The GDP claim's id in the workspace under test.
fn gdp_claim(file: &StoryFile) -> usize {
    file.claims
        .iter()
        .position(|c| c.text.contains("GDP") && c.status != Status::Candidate)
        .expect("the workspace has a GDP claim")
}

fn parse(path: &Path) -> StoryFile {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn filter_verdict_note_source_save_quit_changes_exactly_those_fields() {
    let mut s = Session::start(None);
    let path = s.story_path();
    let before = parse(&path);
    let gi = gdp_claim(&before);
    let gdp_id = before.claims[gi].id.clone();
    s.send("/");
    s.wait_for("█");
    s.type_text("GDP");
    s.wait_until("the filter to narrow the list", |scr| scr.contains("/GDP") && scr.contains("match)"));
    s.send("\r");
    s.wait_for("Esc clears the filter");
    // If the filter kept several claims, walk down to the GDP one.
    let gdp_text: String = before.claims[gi].text.chars().take(20).collect();
    let short_id: String = gdp_id.chars().take(8).collect();
    let on_gdp = |scr: &str| scr.lines().any(|l| l.contains('▶') && l.contains(&short_id));
    for _ in 0..20 {
        if on_gdp(&s.contents()) {
            break;
        }
        let before_move = s.contents();
        s.send("j");
        s.wait_until("the selection to move", |scr| scr != before_move);
    }
    s.wait_for(&gdp_text);
    // Verdict: Inaccurate, or Mostly accurate when the claim is already inaccurate.
    let (target, label) = if before.claims[gi].verdict == "inaccurate" {
        ("mostly-accurate", "Mostly accurate")
    } else {
        ("inaccurate", "Inaccurate")
    };
    s.send("v");
    s.wait_for("Verdict ─");
    for _ in 0..10 {
        if s.contents().lines().any(|l| l.contains("▶") && l.contains(label)) {
            break;
        }
        let before_move = s.contents();
        s.send("j");
        s.wait_until("the picker cursor to move", |scr| scr != before_move);
    }
    s.send("\r");
    s.wait_for(&format!("-> {target}"));
    // A note, typed in place.
    s.send("e");
    s.wait_for("editing");
    s.type_text("Checked against World Bank GDP data.");
    s.wait_for("World Bank GDP data.");
    s.send("\x1b");
    s.wait_for("notes edited");
    // A source.
    s.send("a");
    s.wait_for("Add a source");
    s.type_text("https://data.worldbank.org/country/cambodia");
    s.wait_for("country/cambodia");
    s.send("\t");
    s.type_text("Cambodia GDP");
    s.wait_for("Title      Cambodia GDP");
    s.send("\t");
    s.type_text("World Bank");
    s.wait_for("Publisher  World Bank");
    s.send("\r");
    s.wait_for("source added: Cambodia GDP");
    assert!(s.contents().contains("[+] modified"));
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit(), "clean exit");

    let after = parse(&path);
    let mut expected = before.clone();
    let c = &mut expected.claims[gi];
    c.verdict = target.into();
    c.notes = if c.notes.is_empty() {
        "Checked against World Bank GDP data.".into()
    } else {
        // Typed on the last (empty) line; the final line break is kept.
        format!("{}Checked against World Bank GDP data.\n", c.notes)
    };
    let got = &after.claims[gi];
    let src = got.sources.last().unwrap().clone();
    let today = chrono::Local::now().date_naive();
    let accessed = chrono::NaiveDate::parse_from_str(&src.accessed, "%Y-%m-%d").unwrap();
    assert!((today - accessed).num_days().abs() <= 1, "accessed defaults to today: {}", src.accessed);
    c.sources.push(Source {
        url: "https://data.worldbank.org/country/cambodia".into(),
        title: "Cambodia GDP".into(),
        publisher: "World Bank".into(),
        accessed: src.accessed.clone(),
        ..Default::default()
    });
    // Three history entries, by the configured reviewer, with RFC 3339 times.
    let new_history = &got.history[c.history.len()..];
    let changes: Vec<&str> = new_history.iter().map(|h| h.change.as_str()).collect();
    assert_eq!(changes.len(), 3, "{changes:?}");
    assert!(changes[0].ends_with(&format!("-> {target}")));
    assert_eq!(changes[1], "notes edited");
    assert_eq!(changes[2], "source added: Cambodia GDP");
    for h in new_history {
        assert_eq!(h.by, "E2E Reviewer");
        chrono::DateTime::parse_from_rfc3339(&h.at).unwrap();
    }
    c.history.extend(new_history.iter().cloned());
    assert_eq!(after, expected, "only the verdict, the note, the source and the history changed");
}

#[test]
fn editor_round_trip_with_a_scripted_editor() {
    let mut s = Session::start(Some("printf 'Added by the scripted editor.\\n' >> \"$1\""));
    let path = s.story_path();
    let before = parse(&path);
    let gi = gdp_claim(&before);
    // Walk to the GDP claim with the filter.
    s.send("/");
    s.wait_for("█");
    s.type_text(&before.claims[gi].id);
    s.wait_for("(1 match)");
    s.send("\r");
    s.wait_for("Esc clears the filter");
    s.send("E");
    s.wait_for("notes edited in $EDITOR");
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit());
    let after = parse(&path);
    let want = format!("{}Added by the scripted editor.\n", before.claims[gi].notes);
    assert_eq!(after.claims[gi].notes, want);
    assert_eq!(after.claims[gi].history.last().unwrap().change, "notes edited in $EDITOR");
}

#[test]
fn quitting_with_unsaved_edits_asks_first() {
    let mut s = Session::start(None);
    let path = s.story_path();
    let original = std::fs::read(&path).unwrap();
    s.send("s");
    s.wait_for("Status ─");
    s.send("j");
    s.send("\r");
    s.wait_for("[+] modified");
    s.send("q");
    s.wait_for("Unsaved changes");
    s.send("n");
    s.wait_until("the dialog to close", |scr| !scr.contains("Unsaved changes"));
    assert!(s.child.try_wait().unwrap().is_none(), "still running after n");
    s.send("q");
    s.wait_for("Unsaved changes");
    s.send("y");
    assert!(s.wait_exit());
    assert_eq!(std::fs::read(&path).unwrap(), original, "quitting without saving leaves the file alone");
}

#[test]
fn not_a_terminal_is_a_clear_error() {
    let out = test_cache::factdesk().arg(common::fixture()).stdin(std::process::Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a terminal") && err.contains("factdesk list"), "{err}");
    assert!(out.stdout.is_empty(), "no escape codes on a pipe");
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn terminal_modes_are_set_and_restored_and_no_mouse_is_honoured() {
    for no_mouse in [false, true] {
        let args: &[&str] = if no_mouse { &["--no-mouse"] } else { &[] };
        let mut s = Session::start_with(None, args);
        s.send("q");
        assert!(s.wait_exit());
        // Give the reader thread a moment to see the last bytes: wait until the alternate screen is left.
        let deadline = Instant::now() + Duration::from_secs(5);
        while !contains(&s.raw.lock().unwrap(), "\x1b[?1049l") && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        let raw = s.raw.lock().unwrap().clone();
        assert!(contains(&raw, "\x1b[?1049h") && contains(&raw, "\x1b[?1049l"), "alternate screen on and off");
        assert!(contains(&raw, "\x1b[?2004h") && contains(&raw, "\x1b[?2004l"), "bracketed paste on and off");
        assert_eq!(contains(&raw, "\x1b[?1000h"), !no_mouse, "mouse capture only without --no-mouse");
        assert!(contains(&raw, "\x1b[?1000l"), "mouse capture is always turned off on exit");
    }
}

#[test]
fn a_bad_config_file_is_reported_with_its_line() {
    let mut s = Session::spawn(None, &[], "reviewer: X\nkeys:\n  verdikt: V\n");
    assert!(!s.wait_exit(), "exits with an error");
    s.wait_for("config.yaml:3:");
    let screen = s.contents();
    assert!(screen.contains("keys.verdikt") && screen.contains("no action of that name"), "{screen}");
}

/// Sends SIGKILL: no chance to clean up, as in a crash or a power cut.
fn kill_9(s: &mut Session) {
    let pid = s.child.process_id().expect("a pid") as i32;
    // SAFETY: kill(2) with a pid we spawned and a valid signal number has no memory effects.
    let rc = unsafe { libc::kill(pid, libc::SIGKILL) };
    assert_eq!(rc, 0);
    let deadline = Instant::now() + Duration::from_secs(10);
    while s.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the process survived SIGKILL");
        std::thread::sleep(Duration::from_millis(15));
    }
}

/// The recovery journal the copy with this pid wrote beside the story file at `path`.
fn journal_of(path: &Path, pid: u32) -> Option<PathBuf> {
    let prefix = format!("claims.yaml.{pid}-");
    std::fs::read_dir(path.parent()?)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&prefix)))
}

/// Waits (with a deadline, no fixed sleep) until `pred` holds for the file system.
fn wait_fs(what: &str, pred: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !pred() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Picks the `n`th verdict below the current one in the picker and confirms.
fn set_verdict_down(s: &mut Session, n: usize) {
    s.send("v");
    s.wait_for("Verdict ─");
    for _ in 0..n {
        let before = s.contents();
        s.send("j");
        s.wait_until("the picker cursor to move", |scr| scr != before);
    }
    s.send("\r");
    s.wait_for("verdict:");
}

#[test]
fn edits_survive_kill_9_and_are_offered_back() {
    let mut s = Session::start(None);
    let path = s.story_path();
    let before = parse(&path);
    set_verdict_down(&mut s, 1);
    // Each copy journals under its own session name: `claims.yaml.<pid>-<id>.factdesk-journal`.
    let journal = || journal_of(&path, s.child.process_id().unwrap());
    wait_fs("the recovery journal", || journal().is_some());
    let journal = journal().unwrap();
    kill_9(&mut s);
    assert_eq!(parse(&path), before, "nothing was saved");
    let mut again = Session::respawn(&s);
    // The offer says what would be restored: the verdict change.
    again.wait_until("the recovery offer", |scr| scr.contains("Restore unsaved edits?") && scr.contains("verdict:"));
    again.send("y");
    again.wait_for("restored unsaved edits");
    again.send("w");
    again.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    again.send("q");
    assert!(again.wait_exit());
    let after = parse(&path);
    assert_ne!(after.claims[0].verdict, before.claims[0].verdict, "the edit made before the crash is saved");
    assert!(!journal.exists(), "the journal goes once its edits are saved");
}

#[test]
fn closing_the_terminal_writes_the_journal_and_exits() {
    let mut s = Session::start(None);
    let path = s.story_path();
    let before = parse(&path);
    set_verdict_down(&mut s, 1);
    // At once, before the journal's usual delay: the hang-up itself must get the edit written.
    s.close_terminal();
    s.wait_exit();
    assert!(
        journal_of(&path, s.child.process_id().unwrap()).is_some(),
        "the edit is kept in the recovery journal; the screen was:\n{}",
        s.contents()
    );
    assert_eq!(parse(&path), before, "nothing was saved without being asked");
    let mut again = Session::respawn(&s);
    again.wait_until("the recovery offer", |scr| scr.contains("Restore unsaved edits?") && scr.contains("verdict:"));
}

#[test]
fn a_change_on_disk_while_editing_is_merged_and_both_are_saved() {
    let mut s = Session::start(None);
    let path = s.story_path();
    set_verdict_down(&mut s, 1);
    let mine = parse(&path); // the file is unchanged on disk; compare against it below
    // A colleague changes another claim and saves first.
    let mut theirs = mine.clone();
    let last = theirs.claims.len() - 1;
    theirs.claims[last].assignee = "Sokha (colleague)".into();
    std::fs::write(&path, factdesk::store::render(&theirs)).unwrap();
    s.wait_for("reloaded 1 story changed on disk");
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit());
    let after = parse(&path);
    assert_eq!(after.claims[last].assignee, "Sokha (colleague)", "their change is kept");
    assert_ne!(after.claims[0].verdict, mine.claims[0].verdict, "my change is kept");
}

#[test]
fn hostile_escape_sequences_in_notes_never_reach_the_terminal() {
    // A first run only lays out the workspace copy; it quits at once.
    let mut first = Session::start(None);
    first.send("q");
    assert!(first.wait_exit());
    let path = first.story_path();
    let mut file = parse(&path);
    file.claims[0].notes = "before \u{1b}]0;pwned-title\u{7} \u{1b}[31mred\u{1b}[0m \u{9b}2J \u{202e}evil after".into();
    file.claims[0].text = format!("{} \u{1b}]52;c;ZXZpbA==\u{7}", file.claims[0].text);
    std::fs::write(&path, factdesk::store::render(&file)).unwrap();
    let mut s = Session::respawn(&first);
    s.wait_for("before");
    s.wait_for("after");
    s.send("A");
    s.wait_for("Article");
    s.send("q");
    assert!(s.wait_exit());
    let raw = s.raw.lock().unwrap().clone();
    for needle in ["\x1b]0;pwned", "\x1b]52;", "\x1b[31m", "\u{202e}", "\u{9b}"] {
        assert!(!contains(&raw, needle), "{needle:?} reached the terminal");
    }
}

#[test]
fn a_hand_commented_file_keeps_every_comment_through_a_ui_save() {
    let mut first = Session::start(None);
    first.send("q");
    assert!(first.wait_exit());
    let path = first.story_path();
    let text = std::fs::read_to_string(&path).unwrap();
    // Comments of every kind a person writes: at the top, above a claim, beside a value, between claims.
    let mut commented = String::from("# Reviewed by the night desk. Keep the sources in order.\n");
    let mut seen_claims = 0;
    for line in text.lines() {
        if line.starts_with("- id: ") {
            seen_claims += 1;
            commented.push_str(&format!("# claim number {seen_claims}\n"));
        }
        if line.starts_with("  kind: ") {
            commented.push_str(&format!("{line}  # kind checked by hand\n"));
            continue;
        }
        commented.push_str(line);
        commented.push('\n');
    }
    commented.push_str("# end of file\n");
    std::fs::write(&path, &commented).unwrap();
    let mut s = Session::respawn(&first);
    s.wait_ready();
    set_verdict_down(&mut s, 2);
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit());
    let after = std::fs::read_to_string(&path).unwrap();
    for line in commented.lines().filter(|l| l.contains('#')) {
        assert!(after.contains(line), "lost: {line}");
    }
    assert_ne!(
        parse(&path).claims[0].verdict,
        factdesk::store::parse_story(&path, &commented).unwrap().claims[0].verdict
    );
}

#[test]
fn an_article_changed_on_disk_is_re_anchored_live() {
    let mut s = Session::start(None);
    let article = s.story_path().with_file_name("article.txt");
    let old = std::fs::read_to_string(&article).unwrap();
    // The bundled article is read-only in the repository: the copy may be too.
    let mut perms = std::fs::metadata(&article).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&article, perms).unwrap();
    std::fs::write(&article, format!("Editor's note: this story was updated.\n\n{old}")).unwrap();
    s.wait_for("changed on disk: claims re-anchored");
    s.send("A");
    s.wait_for("Editor's note");
    s.send("q");
    assert!(s.wait_exit(), "nothing to save: the claims were not edited");
}
