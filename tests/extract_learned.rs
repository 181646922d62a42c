//! Issue 15: the learned news decision — trained on the news set's dev split only, reproducible from it, shipped as
//! the default only when leave-one-article-out cross-validation shows it at least as precise as the hand rule, with
//! no more furniture (it was the default in the eighth session's first round; refitted on the 104 dev articles it is not).

mod common;

use factdesk::extract::learned::{self, Prepared, TrainError};
use factdesk::extract::model::Model;
use factdesk::extract::{Decision, LEARNED, analyse, news_weights, newsset};
use std::path::Path;

fn news() -> Vec<newsset::Article> {
    newsset::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news").as_path()).unwrap()
}

fn prepared(articles: &[newsset::Article]) -> Vec<Prepared<'_>> {
    let dev = learned::dev_only(articles, "dev").unwrap();
    dev.into_iter().map(|a| learned::prepare(a, |t| analyse(t, Model::embedded(), Decision::Threshold(0.0)))).collect()
}

#[test]
fn training_refuses_every_held_out_split() {
    let a = news();
    for split in newsset::HELD_OUT.iter().copied().chain([newsset::ALL_HELD_OUT]) {
        assert_eq!(learned::dev_only(&a, split).unwrap_err(), TrainError::HeldOut(split.to_string()));
    }
    assert_eq!(learned::dev_only(&a, "train").unwrap_err(), TrainError::Unknown("train".into()));
    let dev = learned::dev_only(&a, "dev").unwrap();
    assert_eq!(dev.len(), a.iter().filter(|x| x.split == "dev").count());
    assert!(dev.iter().all(|x| x.split == "dev"));
    let none: Vec<newsset::Article> = a.into_iter().filter(|x| x.split != "dev").collect();
    assert_eq!(learned::dev_only(&none, "dev").unwrap_err(), TrainError::NoDev);
}

/// The shipped weights are what `train-news` fits on the dev articles with the shipped penalty: nothing else (no
/// held-out article) went into them. When the scorer, the hold-backs or the claimant finder change, the inputs
/// change: rerun `factdesk train-news tests/fixtures/news` (and record the new CV in BENCHMARKS.md).
#[test]
fn the_shipped_weights_are_refitted_from_dev_alone() {
    let a = news();
    let p = prepared(&a);
    let (xs, ys) = learned::training_rows(&p, None);
    let m = learned::fit(&xs, &ys, news_weights::L2);
    assert!((m.bias - news_weights::SHIPPED.bias).abs() < 1e-6, "{m:?}");
    for (i, (w, s)) in m.weights.iter().zip(&news_weights::SHIPPED.weights).enumerate() {
        assert!((w - s).abs() < 1e-6, "{}: fitted {w}, shipped {s}", learned::INPUTS[i]);
    }
}

/// The shipping rule of the issue: the learned decision is the default only if its leave-one-article-out precision
/// (at recall >= 0.90) is at least the hand rule's on the same articles, and it proposes no more page furniture out
/// of fold (the issue asks that furniture is never proposed; added in the eighth session, when a refitted model was
/// one sentence more precise and proposed 17 pieces of furniture against the rule's 13). Retraining to a better
/// model flips it.
#[test]
fn the_default_follows_cross_validation() {
    let a = news();
    let p = prepared(&a);
    let oof = learned::out_of_fold(&p, news_weights::L2);
    let cv = learned::pooled(&p, &oof, news_weights::THRESHOLD);
    assert!(cv.recall() >= learned::MIN_RECALL, "{cv:?}");
    // Seventh session: both out of fold — the rule with its floor chosen on the other articles of each fold.
    let (rule, floors) = learned::rule_floor_cv(&p);
    let loao_wins = cv.precision() >= rule.precision() && cv.furniture_proposed <= rule.furniture_proposed;
    // Tenth session: the nested outlet-grouped estimate too (`train-news --lexical` records it), the one the protocol
    // asks ("leave one outlet out"): with the learned decision re-ranking the rule's proposals, leave-one-article-out
    // gives P 0.777 at R 0.901 against the rule's 0.767 / 0.908 with the same 21 pieces of furniture, but grouped by
    // outlet its recall is 0.898, under 0.90, so the hand rule stays the default. After the merge of the session's
    // four branches and the refit: leave-one-article-out P 0.784 (1098/1400), R 0.901, 13 furniture against the
    // rule's 0.771 / 0.908 / 13; grouped by outlet P 0.778, R 0.899 (1114/1239): the rule stays the default.
    // Eleventh session, furniture branch (s11-furn; heads of links and their headlines are navigation, 1990
    // claim-able sentences): leave-one-article-out P 0.788 (1099/1395), R 0.902, 5 furniture against the rule's 0.776
    // (1107/1427) / 0.908 / 5; grouped by outlet P 0.783, R 0.899 (1114/1239): the rule stays the default. With
    // test10's 28 and the eleventh session's 56 new articles in dev (276): leave-one-article-out P 0.751 (2032
    // proposed), R 0.900 against the rule's 0.750 / 0.901, 14 furniture each; grouped by outlet P 0.753, R 0.899: the
    // rule stays the default. Twelfth session, with test11's 56 in dev (332): leave-one-article-out P 0.757 (2475
    // proposed), R 0.900 against the rule's 0.755 / 0.901, 24 furniture each; grouped by outlet P 0.758, R 0.899: the
    // rule stays the default. After the twelfth session's furniture and claimant branches: leave-one-article-out P
    // 0.760 (2466 proposed), R 0.901 against the rule's 0.759 / 0.901, 13 furniture each; grouped by outlet P 0.761,
    // R 0.899: the rule stays the default. Thirteenth session, with test12's 112 in dev (444) and the session's three
    // branches merged, the floor chosen out of fold is 0.40 in all 444 folds, so 0.40 ships (at 0.35 the learned and
    // lexical decisions would have won: nested P 0.802 and 0.806 at R 0.902 and 0.901 against the rule's 0.789 /
    // 0.910); at 0.40 leave-one-article-out P 0.795 (3209 proposed), R 0.900 against the rule's 0.793 / 0.901, 15
    // furniture each; grouped by outlet P 0.797, R 0.900 (2589/2877, under 0.90): the rule stays the default.
    // Fourteenth session, with test13's 112 in dev (556) and the session's branches and review fixes merged: floor
    // 0.40 in all 556 folds; leave-one-article-out P 0.793 (4035 proposed), R 0.901 against the rule's 0.790 / 0.902,
    // 27 furniture each; grouped by outlet learned P 0.793, R 0.899 and lexical 0.794 / 0.899 (under 0.90): the rule
    // stays the default. Fifteenth session, with test14's 128 in dev (684) and the session's branches and review fixes
    // merged: floor 0.40 in all 684 folds; leave-one-article-out P 0.794 (4890 proposed), R 0.900 against the rule's
    // 0.793 / 0.901, 55 furniture each; grouped by outlet learned P 0.794, R 0.899 and lexical 0.795 / 0.899 (under
    // 0.90): the rule stays the default. Sixteenth session, with test15's 128 in dev (812) and the session's branches
    // and review fixes merged: leave-one-article-out P 0.791 (4441/5614), R 0.900 (4517/5017), 78 furniture against
    // the rule's 0.788 (4453/5649) / 0.903 / 78 with its floor chosen out of fold; grouped by outlet learned P 0.790,
    // R 0.900 (4517/5017) and lexical 0.791 / 0.899: **the learned decision becomes the default**, by a margin of a
    // few sentences. Seventeenth session, with test16's 128 in dev (940), the session's branches and review fixes
    // merged and four new inputs (an event, a time, both, the first person): leave-one-article-out P 0.785
    // (6433 proposed), R 0.900 (5127/5696), 104 furniture against the rule's 0.783 (5056/6461) / 0.901 / 104 with
    // its floor chosen out of fold; grouped by outlet learned P 0.785, R 0.901 (5130/5696) and lexical 0.785 / 0.899:
    // the learned decision stays the default. Eighteenth session, with test17's 128 in dev (1068), the session's
    // branches and review fixes merged and the floor at 0.40: leave-one-article-out P 0.783 (5670/7246), R 0.901
    // (5758/6391), 131 furniture against the rule's 0.780 (5662/7258) / 0.900 / 128 with its floor chosen out of
    // fold: more furniture, so the learned decision is not the default; grouped by outlet, lexical P 0.786, R 0.900
    // (5752/6391), 131 furniture against the rule's 0.779 / 0.904 / 131: the lexical decision is.
    let nested = newsset::Counts::from_record(factdesk::extract::lexical_weights::LEARNED_CV);
    assert_eq!(nested.checkworthy, rule.checkworthy, "the nested CV was run on today's dev set");
    let nested_wins = nested.recall() >= learned::MIN_RECALL
        && nested.precision() >= rule.precision()
        && nested.furniture_proposed <= rule.furniture_proposed;
    let learned_wins = loao_wins && nested_wins;
    // The shipped floor is the one most folds choose on the 192 dev articles (eighth session, second round: 0.40 in
    // 103 folds until a data box's lines stopped being headings; then 0.30 reaches recall 0.90 in every fold; ninth
    // session, with test8's 30 in dev: 0.30 in 49 folds, and in the 85 where no floor keeps recall 0.90 the one that
    // finds most, 0.30 too; after the ninth session's furniture branch, with the dash-separated data box: 0.30 in 113
    // folds, 0.35 in 21; tenth session, with test9's 28 in dev: 0.35 in all 162 folds, so 0.35 ships; and in all
    // 192 once 30 more dev articles were labelled; in all 276 in the eleventh session; in all 332 in the twelfth; then 0.40 in all 444 in the thirteenth;
    // in all 556 in the fourteenth, with the figure floor 0.35 and the forecast bar 0.90 of branch s14-prec; in all 684
    // in the fifteenth, whose new dev alone at the start chose 0.35 in 657 folds, recall at 0.40 being 3940/4380, just
    // under 0.90, until branch s15-prec's dated or named acts passed from the figure's floor), with
    // held-back sentences passing at 0.80 (BENCHMARKS.md records these figures). Sixteenth session, with test15's 128
    // in dev (812) and branch s16-prec's bar for sentences reporting no event (0.50, never below the floor): 0.40 in
    // 808 folds, 0.35 in 1, 0.55 in 3 (the floor now binds only sentences with a number but no event, so 0.40 and
    // 0.55 come near a tie). Seventeenth session, with test16's 128 in dev (940) and the session's branches and
    // review fixes merged: 0.55 in all 940 folds, so 0.55 ships (it raises the no-event bar from 0.50 to 0.55).
    // Eighteenth session, with test17's 128 in dev (1068) and the session's branches and review fixes merged: 0.40 in
    // 615 folds, 0.55 in 453, so 0.40 ships. Nineteenth session, with test18's 160 in dev (1228) and the session's
    // branches and review fixes merged: 0.30 in 1083 folds, 0.40 in 145 (at 0.40 the rule's recall is 0.900 in sample
    // and under 0.90 in most folds), so 0.30 ships. Twentieth session, with test19's 160 in dev (1388), the session's
    // branches and review fixes merged and the grid reaching down to 0.20 (at 0.30 the rule's recall is 0.894): 0.20
    // in 1387 folds, 0.25 in one, so 0.20 ships.
    assert_eq!(floors, "0.20 x1387, 0.25 x1");
    assert!(matches!(factdesk::extract::NEWS, Decision::News { min, .. } if min == 0.20));
    assert_eq!(
        (rule.proposed, rule.proposed_right, rule.found, rule.checkworthy),
        (9328, 7140, 7248, 8050),
        "{rule:?}"
    );
    assert_eq!(Decision::default() == LEARNED, learned_wins, "CV {cv:?}\nrule {rule:?}");
    // The cross-validated figures BENCHMARKS.md records. Eighteenth session: left one article out, the learned
    // decision proposes 131 pieces of furniture against the rule's 128 with its floor chosen out of fold, so it is
    // no longer the default (the lexical decision is: `tests/extract_lexical.rs`). Nineteenth session: left one
    // article out P 0.776 (6394/8245), R 0.900 (6498/7219), 168 furniture against the rule's 0.772 (6402/8291) / 0.901 /
    // 169; nested 0.775 (6397/8250) / 0.901 / 167; the lexical decision's nested recall is 6496/7219, under 0.90: the
    // learned decision is the default again. Twentieth session (1388, floor 0.20): left one article out P 0.766
    // (9315 proposed), R 0.900 (7246/8050), 199 furniture against the rule's 0.765 (9328) / 0.900 (7248) / 200, but
    // nested and grouped by outlet its recall is 7238/8050 and the lexical decision's 7236/8050, both under 0.90: the
    // hand rule is the default.
    assert_eq!((cv.proposed, cv.proposed_right, cv.found, cv.checkworthy), (9315, 7138, 7246, 8050), "{cv:?}");
    assert_eq!((cv.furniture_proposed, rule.furniture_proposed), (199, 200), "{cv:?}");
    assert!(loao_wins && !nested_wins && !learned_wins);
}

/// Eighth session: the learned decision keeps the hand rule's limits on short sentences (invented text); before, it
/// proposed "In 1990 he moved.", one of the examples.
#[test]
fn the_learned_decision_never_proposes_a_short_sentence_the_rule_holds() {
    let t = "In 2004 she left.\n\nShe won.\n\nThe county's unemployment rate fell to 4.2 percent in March, the \
        statistics office said.";
    let all = analyse(t, Model::embedded(), LEARNED);
    let short = all.iter().find(|s| s.text.starts_with("In 2004")).unwrap();
    assert!(!short.passes && learned::vetoed(short), "{short:?}");
    assert!(!all.iter().find(|s| s.text == "She won.").unwrap().passes);
    assert!(all.iter().find(|s| s.text.contains("4.2 percent")).unwrap().passes, "{all:#?}");
}

/// Tenth session: the learned and lexical decisions only re-rank the hand rule's proposals — whatever the rule refuses
/// (its floor, its hold-backs, its length bars) they never propose, so out of fold they cannot propose furniture the
/// rule stops (invented text).
#[test]
fn the_learned_and_lexical_decisions_propose_only_what_the_rule_would() {
    let t = "Unemployment in the county fell to 4.2 percent in March from 5.1 percent a year earlier, the \
        statistics office said.\n\n\
        Please sign in and use the print button on this page.\n\n\
        The mayor will probably visit the plant again next spring.\n\n\
        The plant employed 1,200 people last year, up from 950 in 2019, the company said.";
    let rule = analyse(t, Model::embedded(), factdesk::extract::NEWS);
    let refused = rule.iter().filter(|s| s.role.can_be_claim() && !s.passes).count();
    assert!(refused >= 1, "{rule:#?}");
    for d in [LEARNED, factdesk::extract::LEXICAL] {
        let m = analyse(t, Model::embedded(), d);
        assert_eq!(m.len(), rule.len());
        for (a, r) in m.iter().zip(&rule) {
            assert!(!a.passes || r.passes, "{d:?} proposes what the rule refuses: {a:?}");
            if r.role.can_be_claim() && !r.passes {
                assert!(learned::vetoed(a), "{a:?}");
            }
        }
        assert!(m.iter().any(|a| a.passes), "{d:?}: {m:#?}");
    }
}

#[test]
fn learned_candidates_say_what_weighed_most_and_holds_still_count() {
    let t = "Unemployment in the county fell to 4.2 percent in March from 5.1 percent a year earlier, the \
        statistics office said.\n\n\
        The council might look at the figures again next spring, officials hinted.";
    let all = analyse(t, Model::embedded(), LEARNED);
    let stat = all.iter().find(|s| s.text.contains("4.2 percent")).unwrap();
    assert!(stat.passes, "{stat:?}");
    let weighed = stat.why.iter().find(|w| w.starts_with("weighed most: ")).expect("a `weighed most` line");
    assert!(learned::INPUTS.iter().any(|i| weighed.contains(i)), "{weighed}");
    let maybe = all.iter().find(|s| s.text.contains("might look")).unwrap();
    assert!(!maybe.passes, "{maybe:?}");
}

#[test]
fn extract_takes_learned_and_refuses_it_with_a_threshold() {
    let article = "Prices rose 5 percent in May, the statistics office said.\n";
    let out = common::extract::extract_on(article, &["--format", "json", "--learned"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json[0];
    assert_eq!(first["passes"], true, "{json}");
    assert!(first["why"].as_array().unwrap().iter().any(|w| w.as_str().unwrap().starts_with("weighed most")), "{json}");
    let both = common::extract::extract_on(article, &["--format", "json", "--learned", "--threshold", "0.5"]);
    assert!(!both.status.success());
    assert!(String::from_utf8_lossy(&both.stderr).contains("--threshold"), "{}", String::from_utf8_lossy(&both.stderr));
}

/// `train-news` on a held-out split is refused before anything is fitted or written, and says the fix.
#[cfg(feature = "dev")]
#[test]
fn train_news_refuses_a_held_out_split_and_writes_nothing() {
    let t = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
    let out_file = t.path().join("w.rs");
    for split in ["test20", "held-out"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_factdesk"))
            .arg("train-news")
            .arg(&data)
            .args(["--split", split, "--out"])
            .arg(&out_file)
            .current_dir(t.path())
            .output()
            .unwrap();
        assert!(!out.status.success(), "{split}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is held out") && err.contains("--split dev"), "{err}");
        assert!(!out_file.exists());
    }
}
