//! The news-trained lexical decision (issue 15, ninth session): hashed word unigrams and bigrams of a sentence
//! (lower-cased, numbers as one token) beside the learned decision's hand inputs, in an L2-regularised logistic
//! regression fitted on the dev split by `factdesk train-news --lexical`, and the outlet-grouped cross-validation
//! that compares it with the hand rule and the learned decision.

use super::Analysed;
use super::learned::{self, N, Prepared};
use super::newsset::Counts;

/// How many buckets the word n-grams are hashed into.
pub const BUCKETS: usize = 4096;

/// The token a word holding a digit becomes.
const NUMBER: &str = "<num>";

/// The words of a sentence: lower-cased runs of letters, digits and inner apostrophes (curly ones made straight);
/// a word holding a digit is `<num>`, so "3.2%" and "1,200" read alike.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut push = |cur: &mut String| {
        let w = cur.trim_matches('\'');
        if !w.is_empty() {
            out.push(if w.chars().any(|c| c.is_ascii_digit()) { NUMBER.to_string() } else { w.to_string() });
        }
        cur.clear();
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = if c == '\u{2019}' || c == '\u{2018}' { '\'' } else { c };
        // A decimal point or thousands separator between digits stays inside the number.
        let inside_number = (c == '.' || c == ',')
            && cur.chars().last().is_some_and(|l| l.is_ascii_digit())
            && chars.peek().is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() || c == '\'' || inside_number {
            cur.extend(c.to_lowercase());
        } else {
            push(&mut cur);
        }
    }
    push(&mut cur);
    out
}

/// FNV-1a's 64-bit offset basis: the hash of no bytes.
pub(crate) const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits: the hash `h` continued over `bytes` (the lexical buckets and the meaning cache's keys).
pub(crate) fn fnv_more(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// FNV-1a of the parts joined by spaces: the same bucket for the same n-gram on every machine and every run.
fn fnv(parts: &[&str]) -> u64 {
    let mut h = FNV_START;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h = fnv_more(h, b" ");
        }
        h = fnv_more(h, p.as_bytes());
    }
    h
}

/// A sentence's unigrams and bigrams, each as its bucket and its key (the word, or the two words with a space; a
/// bigram may span the sentence's start or end, marked `^` and `$`), in reading order, unigrams first.
pub fn grams(text: &str) -> Vec<(usize, String)> {
    let t = tokens(text);
    let bucket = |h: u64| (h % BUCKETS as u64) as usize;
    let mut out: Vec<(usize, String)> = t.iter().map(|w| (bucket(fnv(&["u", w])), w.clone())).collect();
    let padded: Vec<&str> = std::iter::once("^").chain(t.iter().map(String::as_str)).chain(["$"]).collect();
    for pair in padded.windows(2) {
        out.push((bucket(fnv(&["b", pair[0], pair[1]])), format!("{} {}", pair[0], pair[1])));
    }
    out
}

/// The buckets a sentence's unigrams and bigrams fall in (sorted, each once).
pub fn hashed(text: &str) -> Vec<u32> {
    buckets(&grams(text))
}

/// The buckets of n-grams `grams` made (sorted, each once): `hashed` for a sentence already split.
pub fn buckets(grams: &[(usize, String)]) -> Vec<u32> {
    let mut out: Vec<u32> = grams.iter().map(|(b, _)| *b as u32).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Which n-gram each bucket's weight was learned from: for every bucket weighing over `MIN_WORD_WEIGHT` in
/// `hashed`, the n-gram key (see `grams`) that makes up more than half of the bucket's occurrences in the
/// check-worthy sentences of `sentences` (each sentence counted once per n-gram; ties to the smaller key), sorted by
/// bucket. A bucket no one n-gram dominates has no owner, so a reason never names a word that only shares a bucket
/// with the words the weight came from.
pub fn owners<'t>(sentences: impl Iterator<Item = (&'t str, bool)>, hashed: &[f32]) -> Vec<(u16, String)> {
    use std::collections::{BTreeMap, HashMap};
    let mut counts: BTreeMap<usize, HashMap<String, usize>> = BTreeMap::new();
    for (text, _) in sentences.filter(|(_, y)| *y) {
        let mut seen = std::collections::HashSet::new();
        for (b, key) in grams(text) {
            if hashed.get(b).is_some_and(|w| *w > MIN_WORD_WEIGHT) && seen.insert(key.clone()) {
                *counts.entry(b).or_default().entry(key).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter_map(|(b, keys)| {
            let total: usize = keys.values().sum();
            let (key, n) = keys.into_iter().max_by(|(ka, na), (kb, nb)| na.cmp(nb).then(kb.cmp(ka)))?;
            (2 * n > total).then_some((u16::try_from(b).ok()?, key))
        })
        .collect()
}

/// One training row: the hand inputs, the n-gram buckets, the label.
#[derive(Debug, Clone)]
pub struct Row {
    pub dense: [f64; N],
    pub hashed: Vec<u32>,
    pub y: bool,
}

/// The rows of an article (its claim-able sentences, in order).
pub fn rows(p: &Prepared) -> Vec<Row> {
    p.rows.iter().map(|(i, x, y)| Row { dense: *x, hashed: hashed(&p.sentences[*i].text), y: *y }).collect()
}

/// A fitted lexical model: weights on the raw hand inputs and on each bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexical {
    pub bias: f64,
    pub dense: [f64; N],
    pub hashed: Vec<f32>,
}

/// The shipped model, borrowed from `lexical_weights`.
#[derive(Debug, Clone, Copy)]
pub struct Shipped<'a> {
    pub bias: f64,
    pub dense: &'a [f64; N],
    pub hashed: &'a [f32; BUCKETS],
    /// Each weighty bucket's n-gram (`owners`), sorted by bucket.
    pub owners: &'a [(u16, &'a str)],
}

/// The probability a model gives a sentence from its inputs and buckets.
fn prob(bias: f64, dense: &[f64; N], hashed: &[f32], x: &[f64; N], buckets: &[u32]) -> f64 {
    let m = bias
        + dense.iter().zip(x).map(|(w, v)| w * v).sum::<f64>()
        + buckets.iter().map(|&b| f64::from(hashed.get(b as usize).copied().unwrap_or(0.0))).sum::<f64>();
    1.0 / (1.0 + (-m).exp())
}

impl Lexical {
    pub fn probability(&self, x: &[f64; N], buckets: &[u32]) -> f64 {
        prob(self.bias, &self.dense, &self.hashed, x, buckets)
    }
}

impl Shipped<'_> {
    pub fn probability(&self, x: &[f64; N], buckets: &[u32]) -> f64 {
        prob(self.bias, self.dense, self.hashed, x, buckets)
    }

    /// The sentence's words and word pairs whose weights pushed its probability up most (at most `n`, each over
    /// `MIN_WORD_WEIGHT`, strongest first, then in reading order), as a journalist reads them: in quotes, a number as
    /// `#`, a pair at the sentence's start or end as its word "at the start" or "at the end"; a number alone is "a
    /// number". Only an n-gram its bucket's weight was learned from (`owners`) is named, and only one with a telling
    /// word or a number in it (`model::telling`: "the" at the start explains nothing to a reader).
    pub fn top_words(&self, text: &str, n: usize) -> Vec<String> {
        self.top_words_of(grams(text), n)
    }

    /// `top_words` of a sentence already split into its n-grams (`grams`), so that a proposal's probability and
    /// its reason read one split.
    pub fn top_words_of(&self, grams: Vec<(usize, String)>, n: usize) -> Vec<String> {
        let tells = |w: &str| w == NUMBER || super::model::telling(w);
        let mut seen = std::collections::HashSet::new();
        let mut out: Vec<(f32, usize, String)> = grams
            .into_iter()
            .enumerate()
            .filter(|(_, (b, _))| seen.insert(*b))
            .filter(|(_, (b, key))| {
                let owner = u16::try_from(*b).ok().and_then(|b| self.owners.binary_search_by_key(&b, |(o, _)| *o).ok());
                owner.is_some_and(|i| self.owners[i].1 == key.as_str())
            })
            .filter(|(_, (_, key))| key.split(' ').any(tells))
            .filter_map(|(i, (b, key))| {
                let w = self.hashed.get(b).copied().unwrap_or(0.0);
                (w > MIN_WORD_WEIGHT).then(|| (w, i, reason(&key)))
            })
            .collect();
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut words: Vec<String> = Vec::new();
        for (_, _, g) in out {
            if words.len() == n {
                break;
            }
            if !words.contains(&g) {
                words.push(g);
            }
        }
        words
    }
}

/// The least weight a word needs to be named as a reason (a word under it moves the probability by a few hundredths
/// at most).
const MIN_WORD_WEIGHT: f32 = 0.15;

/// An n-gram key as a reason shows it: in curly quotes, the number token as `#`, a start or end mark as words; a
/// number alone is "a number".
fn reason(key: &str) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    let q = |ws: &[&str]| {
        let w: Vec<&str> = ws.iter().map(|w| if *w == NUMBER { "#" } else { w }).collect();
        if w == ["#"] { "a number".to_string() } else { format!("\u{201c}{}\u{201d}", w.join(" ")) }
    };
    match words.as_slice() {
        ["^", w] => format!("{} at the start", q(&[w])),
        [w, "$"] => format!("{} at the end", q(&[w])),
        ws => q(ws),
    }
}

/// Fits an L2-regularised logistic regression (summed log-loss plus `l2`/2 times the squared weights; the bias is
/// not penalised) on the standardised hand inputs and the bucket indicators, by Nesterov-accelerated gradient
/// descent with the step 1/L from a bound on the loss's curvature. Deterministic: fixed start, fixed order, fixed
/// number of steps. (Indexed loops, as in `learned::fit`, over the inputs and their means side by side.)
#[allow(clippy::needless_range_loop)]
pub fn fit(rows: &[&Row], l2: f64) -> Lexical {
    let n = rows.len().max(1) as f64;
    let mut mean = [0.0; N];
    let mut sd = [0.0; N];
    for r in rows {
        for j in 0..N {
            mean[j] += r.dense[j] / n;
        }
    }
    for r in rows {
        for j in 0..N {
            sd[j] += (r.dense[j] - mean[j]).powi(2) / n;
        }
    }
    for s in &mut sd {
        *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
    }
    let z: Vec<[f64; N]> = rows
        .iter()
        .map(|r| {
            let mut x = [0.0; N];
            for j in 0..N {
                x[j] = (r.dense[j] - mean[j]) / sd[j];
            }
            x
        })
        .collect();
    // Parameters: [bias, dense (N), buckets (BUCKETS)].
    let dim = 1 + N + BUCKETS;
    let margin = |w: &[f64], k: usize| -> f64 {
        w[0] + z[k].iter().zip(&w[1..=N]).map(|(a, b)| a * b).sum::<f64>()
            + rows[k].hashed.iter().map(|&b| w[1 + N + b as usize]).sum::<f64>()
    };
    // A bound on the largest eigenvalue of XᵀX: the largest row norm squared times the rows (Gershgorin-like on
    // XXᵀ is loose; power iteration gives a tight, still deterministic estimate).
    let mut v = vec![1.0 / (dim as f64).sqrt(); dim];
    let mut lambda = 1.0;
    for _ in 0..30 {
        let xv: Vec<f64> = (0..rows.len()).map(|k| margin(&v, k)).collect();
        let mut next = vec![0.0; dim];
        for (k, s) in xv.iter().enumerate() {
            next[0] += s;
            for j in 0..N {
                next[1 + j] += s * z[k][j];
            }
            for &b in &rows[k].hashed {
                next[1 + N + b as usize] += s;
            }
        }
        let norm = next.iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-12);
        lambda = norm;
        v = next.into_iter().map(|x| x / norm).collect();
    }
    let step = 1.0 / (0.25 * lambda * 1.05 + l2);
    let mut w = vec![0.0; dim];
    let mut prev = w.clone();
    let mut look = w.clone();
    for t in 0..400 {
        let mut grad = vec![0.0; dim];
        for (k, r) in rows.iter().enumerate() {
            let p = 1.0 / (1.0 + (-margin(&look, k)).exp());
            let e = p - if r.y { 1.0 } else { 0.0 };
            grad[0] += e;
            for j in 0..N {
                grad[1 + j] += e * z[k][j];
            }
            for &b in &r.hashed {
                grad[1 + N + b as usize] += e;
            }
        }
        for a in 1..dim {
            grad[a] += l2 * look[a];
        }
        let next: Vec<f64> = look.iter().zip(&grad).map(|(x, g)| x - step * g).collect();
        let momentum = t as f64 / (t as f64 + 3.0);
        look = next.iter().zip(&prev).map(|(x, p)| x + momentum * (x - p)).collect();
        prev = next.clone();
        w = next;
    }
    let mut dense = [0.0; N];
    let mut bias = w[0];
    for j in 0..N {
        dense[j] = w[1 + j] / sd[j];
        bias -= dense[j] * mean[j];
    }
    Lexical { bias, dense, hashed: w[1 + N..].iter().map(|&x| x as f32).collect() }
}

/// Whether the hand rule holds a sentence back (a hold-back reason and a score under the bar `NEWS` sets for it,
/// `Decision::news_bar`): in the combined decision the model only decides among the sentences the rule does not
/// hold.
pub fn rule_holds(s: &Analysed) -> bool {
    !s.held.is_empty() && super::NEWS.news_bar(s).is_some_and(|(bar, _)| s.score < bar)
}

/// The outlet of an article: its folder name up to the first `-` (`reuters-us-jobless` → `reuters`).
pub fn outlet(name: &str) -> &str {
    name.split('-').next().unwrap_or(name)
}

/// `k` folds grouped by outlet: the outlets sorted by name and dealt out in turn, so that an outlet's articles are
/// never on both sides of a fold. Returns each article's fold.
pub fn outlet_folds(names: &[&str], k: usize) -> Vec<usize> {
    let mut outlets: Vec<&str> = names.iter().map(|n| outlet(n)).collect();
    outlets.sort_unstable();
    outlets.dedup();
    names.iter().map(|n| outlets.binary_search(&outlet(n)).unwrap_or(0) % k.max(1)).collect()
}

/// The thresholds a fold chooses from.
pub fn thresholds() -> impl Iterator<Item = f64> {
    (2..=38).map(|t| t as f64 / 40.0)
}

/// The threshold with the best precision at recall at least `learned::MIN_RECALL` on some articles' probabilities
/// (ties: the higher recall); when none keeps the recall, the one with the highest recall.
pub fn choose_threshold(prepared: &[&Prepared], probs: &[Vec<f64>]) -> (f64, Counts) {
    choose_threshold_in(prepared, probs, &thresholds().collect::<Vec<_>>())
}

/// `choose_threshold` from the thresholds `grid`.
pub fn choose_threshold_in(prepared: &[&Prepared], probs: &[Vec<f64>], grid: &[f64]) -> (f64, Counts) {
    let cands: Vec<(f64, Counts)> = grid
        .iter()
        .map(|&t| {
            let mut c = Counts::default();
            for (p, pr) in prepared.iter().zip(probs) {
                c.add(&learned::counts_at(p, pr, t));
            }
            (t, c)
        })
        .collect();
    let counts: Vec<Counts> = cands.iter().map(|(_, c)| c.clone()).collect();
    let g = learned::choose_floor(&counts);
    cands[g].clone()
}

/// A family of decisions the cross-validation compares: how it fits on some rows with a penalty, and the
/// probability it then gives each row of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// The learned decision (`learned::fit`, hand inputs only).
    Learned,
    /// The lexical model.
    Lexical,
    /// The lexical model on the sentences the hand rule does not hold back (`rule_holds`).
    LexicalAfterHolds,
}

impl Family {
    /// The penalties a fold chooses from.
    pub fn grid(self) -> &'static [f64] {
        match self {
            Family::Learned => &[0.3, 3.0, 30.0],
            Family::Lexical | Family::LexicalAfterHolds => &[1.0, 3.0, 10.0, 30.0],
        }
    }

    /// Fits on the articles `train` and gives the probabilities of the articles `test`.
    pub fn fit_predict(
        self,
        p: &[Prepared],
        rows: &[Vec<Row>],
        train: &[usize],
        test: &[usize],
        l2: f64,
    ) -> Vec<Vec<f64>> {
        let flat: Vec<&Row> = train.iter().flat_map(|&a| rows[a].iter()).collect();
        let raw: Vec<Vec<f64>> = match self {
            Family::Learned => {
                let (xs, ys): (Vec<[f64; N]>, Vec<bool>) = flat.iter().map(|r| (r.dense, r.y)).unzip();
                let m = learned::fit(&xs, &ys, l2);
                test.iter().map(|&a| rows[a].iter().map(|r| m.probability(&r.dense)).collect()).collect()
            }
            Family::Lexical | Family::LexicalAfterHolds => {
                let m = fit(&flat, l2);
                test.iter().map(|&a| rows[a].iter().map(|r| m.probability(&r.dense, &r.hashed)).collect()).collect()
            }
        };
        if self != Family::LexicalAfterHolds {
            return raw;
        }
        test.iter()
            .zip(raw)
            .map(|(&a, pr)| {
                p[a].rows
                    .iter()
                    .zip(pr)
                    .map(|((i, _, _), x)| if rule_holds(&p[a].sentences[*i]) { 0.0 } else { x })
                    .collect()
            })
            .collect()
    }
}

/// What one outer fold chose.
#[derive(Debug, Clone, PartialEq)]
pub struct FoldChoice {
    pub l2: f64,
    pub threshold: f64,
}

/// Nested, outlet-grouped cross-validation of a family: `outer` folds by outlet; inside each, the penalty and the
/// threshold are chosen by `inner` outlet-grouped folds of its training articles only, the model is refitted on all
/// of them and applied to the fold's articles at the fold's threshold. Returns each article's out-of-fold decisions
/// (1.0 proposed, 0.0 not, in `p`'s order: `learned::pooled` at 0.5 counts them) and what each outer fold chose.
pub fn nested_cv(
    family: Family,
    p: &[Prepared],
    rows: &[Vec<Row>],
    outer: usize,
    inner: usize,
) -> (Vec<Vec<f64>>, Vec<FoldChoice>) {
    let ts: Vec<f64> = thresholds().collect();
    nested_cv_with(p, family.grid(), &ts, outer, inner, |train, test, l2| family.fit_predict(p, rows, train, test, l2))
}

/// `nested_cv` for any fit: `fit_predict(train, test, l2)` fits on the articles `train` with penalty `l2` (from
/// `grid`) and gives the probabilities of the rows of the articles `test` (the meaning re-ranker's too); the
/// thresholds are chosen from `ts`.
pub fn nested_cv_with(
    p: &[Prepared],
    grid: &[f64],
    ts: &[f64],
    outer: usize,
    inner: usize,
    fit_predict: impl Fn(&[usize], &[usize], f64) -> Vec<Vec<f64>> + Sync,
) -> (Vec<Vec<f64>>, Vec<FoldChoice>) {
    let names: Vec<&str> = p.iter().map(|x| x.article.name.as_str()).collect();
    let folds = outlet_folds(&names, outer);
    let mut out: Vec<Vec<f64>> = vec![Vec::new(); p.len()];
    let mut chosen = Vec::new();
    for f in 0..outer {
        let test: Vec<usize> = (0..p.len()).filter(|&a| folds[a] == f).collect();
        let train: Vec<usize> = (0..p.len()).filter(|&a| folds[a] != f).collect();
        if test.is_empty() || train.is_empty() {
            continue;
        }
        let train_names: Vec<&str> = train.iter().map(|&a| names[a]).collect();
        let inner_folds = outlet_folds(&train_names, inner);
        let mut best: Option<(f64, f64, Counts)> = None;
        // Each penalty's inner cross-validation on a thread of its own (at most two at a time; the result does not
        // depend on the order they finish in).
        let candidate = |l2: f64| {
            let mut probs: Vec<Vec<f64>> = vec![Vec::new(); train.len()];
            for g in 0..inner {
                let it: Vec<usize> = (0..train.len()).filter(|&k| inner_folds[k] == g).collect();
                if it.is_empty() {
                    continue;
                }
                let fit_on: Vec<usize> = (0..train.len()).filter(|&k| inner_folds[k] != g).map(|k| train[k]).collect();
                let test_on: Vec<usize> = it.iter().map(|&k| train[k]).collect();
                for (k, pr) in it.iter().zip(fit_predict(&fit_on, &test_on, l2)) {
                    probs[*k] = pr;
                }
            }
            let tp: Vec<&Prepared> = train.iter().map(|&a| &p[a]).collect();
            choose_threshold_in(&tp, &probs, ts)
        };
        let mut candidates = Vec::new();
        for pair in grid.chunks(2) {
            let found: Vec<(f64, Counts)> = std::thread::scope(|sc| {
                let hs: Vec<_> = pair.iter().map(|&l2| sc.spawn(move || candidate(l2))).collect();
                hs.into_iter().filter_map(|h| h.join().ok()).collect()
            });
            candidates.extend(pair.iter().copied().zip(found));
        }
        for (l2, (t, c)) in candidates {
            let better = best.as_ref().is_none_or(|(_, _, b)| {
                let (cr, br) = (c.recall() >= learned::MIN_RECALL, b.recall() >= learned::MIN_RECALL);
                (cr && !br)
                    || (cr == br && cr && c.precision() > b.precision() + 1e-12)
                    || (cr == br && !cr && c.recall() > b.recall() + 1e-12)
            });
            if better {
                best = Some((l2, t, c));
            }
        }
        let Some((l2, threshold, _)) = best else { continue };
        for (a, pr) in test.iter().zip(fit_predict(&train, &test, l2)) {
            out[*a] = pr.into_iter().map(|x| if x >= threshold { 1.0 } else { 0.0 }).collect();
        }
        chosen.push(FoldChoice { l2, threshold });
    }
    (out, chosen)
}

/// The fractions of an article's claim-able sentences a length-tied cap may allow (1.0: no cap).
pub const CAP_FRACTIONS: &[f64] = &[0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

/// A cap tied to the article's length on top of a decision: at most ceil(`fraction` × its claim-able sentences) of
/// the proposed sentences keep `passes`, the highest scores first (ties: the earlier sentence).
pub fn cap(sentences: &mut [Analysed], fraction: f64) {
    let claimable = sentences.iter().filter(|s| s.role.can_be_claim()).count();
    let k = ((fraction * claimable as f64).ceil() as usize).max(1);
    let mut order: Vec<usize> = (0..sentences.len()).filter(|&i| sentences[i].passes).collect();
    order.sort_by(|&a, &b| sentences[b].score.total_cmp(&sentences[a].score).then(a.cmp(&b)));
    for &i in order.iter().skip(k) {
        sentences[i].passes = false;
    }
}

/// Leave-one-outlet-out CV of the cap on the hand rule: for each outlet, the fraction (`CAP_FRACTIONS`) chosen on
/// the other outlets' articles (`learned::choose_floor`: the most precise keeping recall 0.90), applied to its
/// articles. Returns each article's counts and the fraction its fold chose.
pub fn cap_cv(dev: &[&super::newsset::Article], model: &super::model::Model) -> (Vec<Counts>, Vec<f64>) {
    let per: Vec<Vec<Counts>> = dev
        .iter()
        .map(|art| {
            let rule = super::analyse(&art.text, model, super::NEWS);
            CAP_FRACTIONS
                .iter()
                .map(|&f| {
                    let mut s = rule.clone();
                    cap(&mut s, f);
                    super::newsset::score(art, &s).0
                })
                .collect()
        })
        .collect();
    let mut counts = Vec::new();
    let mut chosen = Vec::new();
    for (a, art) in dev.iter().enumerate() {
        let o = outlet(&art.name);
        let cands: Vec<Counts> = (0..CAP_FRACTIONS.len())
            .map(|g| {
                let mut c = Counts::default();
                dev.iter().zip(&per).filter(|(x, _)| outlet(&x.name) != o).for_each(|(_, p)| c.add(&p[g]));
                c
            })
            .collect();
        let g = learned::choose_floor(&cands);
        counts.push(per[a][g].clone());
        chosen.push(CAP_FRACTIONS[g]);
    }
    (counts, chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_lower_case_and_numbers_become_one_token() {
        assert_eq!(
            tokens("Prices rose 3.2% in May, officials’ said"),
            ["prices", "rose", "<num>", "in", "may", "officials", "said"]
        );
        assert_eq!(tokens("It cost $1,200."), ["it", "cost", "<num>"]);
        assert_eq!(tokens("Don't 'quote' me"), ["don't", "quote", "me"]);
        assert!(tokens("  ... ").is_empty());
    }

    #[test]
    fn hashing_is_stable_and_the_same_words_give_the_same_buckets() {
        let a = hashed("The council approved 12 new homes");
        let b = hashed("the COUNCIL approved 97 new homes");
        assert_eq!(a, b);
        assert!(a.windows(2).all(|w| w[0] < w[1]) && a.iter().all(|&x| (x as usize) < BUCKETS));
        // Six unigrams and seven bigrams (with the start and end marks), a collision or two at most.
        assert!(a.len() >= 11 && a.len() <= 13, "{a:?}");
        assert_ne!(hashed("The mayor said the plan would fail"), a);
    }

    fn row(words: &str, y: bool) -> Row {
        Row { dense: [0.0; N], hashed: hashed(words), y }
    }

    #[test]
    fn fit_learns_words_and_is_deterministic() {
        // Invented sentences: "figures show" marks the checkable ones, "should" the advice.
        let mut rows = Vec::new();
        for k in 0..20 {
            rows.push(row(&format!("figures show {k} more jobs in the region"), true));
            rows.push(row(&format!("residents should check the {k} roads before driving"), false));
        }
        let refs: Vec<&Row> = rows.iter().collect();
        let a = fit(&refs, 1.0);
        assert_eq!(a, fit(&refs, 1.0));
        let yes = a.probability(&[0.0; N], &hashed("figures show fewer jobs"));
        let no = a.probability(&[0.0; N], &hashed("drivers should check the weather"));
        assert!(yes > 0.7 && no < 0.3, "{yes} {no}");
        // A stronger penalty pulls both towards the middle.
        let b = fit(&refs, 100.0);
        assert!(b.probability(&[0.0; N], &hashed("figures show fewer jobs")) < yes);
    }

    #[test]
    fn top_words_name_the_words_that_pushed_up_strongest_first() {
        let mut hashed = [0.0f32; BUCKETS];
        let b = |parts: &[&str]| (fnv(parts) % BUCKETS as u64) as usize;
        hashed[b(&["u", "rose"])] = 1.0;
        hashed[b(&["b", "rose", "<num>"])] = 2.0;
        hashed[b(&["b", "^", "prices"])] = 0.5;
        hashed[b(&["u", "maybe"])] = -3.0;
        hashed[b(&["u", "the"])] = 0.1;
        hashed[b(&["b", "the", "office"])] = 0.2;
        hashed[b(&["b", "^", "the"])] = 4.0;
        hashed[b(&["u", "kitten"])] = 3.0;
        let learned_from = [
            ("Prices rose 4% in May.", true),
            ("The office said prices rose 4%.", true),
            ("The kitten slept, the office said.", false),
            ("Maybe the office will say.", false),
        ];
        let owned = owners(learned_from.into_iter(), &hashed);
        // "kitten" is in no check-worthy sentence, so its bucket has no owner; "the" weighs under the bar.
        assert!(owned.iter().all(|(_, k)| k != "kitten" && k != "the"), "{owned:?}");
        let refs: Vec<(u16, &str)> = owned.iter().map(|(b, k)| (*b, k.as_str())).collect();
        let m = Shipped { bias: 0.0, dense: &[0.0; N], hashed: &hashed, owners: &refs };
        let top = m.top_words("Prices rose 4% maybe, the office said.", 3);
        assert_eq!(top, ["\u{201c}rose #\u{201d}", "\u{201c}rose\u{201d}", "\u{201c}prices\u{201d} at the start"]);
        assert_eq!(m.top_words("The office said.", 3), ["\u{201c}the office\u{201d}"]);
        // A weight under the bar, a negative one, a gram of function words alone (the "the" at the start), or a
        // word whose bucket's weight was learned from other words (the kitten) is never a reason; no word, no reason.
        assert!(m.top_words("the maybe", 3).is_empty());
        assert!(m.top_words("A kitten.", 3).is_empty());
        assert!(m.top_words("", 3).is_empty());
        // A bucket another n-gram owns (a collision) names nothing.
        let stolen = [(u16::try_from(b(&["u", "rose"])).unwrap(), "fell")];
        let m = Shipped { bias: 0.0, dense: &[0.0; N], hashed: &hashed, owners: &stolen };
        assert!(m.top_words("Prices rose.", 3).is_empty());
    }

    #[test]
    fn the_cap_keeps_the_highest_scores_of_a_long_article() {
        // Invented article: five claim-able sentences, all proposed; a cap of 0.4 keeps ceil(2.0) = 2.
        let text = "Prices rose 4 percent in May.\n\nThe council spent $2 million on roads.\n\n\
            Crime fell 10 percent last year.\n\nThe plant employs 300 people.\n\nRents rose 7 percent.";
        let mut s =
            super::super::analyse(text, super::super::model::Model::embedded(), super::super::Decision::Threshold(0.0));
        assert_eq!(s.iter().filter(|x| x.passes).count(), 5, "{s:#?}");
        let mut scores: Vec<f64> = s.iter().map(|x| x.score).collect();
        scores.sort_by(|a, b| b.total_cmp(a));
        cap(&mut s, 0.4);
        let kept: Vec<f64> = s.iter().filter(|x| x.passes).map(|x| x.score).collect();
        assert_eq!(kept.len(), 2);
        assert!(kept.iter().all(|k| *k >= scores[1]), "{kept:?} {scores:?}");
        // No cap: nothing dropped.
        let mut all =
            super::super::analyse(text, super::super::model::Model::embedded(), super::super::Decision::Threshold(0.0));
        cap(&mut all, 1.0);
        assert_eq!(all.iter().filter(|x| x.passes).count(), 5);
    }

    #[test]
    fn folds_never_split_an_outlet() {
        let names = ["reuters-a", "reuters-b", "ap-c", "bbc-d", "ap-e", "cnn-f"];
        let f = outlet_folds(&names, 3);
        assert_eq!(f[0], f[1]);
        assert_eq!(f[2], f[4]);
        assert!(f.iter().all(|&x| x < 3));
        assert_eq!(outlet("reuters-us-jobless"), "reuters");
    }
}
