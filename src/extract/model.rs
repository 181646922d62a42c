//! The check-worthiness model: logistic regression over hashed features, its training (AdaGrad) and its weights file.
//!
//! The shipped weights live in `weights.bin` beside this file and are compiled into the binary.
//! Retrain them with `factdesk train --data ../shared/bench/checkworthy`, then rebuild (see BENCHMARKS.md).
//! Format: `FDW1`, u32 LE log2(buckets), f32 LE scale, then one i16 LE per bucket (weight = q * scale).

use super::features::{DIM, DIM_BITS, Extractor, Feat};
use std::sync::OnceLock;

const MAGIC: &[u8; 4] = b"FDW1";
static EMBEDDED: &[u8] = include_bytes!("weights.bin");

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
}

/// One labelled training sentence.
#[derive(Debug, Clone)]
pub struct Example {
    pub feats: Vec<Feat>,
    pub label: bool,
    /// How much this example counts in the loss.
    pub weight: f32,
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
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 6, lr: 0.07, l2: 1e-5, seed: 20190, runs: 5 }
    }
}

/// SplitMix64: a tiny deterministic PRNG so training is reproducible everywhere.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

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
    for _ in 0..cfg.epochs {
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
        data.iter().map(|(t, l)| Example { feats: x.extract(t).to_vec(), label: *l, weight: 1.0 }).collect()
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
