//! The path policy through the real binary (issue 12, items 1, 7, 8, 9, 10, 11 and 15): links, FIFOs, devices and
//! `..` paths in a workspace are refused with their position, nothing outside the workspace is read into output or
//! written, and nothing hangs.
#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const MARKER: &str = "SECRET-MARKER-7f3a";
const STORY: &str = "story:\n  title: Budget\n  article: article.txt\nclaims:\n- id: half\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n  kind: statistic\n  status: open\n";
const ARTICLE: &str = "The scam economy is half of GDP, they said.\n";

/// A temporary folder with `ws/` (one story `s`), a secret file and a victim file beside it.
struct Tree {
    _t: tempfile::TempDir,
    top: PathBuf,
    ws: PathBuf,
    secret: PathBuf,
    victim: PathBuf,
}

fn tree() -> Tree {
    let t = tempfile::tempdir().unwrap();
    let top = t.path().to_path_buf();
    let ws = top.join("ws");
    fs::create_dir_all(ws.join("s")).unwrap();
    fs::write(ws.join("s/claims.yaml"), STORY).unwrap();
    fs::write(ws.join("s/article.txt"), ARTICLE).unwrap();
    let secret = top.join("secret.txt");
    fs::write(&secret, format!("aws_secret_access_key = {MARKER}\n{MARKER}: x\n")).unwrap();
    let victim = top.join("victim.txt");
    fs::write(&victim, "the victim's own words\n").unwrap();
    Tree { _t: t, top, ws, secret, victim }
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo {}", p.display());
}

/// Runs factdesk with `args` in `cwd`, standard input an open pipe nobody writes to (so `/dev/stdin` would block),
/// with a private cache; fails the test if it does not finish within 20 s.
fn run_in(cwd: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(args)
        .current_dir(cwd)
        .env("XDG_CACHE_HOME", cwd.join(".cache-test"))
        .env("HOME", cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _stdin = child.stdin.take(); // held open, never written
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("factdesk {args:?} hung (still running after 20 s)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn run(t: &Tree, args: &[&str]) -> Output {
    run_in(&t.top, args)
}

fn all(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every byte of every file under `dir` that is not inside `ws`, by path (links listed as their target text).
fn snapshot(dir: &Path, skip: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.starts_with(skip) || p.file_name().is_some_and(|n| n == ".cache-test") {
            continue;
        }
        let ft = e.file_type().unwrap();
        if ft.is_symlink() {
            out.push((p.clone(), fs::read_link(&p).unwrap().into_os_string().into_encoded_bytes()));
        } else if ft.is_dir() {
            out.extend(snapshot(&p, skip));
        } else if ft.is_file() {
            out.push((p.clone(), fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn replace_article_never_writes_outside_the_story_folder() {
    let t = tree();
    fs::write(t.ws.join("s/claims.yaml"), STORY.replace("article.txt", "../../victim.txt")).unwrap();
    let new = t.top.join("new-article.txt");
    fs::write(&new, "An entirely new article about half of GDP.\n").unwrap();
    let before = snapshot(&t.top, &t.ws);
    let o = run(&t, &["extract", s(&new), "--workspace", s(&t.ws), "--story", "s", "--replace-article"]);
    assert!(!o.status.success(), "{}", all(&o));
    assert!(all(&o).contains("story.article"), "{}", all(&o));
    assert_eq!(fs::read_to_string(&t.victim).unwrap(), "the victim's own words\n");
    assert_eq!(before, snapshot(&t.top, &t.ws), "nothing outside the workspace changed");
}

#[test]
fn article_paths_out_of_the_story_folder_are_errors_at_their_position() {
    for (article, why) in [
        ("../../secret.txt", "climbs out"),
        ("/etc/passwd", "is absolute"),
        ("link.txt", "symbolic link"),
        ("up/secret.txt", "not a real folder"),
        ("fifo.txt", "FIFO"),
        ("stdin.txt", "symbolic link"),
        ("zero.txt", "symbolic link"),
    ] {
        let t = tree();
        symlink(&t.secret, t.ws.join("s/link.txt")).unwrap();
        symlink(&t.top, t.ws.join("s/up")).unwrap();
        symlink("/dev/stdin", t.ws.join("s/stdin.txt")).unwrap();
        symlink("/dev/zero", t.ws.join("s/zero.txt")).unwrap();
        mkfifo(&t.ws.join("s/fifo.txt"));
        fs::write(t.ws.join("s/claims.yaml"), STORY.replace("article.txt", article)).unwrap();
        let o = run(&t, &["check", s(&t.ws)]);
        let out = all(&o);
        assert_eq!(o.status.code(), Some(1), "{article}: {out}");
        assert!(out.contains("s/claims.yaml:3:12: error: story.article") && out.contains(why), "{article}: {out}");
        assert!(!out.contains(MARKER) && !out.contains("root:"), "{article}: {out}");
        // The export refuses the story too, and the JSON listing has no claim text from the refused file.
        let o = run(&t, &["export", s(&t.ws), "--story", "s", "--format", "markdown"]);
        assert!(!o.status.success() && !all(&o).contains(MARKER), "{article}: {}", all(&o));
    }
}

/// A workspace whose story file is a link to the secret, checked by every command: the secret never shows.
#[test]
fn a_linked_story_file_never_leaks_its_target() {
    let t = tree();
    fs::remove_file(t.ws.join("s/claims.yaml")).unwrap();
    symlink(&t.secret, t.ws.join("s/claims.yaml")).unwrap();
    fs::create_dir_all(t.ws.join("good")).unwrap();
    fs::write(t.ws.join("good/claims.yaml"), STORY).unwrap();
    fs::write(t.ws.join("good/article.txt"), ARTICLE).unwrap();
    let art = t.top.join("a.txt");
    fs::write(&art, ARTICLE).unwrap();
    let w = s(&t.ws);
    let runs: Vec<Vec<&str>> = vec![
        vec!["check", w],
        vec!["list", w],
        vec!["list", w, "--format", "json"],
        vec!["export", w, "--story", "s", "--format", "json"],
        vec!["search", "aws", w],
        vec!["search", MARKER, w],
        vec!["similar", "s/half", w],
        vec!["fmt", w],
        vec!["recover", w],
        vec!["extract", s(&art), "--workspace", w, "--story", "s"],
    ];
    for args in &runs {
        let o = run(&t, args);
        let out = all(&o);
        assert!(!out.contains(MARKER) && !out.contains("aws_secret"), "{args:?}: {out}");
        if args[0] != "recover" {
            assert!(!o.status.success(), "{args:?} must report the refused file: {out}");
        }
    }
    let o = run(&t, &["check", w]);
    assert!(all(&o).contains("s/claims.yaml:1:1: error: is a symbolic link"), "{}", all(&o));
    // The settings file linked to the secret: refused, and a listing says it used the defaults.
    symlink(&t.secret, t.ws.join("factdesk.yaml")).unwrap();
    for args in [vec!["check", w], vec!["list", w, "--story", "good"], vec!["search", "half", w]] {
        let o = run(&t, &args);
        let out = all(&o);
        assert!(!o.status.success() && !out.contains(MARKER), "{args:?}: {out}");
        assert!(out.contains("factdesk.yaml:1:1: error: is a symbolic link"), "{args:?}: {out}");
    }
    assert_eq!(fs::read_link(t.ws.join("s/claims.yaml")).unwrap(), t.secret, "the link is left as it was");
}

/// The parsed-workspace cache never vouches for a story whose folder or file became a link after it was cached.
#[test]
fn the_cache_does_not_vouch_for_a_story_that_became_a_link() {
    let t = tree();
    let w = s(&t.ws);
    let o = run(&t, &["search", "half", w]);
    assert!(o.status.success() && all(&o).contains("Half of GDP"), "{}", all(&o));
    // The same story, moved out and linked back: same bytes, same mtimes.
    fs::rename(t.ws.join("s"), t.top.join("moved")).unwrap();
    symlink(t.top.join("moved"), t.ws.join("s")).unwrap();
    let o = run(&t, &["search", "half", w]);
    assert_eq!(o.status.code(), Some(1), "{}", all(&o));
    assert!(all(&o).contains("the story folder") && all(&o).contains("symbolic link"), "{}", all(&o));
    // Back as a real folder, with its article a link to the same text.
    fs::remove_file(t.ws.join("s")).unwrap();
    fs::rename(t.top.join("moved"), t.ws.join("s")).unwrap();
    let o = run(&t, &["search", "half", w]);
    assert!(o.status.success(), "{}", all(&o));
    // The article becomes a link: the story still loads (its claims are listed), and the cache's load, the one the
    // UI uses, finds the article's error afresh instead of the stamp taken before.
    let cache = t.top.join("cache.bin");
    let (ws, _) = factdesk::cache::load_with_stats(&t.ws, Some(&cache)).unwrap();
    assert!(!ws.has_errors() && !ws.stories[0].article.is_empty(), "{:?}", ws.diagnostics);
    fs::rename(t.ws.join("s/article.txt"), t.top.join("article.txt")).unwrap();
    symlink(t.top.join("article.txt"), t.ws.join("s/article.txt")).unwrap();
    let (ws, stats) = factdesk::cache::load_with_stats(&t.ws, Some(&cache)).unwrap();
    assert_eq!(stats.reused, 0, "{stats:?}");
    assert!(ws.stories[0].article.is_empty(), "the linked article is not read");
    assert!(
        ws.diagnostics.iter().any(|d| d.message.contains("story.article: `article.txt` is a symbolic link")),
        "{:?}",
        ws.diagnostics
    );
}

#[test]
fn fifos_devices_and_stdin_as_the_story_file_do_not_hang() {
    for kind in ["fifo", "stdin", "zero", "dangling", "folder-link"] {
        let t = tree();
        let f = t.ws.join("s/claims.yaml");
        fs::remove_file(&f).unwrap();
        match kind {
            "fifo" => mkfifo(&f),
            "stdin" => symlink("/dev/stdin", &f).unwrap(),
            "zero" => symlink("/dev/zero", &f).unwrap(),
            "dangling" => symlink(t.top.join("gone.yaml"), &f).unwrap(),
            _ => {
                fs::remove_dir_all(t.ws.join("s")).unwrap();
                fs::create_dir_all(t.top.join("elsewhere")).unwrap();
                fs::write(t.top.join("elsewhere/claims.yaml"), STORY.replace("Half of GDP", MARKER)).unwrap();
                symlink(t.top.join("elsewhere"), t.ws.join("s")).unwrap();
            }
        }
        if kind == "fifo" {
            mkfifo(&t.ws.join("factdesk.yaml"));
        }
        for args in [vec!["check", s(&t.ws)], vec!["list", s(&t.ws)], vec!["list", s(&t.ws), "--format", "json"]] {
            let o = run(&t, &args);
            let out = all(&o);
            assert_eq!(o.status.code(), Some(1), "{kind} {args:?}: {out}");
            assert!(out.contains("s/claims.yaml:1:1: error:"), "{kind} {args:?}: {out}");
            assert!(!out.contains("MB") && !out.contains(MARKER), "{kind}: {out}");
            if args[0] == "list" {
                assert!(out.contains("1 story left out"), "never silently skipped: {kind}: {out}");
            }
        }
    }
}

#[test]
fn export_output_writes_to_the_path_given_and_refuses_what_it_must_not_replace() {
    let t = tree();
    let w = s(&t.ws);
    let export = |o: &str| run(&t, &["export", w, "--story", "s", "--format", "markdown", "-o", o]);
    // `-` is standard output.
    let o = export("-");
    assert!(o.status.success() && String::from_utf8_lossy(&o.stdout).starts_with("# Fact-check"), "{}", all(&o));
    // /dev/full stays a device, and the command fails.
    let o = export("/dev/full");
    assert!(!o.status.success() && all(&o).contains("character device"), "{}", all(&o));
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::symlink_metadata("/dev/full").unwrap().file_type().is_char_device());
    // A FIFO is refused without blocking; a link is refused and its target untouched.
    let fifo = t.top.join("out.fifo");
    mkfifo(&fifo);
    let o = export(s(&fifo));
    assert!(!o.status.success() && all(&o).contains("FIFO"), "{}", all(&o));
    let link = t.top.join("out-link.md");
    symlink(&t.victim, &link).unwrap();
    let o = export(s(&link));
    assert!(!o.status.success() && all(&o).contains("symbolic link"), "{}", all(&o));
    assert_eq!(fs::read_to_string(&t.victim).unwrap(), "the victim's own words\n");
    // factdesk's own files, and anything inside a story folder.
    for own in [
        t.ws.join("s/claims.yaml.factdesk-journal"),
        t.ws.join(".workspace.factdesk-lock"),
        t.ws.join("factdesk.yaml"),
        t.ws.join("s/claims.yaml"),
        t.ws.join("s/article.txt"),
        t.ws.join("s/report.md"),
    ] {
        let o = export(s(&own));
        assert!(!o.status.success() && all(&o).contains("refusing to write"), "{}: {}", own.display(), all(&o));
    }
    assert_eq!(fs::read_to_string(t.ws.join("s/claims.yaml")).unwrap(), STORY);
    assert!(!t.ws.join("s/report.md").exists() && !t.ws.join("factdesk.yaml").exists());
    // A story that did not load (stuck in a merge) is a journalist's work all the same: its article and folder.
    fs::create_dir_all(t.ws.join("broken")).unwrap();
    fs::write(t.ws.join("broken/claims.yaml"), "<<<<<<< HEAD\n").unwrap();
    fs::write(t.ws.join("broken/article.txt"), "precious\n").unwrap();
    for own in [t.ws.join("broken/article.txt"), t.ws.join("broken/notes.md"), t.top.join("article.txt")] {
        let o = export(s(&own));
        assert!(!o.status.success() && all(&o).contains("refusing to write"), "{}: {}", own.display(), all(&o));
    }
    assert_eq!(fs::read_to_string(t.ws.join("broken/article.txt")).unwrap(), "precious\n");
    assert!(!t.ws.join("broken/notes.md").exists());
    // A regular file is written.
    let o = export(s(&t.top.join("report.md")));
    assert!(o.status.success(), "{}", all(&o));
    assert!(fs::read_to_string(t.top.join("report.md")).unwrap().starts_with("# Fact-check"));
    // A full disk on standard output is an error, not exit 0.
    let o = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["export", w, "--story", "s", "--format", "markdown"])
        .env("XDG_CACHE_HOME", t.top.join(".cache-test"))
        .stdout(fs::OpenOptions::new().write(true).open("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", all(&o));
    assert!(all(&o).contains("cannot write the export to standard output"), "{}", all(&o));
}

/// The UI's export (`x`) writes into `exports/` beside the workspace, never through a link committed there.
#[test]
fn the_ui_export_refuses_an_exports_link() {
    let t = tree();
    let target = t.top.join("outside");
    fs::create_dir_all(&target).unwrap();
    symlink(&target, t.top.join("exports")).unwrap();
    let ws = factdesk::load::load_workspace(&t.ws).unwrap();
    let err = factdesk::tui::export_story(&ws, 0, factdesk::export::Format::Markdown).unwrap_err();
    assert!(err.contains("symbolic link") && err.contains("not written"), "{err}");
    assert_eq!(fs::read_dir(&target).unwrap().count(), 0, "nothing written through the link");
    // A real folder, with a link where the file goes: refused too.
    fs::remove_file(t.top.join("exports")).unwrap();
    fs::create_dir_all(t.top.join("exports")).unwrap();
    symlink(&t.victim, t.top.join("exports/s.md")).unwrap();
    let err = factdesk::tui::export_story(&ws, 0, factdesk::export::Format::Markdown).unwrap_err();
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(fs::read_to_string(&t.victim).unwrap(), "the victim's own words\n");
    fs::remove_file(t.top.join("exports/s.md")).unwrap();
    let ok = factdesk::tui::export_story(&ws, 0, factdesk::export::Format::Markdown).unwrap();
    assert!(ok.contains("exported") && t.top.join("exports/s.md").is_file(), "{ok}");
}

#[test]
fn small_ones_byte_order_mark_long_keys_comments() {
    let t = tree();
    let w = s(&t.ws);
    // A byte order mark is read past: the story loads and lists.
    fs::write(t.ws.join("s/claims.yaml"), format!("\u{feff}{STORY}")).unwrap();
    let o = run(&t, &["check", w]);
    assert!(o.status.success(), "{}", all(&o));
    let o = run(&t, &["list", w, "--format", "json"]);
    assert!(o.status.success() && all(&o).contains("\"id\": \"half\""), "{}", all(&o));
    // A 2 MB key is not echoed whole.
    let key = "k".repeat(2_000_000);
    fs::write(t.ws.join("s/claims.yaml"), STORY.replace("kind: statistic", &format!("kind: {key}"))).unwrap();
    let o = run(&t, &["check", w]);
    assert_eq!(o.status.code(), Some(1));
    assert!(all(&o).len() < 4000 && all(&o).contains("…"), "{} bytes", all(&o).len());
    // Only comments: an error, not a story without a title.
    fs::write(t.ws.join("s/claims.yaml"), "# to do: write this story\n\n# later\n").unwrap();
    let o = run(&t, &["check", w]);
    assert_eq!(o.status.code(), Some(1));
    assert!(all(&o).contains("s/claims.yaml:1:1: error: holds no YAML, only comments"), "{}", all(&o));
}

#[test]
fn new_story_refuses_a_fifo_article_without_hanging() {
    let t = tree();
    let fifo = t.top.join("article.fifo");
    mkfifo(&fifo);
    let o = run(&t, &["new-story", "fresh", "--article", s(&fifo), "--workspace", s(&t.ws)]);
    assert!(!o.status.success() && all(&o).contains("FIFO"), "{}", all(&o));
    assert!(!t.ws.join("fresh").exists());
    // A link the user names on the command line is their choice, and is followed.
    let link = t.top.join("article-link.txt");
    symlink(t.ws.join("s/article.txt"), &link).unwrap();
    let o = run(&t, &["new-story", "fresh", "--article", s(&link), "--workspace", s(&t.ws)]);
    assert!(o.status.success(), "{}", all(&o));
    assert_eq!(fs::read_to_string(t.ws.join("fresh/article.txt")).unwrap(), ARTICLE);
    assert!(!fs::symlink_metadata(t.ws.join("fresh/article.txt")).unwrap().file_type().is_symlink());
}

// ---------------------------------------------------------------------------------------------------------------
// The UI in a pseudo-terminal.

mod ui {
    use super::*;
    use common::pty::{Launch, Pty};

    /// factdesk in a pseudo-terminal (the shared harness, `common::pty`) on a hostile tree.
    pub struct Ui(Pty);

    impl std::ops::Deref for Ui {
        type Target = Pty;
        fn deref(&self) -> &Pty {
            &self.0
        }
    }

    impl std::ops::DerefMut for Ui {
        fn deref_mut(&mut self) -> &mut Pty {
            &mut self.0
        }
    }

    impl Ui {
        pub fn start(top: &Path, ws: &Path) -> Ui {
            fs::write(top.join("config.yaml"), "reviewer: Tester\n").unwrap();
            Ui(Launch::new(top, &[ws]).env("XDG_CACHE_HOME", top.join(".cache-test")).spawn())
        }

        pub fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) {
            self.0.wait_until(what, pred);
        }

        /// Waits for the process to end (20 s at most) and for the alternate screen to be left.
        pub fn wait_exit(&mut self) {
            self.0.wait_exit();
            let deadline = Instant::now() + Duration::from_secs(5);
            while !String::from_utf8_lossy(&self.raw.lock().unwrap()).contains("\x1b[?1049l") {
                assert!(Instant::now() < deadline, "the alternate screen was not left");
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

/// A FIFO or `/dev/stdin` as the story file or the article: the UI opens, says what is wrong, and `q` quits,
/// leaving the alternate screen; SIGTERM ends it as cleanly.
#[test]
fn the_ui_opens_on_fifos_and_links_and_quits() {
    for (what, quit) in [("claims-fifo", "q"), ("article-stdin", "q"), ("article-link", "A"), ("claims-fifo", "TERM")] {
        let t = tree();
        fs::create_dir_all(t.ws.join("good")).unwrap();
        fs::write(t.ws.join("good/claims.yaml"), STORY).unwrap();
        fs::write(t.ws.join("good/article.txt"), ARTICLE).unwrap();
        match what {
            "claims-fifo" => {
                fs::remove_file(t.ws.join("s/claims.yaml")).unwrap();
                mkfifo(&t.ws.join("s/claims.yaml"));
            }
            "article-stdin" => {
                fs::remove_file(t.ws.join("s/article.txt")).unwrap();
                symlink("/dev/stdin", t.ws.join("s/article.txt")).unwrap();
            }
            _ => {
                fs::remove_file(t.ws.join("s/article.txt")).unwrap();
                symlink(&t.secret, t.ws.join("s/article.txt")).unwrap();
            }
        }
        let mut ui = ui::Ui::start(&t.top, &t.ws);
        ui.wait_for("the workspace to load", |s| s.contains("Claims (") && !s.contains("loading "));
        let why = if what == "claims-fifo" { "claims.yaml:1:1: error: is not a regular file" } else { "symbolic link" };
        ui.wait_for("the problem to be shown", |s| s.contains("1 problem") && s.contains(why));
        match quit {
            "TERM" => {
                // SAFETY: kill(2) on the child's pid, which is still running (it has not been waited for).
                unsafe { libc::kill(ui.child.process_id().unwrap() as i32, libc::SIGTERM) };
            }
            "A" => {
                // The story with the linked article is the last one: show its article.
                ui.send("G");
                ui.send("A");
                ui.wait_for("the article's error", |s| s.contains("could not be read"));
                let screen = ui.contents();
                assert!(!screen.contains(MARKER) && !screen.contains("aws_secret"), "{screen}");
                ui.send("q");
            }
            _ => ui.send("q"),
        }
        ui.wait_exit();
        let raw = String::from_utf8_lossy(&ui.raw.lock().unwrap()).into_owned();
        assert!(!raw.contains(MARKER), "{what}: the secret reached the terminal");
    }
}

/// Item 7 through the UI: `x` on a workspace whose `exports` beside it is a committed link writes nothing through it.
#[test]
fn the_ui_export_key_refuses_an_exports_link() {
    let t = tree();
    let outside = t.top.join("outside");
    fs::create_dir_all(&outside).unwrap();
    symlink(&outside, t.top.join("exports")).unwrap();
    let mut ui = ui::Ui::start(&t.top, &t.ws);
    ui.wait_for("the workspace to load", |s| s.contains("Claims (") && !s.contains("loading "));
    ui.send("x");
    ui.wait_for("the export menu", |s| s.contains("Export this story"));
    ui.send("\x1b[B"); // markdown
    ui.send("\r");
    ui.wait_for("the refusal", |s| s.contains("symbolic link"));
    assert_eq!(fs::read_dir(&outside).unwrap().count(), 0, "nothing written through the link");
    ui.send("q");
    ui.wait_exit();
}

/// A story folder swapped for a link while the UI has it open (a `git pull`): reloading its file or its article
/// never reads through the link, so nothing from outside comes into the story.
#[test]
fn a_story_folder_swapped_for_a_link_is_never_read_through() {
    let t = tree();
    let ws = factdesk::load::load_workspace(&t.ws).unwrap();
    let story = ws.story("s").unwrap();
    let outside = t.top.join("outside");
    fs::create_dir_all(&outside).unwrap();
    fs::write(outside.join("claims.yaml"), STORY.replace("Budget", MARKER)).unwrap();
    fs::write(outside.join("article.txt"), MARKER).unwrap();
    fs::remove_dir_all(t.ws.join("s")).unwrap();
    symlink(&outside, t.ws.join("s")).unwrap();
    let file = factdesk::tui::read_story_file(story).unwrap_err();
    assert!(file.contains("not a real folder") && !file.contains(MARKER), "{file}");
    let article = story.read_article().unwrap_err().to_string();
    assert!(article.contains("not a real folder") && !article.contains(MARKER), "{article}");
}

/// A file the user names on the command line is theirs, but a link inside a story folder is the workspace's: a
/// pulled branch could point `article.txt` at a secret, and `extract claims/s/article.txt` must not print it.
#[test]
fn extract_refuses_a_linked_article_inside_a_story_folder() {
    let t = tree();
    fs::remove_file(t.ws.join("s/article.txt")).unwrap();
    symlink(&t.secret, t.ws.join("s/article.txt")).unwrap();
    let o = run(&t, &["extract", s(&t.ws.join("s/article.txt")), "--format", "json"]);
    assert!(!o.status.success() && all(&o).contains("symbolic link"), "{}", all(&o));
    assert!(!all(&o).contains(MARKER), "{}", all(&o));
    // A link the user keeps elsewhere is still followed: their choice.
    let mine = t.top.join("mine.txt");
    fs::write(t.top.join("real.txt"), "The budget is half of GDP, the minister said.\n").unwrap();
    symlink(t.top.join("real.txt"), &mine).unwrap();
    let o = run(&t, &["extract", s(&mine), "--format", "json"]);
    assert!(o.status.success(), "{}", all(&o));
}
