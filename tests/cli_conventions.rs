//! Issue 17, item 4: the command-line conventions: `-w` and finding the workspace from any folder inside it,
//! "did you mean" for typos, completions and the man page, `check --format json|sarif` and `--strict`, `-` for
//! standard input and output, `-q`/`-v`, `--color`, and the exit codes (0 ok, 1 findings, 2 usage or I/O).

mod common;

use common::copy_dir;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn run_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .current_dir(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .env("XDG_CACHE_HOME", dir.join(".cache-test"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A repository-like folder holding a copy of the bundled `claims/` workspace.
fn repo() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &ws);
    (t, ws)
}

const STORY: &str = "cambodia-scam-compounds";

#[test]
fn a_typo_gets_did_you_mean_and_exit_2() {
    let (t, _) = repo();
    for (typo, meant) in [("lsit", "list"), ("chek", "check"), ("exprot", "export")] {
        let o = run_in(t.path(), &[typo], "");
        assert_eq!(o.status.code(), Some(2), "{typo}: {}", err(&o));
        assert!(err(&o).contains(&format!("unrecognized subcommand '{typo}'")), "{}", err(&o));
        assert!(err(&o).contains(&format!("a similar subcommand exists: '{meant}'")), "{}", err(&o));
    }
    // Also after a global option, and with more arguments following.
    let o = run_in(t.path(), &["-w", "claims", "lsit", "--story", "x"], "");
    assert!(err(&o).contains("'list'"), "{}", err(&o));
}

#[test]
fn commands_find_the_workspace_from_a_story_folder_and_take_w() {
    let (t, ws) = repo();
    let o = run_in(&ws.join(STORY), &["-v", "list", "--format", "json"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("found from the current folder"), "{}", err(&o));
    let claims: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(claims.as_array().unwrap().len(), 21);
    // `-w` before or after the subcommand; the bare positional still works.
    let elsewhere = tempfile::tempdir().unwrap();
    let w = ws.to_str().unwrap();
    for args in [vec!["-w", w, "check"], vec!["check", "--workspace", w], vec!["check", w]] {
        let o = run_in(elsewhere.path(), &args, "");
        assert!(o.status.success(), "{args:?}: {}", err(&o));
        assert!(err(&o).contains("checked 1 story, 21 claims"), "{args:?}: {}", err(&o));
    }
    // The bare workspace before a subcommand counts like -w.
    let o = run_in(elsewhere.path(), &[w, "check"], "");
    assert!(o.status.success() && err(&o).contains("checked 1 story"), "{}", err(&o));
    // From the folder above the workspace (a repository's top), `claims/` is found.
    assert!(run_in(t.path(), &["check"], "").status.success());
}

#[test]
fn check_formats_json_and_sarif_and_strict() {
    let (t, _) = repo();
    let o = run_in(t.path(), &["check", "--format", "json"], "");
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!((v["errors"].as_u64(), v["warnings"].as_u64(), v["ok"].as_bool()), (Some(0), Some(5), Some(true)));
    let d = &v["diagnostics"][0];
    assert!(d["path"].as_str().unwrap().ends_with("claims.yaml") && d["line"].as_u64().unwrap() > 0, "{d}");
    assert_eq!(d["severity"], "warning");

    let o = run_in(t.path(), &["check", "--format", "sarif"], "");
    let s: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(s["version"], "2.1.0");
    let results = s["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    assert_eq!(results[0]["level"], "warning");
    assert!(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64().unwrap() > 0);

    // --strict: the same warnings fail.
    let o = run_in(t.path(), &["check", "--strict", "--format", "json"], "");
    assert_eq!(o.status.code(), Some(1), "1: findings");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["ok"], false);
    // An error is a finding (1); a workspace that cannot be opened is I/O (2).
    let (t2, ws2) = repo();
    fs::write(ws2.join(STORY).join("claims.yaml"), "story: [\n").unwrap();
    assert_eq!(run_in(t2.path(), &["check"], "").status.code(), Some(1));
    assert_eq!(run_in(t.path(), &["check", "/nonexistent/ws"], "").status.code(), Some(2));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let t = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = run_in(t.path(), &["completions", shell], "");
        assert!(o.status.success(), "{shell}");
        let s = out(&o);
        assert!(s.contains("factdesk") && s.contains("merge-driver") && s.contains("workspace"), "{shell}: {s}");
    }
    let o = run_in(t.path(), &["man"], "");
    let s = out(&o);
    assert!(s.contains(".TH factdesk 1") && s.contains("completions") && s.contains("Exit codes"), "{s}");
    assert_eq!(run_in(t.path(), &["completions", "tcsh"], "").status.code(), Some(2));
}

#[test]
fn a_dash_is_standard_input_or_output() {
    let (t, ws) = repo();
    let article = "The minister said unemployment fell to 3.1 percent in 2024, the lowest in 40 years.\n";
    let o = run_in(t.path(), &["extract", "-", "--format", "json"], article);
    assert!(o.status.success(), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().unwrap()[0]["text"].as_str().unwrap().contains("3.1 percent"), "{v}");

    let o = run_in(t.path(), &["new-story", "piped", "--article", "-", "--title", "Piped"], article);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(fs::read_to_string(ws.join("piped/article.txt")).unwrap(), article);
    let o = run_in(t.path(), &["extract", "-", "--story", "piped2"], article);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(fs::read_to_string(ws.join("piped2/article.txt")).unwrap(), article);

    let o = run_in(t.path(), &["export", "--story", STORY, "--format", "json", "-o", "-"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(serde_json::from_slice::<serde_json::Value>(&o.stdout).is_ok());
    assert!(!t.path().join("-").exists() && !ws.join("-").exists(), "no file named `-`");
}

#[test]
fn quiet_verbose_and_color() {
    let (t, _) = repo();
    let o = run_in(t.path(), &["check", "-q"], "");
    assert!(err(&o).is_empty(), "{}", err(&o));
    assert!(!out(&o).is_empty(), "results still print");
    let o = run_in(t.path(), &["check", "--color", "always"], "");
    assert!(out(&o).contains("\x1b[33mwarning\x1b[0m"), "{}", out(&o));
    let o = run_in(t.path(), &["check", "--color", "never"], "");
    assert!(!out(&o).contains('\x1b'));
    // auto: not a terminal here, so no colour.
    assert!(!out(&run_in(t.path(), &["check"], "")).contains('\x1b'));
    assert_eq!(run_in(t.path(), &["check", "-q", "-v"], "").status.code(), Some(2), "-q and -v conflict");
    let o = run_in(t.path(), &["--help"], "");
    assert!(out(&o).contains("Exit codes: 0 ok; 1 findings"), "{}", out(&o));
}
