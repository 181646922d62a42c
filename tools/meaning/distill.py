"""A static distillation of MiniLM (tools/meaning/minilm.py): each WordPiece token of the vocabulary run through the
model alone ([CLS] token [SEP]), its output row kept, the rows projected by PCA to DIM dimensions and quantised to
int8 with one scale per dimension. A sentence is then the mean of its tokens' rows, L2-normalised: no model at run
time, a table of 30,522 x DIM bytes.

    python tools/meaning/distill.py MODEL_DIR OUT.npz [--dim 128]

The gate (gate.py --static) measured it and it kept too little of the embedding's gain to ship (BENCHMARKS.md).

Deterministic (PCA by SVD of the centred rows; no random start). Dev tool; nothing `cargo test` runs.
"""

import argparse
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import MiniLM, _gelu  # noqa: E402


def token_rows(m, batch=2048):
    """Each vocabulary token's last-layer state in [CLS] token [SEP] (30,522 x 384)."""
    w = m.w
    vocab = w["embeddings.word_embeddings.weight"].shape[0]
    out = np.zeros((vocab, m.hidden), np.float32)
    cls, sep = 101, 102
    d = m.hidden // m.heads
    for lo in range(0, vocab, batch):
        ids = np.arange(lo, min(lo + batch, vocab))
        b = len(ids)
        seq = np.stack([np.full(b, cls), ids, np.full(b, sep)], 1)
        x = w["embeddings.word_embeddings.weight"][seq] + w["embeddings.position_embeddings.weight"][:3]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = m._ln(x, "embeddings.LayerNorm")
        for layer in range(m.layers):
            p = f"encoder.layer.{layer}"
            q = m._dense(x, p + ".attention.self.query").reshape(b, 3, m.heads, d).transpose(0, 2, 1, 3)
            k = m._dense(x, p + ".attention.self.key").reshape(b, 3, m.heads, d).transpose(0, 2, 1, 3)
            v = m._dense(x, p + ".attention.self.value").reshape(b, 3, m.heads, d).transpose(0, 2, 1, 3)
            a = q @ k.transpose(0, 1, 3, 2) / math.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(b, 3, m.hidden)
            x = m._ln(m._dense(c, p + ".attention.output.dense") + x, p + ".attention.output.LayerNorm")
            h = _gelu(m._dense(x, p + ".intermediate.dense"))
            x = m._ln(m._dense(h, p + ".output.dense") + x, p + ".output.LayerNorm")
        out[lo : lo + b] = x[:, 1]
    return out


def distil(model_dir, dim):
    m = MiniLM(model_dir)
    rows = token_rows(m).astype(np.float64)
    mean = rows.mean(0)
    _, _, vt = np.linalg.svd(rows - mean, full_matrices=False)
    basis = vt[:dim]
    # Fix each component's sign (largest absolute loading positive) so the table is the same on every machine.
    basis *= np.sign(basis[np.arange(dim), np.abs(basis).argmax(1)])[:, None]
    proj = (rows - mean) @ basis.T
    scale = np.abs(proj).max(0) / 127.0
    q = np.clip(np.round(proj / scale), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def sentence_vectors(texts, tok, q, scale):
    """Mean of the tokens' dequantised rows (without [CLS] and [SEP]), L2-normalised."""
    out = np.zeros((len(texts), q.shape[1]), np.float32)
    for i, t in enumerate(texts):
        ids = [j for j in tok.encode(t).ids if j not in (101, 102)]
        if not ids:
            continue
        v = (q[ids].astype(np.float32) * scale).mean(0)
        out[i] = v / max(np.linalg.norm(v), 1e-12)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model")
    ap.add_argument("out")
    ap.add_argument("--dim", type=int, default=128)
    a = ap.parse_args()
    q, scale = distil(a.model, a.dim)
    np.savez(a.out, table=q, scale=scale)
    print(f"wrote {a.out}: {q.shape[0]} x {q.shape[1]} int8 ({q.nbytes} bytes) + {a.dim} scales")


if __name__ == "__main__":
    main()
