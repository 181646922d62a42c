//! Safe reloads (issue 12, item 5), through the real binary in a pseudo-terminal: a file another program
//! truncates and then writes slowly is never taken half-written, and `w` never leaves fewer claims on disk than
//! the writer wrote.

mod common;

use common::pty::{self, Launch, Pty};
use factdesk::model::StoryFile;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// factdesk in a pseudo-terminal (the shared harness, `common::pty`) on its own copy of the fixture.
struct Ui {
    pty: Pty,
    root: PathBuf,
    _dir: tempfile::TempDir,
}

impl std::ops::Deref for Ui {
    type Target = Pty;
    fn deref(&self) -> &Pty {
        &self.pty
    }
}

impl std::ops::DerefMut for Ui {
    fn deref_mut(&mut self) -> &mut Pty {
        &mut self.pty
    }
}

impl Ui {
    /// factdesk on a copy of the fixture workspace, with an `$EDITOR` that appends a line to the notes.
    fn start() -> Ui {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("claims");
        common::copy_dir(&common::fixture(), &root);
        std::fs::write(dir.path().join("config.yaml"), "reviewer: Reload Reviewer\n").unwrap();
        let script = pty::editor_script(dir.path(), "printf 'Mine, typed during the rewrite.\\n' >> \"$1\"");
        let pty = Launch::new(dir.path(), &[&root]).size(30, 120).env("EDITOR", &script).spawn();
        let mut ui = Ui { pty, root, _dir: dir };
        ui.wait_ready();
        ui
    }

    fn story(&self) -> PathBuf {
        self.root.join("scam-economy/claims.yaml")
    }

    /// Quits; the workspace stays until `self` is dropped.
    fn quit(&mut self) {
        self.send("q");
        self.wait_exit();
    }
}

fn parse(path: &Path) -> StoryFile {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        let listing: Vec<_> =
            std::fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        panic!("{}: {e}; the folder holds {listing:?}", path.display())
    });
    serde_yaml::from_str(&text).unwrap()
}

fn ids(f: &StoryFile) -> Vec<String> {
    f.claims.iter().map(|c| c.id.clone()).collect()
}

/// The writer's new version of the story: the original plus 15 claims (21 in all), cut at claim boundaries into
/// chunks, so every prefix is itself a valid story file with fewer claims.
fn rewrite_chunks(original: &str) -> (Vec<String>, Vec<String>) {
    let mut text = original.to_string();
    let mut added = Vec::new();
    for i in 0..15 {
        let id = format!("added-by-writer-{i:02}");
        text.push_str(&format!(
            "- id: {id}\n  text: Claim {i} added by another program.\n  kind: statistic\n  status: open\n"
        ));
        added.push(id);
    }
    // Chunks of whole claims: the header and first claims, then the rest a few claims at a time.
    let starts: Vec<usize> = text.match_indices("\n- id: ").map(|(i, _)| i + 1).collect();
    let mut cuts = vec![0];
    cuts.extend(starts.iter().copied().skip(4).step_by(4));
    cuts.push(text.len());
    let chunks = cuts.windows(2).map(|w| text[w[0]..w[1]].to_string()).collect();
    (chunks, added)
}

/// Reads the screen's message line area for a refusal or a reload after pressing `w`.
fn press_w_and_wait(ui: &mut Ui) {
    ui.send("w");
    ui.wait_until("an answer to w", |s| s.contains("not saved") || s.contains("saved") || s.contains("reloaded"));
}

/// The case: a program truncates `claims.yaml` and writes it back in slow chunks, holding the file open,
/// pausing longer than any quiet period between chunks; the journalist, with an unsaved edit, presses `w` during
/// every pause. Before this was fixed the UI took a valid prefix and `w` replaced the file, so the writer's later
/// chunks went to an unlinked file: 17 of 21 claims were left.
#[test]
fn a_slow_writer_holding_the_file_is_never_cut_off_and_w_keeps_every_claim() {
    let mut ui = Ui::start();
    let path = ui.story();
    let original = std::fs::read_to_string(&path).unwrap();
    let (chunks, added) = rewrite_chunks(&original);
    assert!(chunks.len() >= 4, "{}", chunks.len());
    ui.send("E");
    ui.wait_until("the edit", |s| s.contains("notes edited in $EDITOR"));
    let mut file = std::fs::File::create(&path).unwrap(); // truncates
    for chunk in &chunks {
        file.write_all(chunk.as_bytes()).unwrap();
        file.flush().unwrap();
        // A pause longer than the watcher's quiet period, so only the "still open for writing" rule holds it.
        std::thread::sleep(Duration::from_millis(900));
        press_w_and_wait(&mut ui);
        let on_disk = std::fs::read_to_string(&path).unwrap();
        assert!(!on_disk.contains("Mine, typed during the rewrite."), "w wrote over the file mid-rewrite");
    }
    drop(file); // the writer is done
    let writer_ids = ids(&parse(&path));
    assert_eq!(writer_ids.len(), 21);
    ui.wait_until("the reload of the finished file", |s| s.contains("reloaded 1 story changed on disk"));
    ui.send("w");
    ui.wait_until("the save", |s| s.contains("saved") && !s.contains("not saved") && !s.contains("[+] modified"));
    ui.quit();
    let after = parse(&path);
    for id in writer_ids.iter().chain(&added) {
        assert!(ids(&after).contains(id), "the save dropped `{id}`: {:?}", ids(&after));
    }
    assert!(std::fs::read_to_string(&path).unwrap().contains("Mine, typed during the rewrite."), "my edit is kept");
}

/// A writer that reopens the file for each chunk (nothing holds it open between them) and pauses less than the
/// quiet period: the UI waits for the file to settle, so it takes only the finished file.
#[test]
fn a_bursty_writer_that_closes_between_chunks_is_taken_only_when_settled() {
    let mut ui = Ui::start();
    let path = ui.story();
    let original = std::fs::read_to_string(&path).unwrap();
    let (chunks, _) = rewrite_chunks(&original);
    ui.send("E");
    ui.wait_until("the edit", |s| s.contains("notes edited in $EDITOR"));
    let header = |screen: &str| screen.lines().find(|l| l.contains("Claims (")).unwrap_or("").to_string();
    let first = header(&ui.contents());
    assert!(first.contains("Claims (4 + 2"), "{first}");
    let mut seen = vec![first.clone()];
    std::fs::File::create(&path).unwrap();
    for chunk in &chunks {
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(chunk.as_bytes()).unwrap();
        // Longer than one debounce period (the old rule reloaded here), shorter than settling takes.
        for _ in 0..8 {
            std::thread::sleep(Duration::from_millis(50));
            seen.push(header(&ui.contents()));
        }
    }
    ui.wait_until("the reload of the finished file", |s| s.contains("Claims (19 + 2"));
    // Every chunk boundary was a valid, shorter story; none of them was ever shown.
    seen.dedup();
    assert_eq!(seen, [first], "the UI took a half-written file");
    ui.send("w");
    ui.wait_until("the save", |s| s.contains("saved") && !s.contains("not saved") && !s.contains("[+] modified"));
    ui.quit();
    assert_eq!(ids(&parse(&path)).len(), 21, "every claim the writer wrote is on disk");
}

/// A half-written file that does not parse is not taken, and after a while the message line says why; finishing
/// the file brings it in.
#[test]
fn a_file_that_does_not_parse_is_waited_for_and_the_wait_is_explained() {
    let mut ui = Ui::start();
    let path = ui.story();
    let original = std::fs::read_to_string(&path).unwrap();
    // Cut inside a double-quoted scalar: no prefix of a story ends there validly.
    let cut = original.find("  quote:\n").unwrap() + "  quote:\n".len();
    std::fs::write(&path, format!("{}    exact: \"unfinished", &original[..cut])).unwrap();
    ui.wait_until("the explanation", |s| s.contains("waiting to reload") && s.contains("does not parse"));
    assert!(ui.contents().contains("Claims (4 + 2"), "the story is unchanged: {}", ui.contents());
    let finished = format!("{original}- id: finished-later\n  text: Written once the file was whole.\n");
    std::fs::write(&path, finished).unwrap();
    ui.wait_until("the reload", |s| s.contains("reloaded 1 story changed on disk") && s.contains("Claims (5 + 2"));
    ui.quit();
}

/// A program that keeps the file open after a partial write holds the reload back, and the message line says
/// so; once it closes the file, the finished file comes in.
#[test]
fn a_writer_that_keeps_the_file_open_is_named_as_the_reason_for_waiting() {
    let mut ui = Ui::start();
    let path = ui.story();
    let original = std::fs::read_to_string(&path).unwrap();
    let (chunks, _) = rewrite_chunks(&original);
    let mut file = std::fs::File::create(&path).unwrap();
    file.write_all(chunks[0].as_bytes()).unwrap();
    file.flush().unwrap();
    ui.wait_until("the reason", |s| s.contains("waiting to reload") && s.contains("open for writing"));
    assert!(ui.contents().contains("Claims (4 + 2"), "the half-written file was not taken: {}", ui.contents());
    for chunk in &chunks[1..] {
        file.write_all(chunk.as_bytes()).unwrap();
    }
    drop(file);
    ui.wait_until("the finished file", |s| s.contains("Claims (19 + 2"));
    ui.quit();
}

/// `claims.yaml` replaced under the UI by a FIFO (nothing ever writes to it): the reload does not open it, the UI
/// says why and still quits on `q`; the same for a symlink to one.
#[test]
fn a_story_file_swapped_for_a_fifo_or_a_link_to_one_never_hangs_the_ui() {
    for link in [false, true] {
        let mut ui = Ui::start();
        let path = ui.story();
        std::fs::remove_file(&path).unwrap();
        let fifo = if link { ui.root.join("elsewhere.fifo") } else { path.clone() };
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo(3) with a valid NUL-terminated path; no memory of ours is kept.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        if link {
            std::os::unix::fs::symlink(&fifo, &path).unwrap();
        }
        ui.wait_until("the reason", |s| s.contains("not reloaded") && s.contains("no longer a regular file"));
        assert!(ui.contents().contains("Claims (4 + 2"), "the story is kept: {}", ui.contents());
        ui.quit();
    }
}

/// `w` while the disk holds claims this copy never read (a change not reloaded yet): refused, naming them and `R`;
/// after `R` and `w`, both sides are on disk.
#[test]
fn w_refuses_to_drop_claims_the_disk_gained_and_names_them() {
    use factdesk::tui::app::{Action, Reply, update};
    let (_t, mut app) = common::app();
    update(&mut app, Action::VerdictPicker);
    update(&mut app, Action::Confirm); // an edit here
    let path = app.ws.stories[0].path();
    let original = std::fs::read_to_string(&path).unwrap();
    let (chunks, added) = rewrite_chunks(&original);
    std::fs::write(&path, chunks.concat()).unwrap();
    let errors = factdesk::tui::effects::save_all(&mut app);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("15 claim(s) this copy never read (added-by-writer-00, "), "{}", errors[0]);
    assert!(errors[0].contains("and 7 more") && errors[0].contains("Press R"), "{}", errors[0]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), chunks.concat(), "nothing written");
    let files = factdesk::tui::read_story_files(&app);
    update(&mut app, Reply::Reloaded(files));
    assert!(factdesk::tui::effects::save_all(&mut app).is_empty());
    let after = ids(&parse(&path));
    assert!(added.iter().all(|id| after.contains(id)), "{after:?}");
    assert_eq!(after.len(), 21);
}

/// The article swapped for a FIFO under the UI: not opened, the text on screen is kept, `q` still quits.
#[test]
fn an_article_swapped_for_a_fifo_never_hangs_the_ui() {
    let mut ui = Ui::start();
    let article = ui.root.join("scam-economy/article.txt");
    std::fs::remove_file(&article).unwrap();
    let c = std::ffi::CString::new(article.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) with a valid NUL-terminated path; no memory of ours is kept.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    ui.wait_until("the reason", |s| s.contains("no longer a regular file"));
    ui.quit();
}

/// The shell-script rewrite: `: > claims.yaml`, then `cat chunk >> claims.yaml; sleep 1.5` per chunk. Nothing
/// holds the file open during the pauses, each longer than the plain quiet period; the truncation marks it as
/// being rewritten, so no half is taken, and the finished file is.
#[test]
fn a_truncate_then_append_rewrite_with_long_pauses_is_taken_only_whole() {
    let mut ui = Ui::start();
    let path = ui.story();
    let original = std::fs::read_to_string(&path).unwrap();
    let (chunks, _) = rewrite_chunks(&original);
    let header = |screen: &str| screen.lines().find(|l| l.contains("Claims (")).unwrap_or("").to_string();
    let first = header(&ui.contents());
    let mut seen = vec![first.clone()];
    std::fs::File::create(&path).unwrap();
    for chunk in &chunks {
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(chunk.as_bytes()).unwrap();
        for _ in 0..30 {
            std::thread::sleep(Duration::from_millis(50));
            seen.push(header(&ui.contents()));
        }
    }
    ui.wait_until("the reload of the finished file", |s| s.contains("Claims (19 + 2"));
    seen.dedup();
    assert_eq!(seen, [first], "the UI took a half-written file");
    ui.quit();
}
