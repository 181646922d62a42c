//! CLI tests of the archive-scale commands: `gen-workspace`, `search` and `similar`, run as processes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn factdesk(args: &[&str], cache: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A small generated workspace plus the first claim's (story, id, text).
fn workspace(t: &Path) -> (String, String, String, String) {
    let ws = t.join("ws");
    let out = factdesk(
        &["gen-workspace", ws.to_str().unwrap(), "--stories", "4", "--claims-per-story", "8", "--seed", "5"],
        &t.join("cache"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("wrote 4 stories, 32 claims"));
    let loaded = factdesk::load::load_workspace(&ws).unwrap();
    let s = &loaded.stories[1];
    let c = &s.file.claims[3];
    (ws.to_str().unwrap().to_string(), s.slug.clone(), c.id.clone(), c.text.clone())
}

#[test]
fn search_prints_json_best_first_with_matched_characters() {
    let t = tempfile::tempdir().unwrap();
    let cache = t.path().join("cache");
    let (ws, slug, id, claim) = workspace(t.path());
    let out = factdesk(&["search", &claim, &ws, "--format", "json", "--limit", "5"], &cache);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!items.is_empty() && items.len() <= 5);
    // The claim whose whole text was the query is among the best (equal texts may tie).
    let best = items[0]["score"].as_i64().unwrap();
    assert!(items.iter().any(|i| i["story"] == slug.as_str() && i["id"] == id.as_str() && i["score"] == best));
    let scores: Vec<i64> = items.iter().map(|i| i["score"].as_i64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let first_text = items[0]["text"].as_str().unwrap();
    let matched = items[0]["matched"].as_array().unwrap();
    assert!(!matched.is_empty());
    assert!(matched.iter().all(|m| (m.as_u64().unwrap() as usize) < first_text.chars().count()));
    // The cache was written under XDG_CACHE_HOME, not in the workspace.
    let names: Vec<String> = fs::read_dir(cache.join("factdesk"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}"); // the cache, its search table and its similar-claims table
    assert!(names.iter().all(|n| n.starts_with("workspace-")), "{names:?}");
    assert!(!fs::read_dir(&ws).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("cache")));
}

#[test]
fn search_prints_a_table_and_nothing_for_no_match() {
    let t = tempfile::tempdir().unwrap();
    let cache = t.path().join("cache");
    let (ws, slug, id, _) = workspace(t.path());
    let out = factdesk(&["search", &id, &ws], &cache);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    let mut lines = stdout.lines();
    assert!(lines.next().unwrap().starts_with("SCORE STORY"));
    assert!(stdout.lines().skip(1).any(|l| l.contains(&slug) && l.contains(&id)), "{stdout}");
    assert!(text(&out.stderr).contains("of 32 claims match"));
    let none = factdesk(&["search", "qqqqzzzzxxxx", &ws], &cache);
    assert!(none.status.success());
    assert_eq!(text(&none.stdout).lines().count(), 1);
    assert!(text(&none.stderr).contains("0 of 32 claims match"));
}

#[test]
fn similar_finds_a_planted_near_duplicate_first() {
    let t = tempfile::tempdir().unwrap();
    let cache = t.path().join("cache");
    let (ws, slug, id, claim) = workspace(t.path());
    // A new story repeats the claim, lightly reworded.
    let planted = Path::new(&ws).join("zz-new-story");
    fs::create_dir_all(&planted).unwrap();
    let reworded = format!("Again, {claim}");
    fs::write(planted.join("article.txt"), format!("{reworded}.\n")).unwrap();
    let yaml = format!(
        "story:\n  title: New\n  article: article.txt\nclaims:\n- id: again\n  text: {}\n  quote:\n    exact: {}\n",
        serde_json::to_string(&reworded).unwrap(),
        serde_json::to_string(&reworded).unwrap()
    );
    fs::write(planted.join("claims.yaml"), yaml).unwrap();
    let out = factdesk(&["similar", "zz-new-story/again", &ws, "--format", "json"], &cache);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((items[0]["story"].as_str(), items[0]["id"].as_str()), (Some(slug.as_str()), Some(id.as_str())));
    // The claim's own notes and claimant count too, so a copy of its text alone is not 1; it is the same claim.
    assert!(items[0]["similarity"].as_f64().unwrap() > 0.45, "{items:?}");
    assert_eq!(items[0]["closeness"], "same claim");
    assert!(items.iter().all(|i| i["id"] != "again"));
    let table = factdesk(&["similar", "zz-new-story/again", &ws], &cache);
    let stdout = text(&table.stdout);
    assert!(stdout.starts_with(" SIM MATCH"), "{stdout}");
    assert!(stdout.lines().nth(1).unwrap().contains(&id));
}

#[test]
fn similar_names_the_fix_for_a_bad_target() {
    let t = tempfile::tempdir().unwrap();
    let cache = t.path().join("cache");
    let (ws, slug, _, _) = workspace(t.path());
    let out = factdesk(&["similar", &format!("{slug}/nope"), &ws], &cache);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains(&format!("factdesk list --story {slug}")));
    let out = factdesk(&["similar", "no-slash", &ws], &cache);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("STORY/ID"));
}

#[test]
fn search_ranks_with_the_matcher_the_settings_choose() {
    use factdesk::search::{Corpus, Engine, scan};
    let t = tempfile::tempdir().unwrap();
    let cache = t.path().join("cache");
    let (ws, _, _, claim) = workspace(t.path());
    let query: String = claim.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let settings = Path::new(&ws).join(factdesk::store::CONFIG_FILE);
    let mut yaml = fs::read_to_string(&settings).unwrap_or_default();
    yaml.push_str("search:\n  matcher: fuzzy-matcher\n");
    fs::write(&settings, yaml).unwrap();
    let loaded = factdesk::load::load_workspace(Path::new(&ws)).unwrap();
    assert_eq!(Engine::chosen(&loaded.config), Engine::Skim);
    let corpus = Corpus::from_workspace(&loaded);
    let best = |engine: Engine| scan(&corpus, &query, engine, 1)[0].score;
    assert_ne!(best(Engine::Skim), best(Engine::Nucleo), "the query must tell the engines apart");
    // Cold (a load writes the search table), then warm (from the table): both rank with fuzzy-matcher.
    for _ in 0..2 {
        let out = factdesk(&["search", &query, &ws, "--format", "json", "--limit", "1"], &cache);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(hits[0]["score"].as_i64(), Some(best(Engine::Skim)), "{hits}");
    }
}
