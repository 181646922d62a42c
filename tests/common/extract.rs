//! Running `factdesk extract` on an article written into a temporary folder, and a news set of one labelled
//! article, for the extract tests.
#![allow(dead_code)]

use factdesk::extract::Analysed;
use std::path::Path;
use std::process::{Command, Output};

/// A temporary news set (`split.tsv` and one article folder) holding the repository's labelled article `name` as its
/// only `dev` article: for running `bench-news` or `train-news` on a set of one.
pub fn one_article_news_set(name: &str) -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news").join(name);
    std::fs::create_dir(t.path().join(name)).unwrap();
    for f in ["article.txt", "labels.tsv"] {
        std::fs::copy(from.join(f), t.path().join(name).join(f)).unwrap();
    }
    std::fs::write(t.path().join("split.tsv"), format!("{name}\tdev\n")).unwrap();
    t
}

/// `factdesk extract ARGS article.txt`, run in a fresh temporary folder that holds `text` as `article.txt`.
pub fn extract_on(text: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(&article, text).unwrap();
    Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("extract")
        .args(args)
        .arg(&article)
        .current_dir(dir.path())
        .output()
        .unwrap()
}

/// The first analysed sentence whose text holds `needle`; panics listing them all when none does.
pub fn find<'a>(all: &'a [Analysed], needle: &str) -> &'a Analysed {
    all.iter().find(|s| s.text.contains(needle)).unwrap_or_else(|| panic!("`{needle}` not found in {all:#?}"))
}

/// The role `extract --format json` (parsed as `json`) gives the first sentence whose text holds `needle`.
pub fn json_role(json: &serde_json::Value, needle: &str) -> Option<String> {
    json.as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains(needle))
        .map(|s| s["role"].as_str().unwrap().to_string())
}
