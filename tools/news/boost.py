#!/usr/bin/env python3
"""Do gradient-boosted trees over the learned decision's inputs beat its logistic regression out of fold?

RESULTS (twentieth session, 2026-12-08, dev 1388 articles, 12906 claim-able sentences, 8050 check-worthy pieces;
`python3 tools/news/boost.py /tmp/dump.tsv src/extract/newsset.rs 0.85,0.88`, and with `wide` for larger trees):
a negative result; nothing was ported.

- At the brief's recall 0.90 the comparison is empty: proposing every sentence the hand rule does not refuse
  (`vetoed`) finds 7194 of 8050 (R 0.8937, P 0.7705, 198 furniture), so no threshold reaches 0.90 pooled. Each fold
  then takes its highest recall (the lowest threshold) and both models propose nearly everything: logistic and trees
  alike 9199 proposed, P 0.7707, R 0.8937, 197 furniture (part 2, the unread halves: P 0.7513 R 0.8712, 105).
  A re-ranker cannot lift recall past the vetoes; only the vetoes can.
- Recall target 0.85 (nested, per-fold thresholds): logistic P 0.7999 R 0.8535 furn 168; trees (depth 3)
  P 0.7999 R 0.8545 furn 158. Per part, logistic / trees: earlier 0.8105 R 0.8707 / 0.8122 R 0.8711; test19 read
  0.8029 R 0.8103 / 0.7847 R 0.8030; unread 0.7780 R 0.8258 furn 95 / 0.7775 R 0.8294 furn 91.
- Recall target 0.88: logistic P 0.7809 R 0.8812 furn 190; trees P 0.7839 R 0.8821 furn 182. Unread part:
  0.7603 R 0.8542 furn 104 / 0.7625 R 0.8578 furn 99.
- Pooled out-of-fold curves (best threshold on the outcome, description only), precision at recall >= 0.80 / 0.85 /
  0.88 / 0.89: logistic 0.8349 / 0.8033 / 0.7819 / 0.7740; trees 0.8327 / 0.8023 / 0.7837 / 0.7758.
- Larger trees (`wide`: depth 6, 15 or 31 leaves, 100-200 iterations at 0.05), target 0.85: P 0.8006 R 0.8555
  furn 158 (unread 0.7779 R 0.8282 furn 91): the same as depth 3.

So the trees gain at most 0.003 precision at matched recall (and 5-10 fewer furniture pieces out of 160-200), a
third of the 0.01 the brief required, and on the unread part between -0.001 and +0.002. The 36 hand inputs carry no
interaction a linear model misses that is worth a second decision in the product.

The experiment of the twentieth session's part s20-boost, outside the product. It reads the dump of
`factdesk train-news tests/fixtures/news --dump FILE` (one row per claim-able dev sentence: outlet, label, whether the
hand rule refuses it, the check-worthy pieces it covers, the 36 inputs of `learned::INPUTS`; the text column is never
read) and compares, on the same nested outlet-grouped folds as `lexical::nested_cv` (10 outer folds, outlets sorted and
dealt out in turn; in each, 5 inner outlet-grouped folds of its training articles choose the hyper-parameters and the
threshold from 2/40 .. 38/40, the most precise at recall >= 0.90 as `learned::choose_floor`):

- logistic regression with an L2 penalty on standardised inputs, as `learned::fit` (penalty from 0.3, 3, 30, the
  `lexical::Family::Learned` grid; sklearn's C is 1 / penalty);
- `HistGradientBoostingClassifier`, depth 3, 100 or 300 iterations, learning rate 0.05 or 0.1 (chosen by the inner
  folds, never on the outer test fold), no early stopping.

Sentences the hand rule refuses (`vetoed`) are never proposed. The out-of-fold decisions are pooled and counted as
`train-news` counts them (proposed, right, furniture proposed; a check-worthy piece is found when a proposed sentence
covers it), in all and per part of dev (`newsset::dev_part`: 0 the earlier dev, 1 the former test19's read half,
2 the unread halves, totals only).

Run (numpy and scikit-learn in a venv outside the repository):

    factdesk train-news tests/fixtures/news --dump /tmp/dump.tsv
    python3 tools/news/boost.py /tmp/dump.tsv src/extract/newsset.rs
"""

import re
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

MIN_RECALL = 0.90
THRESHOLDS = [t / 40 for t in range(2, 39)]
OUTER, INNER = 10, 5
LR_GRID = [0.3, 3.0, 30.0]
TARGETS = [float(t) for t in sys.argv[3].split(",")] if len(sys.argv) > 3 else [0.85, 0.88, MIN_RECALL]
curves = {}
HGB_GRID = [(100, 0.05), (100, 0.1), (300, 0.05), (300, 0.1)]
# `wide` as the fourth argument: larger trees (depth 6, 15 or 31 leaves, 200 iterations at 0.05; min 20 per leaf).
if len(sys.argv) > 4 and sys.argv[4] == "wide":
    HGB_GRID = [(200, 0.05, 6, 15), (200, 0.05, 6, 31), (100, 0.05, 6, 31)]


def parts_of(newsset_rs):
    """Each former test article's dev part, from the name lists in `newsset.rs` (as `newsset::dev_part`)."""
    src = open(newsset_rs, encoding="utf-8").read()
    part = {}
    for k in range(13, 20):
        body = re.search(r"pub const FORMER_TEST%d: \[&str; \d+\] = \[(.*?)\];" % k, src, re.S).group(1)
        names = re.findall(r'"([^"]+)"', body)
        read = int(re.search(r"pub const FORMER_TEST%d_READ: usize = (\d+);" % k, src).group(1))
        for i, n in enumerate(names):
            if n in part:
                continue
            part[n] = (1 if k == 19 else 0) if i < read else 2
    return part


def load(path):
    arts, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if c[0] == "a":
                arts.append((c[1], c[2], int(c[3])))
            else:
                # kind, article, outlet, row, label, vetoed, covers, x0..x35, text (never read)
                rows.append((c[1], c[4], c[5] == "1", c[6], [float(v) for v in c[7:43]]))
    return arts, rows


class Data:
    def __init__(self, arts, rows, part):
        self.names = [a[0] for a in arts]
        idx = {n: i for i, n in enumerate(self.names)}
        self.checks = np.array([a[2] for a in arts])
        self.part = np.array([part.get(n, 0) for n in self.names])
        self.art = np.array([idx[r[0]] for r in rows])
        self.x = np.array([r[4] for r in rows])
        self.y = np.array([r[1] == "check" for r in rows])
        self.furn = np.array([r[1] == "furniture" for r in rows])
        self.veto = np.array([r[2] for r in rows])
        # Covered pieces as global ids (article, piece number) and the rows covering each.
        pid = {}
        self.cov_row, self.cov_piece = [], []
        for i, r in enumerate(rows):
            if r[3] == "-":
                continue
            for p in r[3].split(","):
                key = (r[0], int(p))
                self.cov_row.append(i)
                self.cov_piece.append(pid.setdefault(key, len(pid)))
        self.cov_row = np.array(self.cov_row)
        self.cov_piece = np.array(self.cov_piece)
        self.piece_art = np.zeros(len(pid), dtype=int)
        for (a, _), g in pid.items():
            self.piece_art[g] = idx[a]

    def counts(self, passes, arts):
        """Pooled counts of the articles `arts` (boolean mask over articles) when the rows `passes` are proposed."""
        inr = arts[self.art]
        p = passes & ~self.veto & inr
        proposed, right, furn = int(p.sum()), int((p & self.y).sum()), int((p & self.furn).sum())
        hit = np.zeros(len(self.piece_art), dtype=bool)
        sel = p[self.cov_row]
        hit[self.cov_piece[sel]] = True
        found = int((hit & arts[self.piece_art]).sum())
        return dict(proposed=proposed, right=right, furn=furn, found=found, check=int(self.checks[arts].sum()))


def prec(c):
    return c["right"] / c["proposed"] if c["proposed"] else 0.0


def rec(c):
    return c["found"] / c["check"] if c["check"] else 0.0


def choose(cands, target=MIN_RECALL):
    """`learned::choose_floor`: the most precise at recall >= target (ties: the higher recall, then the first),
    else the highest recall."""
    best = most = None
    for g, c in enumerate(cands):
        if most is None or rec(c) > rec(cands[most]) + 1e-12 or (
            abs(rec(c) - rec(cands[most])) <= 1e-12 and prec(c) > prec(cands[most]) + 1e-12
        ):
            most = g
        if rec(c) < target:
            continue
        if best is None or prec(c) > prec(cands[best]) + 1e-12 or (
            abs(prec(c) - prec(cands[best])) <= 1e-12 and rec(c) > rec(cands[best]) + 1e-12
        ):
            best = g
    return best if best is not None else (most or 0)


def outlet_folds(names, k):
    outlets = sorted({n.split("-")[0] for n in names})
    pos = {o: i for i, o in enumerate(outlets)}
    return np.array([pos[n.split("-")[0]] % k for n in names])


def fit_predict(kind, h, d, train_rows, test_rows):
    if kind == "lr":
        s = StandardScaler().fit(d.x[train_rows])
        m = LogisticRegression(C=1.0 / h, max_iter=2000, tol=1e-10)
        m.fit(s.transform(d.x[train_rows]), d.y[train_rows])
        return m.predict_proba(s.transform(d.x[test_rows]))[:, 1]
    it, lr = h[:2]
    depth, leaves = (h[2], h[3]) if len(h) > 2 else (3, 31)
    m = HistGradientBoostingClassifier(
        max_depth=depth, max_leaf_nodes=leaves, max_iter=it, learning_rate=lr, early_stopping=False, random_state=0
    )
    m.fit(d.x[train_rows], d.y[train_rows])
    return m.predict_proba(d.x[test_rows])[:, 1]


def nested(kind, grid, d, target):
    n = len(d.names)
    folds = outlet_folds(d.names, OUTER)
    out = np.zeros(len(d.y), dtype=bool)
    oof = np.zeros(len(d.y))
    chosen = []
    for f in range(OUTER):
        test = folds == f
        train_idx = np.where(~test)[0]
        inner = outlet_folds([d.names[a] for a in train_idx], INNER)
        tr_mask = ~test
        best = None
        for h in grid:
            probs = np.zeros(len(d.y))
            for g in range(INNER):
                it_arts = np.zeros(n, dtype=bool)
                it_arts[train_idx[inner == g]] = True
                fit_arts = tr_mask & ~it_arts
                probs[it_arts[d.art]] = fit_predict(kind, h, d, fit_arts[d.art], it_arts[d.art])
            cands = [d.counts(probs >= t, tr_mask) for t in THRESHOLDS]
            g = choose(cands, target)
            c, t = cands[g], THRESHOLDS[g]
            if best is None:
                better = True
            else:
                b = best[2]
                cr, br = rec(c) >= target, rec(b) >= target
                better = (cr and not br) or (cr == br and cr and prec(c) > prec(b) + 1e-12) or (
                    cr == br and not cr and rec(c) > rec(b) + 1e-12
                )
            if better:
                best = (h, t, c)
        h, t, _ = best
        pr = fit_predict(kind, h, d, tr_mask[d.art], test[d.art])
        out[test[d.art]] = pr >= t
        oof[test[d.art]] = pr
        chosen.append((h, t))
    return out, chosen, oof


def line(name, d, passes):
    def fmt(c):
        return "%4d P %.4f R %.4f (%d/%d) furn %2d" % (
            c["proposed"], prec(c), rec(c), c["found"], c["check"], c["furn"]
        )

    alls = np.ones(len(d.names), dtype=bool)
    s = "%-26s all: %s" % (name, fmt(d.counts(passes, alls)))
    for k, label in enumerate(["earlier", "test19 read", "unread"]):
        m = d.part == k
        s += " | %s %d: %s" % (label, int(m.sum()), fmt(d.counts(passes, m)))
    print(s, flush=True)


def main():
    arts, rows = load(sys.argv[1])
    d = Data(arts, rows, parts_of(sys.argv[2]))
    print("%d articles, %d rows, %d check, parts %s"
          % (len(d.names), len(d.y), int(d.checks.sum()), np.bincount(d.part)))
    line("every claim-able (no veto)", d, np.ones(len(d.y), dtype=bool))
    alls = np.ones(len(d.names), dtype=bool)
    models = [("lr", LR_GRID, "logistic (L2)"), ("hgb", HGB_GRID, "boosted trees")]
    if len(sys.argv) > 4:
        models = models[1:]
    for target in TARGETS:
        print("recall target %.2f (thresholds chosen on each outer fold's training articles):" % target)
        for kind, grid, name in models:
            out, chosen, oof = nested(kind, grid, d, target)
            line(name, d, out)
            print("  folds chose: " + "; ".join("%s t %.3f" % (h, t) for h, t in chosen), flush=True)
            if target == TARGETS[0]:
                curves[name] = oof
    # The pooled out-of-fold curve (each fold's model with the inner folds' choice): the best precision at each
    # recall level over every threshold (chosen on the outcome, so only a description, not an estimate).
    print("pooled out-of-fold precision at recall >= r (best threshold on the pooled outcome; a description only):")
    for name, oof in curves.items():
        ts = np.unique(np.round(oof[~d.veto], 4))
        cs = [d.counts(oof >= t, alls) for t in ts]
        cells = []
        for r in [0.80, 0.83, 0.85, 0.87, 0.88, 0.89]:
            ok = [prec(c) for c in cs if rec(c) >= r]
            cells.append("R>=%.2f P %.4f" % (r, max(ok) if ok else float("nan")))
        print("  %-24s %s" % (name, "; ".join(cells)), flush=True)


if __name__ == "__main__":
    main()
