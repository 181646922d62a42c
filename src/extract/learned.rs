//! The learned news decision: a small regularised logistic regression over interpretable inputs of an analysed
//! sentence (the model's score, each hold-back reason, numbers, claimant, quotation, length, position), fitted on the
//! dev split of the labelled news set by `factdesk train-news` and chosen by leave-one-article-out cross-validation.

use super::newsset::{self, Article, Counts};
use super::{Analysed, classify};
use crate::model::Kind;

/// What each input means, in the order of `Logistic::weights` (shown in a candidate's "why" and in reports).
pub const INPUTS: [&str; N] = [
    "model score (log-odds)",
    "held: looks forward",
    "held: a possibility",
    "held: says what was talked about",
    "held: introduces what follows",
    "held: reports a question",
    "held: only says a statement was made",
    "held: a quote with no quantity",
    "held: states a view",
    "held: introduces a speaker",
    "held: too short to say much",
    "held: words of feeling",
    "an act of the justice system",
    "quantities found",
    "money or a percentage",
    "an approximate quantity",
    "only a year",
    "a claimant named",
    "kind: quote",
    "kind: prediction",
    "kind: opinion",
    "kind: attribution",
    "inside a quotation",
    "a list item",
    "words (log)",
    "fewer than 4 words",
    "position in the article",
    "the first sentence",
    "model score (probability)",
    "model log-odds when held back",
    "held: gives advice or urges",
    "held: says what was not said",
    "reports an event",
    "names a time",
    "an event at a named time",
    "speaks in the first person",
];

/// Inputs never named as a reason: the scorer's own score (its log-odds, its probability, its log-odds when held
/// back; a candidate's "cue words" say what weighed in it), and length and position, which are no reason a
/// journalist would give.
const NOT_A_REASON: [usize; 5] = [0, 24, 26, 28, 29];

/// How many inputs a sentence has.
pub const N: usize = 36;

/// The hold-back reasons of `classify::held_back`, in the order of inputs 1 to 11.
const HELD: [&str; 11] = [
    classify::LOOKS_FORWARD,
    classify::A_POSSIBILITY,
    classify::TALKED_ABOUT,
    classify::INTRODUCES_WHAT_FOLLOWS,
    classify::REPORTS_A_QUESTION,
    classify::ONLY_A_STATEMENT,
    classify::QUOTE_NO_QUANTITY,
    classify::STATES_A_VIEW,
    classify::INTRODUCES_A_SPEAKER,
    classify::TOO_SHORT,
    classify::WORDS_OF_FEELING,
];

/// The inputs of a claim-able sentence, the `index`-th of the article's `claimable` claim-able sentences.
pub fn inputs(s: &Analysed, index: usize, claimable: usize) -> [f64; N] {
    let mut x = [0.0; N];
    let p = s.score.clamp(1e-4, 1.0 - 1e-4);
    x[0] = (p / (1.0 - p)).ln();
    if let Some(k) = HELD.iter().position(|h| *h == s.held) {
        x[1 + k] = 1.0;
    }
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    x[12] = flag(s.record);
    let quantities = s.numbers.iter().filter(|n| n.unit != "year").count();
    x[13] = (1.0 + quantities as f64).ln();
    x[14] = flag(
        s.numbers.iter().any(|n| n.unit == "%" || n.unit.chars().all(|c| c.is_ascii_uppercase()) && !n.unit.is_empty()),
    );
    x[15] = flag(s.numbers.iter().any(|n| n.approximate));
    x[16] = flag(quantities == 0 && !s.numbers.is_empty());
    x[17] = flag(!s.claimant.is_empty() && !classify::is_pronoun(&s.claimant));
    x[18] = flag(s.kind == Kind::Quote);
    x[19] = flag(s.kind == Kind::Prediction);
    x[20] = flag(s.kind == Kind::Opinion);
    x[21] = flag(s.kind == Kind::Attribution);
    x[22] = flag(s.in_quote);
    x[23] = flag(s.role == super::split::Role::ListItem);
    let words = s.text.split_whitespace().count();
    x[24] = (1.0 + words as f64).ln();
    x[25] = flag(words < 4);
    x[26] = if claimable > 1 { index as f64 / (claimable - 1) as f64 } else { 0.0 };
    x[27] = flag(index == 0);
    x[28] = s.score;
    x[29] = if s.held.is_empty() { 0.0 } else { x[0] };
    // Eighth session: a hold added after the first eleven, kept last so the earlier inputs keep their places.
    x[30] = flag(s.held == classify::GIVES_ADVICE);
    // Tenth session: the hold the inputs lacked (a sentence held as saying what was not said looked unheld).
    x[31] = flag(s.held == classify::SAYS_NOTHING);
    // Seventeenth session: what the hand rule's bars ask of a sentence (an event, a time) and whom it speaks for;
    // among the rule's proposals an event at a named time was more often worth checking, and a sentence in the
    // first person less often, than the bars could say.
    // Twentieth session: on a page in Spanish, French or Portuguese the event is read by the language's verb forms
    // (`romance::cue`: a past form, a perfect, a past passive), which the English reading cannot see.
    let event = classify::reports_an_event(&s.text) || s.cue != super::romance::Cue::None;
    let time = classify::names_a_time(&s.text);
    x[32] = flag(event);
    x[33] = flag(time);
    x[34] = flag(event && time);
    x[35] = flag(classify::speaks_in_the_first_person(&s.text));
    x
}

/// A logistic regression over `INPUTS`: the probability that a sentence is worth checking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Logistic {
    pub bias: f64,
    pub weights: [f64; N],
}

impl Logistic {
    pub fn margin(&self, x: &[f64; N]) -> f64 {
        self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>()
    }

    pub fn probability(&self, x: &[f64; N]) -> f64 {
        1.0 / (1.0 + (-self.margin(x)).exp())
    }

    /// The inputs that pushed a sentence up most (largest positive weight × value), at most `n`, largest first,
    /// leaving out those that are no reason (`NOT_A_REASON`).
    pub fn top_inputs(&self, x: &[f64; N], n: usize) -> Vec<&'static str> {
        let mut c: Vec<(f64, usize)> = self
            .weights
            .iter()
            .zip(x)
            .enumerate()
            .map(|(i, (w, v))| (w * v, i))
            .filter(|(c, i)| *c > 0.05 && !NOT_A_REASON.contains(i))
            .collect();
        c.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        c.into_iter().take(n).map(|(_, i)| INPUTS[i]).collect()
    }
}

/// Fits an L2-regularised logistic regression by Newton's method (iteratively reweighted least squares) on
/// standardised inputs, then folds the standardisation back into the weights. Deterministic: no shuffling, no
/// random start. `l2` penalises the standardised weights (not the bias).
pub fn fit(xs: &[[f64; N]], ys: &[bool], l2: f64) -> Logistic {
    fit_from(xs, ys, l2, None)
}

/// `fit`, with Newton's method started from `start` (a model fitted on nearly the same rows) instead of from zero.
/// The penalised loss is strictly convex, so the optimum is the same; only the number of steps to reach it falls
/// (cross-validation's folds differ from the whole set by one article, so a fold needs two or three steps, not eight).
pub fn fit_from(xs: &[[f64; N]], ys: &[bool], l2: f64, start: Option<&Logistic>) -> Logistic {
    let n = xs.len().max(1) as f64;
    let mut mean = [0.0; N];
    let mut sd = [0.0; N];
    for x in xs {
        for j in 0..N {
            mean[j] += x[j] / n;
        }
    }
    for x in xs {
        for j in 0..N {
            sd[j] += (x[j] - mean[j]).powi(2) / n;
        }
    }
    for s in &mut sd {
        *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
    }
    // Standardised design with a leading 1 for the bias.
    const D: usize = N + 1;
    let z: Vec<[f64; D]> = xs
        .iter()
        .map(|x| {
            let mut r = [0.0; D];
            r[0] = 1.0;
            for j in 0..N {
                r[j + 1] = (x[j] - mean[j]) / sd[j];
            }
            r
        })
        .collect();
    let mut beta = [0.0; D];
    if let Some(m) = start {
        // The start's raw weights in this standardisation (the inverse of the fold-back below).
        beta[0] = m.bias;
        for j in 0..N {
            beta[j + 1] = m.weights[j] * sd[j];
            beta[0] += m.weights[j] * mean[j];
        }
    }
    for _ in 0..50 {
        let mut grad = [0.0; D];
        let mut hess = vec![[0.0; D]; D];
        for (r, &y) in z.iter().zip(ys) {
            let m: f64 = r.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-m).exp());
            let e = p - if y { 1.0 } else { 0.0 };
            let w = (p * (1.0 - p)).max(1e-9);
            // The Hessian is symmetric: its upper triangle is summed here and mirrored below.
            for (a, (g, row)) in grad.iter_mut().zip(hess.iter_mut()).enumerate() {
                *g += e * r[a];
                let wa = w * r[a];
                for (h, rb) in row[a..].iter_mut().zip(&r[a..]) {
                    *h += wa * rb;
                }
            }
        }
        for a in 1..D {
            let (upper, lower) = hess.split_at_mut(a);
            for (b, row) in upper.iter().enumerate() {
                lower[0][b] = row[a];
            }
        }
        for a in 1..D {
            grad[a] += l2 * beta[a];
            hess[a][a] += l2;
        }
        hess[0][0] += 1e-9;
        let step = solve(hess, grad);
        let mut change = 0.0f64;
        for a in 0..D {
            beta[a] -= step[a];
            change = change.max(step[a].abs());
        }
        if change < 1e-10 {
            break;
        }
    }
    let mut weights = [0.0; N];
    let mut bias = beta[0];
    for j in 0..N {
        weights[j] = beta[j + 1] / sd[j];
        bias -= weights[j] * mean[j];
    }
    Logistic { bias, weights }
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (`a` is small and, with the penalty, regular).
fn solve<const D: usize>(mut a: Vec<[f64; D]>, mut b: [f64; D]) -> [f64; D] {
    for c in 0..D {
        let p = (c..D).max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs())).unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        let d = a[c][c];
        if d.abs() < 1e-300 {
            continue;
        }
        let (top, rest) = a.split_at_mut(c + 1);
        let pivot = &top[c];
        for (off, row) in rest.iter_mut().enumerate() {
            let f = row[c] / d;
            if f != 0.0 {
                for (x, p) in row[c..].iter_mut().zip(&pivot[c..]) {
                    *x -= f * p;
                }
                b[c + 1 + off] -= f * b[c];
            }
        }
    }
    let mut x = [0.0; D];
    for c in (0..D).rev() {
        let s: f64 = (c + 1..D).map(|k| a[c][k] * x[k]).sum();
        x[c] = if a[c][c].abs() < 1e-300 { 0.0 } else { (b[c] - s) / a[c][c] };
    }
    x
}

/// Why the learned decision cannot be trained on what was asked.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TrainError {
    #[error(
        "split `{0}` is held out: the news decision is trained on `dev` only, so the held-out splits stay unseen; use \
         --split dev"
    )]
    HeldOut(String),
    #[error("split `{0}` is unknown; the news decision is trained on `dev`: use --split dev")]
    Unknown(String),
    #[error("no `dev` article in the set; split.tsv must name some articles `dev`")]
    NoDev,
}

/// The articles of the `dev` split, and only those; any other split is refused, so that training never reads a
/// held-out article.
pub fn dev_only<'a>(articles: &'a [Article], split: &str) -> Result<Vec<&'a Article>, TrainError> {
    if newsset::HELD_OUT.contains(&split) || split == newsset::ALL_HELD_OUT {
        return Err(TrainError::HeldOut(split.to_string()));
    }
    if split != "dev" {
        return Err(TrainError::Unknown(split.to_string()));
    }
    let dev: Vec<&Article> = articles.iter().filter(|a| a.split == "dev").collect();
    if dev.is_empty() {
        return Err(TrainError::NoDev);
    }
    Ok(dev)
}

/// One article ready for training: its sentences analysed (`passes` = claim-able), each claim-able sentence's
/// inputs and label (labelled `check` = worth checking; `no`, furniture the splitter missed, or unlabelled = not).
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    pub article: &'a Article,
    pub sentences: Vec<Analysed>,
    /// Index into `sentences`, inputs, label.
    pub rows: Vec<(usize, [f64; N], bool)>,
}

/// Analyses an article with every claim-able sentence passing, and builds its training rows.
pub fn prepare<'a>(article: &'a Article, analyse: impl Fn(&str) -> Vec<Analysed>) -> Prepared<'a> {
    let sentences = analyse(&article.text);
    let claimable = sentences.iter().filter(|s| s.passes).count();
    let rows = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.passes)
        .enumerate()
        .map(|(k, (i, s))| {
            let label = newsset::label_of(&article.pieces, s) == Some(&newsset::Label::Check);
            (i, inputs(s, k, claimable), label)
        })
        .collect();
    Prepared { article, sentences, rows }
}

/// The prepared articles as TSV for a study outside factdesk (`train-news --dump`, read by `tools/meaning/gate.py`).
/// One `a` row per article: `a`, name, outlet, its check-worthy pieces. One `s` row per claim-able sentence: `s`,
/// article, outlet, row number, label (`check`, `no`, `furniture` for headlines and furniture, `none` for no
/// labelled piece), `1` when the hand rule refuses it (`vetoed`), the numbers of the article's check-worthy pieces it
/// covers (more than half of the piece; comma-separated, `-` for none), the `N` inputs, and its text (tabs and line
/// breaks as spaces).
pub fn dump(prepared: &[Prepared]) -> String {
    use std::fmt::Write as _;
    let mut out = String::from("# kind\tarticle\toutlet\trow\tlabel\tvetoed\tcovers");
    (0..N).for_each(|j| {
        let _ = write!(out, "\tx{j}");
    });
    out.push_str("\ttext\n");
    for p in prepared {
        let name = &p.article.name;
        let outlet = super::lexical::outlet(name);
        let checks: Vec<&newsset::Piece> =
            p.article.pieces.iter().filter(|x| x.label == newsset::Label::Check).collect();
        let _ = writeln!(out, "a\t{name}\t{outlet}\t{}", checks.len());
        for (k, (i, x, _)) in p.rows.iter().enumerate() {
            let s = &p.sentences[*i];
            let label = match newsset::label_of(&p.article.pieces, s) {
                Some(newsset::Label::Check) => "check",
                Some(newsset::Label::No) => "no",
                Some(_) => "furniture",
                None => "none",
            };
            let covers: Vec<String> =
                checks.iter().enumerate().filter(|(_, c)| newsset::covers(c, s)).map(|(n, _)| n.to_string()).collect();
            let covers = if covers.is_empty() { "-".to_string() } else { covers.join(",") };
            let _ = write!(out, "s\t{name}\t{outlet}\t{k}\t{label}\t{}\t{covers}", u8::from(vetoed(s)));
            x.iter().for_each(|v| {
                let _ = write!(out, "\t{v}");
            });
            let text: String =
                s.text.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c }).collect();
            let _ = writeln!(out, "\t{}", crate::sanitize::line(&text));
        }
    }
    out
}

/// What the learned (and the lexical) decision never proposes, whatever its probability: whatever the hand rule
/// `NEWS` refuses — fewer than `min_words` words, a score under its floor (under `record` for an act of the justice
/// system), a held-back sentence under `sure`, one too short to say much under `short` ("In 1990 he moved.", one of
/// the examples). Tenth session: before, only the last two; out of fold the learned decision then proposed
/// every piece of furniture the rule proposed and three more that the rule's floor or a hold-back stopped (on 192
/// dev articles, 24 against 21), so the shipping rule compared furniture leakage rather than ranking. Now a learned
/// decision re-ranks the rule's proposals and can only drop some.
pub fn vetoed(s: &Analysed) -> bool {
    super::NEWS.news_refuses(s)
}

/// The counts of one article when the sentences whose probability is at least `threshold` are proposed (never a
/// `vetoed` one).
pub fn counts_at(p: &Prepared, probs: &[f64], threshold: f64) -> Counts {
    let mut s = p.sentences.clone();
    for x in s.iter_mut() {
        x.passes = false;
    }
    for ((i, _, _), pr) in p.rows.iter().zip(probs) {
        s[*i].passes = *pr >= threshold && !vetoed(&p.sentences[*i]);
    }
    newsset::score(p.article, &s).0
}

/// The rows `fit` takes from prepared articles (inputs and labels, article by article), leaving out article `skip`.
pub fn training_rows(prepared: &[Prepared], skip: Option<usize>) -> (Vec<[f64; N]>, Vec<bool>) {
    prepared
        .iter()
        .enumerate()
        .filter(|(j, _)| Some(*j) != skip)
        .flat_map(|(_, p)| p.rows.iter().map(|(_, x, y)| (*x, *y)))
        .unzip()
}

/// Leave-one-article-out predictions: each article's probabilities from a model fitted on the other articles. Each
/// fold starts Newton's method from the fit on every article, and the folds are shared among the machine's cores
/// (each fold is computed alone, so the result does not depend on how many there are).
pub fn out_of_fold(prepared: &[Prepared], l2: f64) -> Vec<Vec<f64>> {
    let (xs, ys) = training_rows(prepared, None);
    let all = fit(&xs, &ys, l2);
    let fold = |k: usize| -> Vec<f64> {
        let (xs, ys) = training_rows(prepared, Some(k));
        let m = fit_from(&xs, &ys, l2, Some(&all));
        prepared[k].rows.iter().map(|(_, x, _)| m.probability(x)).collect()
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, prepared.len().max(1));
    let mut out = vec![Vec::new(); prepared.len()];
    std::thread::scope(|s| {
        let fold = &fold;
        let handles: Vec<_> = (0..cores)
            .map(|c| s.spawn(move || (c..prepared.len()).step_by(cores).map(|k| (k, fold(k))).collect::<Vec<_>>()))
            .collect();
        for h in handles {
            // A fold cannot panic on data (it is arithmetic on finite inputs); if a thread did, its folds stay empty
            // and the pooled counts would show it, so re-raise the panic instead of hiding it.
            for (k, probs) in h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                out[k] = probs;
            }
        }
    });
    out
}

/// The summed counts over every article at `threshold`, given each article's probabilities.
pub fn pooled(prepared: &[Prepared], probs: &[Vec<f64>], threshold: f64) -> Counts {
    let mut total = Counts::default();
    for (p, pr) in prepared.iter().zip(probs) {
        total.add(&counts_at(p, pr, threshold));
    }
    total
}

/// The recall the decision must keep on the cross-validated predictions.
pub const MIN_RECALL: f64 = 0.90;

/// The regularisation strengths tried.
pub const L2_GRID: &[f64] = &[0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0];

/// The best threshold (0.01 to 0.99) for some predictions: the highest precision with recall at least
/// `MIN_RECALL`; ties go to the higher recall, then the lower threshold. `None` when no threshold keeps the recall.
pub fn best_threshold(prepared: &[Prepared], probs: &[Vec<f64>]) -> Option<(f64, Counts)> {
    let mut best: Option<(f64, Counts)> = None;
    for t in 1..100 {
        let t = t as f64 / 100.0;
        let c = pooled(prepared, probs, t);
        if c.recall() < MIN_RECALL {
            continue;
        }
        let better = match &best {
            None => true,
            Some((_, b)) => {
                c.precision() > b.precision() + 1e-12
                    || ((c.precision() - b.precision()).abs() <= 1e-12 && c.recall() > b.recall() + 1e-12)
            }
        };
        if better {
            best = Some((t, c));
        }
    }
    best
}

/// The floors `rule_floor_cv` chooses from (the shipped rule's was 0.30 from the eighth session's second round, 0.35
/// from the tenth session, 0.40 from the thirteenth, 0.30 again from the nineteenth). 0.20 and 0.25 since the
/// twentieth: with the former test19 in dev, no floor from 0.30 up keeps dev's recall at 0.90 (0.30 gives 0.894), so
/// the grid reaches down to where one does.
pub const FLOORS: &[f64] = &[0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60];

/// Which of some candidates (the pooled counts of each floor on a fold's training articles) a fold chooses: the most
/// precise with recall at least `MIN_RECALL` (ties: the higher recall, then the first); when none keeps that recall,
/// the one with the highest recall (ties: the more precise, then the first). Ninth session: before, a fold where no
/// floor kept the recall fell back to 0.40, which on the 134 dev articles was 85 of 134 folds (their other articles
/// reach recall 0.899 at most).
pub fn choose_floor(candidates: &[Counts]) -> usize {
    let mut best: Option<(usize, &Counts)> = None;
    let mut most: Option<(usize, &Counts)> = None;
    for (g, c) in candidates.iter().enumerate() {
        if most.is_none_or(|(_, m)| {
            c.recall() > m.recall() + 1e-12
                || ((c.recall() - m.recall()).abs() <= 1e-12 && c.precision() > m.precision() + 1e-12)
        }) {
            most = Some((g, c));
        }
        if c.recall() < MIN_RECALL {
            continue;
        }
        if best.is_none_or(|(_, b)| {
            c.precision() > b.precision() + 1e-12
                || ((c.precision() - b.precision()).abs() <= 1e-12 && c.recall() > b.recall() + 1e-12)
        }) {
            best = Some((g, c));
        }
    }
    best.or(most).map_or(0, |(g, _)| g)
}

/// Leave-one-article-out CV of the hand rule's floor: the pooled counts of each left-out article at the floor
/// chosen on the others, and how often each floor was chosen. The articles are prepared with every claim-able
/// sentence passing (`Decision::Threshold(0.0)`, as `train-news` prepares them); each floor's decision is applied to a
/// copy of those sentences (`decide`, the last step of `analyse`), so each article is analysed once, not once a floor.
pub fn rule_floor_cv(prepared: &[Prepared]) -> (Counts, String) {
    let per: Vec<Vec<Counts>> = FLOORS
        .iter()
        .map(|&min| {
            let d = super::NEWS.with_floor(min);
            prepared
                .iter()
                .map(|p| {
                    let mut s = p.sentences.clone();
                    super::decide(&mut s, d);
                    newsset::score(p.article, &s).0
                })
                .collect()
        })
        .collect();
    let mut total = Counts::default();
    let mut chosen = vec![0usize; FLOORS.len()];
    for held in 0..prepared.len() {
        let others: Vec<Counts> = per
            .iter()
            .map(|counts| {
                let mut c = Counts::default();
                counts.iter().enumerate().filter(|(a, _)| *a != held).for_each(|(_, x)| c.add(x));
                c
            })
            .collect();
        let g = choose_floor(&others);
        chosen[g] += 1;
        total.add(&per[g][held]);
    }
    let how = FLOORS
        .iter()
        .zip(&chosen)
        .filter(|(_, n)| **n > 0)
        .map(|(f, n)| format!("{f:.2} x{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    (total, how)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_learns_a_separable_input_and_is_deterministic() {
        // Input 13 (quantities) decides the label; the rest is noise-free zero.
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for k in 0..40 {
            let mut x = [0.0; N];
            x[13] = (k % 2) as f64;
            x[0] = (k % 5) as f64 / 5.0;
            xs.push(x);
            ys.push(k % 2 == 1);
        }
        let a = fit(&xs, &ys, 1.0);
        let b = fit(&xs, &ys, 1.0);
        assert_eq!(a, b);
        assert!(a.weights[13] > 1.0, "{a:?}");
        assert!(a.probability(&xs[1]) > 0.8 && a.probability(&xs[0]) < 0.2, "{a:?}");
        // A stronger penalty shrinks the weight.
        assert!(fit(&xs, &ys, 100.0).weights[13] < a.weights[13]);
    }

    #[test]
    fn top_inputs_name_what_pushed_up() {
        let mut m = Logistic { bias: 0.0, weights: [0.0; N] };
        m.weights[13] = 2.0;
        m.weights[17] = 1.0;
        m.weights[7] = -3.0;
        m.weights[28] = 5.0;
        let mut x = [0.0; N];
        x[28] = 0.9;
        x[13] = 1.0;
        x[17] = 1.0;
        x[7] = 1.0;
        assert_eq!(m.top_inputs(&x, 2), vec!["quantities found", "a claimant named"]);
    }

    fn counts(proposed: usize, right: usize, found: usize, checkworthy: usize) -> Counts {
        Counts { proposed, proposed_right: right, found, checkworthy, ..Counts::default() }
    }

    #[test]
    fn a_fold_chooses_the_most_precise_floor_that_keeps_recall_else_the_one_that_finds_most() {
        // Invented counts: the second keeps recall 0.90 and is more precise than the first; the third is the most
        // precise but finds too little.
        let keeps = [counts(100, 70, 90, 100), counts(95, 72, 90, 100), counts(50, 45, 45, 100)];
        assert_eq!(choose_floor(&keeps), 1);
        // None reaches 0.90: the one that finds most, not a fixed floor.
        let short = [counts(100, 70, 89, 100), counts(90, 70, 85, 100), counts(50, 45, 45, 100)];
        assert_eq!(choose_floor(&short), 0);
        assert_eq!(choose_floor(&[]), 0);
    }

    #[test]
    fn the_seventeenth_sessions_inputs_read_an_event_a_time_and_the_first_person() {
        let all = super::super::analyse(
            "The council closed the depot on Tuesday.\n\nWe think the plan is sound.\n\nThe depot closed in 2019.",
            super::super::model::Model::embedded(),
            super::super::Decision::default(),
        );
        let x = |t: &str| {
            let k = all.iter().position(|s| s.text.starts_with(t)).unwrap();
            inputs(&all[k], k, all.len())
        };
        let (dated, view, undated) = (x("The council"), x("We think"), x("The depot"));
        assert_eq!((dated[32], dated[33], dated[34], dated[35]), (1.0, 1.0, 1.0, 0.0));
        assert_eq!((view[32], view[33], view[34], view[35]), (0.0, 0.0, 0.0, 1.0));
        assert_eq!((undated[32], undated[33], undated[34], undated[35]), (1.0, 0.0, 0.0, 0.0));
        assert_eq!(
            INPUTS[32..],
            ["reports an event", "names a time", "an event at a named time", "speaks in the first person"]
        );
    }

    /// Twentieth session: on a Spanish page the event input reads the language's verb forms (a preterite, a past
    /// passive), not only English's; a say-verb alone reports no event.
    #[test]
    fn the_event_input_reads_a_romance_pages_verb_forms() {
        let all = super::super::analyse(
            "Los bomberos de la ciudad apagaron el fuego del mercado viejo durante la noche del martes.\n\n\
             El alcalde de la ciudad dijo que la obra del puente sigue según lo previsto por los técnicos.\n\n\
             Las calles del centro fueron cerradas por la policía y los vecinos también están con miedo.",
            super::super::model::Model::embedded(),
            super::super::Decision::default(),
        );
        let x = |t: &str| {
            let k = all.iter().position(|s| s.text.starts_with(t)).unwrap();
            inputs(&all[k], k, all.len())
        };
        assert_eq!(x("Los bomberos")[32], 1.0);
        assert_eq!(x("Las calles")[32], 1.0);
        assert_eq!(x("El alcalde")[32], 0.0);
    }

    #[test]
    fn solve_solves() {
        let a = vec![[2.0, 1.0], [1.0, 3.0]];
        let x = solve(a, [3.0, 5.0]);
        assert!((x[0] - 0.8).abs() < 1e-12 && (x[1] - 1.4).abs() < 1e-12, "{x:?}");
    }
}
