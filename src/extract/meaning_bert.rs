//! A hand-written forward pass of a small BERT sentence encoder (all-MiniLM-L6-v2: 6 layers, hidden 384, 12 heads,
//! mean pooling, L2 normalisation) from its `model.safetensors`, read whole from bytes the caller loads: the
//! full-meaning form of the scorer the eleventh session's gate measured (`tools/meaning/minilm.py` is the prototype
//! it was checked against). Not wired into `extract` yet.

use std::collections::HashMap;

/// Why a safetensors file cannot be used as a sentence encoder.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum BertError {
    #[error("not a safetensors file: {0}; give the model's model.safetensors")]
    Format(String),
    #[error("tensor `{name}` is {dtype}; only F32 models are read: give the float32 model.safetensors")]
    Dtype { name: String, dtype: String },
    #[error("the model has no tensor `{0}`: it is not a BERT encoder (all-MiniLM-L6-v2's model.safetensors is)")]
    Missing(String),
    #[error(
        "hidden size {hidden} does not split into {heads} heads; give the number of heads the model was built with"
    )]
    Heads { hidden: usize, heads: usize },
}

/// A BERT encoder's tensors (float32), by name.
#[derive(Debug, Clone)]
pub struct Bert {
    tensors: HashMap<String, Vec<f32>>,
    pub hidden: usize,
    pub heads: usize,
    pub layers: usize,
    pub max_tokens: usize,
}

/// A tensor: its shape and its values.
pub type Tensor = (Vec<usize>, Vec<f32>);

/// Reads the tensors of a safetensors file: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the data.
pub fn read_safetensors(bytes: &[u8]) -> Result<HashMap<String, Tensor>, BertError> {
    let bad = |m: &str| BertError::Format(m.to_string());
    let n = bytes.get(..8).ok_or_else(|| bad("shorter than its 8-byte header length"))?;
    let n = u64::from_le_bytes(n.try_into().map_err(|_| bad("header length"))?) as usize;
    let header = bytes.get(8..8usize.saturating_add(n)).ok_or_else(|| bad("cut short inside its header"))?;
    let data = &bytes[8 + n..];
    let json: serde_json::Value =
        serde_json::from_slice(header).map_err(|e| bad(&format!("header is not JSON ({e})")))?;
    let obj = json.as_object().ok_or_else(|| bad("header is not a JSON object"))?;
    let mut out = HashMap::new();
    for (name, t) in obj.iter().filter(|(k, _)| *k != "__metadata__") {
        let dtype = t["dtype"].as_str().unwrap_or("");
        if dtype != "F32" {
            if dtype == "I64" {
                continue; // position_ids: not needed
            }
            return Err(BertError::Dtype { name: name.clone(), dtype: dtype.to_string() });
        }
        let shape: Vec<usize> = t["shape"]
            .as_array()
            .map(|a| a.iter().filter_map(|d| d.as_u64()).map(|d| d as usize).collect())
            .unwrap_or_default();
        let off: Vec<usize> = t["data_offsets"]
            .as_array()
            .map(|a| a.iter().filter_map(|d| d.as_u64()).map(|d| d as usize).collect())
            .unwrap_or_default();
        let [a, b] = off[..] else { return Err(bad(&format!("tensor `{name}` has no data_offsets"))) };
        let raw = data.get(a..b).ok_or_else(|| bad(&format!("tensor `{name}` lies outside the file")))?;
        if raw.len() != shape.iter().product::<usize>() * 4 {
            return Err(bad(&format!("tensor `{name}`: {} bytes for shape {shape:?}", raw.len())));
        }
        let v = raw.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        out.insert(name.clone(), (shape, v));
    }
    Ok(out)
}

impl Bert {
    /// The encoder in a safetensors file, with `heads` attention heads (12 for all-MiniLM-L6-v2).
    pub fn from_safetensors(bytes: &[u8], heads: usize) -> Result<Bert, BertError> {
        let t = read_safetensors(bytes)?;
        let word = "embeddings.word_embeddings.weight";
        let (shape, _) = t.get(word).ok_or_else(|| BertError::Missing(word.into()))?;
        let hidden = shape.get(1).copied().unwrap_or(0);
        let pos = "embeddings.position_embeddings.weight";
        let max_tokens = t.get(pos).ok_or_else(|| BertError::Missing(pos.into()))?.0[0];
        if heads == 0 || hidden % heads != 0 {
            return Err(BertError::Heads { hidden, heads });
        }
        let layers =
            (0..).take_while(|l| t.contains_key(&format!("encoder.layer.{l}.attention.self.query.weight"))).count();
        let tensors: HashMap<String, Vec<f32>> = t.into_iter().map(|(k, (_, v))| (k, v)).collect();
        let bert = Bert { tensors, hidden, heads, layers, max_tokens };
        for l in 0..layers {
            for part in [
                "attention.self.query",
                "attention.self.key",
                "attention.self.value",
                "attention.output.dense",
                "attention.output.LayerNorm",
                "intermediate.dense",
                "output.dense",
                "output.LayerNorm",
            ] {
                for wb in ["weight", "bias"] {
                    bert.get(&format!("encoder.layer.{l}.{part}.{wb}"))?;
                }
            }
        }
        for n in ["embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"]
        {
            bert.get(n)?;
        }
        Ok(bert)
    }

    fn get(&self, name: &str) -> Result<&[f32], BertError> {
        self.tensors.get(name).map(Vec::as_slice).ok_or_else(|| BertError::Missing(name.to_string()))
    }

    fn w(&self, name: &str) -> &[f32] {
        // Every name used below was checked by `from_safetensors`.
        self.tensors.get(name).map_or(&[], Vec::as_slice)
    }

    /// The unit sentence vector of token ids (with `[CLS]` and `[SEP]`, at most `max_tokens`; more are cut):
    /// the last layer's states averaged over the tokens, L2-normalised.
    pub fn embed(&self, ids: &[u32]) -> Vec<f32> {
        let h = self.hidden;
        let ids = &ids[..ids.len().min(self.max_tokens)];
        let n = ids.len();
        if n == 0 {
            return vec![0.0; h];
        }
        let word = self.w("embeddings.word_embeddings.weight");
        let pos = self.w("embeddings.position_embeddings.weight");
        let typ = self.w("embeddings.token_type_embeddings.weight");
        let vocab = word.len() / h;
        let mut x = vec![0.0f32; n * h];
        for (i, &id) in ids.iter().enumerate() {
            let id = (id as usize).min(vocab - 1);
            for j in 0..h {
                x[i * h + j] = word[id * h + j] + pos[i * h + j] + typ[j];
            }
        }
        self.layer_norm(&mut x, "embeddings.LayerNorm");
        let d = h / self.heads;
        let scale = 1.0 / (d as f32).sqrt();
        for l in 0..self.layers {
            let p = format!("encoder.layer.{l}");
            let q = self.dense(&x, n, &format!("{p}.attention.self.query"));
            let k = self.dense(&x, n, &format!("{p}.attention.self.key"));
            let v = self.dense(&x, n, &format!("{p}.attention.self.value"));
            let mut ctx = vec![0.0f32; n * h];
            let mut a = vec![0.0f32; n];
            for head in 0..self.heads {
                let o = head * d;
                for i in 0..n {
                    for (jj, aj) in a.iter_mut().enumerate() {
                        *aj = (0..d).map(|c| q[i * h + o + c] * k[jj * h + o + c]).sum::<f32>() * scale;
                    }
                    let m = a.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                    a.iter_mut().for_each(|e| *e = (*e - m).exp());
                    let s: f32 = a.iter().sum();
                    for (jj, aj) in a.iter().enumerate() {
                        let wgt = aj / s;
                        for c in 0..d {
                            ctx[i * h + o + c] += wgt * v[jj * h + o + c];
                        }
                    }
                }
            }
            let mut y = self.dense(&ctx, n, &format!("{p}.attention.output.dense"));
            y.iter_mut().zip(&x).for_each(|(a, b)| *a += b);
            self.layer_norm(&mut y, &format!("{p}.attention.output.LayerNorm"));
            let mut f = self.dense(&y, n, &format!("{p}.intermediate.dense"));
            f.iter_mut().for_each(|e| *e = gelu(*e));
            let mut z = self.dense(&f, n, &format!("{p}.output.dense"));
            z.iter_mut().zip(&y).for_each(|(a, b)| *a += b);
            self.layer_norm(&mut z, &format!("{p}.output.LayerNorm"));
            x = z;
        }
        let mut v = vec![0.0f32; h];
        for i in 0..n {
            v.iter_mut().zip(&x[i * h..(i + 1) * h]).for_each(|(a, b)| *a += b / n as f32);
        }
        let norm = v.iter().map(|e| e * e).sum::<f32>().sqrt().max(1e-12);
        v.iter_mut().for_each(|e| *e /= norm);
        v
    }

    /// `x W^T + b` for `n` rows (W is out × in, as BERT stores it).
    fn dense(&self, x: &[f32], n: usize, name: &str) -> Vec<f32> {
        let w = self.w(&format!("{name}.weight"));
        let b = self.w(&format!("{name}.bias"));
        let out = b.len();
        let inp = w.len().checked_div(out).unwrap_or(0);
        let mut y = vec![0.0f32; n * out];
        for i in 0..n {
            let row = &x[i * inp..(i + 1) * inp];
            for (o, yo) in y[i * out..(i + 1) * out].iter_mut().enumerate() {
                *yo = b[o] + row.iter().zip(&w[o * inp..(o + 1) * inp]).map(|(a, c)| a * c).sum::<f32>();
            }
        }
        y
    }

    fn layer_norm(&self, x: &mut [f32], name: &str) {
        let g = self.w(&format!("{name}.weight"));
        let b = self.w(&format!("{name}.bias"));
        let h = g.len().max(1);
        for row in x.chunks_exact_mut(h) {
            let mu = row.iter().sum::<f32>() / h as f32;
            let var = row.iter().map(|e| (e - mu) * (e - mu)).sum::<f32>() / h as f32;
            let inv = 1.0 / (var + 1e-12).sqrt();
            for ((e, gi), bi) in row.iter_mut().zip(g).zip(b) {
                *e = (*e - mu) * inv * gi + bi;
            }
        }
    }
}

/// BERT's gelu, 0.5 x (1 + erf(x / sqrt 2)).
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x / std::f32::consts::SQRT_2))
}

/// erf by Numerical Recipes' erfc (fractional error under 1.2e-7), the same as the numpy prototype.
fn erf(x: f32) -> f32 {
    let z = f64::from(x.abs());
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.26551223
            + t * (1.00002368
                + t * (0.37409196
                    + t * (0.09678418
                        + t * (-0.18628806
                            + t * (0.27886807
                                + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
            .exp();
    (if x >= 0.0 { 1.0 - r } else { r - 1.0 }) as f32
}
