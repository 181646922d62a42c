//! Issue 15, eleventh session: the study of a meaning scorer for news — `train-news --dump`, the rows that
//! `tools/meaning/gate.py` reads (outlet, label, the rule's refusal, the check-worthy pieces a sentence covers, the
//! learned decision's inputs, the text).

#![cfg(feature = "dev")]

use std::process::Command;

/// An invented article of one outlet, labelled: a check-worthy figure, a view, a headline.
fn invented_set() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("examplepost-harbour-tolls");
    std::fs::create_dir(&dir).unwrap();
    let text = "Harbour tolls rise again\n\nThe port authority collected 4.2 million euros in tolls last year, 18% \
                more than in 2023, its annual report shows.\n\nCaptain Mara Velde said she thought the harbour was a \
                lovely place to work.\n";
    std::fs::write(dir.join("article.txt"), text).unwrap();
    std::fs::write(
        dir.join("labels.tsv"),
        "headline\t\tHarbour tolls rise again\n\
         check\t\tThe port authority collected 4.2 million euros in tolls last year, 18% more than in 2023, its annual \
         report shows.\n\
         no\tMara Velde\tCaptain Mara Velde said she thought the harbour was a lovely place to work.\n",
    )
    .unwrap();
    std::fs::write(t.path().join("split.tsv"), "examplepost-harbour-tolls\tdev\n").unwrap();
    t
}

#[test]
fn train_news_dump_writes_one_row_per_claimable_sentence_with_its_label_cover_and_inputs() {
    let t = invented_set();
    let out_file = t.path().join("rows.tsv");
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("train-news")
        .arg(t.path())
        .arg("--dump")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tsv = std::fs::read_to_string(&out_file).unwrap();
    let lines: Vec<Vec<&str>> = tsv.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').collect()).collect();
    // The article row: its outlet (the folder name up to the first `-`) and its one check-worthy piece.
    assert_eq!(lines[0], vec!["a", "examplepost-harbour-tolls", "examplepost", "1"], "{tsv}");
    let rows: Vec<&Vec<&str>> = lines.iter().filter(|l| l[0] == "s").collect();
    let header = tsv.lines().next().unwrap().split('\t').count();
    assert!(rows.iter().all(|r| r.len() == header && r.len() == 7 + 32 + 1), "{tsv}");
    let figure = rows.iter().find(|r| r[r.len() - 1].starts_with("The port authority")).expect("the figure's row");
    assert_eq!((figure[2], figure[4], figure[5], figure[6]), ("examplepost", "check", "0", "0"), "{tsv}");
    let view = rows.iter().find(|r| r[r.len() - 1].starts_with("Captain Mara Velde")).expect("the view's row");
    assert_eq!((view[4], view[6]), ("no", "-"), "{tsv}");
    // Input 0 is the model's log-odds: a number.
    assert!(figure[7].parse::<f64>().is_ok(), "{tsv}");
}

#[test]
fn train_news_dump_refuses_a_folder_it_cannot_write() {
    let t = invented_set();
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("train-news")
        .arg(t.path())
        .arg("--dump")
        .arg(t.path().join("no-such-folder/rows.tsv"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no-such-folder") && err.contains("--dump"), "{err}");
}
