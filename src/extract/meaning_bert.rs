//! A hand-written forward pass of a small BERT sentence encoder (all-MiniLM-L6-v2: 6 layers, hidden 384, 12 heads,
//! mean pooling, L2 normalisation) from its `model.safetensors`, read whole from bytes the caller loads: the
//! full-meaning form of the scorer the eleventh session's gate measured (`tools/meaning/minilm.py` is the prototype
//! it was checked against). `meaning_rank` runs it for `extract --meaning-model`.

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

/// A dense layer: `x Wᵀ + b`, W stored out × in, row-major, as BERT stores it.
#[derive(Debug, Clone)]
struct Dense {
    w: Vec<f32>,
    b: Vec<f32>,
    inp: usize,
}

/// A layer norm's gain and bias.
#[derive(Debug, Clone)]
struct Norm {
    g: Vec<f32>,
    b: Vec<f32>,
}

/// One encoder layer.
#[derive(Debug, Clone)]
struct Block {
    q: Dense,
    k: Dense,
    v: Dense,
    attn_out: Dense,
    attn_norm: Norm,
    inter: Dense,
    out: Dense,
    out_norm: Norm,
}

/// A BERT encoder's tensors (float32), each layer's resolved once when the file is read.
#[derive(Debug, Clone)]
pub struct Bert {
    word: Vec<f32>,
    pos: Vec<f32>,
    typ: Vec<f32>,
    norm: Norm,
    blocks: Vec<Block>,
    pub hidden: usize,
    pub heads: usize,
    pub layers: usize,
    pub max_tokens: usize,
}

/// A tensor: its shape and its values.
pub type Tensor = (Vec<usize>, Vec<f32>);

/// The buffers of one forward pass, sized for the longest sentence seen so far and reused across layers and
/// sentences (`Bert::embed_with`): nothing is allocated per token.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    x: Vec<f32>,
    q: Vec<f32>,
    k: Vec<f32>,
    v: Vec<f32>,
    ctx: Vec<f32>,
    y: Vec<f32>,
    f: Vec<f32>,
    a: Vec<f32>,
}

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
        let mut t = read_safetensors(bytes)?;
        let layers =
            (0..).take_while(|l| t.contains_key(&format!("encoder.layer.{l}.attention.self.query.weight"))).count();
        if layers == 0 {
            return Err(BertError::Missing("encoder.layer.0.attention.self.query.weight".into()));
        }
        let mut take = |name: &str| t.remove(name).map(|(_, v)| v).ok_or_else(|| BertError::Missing(name.to_string()));
        let word_name = "embeddings.word_embeddings.weight";
        let pos_name = "embeddings.position_embeddings.weight";
        let (hidden, max_tokens) = {
            let shape = |n: &str| read_shape(bytes, n);
            let w = shape(word_name).ok_or_else(|| BertError::Missing(word_name.into()))?;
            let p = shape(pos_name).ok_or_else(|| BertError::Missing(pos_name.into()))?;
            (w.get(1).copied().unwrap_or(0), p.first().copied().unwrap_or(0))
        };
        if heads == 0 || hidden == 0 || hidden % heads != 0 {
            return Err(BertError::Heads { hidden, heads });
        }
        let word = take(word_name)?;
        let pos = take(pos_name)?;
        let typ = take("embeddings.token_type_embeddings.weight")?;
        let norm = Norm { g: take("embeddings.LayerNorm.weight")?, b: take("embeddings.LayerNorm.bias")? };
        let mut blocks = Vec::new();
        for l in 0..layers {
            let p = format!("encoder.layer.{l}");
            let mut dense = |part: &str| -> Result<Dense, BertError> {
                let w = take(&format!("{p}.{part}.weight"))?;
                let b = take(&format!("{p}.{part}.bias"))?;
                let inp = if b.is_empty() { 0 } else { w.len() / b.len() };
                if inp * b.len() != w.len() || inp == 0 {
                    return Err(BertError::Format(format!("tensor `{p}.{part}.weight` does not match its bias")));
                }
                Ok(Dense { w, b, inp })
            };
            let q = dense("attention.self.query")?;
            let k = dense("attention.self.key")?;
            let v = dense("attention.self.value")?;
            let attn_out = dense("attention.output.dense")?;
            let inter = dense("intermediate.dense")?;
            let out = dense("output.dense")?;
            let mut norm = |part: &str| -> Result<Norm, BertError> {
                Ok(Norm { g: take(&format!("{p}.{part}.weight"))?, b: take(&format!("{p}.{part}.bias"))? })
            };
            let attn_norm = norm("attention.output.LayerNorm")?;
            let out_norm = norm("output.LayerNorm")?;
            let sizes_fit = [&q, &k, &v, &attn_out, &out].iter().all(|d| d.b.len() == hidden)
                && q.inp == hidden
                && k.inp == hidden
                && v.inp == hidden
                && attn_out.inp == hidden
                && inter.inp == hidden
                && out.inp == inter.b.len()
                && [&attn_norm, &out_norm].iter().all(|n| n.g.len() == hidden && n.b.len() == hidden);
            if !sizes_fit {
                return Err(BertError::Format(format!("layer {l}'s tensors do not fit hidden size {hidden}")));
            }
            blocks.push(Block { q, k, v, attn_out, attn_norm, inter, out, out_norm });
        }
        if word.len() % hidden != 0 || pos.len() != max_tokens * hidden || typ.len() < hidden || norm.g.len() != hidden
        {
            return Err(BertError::Format(format!("the embeddings do not fit hidden size {hidden}")));
        }
        Ok(Bert { word, pos, typ, norm, blocks, hidden, heads, layers, max_tokens })
    }

    /// The unit sentence vector of token ids (with `[CLS]` and `[SEP]`, at most `max_tokens`; more are cut):
    /// the last layer's states averaged over the tokens, L2-normalised.
    pub fn embed(&self, ids: &[u32]) -> Vec<f32> {
        self.embed_with(ids, &mut Scratch::default())
    }

    /// `embed` with buffers kept between sentences.
    pub fn embed_with(&self, ids: &[u32], s: &mut Scratch) -> Vec<f32> {
        let h = self.hidden;
        let ids = &ids[..ids.len().min(self.max_tokens)];
        let n = ids.len();
        if n == 0 {
            return vec![0.0; h];
        }
        let vocab = self.word.len() / h;
        s.x.clear();
        for (i, &id) in ids.iter().enumerate() {
            let id = (id as usize).min(vocab - 1);
            let (w, p) = (&self.word[id * h..(id + 1) * h], &self.pos[i * h..(i + 1) * h]);
            s.x.extend(w.iter().zip(p).zip(&self.typ[..h]).map(|((a, b), c)| a + b + c));
        }
        layer_norm(&mut s.x, &self.norm);
        let d = h / self.heads;
        let scale = 1.0 / (d as f32).sqrt();
        for blk in &self.blocks {
            blk.q.apply(&s.x, n, &mut s.q);
            blk.k.apply(&s.x, n, &mut s.k);
            blk.v.apply(&s.x, n, &mut s.v);
            s.ctx.clear();
            s.ctx.resize(n * h, 0.0);
            s.a.resize(n, 0.0);
            for head in 0..self.heads {
                let o = head * d;
                for i in 0..n {
                    let qi = &s.q[i * h + o..i * h + o + d];
                    for (j, aj) in s.a.iter_mut().enumerate() {
                        *aj = dot(qi, &s.k[j * h + o..j * h + o + d]) * scale;
                    }
                    let m = s.a.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                    s.a.iter_mut().for_each(|e| *e = (*e - m).exp());
                    let sum: f32 = s.a.iter().sum();
                    let ci = &mut s.ctx[i * h + o..i * h + o + d];
                    for (j, aj) in s.a.iter().enumerate() {
                        let wgt = aj / sum;
                        ci.iter_mut().zip(&s.v[j * h + o..j * h + o + d]).for_each(|(c, v)| *c += wgt * v);
                    }
                }
            }
            blk.attn_out.apply(&s.ctx, n, &mut s.y);
            s.y.iter_mut().zip(&s.x).for_each(|(a, b)| *a += b);
            layer_norm(&mut s.y, &blk.attn_norm);
            blk.inter.apply(&s.y, n, &mut s.f);
            s.f.iter_mut().for_each(|e| *e = gelu(*e));
            blk.out.apply(&s.f, n, &mut s.x);
            s.x.iter_mut().zip(&s.y).for_each(|(a, b)| *a += b);
            layer_norm(&mut s.x, &blk.out_norm);
        }
        let mut v = vec![0.0f32; h];
        for row in s.x.chunks_exact(h) {
            v.iter_mut().zip(row).for_each(|(a, b)| *a += b / n as f32);
        }
        let norm = v.iter().map(|e| e * e).sum::<f32>().sqrt().max(1e-12);
        v.iter_mut().for_each(|e| *e /= norm);
        v
    }
}

/// The shape a safetensors header gives a tensor (without reading its data).
fn read_shape(bytes: &[u8], name: &str) -> Option<Vec<usize>> {
    let n = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?) as usize;
    let json: serde_json::Value = serde_json::from_slice(bytes.get(8..8usize.saturating_add(n))?).ok()?;
    json.get(name)?["shape"].as_array().map(|a| a.iter().filter_map(|d| d.as_u64()).map(|d| d as usize).collect())
}

impl Dense {
    /// `y = x Wᵀ + b` for `n` rows of `x`: each output is a dot product of two contiguous rows.
    fn apply(&self, x: &[f32], n: usize, y: &mut Vec<f32>) {
        let out = self.b.len();
        y.clear();
        y.resize(n * out, 0.0);
        for (xi, yi) in x.chunks_exact(self.inp).take(n).zip(y.chunks_exact_mut(out)) {
            for ((yo, wo), bo) in yi.iter_mut().zip(self.w.chunks_exact(self.inp)).zip(&self.b) {
                *yo = bo + dot(xi, wo);
            }
        }
    }
}

/// A dot product in eight running sums, so that the loop vectorises (a single running sum of floats cannot be
/// reordered by the compiler).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0.0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca.remainder().iter().zip(cb.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in ca.zip(cb) {
        for l in 0..8 {
            acc[l] += x[l] * y[l];
        }
    }
    ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7])) + tail
}

fn layer_norm(x: &mut [f32], n: &Norm) {
    let h = n.g.len().max(1);
    for row in x.chunks_exact_mut(h) {
        let mu = row.iter().sum::<f32>() / h as f32;
        let var = row.iter().map(|e| (e - mu) * (e - mu)).sum::<f32>() / h as f32;
        let inv = 1.0 / (var + 1e-12).sqrt();
        for ((e, gi), bi) in row.iter_mut().zip(&n.g).zip(&n.b) {
            *e = (*e - mu) * inv * gi + bi;
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
