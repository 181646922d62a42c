//! `factdesk similar` as a process: a claim that is not in the workspace yet (`--text`, `--text -` from standard
//! input), labels instead of a cut-off, and messages that name the fix.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn factdesk(args: &[&str], cache: &Path, stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/claims");

#[test]
fn a_reworded_claim_not_in_the_workspace_finds_the_checked_one() {
    let t = tempfile::tempdir().unwrap();
    // The sample's claim: "Nine minors were included among the victims".
    let out = factdesk(
        &["similar", "--text", "Among the victims were 9 minors, rights group says", SAMPLE, "--format", "json"],
        t.path(),
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items[0]["text"], "Nine minors were included among the victims", "{items:?}");
    assert_ne!(items[0]["closeness"], "weak", "{items:?}");
    // Weak matches (any claim sharing a word) are listed and labelled, not hidden behind a cut-off.
    assert!(items.len() > 1 && items[1..].iter().all(|i| i["closeness"] == "weak"), "{items:?}");
}

#[test]
fn text_from_standard_input() {
    let t = tempfile::tempdir().unwrap();
    let out = factdesk(
        &["similar", "--text", "-", SAMPLE, "--limit", "3"],
        t.path(),
        Some("Victims were beaten, tortured and given electric shocks when they missed their targets\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with(" SIM MATCH"), "{stdout}");
    assert!(stdout.lines().nth(1).unwrap().contains("Failure to meet the target amount"), "{stdout}");
    assert_eq!(stdout.lines().count(), 4, "a header and three rows: {stdout}");
}

#[test]
fn the_workspace_defaults_and_mistakes_name_the_fix() {
    let t = tempfile::tempdir().unwrap();
    let out = factdesk(&["similar", "--text", "   ", SAMPLE], t.path(), None);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("the text is empty"), "{}", text(&out.stderr));
    let out = factdesk(&["similar", "x/y", SAMPLE, "--text", "minors"], t.path(), None);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("either STORY/ID or --text"), "{}", text(&out.stderr));
    let out = factdesk(&["similar"], t.path(), None);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("--text -"), "{}", text(&out.stderr));
}

#[test]
fn the_cached_index_answers_as_the_loaded_one_until_a_story_changes() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    let cache = t.path().join("cache");
    let src = Path::new(SAMPLE);
    std::fs::create_dir_all(ws.join("cambodia-scam-compounds")).unwrap();
    for f in ["factdesk.yaml", "cambodia-scam-compounds/claims.yaml", "cambodia-scam-compounds/article.txt"] {
        if src.join(f).exists() {
            std::fs::copy(src.join(f), ws.join(f)).unwrap();
        }
    }
    let ws_s = ws.to_str().unwrap();
    let args = ["similar", "--text", "nine children among the victims", ws_s, "--format", "json"];
    let first = factdesk(&args, &cache, None);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let tables: Vec<_> = walk(&cache).into_iter().filter(|p| p.to_string_lossy().ends_with(".similar.bin")).collect();
    assert_eq!(tables.len(), 1, "the load wrote the similar-claims table: {tables:?}");
    // Let the story's mtime age past the cache's racy window, then refresh the cache once.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let _ = factdesk(&["list", ws_s], &cache, None);
    let from_table = factdesk(&args, &cache, None);
    assert_eq!(text(&from_table.stdout), text(&first.stdout), "the table answers as the loaded workspace did");
    let by_claim =
        factdesk(&["similar", "cambodia-scam-compounds/nine-minors", ws_s, "--format", "json"], &cache, None);
    assert!(by_claim.status.success(), "{}", text(&by_claim.stderr));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&by_claim.stdout).unwrap();
    assert!(items.iter().all(|i| i["id"] != "nine-minors"), "itself left out: {items:?}");
    // A story changes: the table is not trusted, and the change is seen.
    let yaml = ws.join("cambodia-scam-compounds/claims.yaml");
    let changed = std::fs::read_to_string(&yaml)
        .unwrap()
        .replace("text: Nine minors were included among the victims", "text: Nine children were among the victims");
    std::fs::write(&yaml, changed).unwrap();
    let after = factdesk(&args, &cache, None);
    let items: Vec<serde_json::Value> = serde_json::from_slice(&after.stdout).unwrap();
    assert_eq!(items[0]["text"], "Nine children were among the victims", "{items:?}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
