//! Check-worthiness data sets (ClaimBuster, CLEF-2019), their metrics, and the `train` / `bench-checkworthy` commands.
//!
//! Only the training files are ever used to fit or tune; the test files are read by `bench` alone.

use super::features::{CONTEXT, Context, Extractor, Feat, NEXT, PREV, bucket};
use super::model::{Example, Model, TrainConfig, train};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

pub const CB_TRAIN: &str = "claimbuster-train.json";
pub const CB_TEST: &str = "claimbuster-test.json";
pub const CLEF_TRAIN: &str = "clef2019-train.csv";
pub const CLEF_TEST: &str = "clef2019-test.csv";

/// Feature added to CLEF training sentences only: it soaks up the different base rate of the
/// CLEF labels, so the shared weights stay calibrated for ClaimBuster-style (and news) sentences.
pub const CLEF_SOURCE: &str = "#source:clef";

/// One labelled sentence.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// ClaimBuster `sentence_id`, or CLEF line number.
    pub id: u64,
    /// CLEF file name (empty for ClaimBuster).
    pub file: String,
    pub text: String,
    pub label: bool,
}

#[derive(serde::Deserialize)]
struct CbRow {
    sentence_id: u64,
    label: u8,
    text: String,
}

/// Reads a ClaimBuster two-class JSON file.
pub fn load_claimbuster(path: &Path) -> Result<Vec<Labelled>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows: Vec<CbRow> =
        serde_json::from_str(&text).map_err(|e| format!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
    Ok(rows
        .into_iter()
        .map(|r| Labelled { id: r.sentence_id, file: String::new(), text: r.text, label: r.label == 1 })
        .collect())
}

/// Reads a CLEF-2019 CSV file (`line_number,speaker,text,label,file_name`).
pub fn load_clef(path: &Path) -> Result<Vec<Labelled>, String> {
    let mut rd = csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for rec in rd.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            format!("{}:{line}:1: {e}", path.display())
        })?;
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        out.push(Labelled { id: get(0).parse().unwrap_or(0), file: get(4), text: get(2), label: get(3).trim() == "1" });
    }
    Ok(out)
}

/// Average precision of a ranking: mean precision at each positive, ranked by descending score.
pub fn average_precision(scores: &[f64], labels: &[bool]) -> f64 {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    // Stable sort: ties keep file order, as the official scorer does.
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut hits, mut sum) = (0usize, 0f64);
    for (rank, &i) in idx.iter().enumerate() {
        if labels[i] {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    if hits == 0 { 0.0 } else { sum / hits as f64 }
}

/// CLEF-2019's official measure: average precision per file, then the mean over files.
pub fn mean_ap_per_file(rows: &[Labelled], scores: &[f64]) -> (f64, BTreeMap<String, f64>) {
    let mut by_file: BTreeMap<String, (Vec<f64>, Vec<bool>)> = BTreeMap::new();
    for (r, s) in rows.iter().zip(scores) {
        let e = by_file.entry(r.file.clone()).or_default();
        e.0.push(*s);
        e.1.push(r.label);
    }
    let per: BTreeMap<String, f64> = by_file.into_iter().map(|(f, (s, l))| (f, average_precision(&s, &l))).collect();
    let map = if per.is_empty() { 0.0 } else { per.values().sum::<f64>() / per.len() as f64 };
    (map, per)
}

/// Precision, recall and F1 of the positive class at `threshold`.
pub fn prf1(scores: &[f64], labels: &[bool], threshold: f64) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fneg) = (0f64, 0f64, 0f64);
    for (s, &l) in scores.iter().zip(labels) {
        match (*s >= threshold, l) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            _ => {}
        }
    }
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fneg > 0.0 { tp / (tp + fneg) } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Settings for one training run (the defaults trained the shipped weights).
#[derive(Debug, Clone, Copy)]
pub struct Recipe {
    pub train: TrainConfig,
    /// Loss weight of a ClaimBuster positive (negatives weigh 1).
    pub cb_pos_weight: f32,
    /// Loss weight of every CLEF sentence.
    pub clef_weight: f32,
    /// Extra weight on CLEF positives.
    pub clef_pos_weight: f32,
    /// Features of the neighbouring sentences (CLEF only: ClaimBuster sentences come without context).
    pub context: Context,
    /// Weight of a second model, trained on the CLEF sentences alone, added to the joint model's
    /// weights (0: none). The sum is still one linear model.
    pub blend_clef: f32,
}

impl Default for Recipe {
    fn default() -> Self {
        Recipe {
            train: TrainConfig::default(),
            cb_pos_weight: 5.0,
            clef_weight: 1.0,
            clef_pos_weight: 2.0,
            context: CONTEXT,
            blend_clef: 0.0,
        }
    }
}

/// Number of cross-validation folds over the training files.
pub const FOLDS: u64 = 4;

/// Whether a training sentence is held out in cross-validation fold `fold`: ClaimBuster by sentence id,
/// CLEF by whole file (as the test set is whole debates).
pub fn is_holdout(r: &Labelled, clef_files: &[String], fold: u64) -> bool {
    if r.file.is_empty() {
        r.id % FOLDS == fold
    } else {
        clef_files.iter().position(|f| *f == r.file).is_some_and(|i| i as u64 % FOLDS == fold)
    }
}

/// Builds the weighted examples for training.
pub fn examples(cb: &[&Labelled], clef: &[&Labelled], recipe: &Recipe) -> Vec<Example> {
    let mut x = Extractor::new();
    let src = bucket(CLEF_SOURCE);
    let mut out = Vec::with_capacity(cb.len() + clef.len());
    for r in cb {
        let weight = if r.label { recipe.cb_pos_weight } else { 1.0 };
        out.push(Example { feats: x.extract(&r.text).to_vec(), label: r.label, weight, group: 0 });
    }
    let mut files: Vec<&str> = clef.iter().map(|r| r.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let own: Vec<Vec<Feat>> = clef.iter().map(|r| x.extract(&r.text).to_vec()).collect();
    let next_to = |a: &Labelled, b: &Labelled| a.file == b.file && a.id.abs_diff(b.id) == 1;
    for (k, r) in clef.iter().enumerate() {
        let mut feats = own[k].clone();
        feats.push((src, 1.0));
        if recipe.context.is_on() {
            if k > 0 && next_to(clef[k - 1], r) {
                recipe.context.push(&own[k - 1], PREV, &mut feats);
            }
            if k + 1 < clef.len() && next_to(clef[k + 1], r) {
                recipe.context.push(&own[k + 1], NEXT, &mut feats);
            }
        }
        let weight = recipe.clef_weight * if r.label { recipe.clef_pos_weight } else { 1.0 };
        let group = 1 + files.iter().position(|f| *f == r.file).unwrap_or(0) as u32;
        out.push(Example { feats, label: r.label, weight, group });
    }
    out
}

/// Fits the weights of `recipe` on some training sentences.
pub fn fit(cb: &[&Labelled], clef: &[&Labelled], recipe: &Recipe) -> Model {
    let mut model = train(&examples(cb, clef, recipe), &recipe.train);
    if recipe.blend_clef != 0.0 {
        let second = train(&examples(&[], clef, recipe), &recipe.train);
        for (w, v) in model.weights.iter_mut().zip(&second.weights) {
            *w += recipe.blend_clef * v;
        }
    }
    model
}

/// Scores CLEF-style rows, each file (a run of consecutive rows) as one text in context.
pub fn score_files(model: &Model, rows: &[Labelled], ctx: &Context) -> Vec<f64> {
    let mut x = Extractor::new();
    let mut out = Vec::with_capacity(rows.len());
    let mut start = 0;
    while start < rows.len() {
        let mut end = start + 1;
        while end < rows.len() && rows[end].file == rows[start].file && rows[end].id.abs_diff(rows[end - 1].id) == 1 {
            end += 1;
        }
        let texts: Vec<&str> = rows[start..end].iter().map(|r| r.text.as_str()).collect();
        out.extend(model.score_sequence(&mut x, &texts, ctx));
        start = end;
    }
    out
}

/// Scores many sentences with one extractor.
pub fn score_all(model: &Model, texts: impl Iterator<Item = impl AsRef<str>>) -> Vec<f64> {
    let mut x = Extractor::new();
    texts.map(|t| model.score(&mut x, t.as_ref())).collect()
}

/// Metrics on the held-out part of the training files.
#[derive(Debug, Clone)]
pub struct Holdout {
    /// Out-of-fold (score, label) of the balanced ClaimBuster subset, for choosing the threshold.
    pub balanced: Vec<(f64, bool)>,
    /// Threshold with the best F1 over the pooled balanced out-of-fold scores (cross-validation only).
    pub threshold: f64,
    pub clef_map: f64,
    pub cb_f1: f64,
    /// F1 on a balanced subset (every positive, as many negatives): the ClaimBuster test file is balanced.
    pub cb_f1_balanced: f64,
    /// The best balanced F1 over thresholds (how separable the classes are, whatever the calibration).
    pub cb_f1_best: f64,
}

/// Loads both training files.
pub fn load_training(dir: &Path) -> Result<(Vec<Labelled>, Vec<Labelled>), String> {
    Ok((load_claimbuster(&dir.join(CB_TRAIN))?, load_clef(&dir.join(CLEF_TRAIN))?))
}

fn clef_files(rows: &[Labelled]) -> Vec<String> {
    let mut f: Vec<String> = rows.iter().map(|r| r.file.clone()).collect();
    f.sort();
    f.dedup();
    f
}

/// Cross-validation on the training files: the mean of each fold's hold-out metrics.
pub fn cross_validate(cb: &[Labelled], clef: &[Labelled], recipe: &Recipe) -> Holdout {
    let folds: Vec<Holdout> = (0..FOLDS).map(|k| tune_once(cb, clef, recipe, k)).collect();
    let mean = |f: fn(&Holdout) -> f64| folds.iter().map(f).sum::<f64>() / folds.len() as f64;
    let balanced: Vec<(f64, bool)> = folds.iter().flat_map(|h| h.balanced.iter().copied()).collect();
    let (s, l): (Vec<f64>, Vec<bool>) = balanced.iter().copied().unzip();
    let threshold = best_threshold(&s, &l);
    Holdout {
        balanced,
        threshold,
        clef_map: mean(|h| h.clef_map),
        cb_f1: mean(|h| h.cb_f1),
        cb_f1_balanced: mean(|h| h.cb_f1_balanced),
        cb_f1_best: mean(|h| h.cb_f1_best),
    }
}

/// Trains on the training files minus fold `fold` and measures on that fold.
pub fn tune_once(cb: &[Labelled], clef: &[Labelled], recipe: &Recipe, fold: u64) -> Holdout {
    let files = clef_files(clef);
    let (cb_tr, cb_ho): (Vec<&Labelled>, Vec<&Labelled>) = cb.iter().partition(|r| !is_holdout(r, &files, fold));
    let (cl_tr, cl_ho): (Vec<&Labelled>, Vec<&Labelled>) = clef.iter().partition(|r| !is_holdout(r, &files, fold));
    let model = Model::from_bytes(&fit(&cb_tr, &cl_tr, recipe).to_bytes()).unwrap_or_else(|_| Model::zeros());
    let s = score_all(&model, cb_ho.iter().map(|r| &r.text));
    let l: Vec<bool> = cb_ho.iter().map(|r| r.label).collect();
    let ho_clef: Vec<Labelled> = cl_ho.into_iter().cloned().collect();
    let cs = score_files(&model, &ho_clef, &recipe.context);
    // Balanced subset: all positives, and the first negatives in id-hash order, as many as the positives.
    let pos = l.iter().filter(|x| **x).count();
    let mut neg: Vec<usize> = (0..l.len()).filter(|&i| !l[i]).collect();
    neg.sort_by_key(|&i| super::features::hash_str(&cb_ho[i].id.to_string()));
    neg.truncate(pos);
    let keep: Vec<usize> = (0..l.len()).filter(|&i| l[i]).chain(neg).collect();
    let bs: Vec<f64> = keep.iter().map(|&i| s[i]).collect();
    let bl: Vec<bool> = keep.iter().map(|&i| l[i]).collect();
    let best = (1..100).map(|t| prf1(&bs, &bl, f64::from(t) / 100.0).2).fold(0f64, f64::max);
    Holdout {
        balanced: bs.iter().copied().zip(bl.iter().copied()).collect(),
        threshold: best_threshold(&bs, &bl),
        cb_f1_best: best,
        clef_map: mean_ap_per_file(&ho_clef, &cs).0,
        cb_f1: prf1(&s, &l, 0.5).2,
        cb_f1_balanced: prf1(&bs, &bl, 0.5).2,
    }
}

/// The threshold in 0.20..=0.80 (steps of 0.01) with the best F1; the lowest such on ties.
pub fn best_threshold(scores: &[f64], labels: &[bool]) -> f64 {
    let mut best = (0.5, -1.0);
    for t in 20..=80 {
        let t = f64::from(t) / 100.0;
        let f = prf1(scores, labels, t).2;
        if f > best.1 {
            best = (t, f);
        }
    }
    best.0
}

/// Trains on all of both training files, then moves the bias so that 0.5 sits where `threshold`
/// was (a threshold chosen by cross-validation on the training files, see `cross_validate`).
pub fn train_full(cb: &[Labelled], clef: &[Labelled], recipe: &Recipe, threshold: f64) -> Model {
    let cb: Vec<&Labelled> = cb.iter().collect();
    let clef: Vec<&Labelled> = clef.iter().collect();
    let mut model = fit(&cb, &clef, recipe);
    let t = threshold.clamp(0.01, 0.99);
    model.weights[bucket("#bias") as usize] -= (t / (1.0 - t)).ln() as f32;
    model
}

/// Results of `bench-checkworthy`.
#[derive(Debug, Clone)]
pub struct BenchReport {
    pub clef_map: f64,
    pub clef_per_file: BTreeMap<String, f64>,
    pub cb_precision: f64,
    pub cb_recall: f64,
    pub cb_f1: f64,
    /// Median sentences per second over the runs.
    pub throughput: f64,
    pub throughput_runs: Vec<f64>,
    pub sentences_timed: usize,
}

/// Measures the model on the two test files, and scoring throughput on one core.
pub fn bench(dir: &Path, model: &Model, threshold: f64) -> Result<BenchReport, String> {
    let clef = load_clef(&dir.join(CLEF_TEST))?;
    let cb = load_claimbuster(&dir.join(CB_TEST))?;
    let cs = score_files(model, &clef, &CONTEXT);
    let (clef_map, clef_per_file) = mean_ap_per_file(&clef, &cs);
    let s = score_all(model, cb.iter().map(|r| &r.text));
    let l: Vec<bool> = cb.iter().map(|r| r.label).collect();
    let (p, r, f) = prf1(&s, &l, threshold);
    // Throughput: the `score` command's own loop over every test sentence, in memory, 5 runs.
    let mut input = String::new();
    for t in clef.iter().map(|r| &r.text).chain(cb.iter().map(|r| &r.text)) {
        input.push_str(&t.replace('\n', " "));
        input.push('\n');
    }
    let n = input.lines().count();
    let mut runs = Vec::new();
    let mut sink = Vec::with_capacity(input.len());
    for _ in 0..5 {
        let mut done = 0;
        let t0 = Instant::now();
        while t0.elapsed().as_secs_f64() < 0.5 {
            sink.clear();
            done += super::score::score_lines(model, input.as_bytes(), &mut sink).map_err(|e| e.to_string())?.lines;
        }
        runs.push(done as f64 / t0.elapsed().as_secs_f64());
    }
    let mut sorted = runs.clone();
    sorted.sort_by(f64::total_cmp);
    Ok(BenchReport {
        clef_map,
        clef_per_file,
        cb_precision: p,
        cb_recall: r,
        cb_f1: f,
        throughput: sorted[sorted.len() / 2],
        throughput_runs: runs,
        sentences_timed: n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_precision_by_hand() {
        // Ranked: P N P N -> (1/1 + 2/3) / 2
        let ap = average_precision(&[0.9, 0.8, 0.7, 0.1], &[true, false, true, false]);
        assert!((ap - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12);
        assert_eq!(average_precision(&[0.5, 0.4], &[false, false]), 0.0);
    }

    #[test]
    fn map_is_per_file_then_mean() {
        let row = |f: &str, l| Labelled { id: 0, file: f.into(), text: String::new(), label: l };
        let rows = [row("a", true), row("a", false), row("b", false), row("b", true)];
        let (map, per) = mean_ap_per_file(&rows, &[0.9, 0.1, 0.9, 0.1]);
        assert_eq!(per["a"], 1.0);
        assert_eq!(per["b"], 0.5);
        assert!((map - 0.75).abs() < 1e-12);
    }

    fn synthetic() -> (Vec<Labelled>, Vec<Labelled>) {
        let pos =
            ["Taxes rose 12 percent in {} years.", "We spent {} billion dollars on roads.", "Crime fell {} percent."];
        let neg = ["Thank you, {} times.", "Good evening to all {} of you.", "Let me answer that, {} times."];
        let mut cb = Vec::new();
        for i in 0..48u64 {
            let (t, label) =
                if i / 4 % 2 == 0 { (pos[(i % 3) as usize], true) } else { (neg[(i % 3) as usize], false) };
            cb.push(Labelled { id: i, file: String::new(), text: t.replace("{}", &i.to_string()), label });
        }
        let clef = (0..16u64)
            .map(|i| Labelled {
                id: i,
                file: format!("f{}.tsv", i % 4),
                text: if i / 4 == 0 { "Jobs fell 3 percent.".into() } else { "Thank you.".into() },
                label: i / 4 == 0,
            })
            .collect();
        (cb, clef)
    }

    #[test]
    fn training_pipeline_is_reproducible_and_cross_validates() {
        let (cb, clef) = synthetic();
        let r = Recipe::default();
        let cv = cross_validate(&cb, &clef, &r);
        assert!(cv.cb_f1_balanced > 0.9, "{cv:?}");
        assert!((0.2..=0.8).contains(&cv.threshold));
        let a = train_full(&cb, &clef, &r, cv.threshold).to_bytes();
        assert_eq!(a, train_full(&cb, &clef, &r, cv.threshold).to_bytes());
        // The threshold is folded into the bias: a lower threshold raises every score.
        let m_lo = train_full(&cb, &clef, &r, 0.3);
        let m_hi = train_full(&cb, &clef, &r, 0.7);
        let mut x = Extractor::new();
        assert!(m_lo.score(&mut x, "Nothing here.") > m_hi.score(&mut x, "Nothing here."));
    }

    #[test]
    fn clef_context_stays_inside_a_debate() {
        use crate::extract::features::{ContextMode, context_bucket};
        let row = |f: &str, id, t: &str| Labelled { id, file: f.into(), text: t.into(), label: false };
        let rows = [row("a", 1, "One."), row("a", 2, "Two."), row("b", 3, "Three.")];
        let refs: Vec<&Labelled> = rows.iter().collect();
        let recipe = Recipe { context: Context { mode: ContextMode::Cues, scale: 1.0 }, ..Recipe::default() };
        let ex = examples(&[], &refs, &recipe);
        let has = |k: usize, dir| ex[k].feats.iter().any(|f| f.0 == context_bucket(bucket("#bias"), dir));
        assert!(!has(0, PREV) && has(0, NEXT));
        assert!(has(1, PREV) && !has(1, NEXT), "the next row is another debate");
        assert!(!has(2, PREV) && !has(2, NEXT));
        assert_eq!(ex[0].group, 1);
        assert_eq!(ex[2].group, 2);
    }

    #[test]
    fn f1_of_the_positive_class() {
        let (p, r, f) = prf1(&[0.9, 0.6, 0.4, 0.2], &[true, false, true, false], 0.5);
        assert_eq!((p, r), (0.5, 0.5));
        assert!((f - 0.5).abs() < 1e-12);
    }
}
