//! Running `factdesk extract` on an article written into a temporary folder, for the extract tests.

use std::process::{Command, Output};

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
