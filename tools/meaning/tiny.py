"""The invented tiny BERT of `tests/extract_meaning.rs` (hidden 8, 2 heads, intermediate 16, 2 layers, 10 tokens,
16 positions), its weights by formula, run through the numpy prototype: the figures that test pins for the Rust
port (`extract::meaning_bert`). `python tools/meaning/tiny.py`."""

import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import MiniLM  # noqa: E402


def tensors():
    names = [
        ("embeddings.word_embeddings.weight", (10, 8)),
        ("embeddings.position_embeddings.weight", (16, 8)),
        ("embeddings.token_type_embeddings.weight", (2, 8)),
        ("embeddings.LayerNorm.weight", (8,)),
        ("embeddings.LayerNorm.bias", (8,)),
    ]
    for l in range(2):
        p = f"encoder.layer.{l}."
        for part, out, inp in [
            ("attention.self.query", 8, 8),
            ("attention.self.key", 8, 8),
            ("attention.self.value", 8, 8),
            ("attention.output.dense", 8, 8),
            ("attention.output.LayerNorm", 8, None),
            ("intermediate.dense", 16, 8),
            ("output.dense", 8, 16),
            ("output.LayerNorm", 8, None),
        ]:
            names.append((p + part + ".weight", (out, inp) if inp else (out,)))
            names.append((p + part + ".bias", (out,)))
    w = {}
    for t, (name, shape) in enumerate(names):
        k = np.arange(int(np.prod(shape)), dtype=np.float64)
        f = 0.5 * np.sin(0.37 * k + 1.3 * t)
        if name.endswith("LayerNorm.weight"):
            f = 1.0 + 0.2 * f
        w[name] = f.astype(np.float32).reshape(shape)
    return w


if __name__ == "__main__":
    m = MiniLM.__new__(MiniLM)
    m.w, m.layers, m.heads, m.hidden = tensors(), 2, 2, 8
    v = m.token_states(np.array([1, 4, 7, 2])).mean(0)
    v = v / np.linalg.norm(v)
    print(", ".join(f"{x:.6f}" for x in v))
