//! The check-worthiness model: logistic regression over hashed features, its training (AdaGrad) and its weights file.
//!
//! The shipped weights live in `weights.bin` beside this file and are compiled into the binary.
//! Retrain them with `factdesk train --data ../shared/bench/checkworthy`, then rebuild (see BENCHMARKS.md).
//! Format: `FDW1`, u32 LE log2(buckets), f32 LE scale, then one i16 LE per bucket (weight = q * scale).

use super::features::{Context, ContextMode, DIM, DIM_BITS, Extractor, Feat, NEXT, PREV, context_bucket};
use std::sync::OnceLock;

const MAGIC: &[u8; 4] = b"FDW1";
static EMBEDDED: &[u8] = include_bytes!("weights.bin");

/// Words too common to explain anything, left out of `strongest_words`.
const FUNCTION_WORDS: &[&str] = &[
    "that", "this", "with", "from", "have", "were", "been", "they", "their", "there", "which", "would", "about",
    "into", "than", "then", "them", "when", "what", "also", "more", "most", "some", "such", "only", "over", "these",
    "those", "here", "where", "while", "will", "just", "very", "each", "other", "being", "after", "before", "because",
];

/// Whether a lower-case word can explain a score: four letters or more and not a function word ("that", "were").
pub(crate) fn telling(word: &str) -> bool {
    word.chars().count() >= 4 && !FUNCTION_WORDS.contains(&word)
}

/// A linear model: one weight per hashed bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub weights: Vec<f32>,
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    /// All-zero weights (every sentence scores 0.5).
    pub fn zeros() -> Self {
        Model { weights: vec![0.0; DIM] }
    }

    /// The model compiled into the binary.
    pub fn embedded() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| Model::from_bytes(EMBEDDED).unwrap_or_else(|_| Model::zeros()))
    }

    /// Reads a weights file.
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        if b.len() < 12 || &b[..4] != MAGIC {
            return Err("not a factdesk weights file (no FDW1 header); retrain with `factdesk train`".into());
        }
        let bits = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
        if bits != DIM_BITS || b.len() != 12 + 2 * DIM {
            return Err(format!(
                "weights file has 2^{bits} buckets and {} bytes, this build expects 2^{DIM_BITS}; retrain with `factdesk train`",
                b.len()
            ));
        }
        let scale = f32::from_le_bytes([b[8], b[9], b[10], b[11]]);
        let weights = b[12..].chunks_exact(2).map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * scale).collect();
        Ok(Model { weights })
    }

    /// Writes the weights, quantised to 16 bits.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut out = Vec::with_capacity(12 + 2 * DIM);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&DIM_BITS.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for w in &self.weights {
            let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
            out.extend_from_slice(&q.to_le_bytes());
        }
        out
    }

    /// The model's raw margin for some features.
    #[inline]
    pub fn margin(&self, feats: &[Feat]) -> f32 {
        feats.iter().map(|&(i, v)| self.weights[i as usize] * v).sum()
    }

    /// Probability that a sentence is check-worthy, 0..1.
    pub fn score(&self, x: &mut Extractor, text: &str) -> f64 {
        f64::from(sigmoid(self.margin(x.extract(text))))
    }

    /// The words of `text` whose own weight pushes its score up the most (at most `n`, strongest first).
    pub fn strongest_words(&self, text: &str, n: usize) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut ws: Vec<(f32, String)> = super::features::tokenize(text)
            .into_iter()
            .filter(|t| t.kind == super::features::TokKind::Word && telling(&t.lower))
            .filter(|t| seen.insert(t.lower.clone()))
            .map(|t| (self.weights[super::features::word_bucket(&t.lower) as usize], t.lower))
            .filter(|(w, _)| *w > 0.0)
            .collect();
        ws.sort_by(|a, b| b.0.total_cmp(&a.0));
        ws.into_iter().take(n).map(|(_, w)| w).collect()
    }

    /// What a neighbour's features (`neigh`) add to a sentence's margin from direction `dir`.
    #[inline]
    pub fn context_margin(&self, neigh: &[Feat], dir: u64, ctx: &Context) -> f32 {
        let full = ctx.mode == ContextMode::Full;
        neigh
            .iter()
            .filter(|&&(_, v)| full || v >= 1.0)
            .map(|&(i, v)| self.weights[context_bucket(i, dir) as usize] * v * ctx.scale)
            .sum()
    }

    /// Scores consecutive sentences of one text, each seeing its neighbours as `ctx` says
    /// (with `ContextMode::Off` this is `score` on each sentence alone).
    pub fn score_sequence<S: AsRef<str>>(&self, x: &mut Extractor, texts: &[S], ctx: &Context) -> Vec<f64> {
        if !ctx.is_on() {
            return texts.iter().map(|t| self.score(x, t.as_ref())).collect();
        }
        if ctx.mode == ContextMode::Smooth {
            let b = self.weights[super::features::bucket("#bias") as usize];
            let m: Vec<f32> = texts.iter().map(|t| self.margin(x.extract(t.as_ref()))).collect();
            return (0..m.len())
                .map(|i| {
                    let mut z = m[i];
                    if i > 0 {
                        z += ctx.scale * (m[i - 1] - b);
                    }
                    if i + 1 < m.len() {
                        z += ctx.scale * (m[i + 1] - b);
                    }
                    f64::from(sigmoid(z))
                })
                .collect();
        }
        let feats: Vec<Vec<Feat>> = texts.iter().map(|t| x.extract(t.as_ref()).to_vec()).collect();
        (0..feats.len())
            .map(|i| {
                let mut m = self.margin(&feats[i]);
                if i > 0 {
                    m += self.context_margin(&feats[i - 1], PREV, ctx);
                }
                if i + 1 < feats.len() {
                    m += self.context_margin(&feats[i + 1], NEXT, ctx);
                }
                f64::from(sigmoid(m))
            })
            .collect()
    }
}

/// One labelled training sentence.
#[derive(Debug, Clone)]
pub struct Example {
    pub feats: Vec<Feat>,
    pub label: bool,
    /// How much this example counts in the loss.
    pub weight: f32,
    /// Ranking group (a CLEF debate), or 0 for none: positives are also trained to outrank
    /// negatives of their own group (see `TrainConfig::rank_pairs`).
    pub group: u32,
}

/// Training settings. The defaults are the ones the shipped weights were trained with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainConfig {
    pub epochs: usize,
    /// AdaGrad base learning rate.
    pub lr: f32,
    /// L2 penalty per update on the active weights.
    pub l2: f32,
    pub seed: u64,
    /// Runs averaged together, each with its own shuffling seed (their mean is still one linear model).
    pub runs: usize,
    /// Pairwise ranking updates per positive per epoch, each against a random negative of its group.
    pub rank_pairs: usize,
    /// Loss weight of one pairwise ranking update.
    pub rank_weight: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 6, lr: 0.12, l2: 1e-5, seed: 20190, runs: 10, rank_pairs: 0, rank_weight: 1.0 }
    }
}

/// The training runs' PRNG (`crate::rng`), seeded with the run's seed as it is, so the same data gives the same
/// weights.
pub use crate::rng::SplitMix;

/// Trains logistic regression with AdaGrad, `cfg.runs` times with different seeds, and averages the weights.
/// Single-threaded and seeded: the same data gives the same weights.
pub fn train(examples: &[Example], cfg: &TrainConfig) -> Model {
    let runs = cfg.runs.max(1);
    let mut sum = vec![0f32; DIM];
    for r in 0..runs {
        let m = train_one(examples, cfg, cfg.seed.wrapping_add(r as u64));
        for (s, w) in sum.iter_mut().zip(&m.weights) {
            *s += w / runs as f32;
        }
    }
    Model { weights: sum }
}

fn train_one(examples: &[Example], cfg: &TrainConfig, seed: u64) -> Model {
    let mut w = vec![0f32; DIM];
    let mut g2 = vec![1e-6f32; DIM];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = SplitMix(seed);
    // Negatives of each ranking group, and the positives that have a group.
    let mut negs: std::collections::BTreeMap<u32, Vec<usize>> = std::collections::BTreeMap::new();
    for (k, ex) in examples.iter().enumerate() {
        if ex.group != 0 && !ex.label {
            negs.entry(ex.group).or_default().push(k);
        }
    }
    let ranked: Vec<usize> =
        (0..examples.len()).filter(|&k| examples[k].label && negs.contains_key(&examples[k].group)).collect();
    for _ in 0..cfg.epochs {
        for _ in 0..cfg.rank_pairs {
            for &p in &ranked {
                let pool = &negs[&examples[p].group];
                let n = pool[(rng.next_u64() % pool.len() as u64) as usize];
                let (xp, xn) = (&examples[p].feats, &examples[n].feats);
                let z: f32 = xp.iter().map(|&(i, v)| w[i as usize] * v).sum::<f32>()
                    - xn.iter().map(|&(i, v)| w[i as usize] * v).sum::<f32>();
                let g = (sigmoid(z) - 1.0) * cfg.rank_weight;
                for (feats, sign) in [(xp, 1.0f32), (xn, -1.0)] {
                    for &(i, v) in feats {
                        let i = i as usize;
                        let gi = sign * g * v;
                        g2[i] += gi * gi;
                        w[i] -= cfg.lr * gi / g2[i].sqrt();
                    }
                }
            }
        }
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &examples[k];
            let z: f32 = ex.feats.iter().map(|&(i, v)| w[i as usize] * v).sum();
            let y = if ex.label { 1.0 } else { 0.0 };
            let g = (sigmoid(z) - y) * ex.weight;
            for &(i, v) in &ex.feats {
                let i = i as usize;
                let gi = g * v + cfg.l2 * w[i];
                g2[i] += gi * gi;
                w[i] -= cfg.lr * gi / g2[i].sqrt();
            }
        }
    }
    Model { weights: w }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Vec<Example> {
        let mut x = Extractor::new();
        let data = [
            ("Unemployment rose to 9 percent last year.", true),
            ("We spent 3 billion dollars on the program.", true),
            ("Crime fell by 20 percent in the city.", true),
            ("Thank you all for coming tonight.", false),
            ("Good evening and welcome.", false),
            ("Let me answer that question.", false),
        ];
        data.iter().map(|(t, l)| Example { feats: x.extract(t).to_vec(), label: *l, weight: 1.0, group: 0 }).collect()
    }

    #[test]
    fn training_is_reproducible_and_learns() {
        let cfg = TrainConfig { epochs: 20, ..TrainConfig::default() };
        let a = train(&toy(), &cfg);
        let b = train(&toy(), &cfg);
        assert_eq!(a.to_bytes(), b.to_bytes());
        let mut x = Extractor::new();
        let hi = a.score(&mut x, "Taxes rose 12 percent last year.");
        let lo = a.score(&mut x, "Thank you and good evening.");
        assert!(hi > 0.5 && lo < 0.5, "{hi} {lo}");
    }

    #[test]
    fn context_off_scores_each_sentence_alone_and_smooth_leans_on_neighbours() {
        let m = train(&toy(), &TrainConfig { epochs: 20, ..TrainConfig::default() });
        let mut x = Extractor::new();
        let texts = ["Thank you all.", "Taxes rose 12 percent last year.", "Good evening."];
        let off = Context { mode: ContextMode::Off, scale: 1.0 };
        let alone: Vec<f64> = texts.iter().map(|t| m.score(&mut x, t)).collect();
        assert_eq!(m.score_sequence(&mut x, &texts, &off), alone);
        // Smoothing: "Thank you all." gains from the factual sentence after it, and loses nothing
        // when it stands alone.
        let smooth = Context { mode: ContextMode::Smooth, scale: 0.5 };
        let with = m.score_sequence(&mut x, &texts[..2], &smooth)[0];
        assert!(with > alone[0], "{with} {}", alone[0]);
        assert_eq!(m.score_sequence(&mut x, &texts[..1], &smooth)[0], alone[0]);
    }

    #[test]
    fn pairwise_ranking_is_reproducible_and_ranks_within_a_group() {
        let mut data = toy();
        for ex in &mut data {
            ex.group = 1;
        }
        let cfg = TrainConfig { epochs: 10, rank_pairs: 3, ..TrainConfig::default() };
        let a = train(&data, &cfg);
        assert_eq!(a.to_bytes(), train(&data, &cfg).to_bytes());
        let mut x = Extractor::new();
        assert!(a.score(&mut x, "Crime fell by 20 percent.") > a.score(&mut x, "Thank you all for coming."));
    }

    #[test]
    fn weights_round_trip_through_bytes() {
        let m = train(&toy(), &TrainConfig::default());
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        let max = m.weights.iter().fold(0f32, |a, w| a.max(w.abs()));
        for (a, b) in m.weights.iter().zip(&back.weights) {
            assert!((a - b).abs() <= max / 30000.0);
        }
        assert!(Model::from_bytes(b"nope").is_err());
    }

    #[test]
    fn shipped_weights_load() {
        assert!(Model::from_bytes(EMBEDDED).is_ok(), "src/extract/weights.bin is damaged; run `factdesk train`");
    }
}
