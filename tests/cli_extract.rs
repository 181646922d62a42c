//! The real binary: `extract` into a workspace (and again, after a rejection), its JSON preview, and `score` on stdin.

#[path = "common/cache.rs"]
mod test_cache;

use factdesk::model::{Rejected, Status};
use factdesk::store;
use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

const ARTICLE: &str = "tests/fixtures/extract/cambodia-article.txt";

fn factdesk(args: &[&str]) -> Output {
    let out = test_cache::factdesk().args(args).output().expect("run factdesk");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn extract(ws: &Path) -> String {
    let out = factdesk(&["extract", ARTICLE, "--story", "scams", "--workspace", ws.to_str().unwrap()]);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn extract_titles_a_new_story_from_title_or_the_first_line_and_keeps_an_existing_title() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().to_str().unwrap();
    factdesk(&["extract", ARTICLE, "--story", "named", "--workspace", ws, "--title", "Amnesty on scam compounds"]);
    factdesk(&["extract", ARTICLE, "--story", "named", "--workspace", ws, "--title", "Something else"]);
    factdesk(&["extract", ARTICLE, "--story", "plain", "--workspace", ws]);
    let loaded = factdesk::load::load_workspace(t.path()).unwrap();
    assert_eq!(loaded.story("named").unwrap().file.story.title, "Amnesty on scam compounds");
    let plain = &loaded.story("plain").unwrap().file.story.title;
    let first_line =
        std::fs::read_to_string(ARTICLE).unwrap().lines().map(str::trim).find(|l| !l.is_empty()).unwrap().to_string();
    assert!(plain.chars().count() <= 121 && plain.ends_with('…'), "{plain}");
    assert!(first_line.starts_with(plain.trim_end_matches('…')), "{plain}");
}

#[test]
fn extract_refuses_a_story_with_errors_and_leaves_it_as_it_was() {
    let t = tempfile::tempdir().unwrap();
    extract(t.path());
    let file = t.path().join("scams").join(store::STORY_FILE);
    let text = std::fs::read_to_string(&file).unwrap();
    let ids: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("- id: ")).collect();
    let broken = text.replacen(&format!("- id: {}", ids[1]), &format!("- id: {}", ids[0]), 1);
    std::fs::write(&file, &broken).unwrap();
    let out = test_cache::factdesk()
        .args(["extract", ARTICLE, "--story", "scams", "--workspace", t.path().to_str().unwrap(), "--threshold", "0.1"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fix them first") && err.contains("duplicate id") && err.contains("claims.yaml:"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken, "nothing written");
}

#[test]
fn extract_creates_candidates_and_never_brings_back_a_rejected_one() {
    let t = tempfile::tempdir().unwrap();
    let first = extract(t.path());
    assert!(first.starts_with("created"), "{first}");
    let ws = factdesk::load::load_workspace(t.path()).unwrap();
    assert!(!ws.has_errors(), "{:?}", ws.diagnostics);
    let story = ws.story("scams").unwrap();
    let claims = &story.file.claims;
    assert!(claims.len() >= 5, "{}", claims.len());
    assert!(claims.iter().all(|c| c.status == Status::Candidate && c.score.is_some_and(|s| (0.0..=1.0).contains(&s))));
    assert!(story.anchors.iter().all(|a| !a.is_orphaned()));
    assert!(!claims.iter().any(|c| c.text.contains("SAM KIM")));
    let gdp = claims.iter().find(|c| c.text.contains("12.5 billion")).expect("the GDP claim");
    assert_eq!(gdp.claimant, "U.S. Peace Research Institute");
    let nums = serde_yaml::to_string(&gdp.extra["numbers"]).unwrap();
    assert!(nums.contains("12500000000") && nums.contains("USD"), "{nums}");
    let n = claims.len();

    // Again: nothing new.
    let again = extract(t.path());
    assert!(again.contains(": 0 new candidates"), "{again}");
    assert_eq!(factdesk::load::load_workspace(t.path()).unwrap().story("scams").unwrap().file.claims.len(), n);

    // The journalist rejects the GDP claim (as the UI does) and accepts another.
    let mut ws = factdesk::load::load_workspace(t.path()).unwrap();
    let story = ws.story_mut("scams").unwrap();
    let i = story.file.claims.iter().position(|c| c.text.contains("12.5 billion")).unwrap();
    let gone = story.file.claims.remove(i);
    story.file.rejected.push(Rejected { exact: gone.quote.exact.clone(), ..Default::default() });
    story.file.claims[0].status = Status::Open;
    story.file.claims[0].text = "Amnesty found 53 compounds".into();
    store::save_story(story).unwrap();

    let third = extract(t.path());
    assert!(third.contains(": 0 new candidates") && third.contains("1 rejected before"), "{third}");
    let ws = factdesk::load::load_workspace(t.path()).unwrap();
    let story = ws.story("scams").unwrap();
    assert_eq!(story.file.claims.len(), n - 1);
    assert!(!story.file.claims.iter().any(|c| c.text.contains("12.5 billion")));
    assert_eq!(story.file.claims[0].status, Status::Open);
    assert_eq!(story.file.rejected.len(), 1);
}

#[test]
fn json_preview_lists_every_sentence_and_writes_nothing() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("ws");
    let out = factdesk(&["extract", ARTICLE, "--format", "json", "--workspace", ws.to_str().unwrap()]);
    assert!(!ws.exists());
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.len(), 23);
    for key in ["text", "start", "end", "score", "kind", "claimant", "numbers", "passes", "role"] {
        assert!(items.iter().all(|i| i.get(key).is_some()), "{key}");
    }
    let byline = items.iter().find(|i| i["text"] == "SAM KIM").unwrap();
    assert_eq!(byline["passes"], false);
    let gdp = items.iter().find(|i| i["text"].as_str().unwrap().contains("12.5 billion")).unwrap();
    assert_eq!(gdp["passes"], true);
    assert_eq!(gdp["numbers"][0]["unit"], "USD");
}

#[test]
fn a_different_article_for_an_existing_story_is_refused() {
    let t = tempfile::tempdir().unwrap();
    extract(t.path());
    let other = t.path().join("other.txt");
    std::fs::write(&other, "Something else entirely. It cost 5 million dollars.").unwrap();
    let out = test_cache::factdesk()
        .args(["extract", other.to_str().unwrap(), "--story", "scams", "--workspace", t.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("differs from the story's article"));
}

#[test]
fn score_reads_stdin_line_by_line() {
    let mut child = test_cache::factdesk().arg("score").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let input = "Unemployment fell to 4.1 percent last year, the lowest rate in 20 years.\n\
                 Thank you very much.\n\
                 \n\
                 The industry generates 12.5 billion dollars a year, or half of the country's GDP.\n";
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let scores: Vec<f64> = String::from_utf8(out.stdout).unwrap().lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(scores.len(), 4);
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    assert!(scores[0] > 0.5 && scores[3] > 0.5, "{scores:?}");
    assert!(scores[1] < 0.5 && scores[1] < scores[0], "{scores:?}");
}

#[test]
fn every_new_command_has_help() {
    for cmd in ["extract", "score"] {
        let out = factdesk(&[cmd, "--help"]);
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: factdesk"), "{cmd}");
    }
}

/// `train` writes to a relative path by default (no build machine's path in the binary): from another folder it
/// says what to do before training, and writes nothing.
#[cfg(feature = "dev")]
#[test]
fn train_says_when_the_weights_folder_is_missing() {
    let t = tempfile::tempdir().unwrap();
    let out = test_cache::factdesk().args(["train", "--data", "no-such-data"]).current_dir(t.path()).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("src/extract/weights.bin") && err.contains("run from the repository root or pass --out"),
        "{err}"
    );
    assert!(std::fs::read_dir(t.path()).unwrap().next().is_none());
}

/// `bench-cli --prepare` makes its own folder when it is missing, and names the folder when it cannot.
#[cfg(feature = "dev")]
#[test]
fn bench_cli_prepare_makes_its_folder_or_names_it() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("new-bench-folder");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let args = |d: &Path| {
        vec![
            "bench-cli".to_string(),
            d.display().to_string(),
            "--workspace".into(),
            sample.display().to_string(),
            "--prepare".into(),
        ]
    };
    let out = test_cache::factdesk().args(args(&dir)).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("claims.texts.txt").is_file() && dir.join("claims.fields.txt").is_file());
    let blocked = t.path().join("a-file");
    std::fs::write(&blocked, "not a folder").unwrap();
    let out = test_cache::factdesk().args(args(&blocked.join("inside"))).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a-file") && err.contains("give a folder factdesk may create"), "{err}");
}

/// The developer-only commands exist only in a `--features dev` build.
#[cfg(feature = "dev")]
#[test]
fn every_new_dev_command_has_help() {
    for cmd in ["train", "bench-checkworthy", "train-news"] {
        let out = factdesk(&[cmd, "--help"]);
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: factdesk"), "{cmd}");
    }
}

#[test]
fn replace_article_swaps_the_text_keeps_every_claim_and_names_the_changed_ones() {
    let t = tempfile::tempdir().unwrap();
    extract(t.path());
    let before = factdesk::load::load_workspace(t.path()).unwrap().story("scams").unwrap().file.claims.clone();
    let corrected = t.path().join("corrected.txt");
    let text = std::fs::read_to_string(ARTICLE).unwrap();
    assert!(text.contains("12.5 billion dollars"));
    std::fs::write(&corrected, text.replace("12.5 billion dollars", "14 billion dollars")).unwrap();
    let ws = t.path().to_str().unwrap();
    let out =
        factdesk(&["extract", corrected.to_str().unwrap(), "--story", "scams", "--workspace", ws, "--replace-article"]);
    let said = String::from_utf8_lossy(&out.stdout);
    let gdp = before.iter().find(|c| c.text.contains("12.5 billion")).unwrap();
    assert!(said.starts_with("replaced the article ") && said.contains("whose words changed"), "{said}");
    assert!(said.contains(&gdp.id), "the GDP claim is named: {said}");
    let after = factdesk::load::load_workspace(t.path()).unwrap();
    let story = after.story("scams").unwrap();
    assert!(story.article.contains("14 billion dollars"));
    assert_eq!(story.file.claims.len(), before.len(), "no claim lost, none duplicated");
}
