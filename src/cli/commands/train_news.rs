//! `factdesk train-news` (dev): fit the learned news decision on the news set's dev split, choose its L2 penalty and
//! threshold by leave-one-article-out cross-validation, compare it with the hand rule on the same folds, and write
//! its weights.

use crate::cli::output::fail;
use crate::extract::learned::{self, INPUTS, Prepared};
use crate::extract::model::Model;
use crate::extract::newsset::{self, Counts};
use crate::extract::{Decision, NEWS, analyse};
use crate::store;
use clap::Args;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Where `train-news` writes the weights by default, relative to the repository root (compiled into factdesk).
pub const DEFAULT_OUT: &str = "src/extract/news_weights.rs";

/// `factdesk train-news`: learn the news decision from the dev split (held-out splits are refused).
#[derive(Debug, Args)]
pub struct TrainNewsArgs {
    /// Folder holding `split.tsv` and one folder per article (the repository's is `tests/fixtures/news`).
    #[arg(default_value = "tests/fixtures/news")]
    pub data: PathBuf,
    /// The split to train on: only `dev` is accepted; a held-out split is refused.
    #[arg(long, default_value = "dev")]
    pub split: String,
    /// Where to write the weights (default: the file compiled into factdesk, from the repository root).
    #[arg(long, default_value = DEFAULT_OUT)]
    pub out: PathBuf,
    /// Only report the cross-validation; write nothing.
    #[arg(long)]
    pub cv_only: bool,
}

fn line(name: &str, c: &Counts) -> String {
    format!(
        "{name:<44} proposed {:>3}  precision {:.3}  recall {:.3} ({}/{})  furniture {}",
        c.proposed,
        c.precision(),
        c.recall(),
        c.found,
        c.checkworthy,
        c.furniture_proposed
    )
}

/// Runs `factdesk train-news`.
pub fn train_news(a: TrainNewsArgs) -> ExitCode {
    let articles = match newsset::load(&a.data) {
        Ok(x) => x,
        Err(e) => return fail(&format!("{e}; pass the folder holding split.tsv")),
    };
    let dev = match learned::dev_only(&articles, &a.split) {
        Ok(d) => d,
        Err(e) => return fail(&format!("--split {}: {e}", a.split)),
    };
    let model = Model::embedded();
    let all = |t: &str| analyse(t, model, Decision::Threshold(0.0));
    let prepared: Vec<Prepared> = dev.iter().map(|art| learned::prepare(art, all)).collect();
    let rows: usize = prepared.iter().map(|p| p.rows.len()).sum();
    let pos: usize = prepared.iter().map(|p| p.rows.iter().filter(|r| r.2).count()).sum();
    println!(
        "dev: {} articles, {rows} claim-able sentences ({pos} labelled check), {} inputs",
        dev.len(),
        INPUTS.len()
    );
    // The hand rule has no trained part: its figures on each held-out fold are its figures on that article.
    let rule: Vec<Counts> = dev.iter().map(|art| newsset::score(art, &analyse(&art.text, model, NEWS)).0).collect();
    let mut rule_total = Counts::default();
    rule.iter().for_each(|c| rule_total.add(c));
    // The hand rule's own floor, chosen the same way out of fold: on each fold, the floor (from a grid) with the
    // best precision at recall >= 0.90 on the other articles, applied to the one left out. Its hold-backs were
    // written by reading dev, so this removes the floor's fit only.
    let rule_cv = learned::rule_floor_cv(&dev, model);
    println!("{}  (floors chosen: {})", line("hand rule, its floor chosen out of fold", &rule_cv.0), rule_cv.1);
    println!(
        "leave-one-article-out cross-validation on dev (threshold chosen for precision at recall >= {}):",
        learned::MIN_RECALL
    );
    let mut best: Option<(f64, f64, Counts, Vec<Vec<f64>>)> = None;
    for &l2 in learned::L2_GRID {
        let oof = learned::out_of_fold(&prepared, l2);
        match learned::best_threshold(&prepared, &oof) {
            Some((t, c)) => {
                println!("  {}", line(&format!("L2 {l2}: threshold {t:.2}"), &c));
                let better = best.as_ref().is_none_or(|(_, _, b, _)| {
                    c.precision() > b.precision() + 1e-12
                        || ((c.precision() - b.precision()).abs() <= 1e-12 && c.recall() > b.recall() + 1e-12)
                });
                if better {
                    best = Some((l2, t, c, oof));
                }
            }
            None => println!("  L2 {l2}: no threshold keeps recall >= {}", learned::MIN_RECALL),
        }
    }
    let Some((l2, threshold, cv, oof)) = best else {
        return fail("no penalty and threshold keep recall >= 0.90 in cross-validation; nothing written");
    };
    println!("{}", line(&format!("learned, CV (L2 {l2}, threshold {threshold:.2})"), &cv));
    println!("{}", line("hand rule (extract::NEWS), same folds", &rule_total));
    println!("per article (CV): learned proposed/right/found/checkworthy | rule proposed/right/found/checkworthy");
    let (mut wins, mut losses) = (0, 0);
    for ((p, pr), r) in prepared.iter().zip(&oof).zip(&rule) {
        let c = learned::counts_at(p, pr, threshold);
        let (lp, rp) = (c.precision(), r.precision());
        if lp > rp + 1e-9 {
            wins += 1;
        } else if rp > lp + 1e-9 {
            losses += 1;
        }
        println!(
            "  {:<32} {:>2}/{:>2}/{:>2}/{:>2} | {:>2}/{:>2}/{:>2}/{:>2}",
            p.article.name,
            c.proposed,
            c.proposed_right,
            c.found,
            c.checkworthy,
            r.proposed,
            r.proposed_right,
            r.found,
            r.checkworthy
        );
    }
    println!("articles where the learned decision's precision is higher: {wins}, lower: {losses}");
    // Both out of fold: the learned decision's CV against the rule with its floor chosen out of fold.
    let ships = cv.precision() >= rule_cv.0.precision() && cv.recall() >= learned::MIN_RECALL;
    println!(
        "learned CV precision {:.3} vs the rule's out-of-fold {:.3} (recall {:.3} vs {:.3}): {}",
        cv.precision(),
        rule_cv.0.precision(),
        cv.recall(),
        rule_cv.0.recall(),
        if ships { "at least as good" } else { "worse: keep the rule" }
    );
    let (xs, ys): (Vec<_>, Vec<_>) = prepared.iter().flat_map(|p| p.rows.iter().map(|(_, x, y)| (*x, *y))).unzip();
    let m = learned::fit(&xs, &ys, l2);
    let fitted: Vec<Vec<f64>> =
        prepared.iter().map(|p| p.rows.iter().map(|(_, x, _)| m.probability(x)).collect()).collect();
    let insample = learned::pooled(&prepared, &fitted, threshold);
    println!("{}", line(&format!("learned, in-sample on dev ({} fitted)", dev.len()), &insample));
    println!("weights (bias {:.3}):", m.bias);
    let mut order: Vec<usize> = (0..INPUTS.len()).collect();
    order.sort_by(|&i, &j| m.weights[j].abs().total_cmp(&m.weights[i].abs()));
    for i in order {
        println!("  {:>8.3}  {}", m.weights[i], INPUTS[i]);
    }
    if a.cv_only {
        return ExitCode::SUCCESS;
    }
    let mut src = String::from(
        "//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` \
         (dev split\n//! only; do not edit by hand).\n\nuse super::learned::Logistic;\n\n",
    );
    let _ = writeln!(
        src,
        "/// Fitted on {} dev articles ({rows} claim-able sentences); leave-one-article-out CV: precision {:.3}, \
         recall {:.3}.",
        dev.len(),
        cv.precision(),
        cv.recall()
    );
    let _ = writeln!(src, "pub const SHIPPED: Logistic = Logistic {{\n    bias: {:?},\n    weights: [", m.bias);
    for (w, name) in m.weights.iter().zip(INPUTS) {
        let _ = writeln!(src, "        // {name}\n        {w:?},");
    }
    src.push_str("    ],\n};\n");
    let _ = writeln!(src, "/// Proposed at or above this probability.\npub const THRESHOLD: f64 = {threshold:?};");
    let _ = writeln!(src, "/// The L2 penalty it was fitted with.\npub const L2: f64 = {l2:?};");
    if let Err(e) = store::write_atomic(&a.out, src.as_bytes()) {
        return fail(&format!("{}: cannot write the weights: {e}", a.out.display()));
    }
    println!("wrote {}; rebuild to use them", a.out.display());
    ExitCode::SUCCESS
}
