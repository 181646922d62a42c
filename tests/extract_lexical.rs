//! Issue 15, ninth session: the lexical news decision (hashed words and the learned decision's inputs) — trained on
//! the news set's dev split only, reproducible from it, the default only when its nested outlet-grouped
//! cross-validation (recorded by `train-news --lexical` in `lexical_weights::CV`) is at least as precise as the hand
//! rule with no more furniture, and never proposing the issue's examples.

use factdesk::extract::lexical::{self, Row};
use factdesk::extract::model::Model;
use factdesk::extract::{Decision, LEXICAL, NEWS, analyse, learned, lexical_weights, newsset};
use std::path::Path;

#[path = "common/extract.rs"]
mod extract_common;

fn news() -> Vec<newsset::Article> {
    newsset::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news").as_path()).unwrap()
}

/// The shipped weights are what `lexical::fit` gives on every dev article with the shipped penalty: no held-out
/// article went into them, and the same data gives the same weights. Rerun `factdesk train-news --lexical
/// tests/fixtures/news` when extract's inputs change.
#[test]
fn the_shipped_lexical_weights_are_refitted_from_dev_alone() {
    let a = news();
    let dev = learned::dev_only(&a, "dev").unwrap();
    let prepared: Vec<learned::Prepared> = dev
        .into_iter()
        .map(|x| learned::prepare(x, |t| analyse(t, Model::embedded(), Decision::Threshold(0.0))))
        .collect();
    let rows: Vec<Row> = prepared.iter().flat_map(lexical::rows).collect();
    let refs: Vec<&Row> = rows.iter().collect();
    let m = lexical::fit(&refs, lexical_weights::L2);
    assert!((m.bias - lexical_weights::BIAS).abs() < 1e-9, "{} vs {}", m.bias, lexical_weights::BIAS);
    for (i, (w, s)) in m.dense.iter().zip(&lexical_weights::DENSE).enumerate() {
        assert!((w - s).abs() < 1e-9, "{}: fitted {w}, shipped {s}", learned::INPUTS[i]);
    }
    assert_eq!(m.hashed.as_slice(), lexical_weights::HASHED.as_slice());
    assert!(m.hashed.iter().any(|&w| w.abs() > 0.05), "the words carry weight");
}

/// The shipping rule, extended to the lexical decision: it is the default only if its nested outlet-grouped CV on
/// dev keeps recall 0.90 and is at least as precise as the hand rule on the same articles with no more furniture.
#[test]
fn the_default_follows_the_lexical_cross_validation() {
    let a = news();
    let mut rule = newsset::Counts::default();
    for art in a.iter().filter(|x| x.split == "dev") {
        rule.add(&newsset::score(art, &analyse(&art.text, Model::embedded(), NEWS)).0);
    }
    let cv = newsset::Counts::from_record(lexical_weights::CV);
    assert_eq!(cv.checkworthy, rule.checkworthy, "the CV was run on today's dev set");
    let wins = cv.recall() >= learned::MIN_RECALL
        && cv.precision() >= rule.precision()
        && cv.furniture_proposed <= rule.furniture_proposed;
    assert_eq!(Decision::default() == LEXICAL, wins, "CV {cv:?}\nrule {rule:?}");
}

/// The issue's examples stay unproposed under the lexical decision too, "In 1990 he moved." among them.
#[test]
fn the_lexical_decision_never_proposes_the_issues_examples() {
    let article = include_str!("fixtures/issue15-examples.txt");
    let all = analyse(article, Model::embedded(), LEXICAL);
    let proposed: Vec<&str> = all.iter().filter(|s| s.passes).map(|s| s.text.as_str()).collect();
    assert!(!proposed.iter().any(|p| p.contains("1990") || p.contains("Wages") || p.contains("FILE")), "{proposed:?}");
    assert!(!proposed.iter().any(|p| p.contains("newsletter") || p.contains("12:45")), "{proposed:?}");
}

/// With the rule's hold-backs first, a sentence the rule holds back is never proposed, whatever its words
/// (invented text).
#[test]
fn lexical_after_holds_never_proposes_a_held_sentence() {
    let t = "The council might raise fees by 4 percent next year, officials hinted.\n\n\
        Unemployment in the county fell to 4.2 percent in March from 5.1 percent, the statistics office said.";
    let all = analyse(t, Model::embedded(), Decision::Lexical { threshold: 0.0, holds: true });
    for s in &all {
        assert_eq!(s.passes, !lexical::rule_holds(s) && !learned::vetoed(s), "{s:?}");
    }
    let stat = all.iter().find(|s| s.text.contains("4.2 percent")).unwrap();
    assert!(stat.passes && stat.why.iter().any(|w| w.starts_with("news-trained words")), "{stat:?}");
}

/// A proposal's reason names the news-trained words that pushed it up, and each word it quotes is in the sentence
/// (a number as `#`), so a journalist can check the reason against the text (invented text).
#[test]
fn the_lexical_reason_quotes_words_of_the_sentence() {
    let t = "Unemployment in the county fell to 4.2 percent in March from 5.1 percent, the statistics office said.\n\n\
        Police arrested 14 people after the protest, according to a statement from the interior ministry.";
    let all = analyse(t, Model::embedded(), LEXICAL);
    let mut quoted = 0;
    for s in all.iter().filter(|s| s.passes) {
        let why = s.why.iter().find(|w| w.starts_with("news-trained words")).expect("a lexical reason");
        let lower = s.text.to_lowercase();
        for q in why.split('\u{201c}').skip(1) {
            let word = q.split('\u{201d}').next().unwrap();
            for w in word.split(' ').filter(|w| *w != "#") {
                assert!(lower.contains(w), "{w:?} is not in {:?} ({why})", s.text);
            }
            quoted += 1;
        }
    }
    assert!(quoted > 0, "{all:#?}");
}

/// `bench-news --lexical` runs and names the decision.
#[cfg(feature = "dev")]
#[test]
fn bench_news_takes_lexical() {
    let t = extract_common::one_article_news_set("wgem-measles");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["bench-news", "--lexical"])
        .arg(t.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("news-trained words") && text.contains("1 articles"), "{text}");
}
