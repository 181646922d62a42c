#!/usr/bin/env python3
"""Agreement between labels.tsv and labels-b.tsv of the articles of one split. Run from a repository root:
python3 tools/news/agree.py [SPLIT]. Pieces are matched by character overlap in article.txt (the larger overlap wins)."""
import sys, os, re
split = sys.argv[1] if len(sys.argv) > 1 else "test20"
root = "tests/fixtures/news"
def norm(c): return re.sub(r"^the ", "", c.strip().strip(".,;:'\"").lower())
def load(path, text):
    out = []; frm = 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        lab, cl, ex = line.split("\t", 2); ex = ex.replace("\\n", "\n")
        k = text.find(ex, frm)
        if k < 0: k = text.find(ex)
        if k < 0: continue
        frm = k + len(ex)
        cat = "furniture" if lab.startswith("furniture") else lab
        out.append((k, k + len(ex), cat, [norm(c) for c in cl.split("|") if c.strip()]))
    return out
names = [l.split("\t")[0] for l in open(f"{root}/split.tsv") if not l.startswith("#") and l.strip() and l.split("\t")[1].strip() == split]
body_n = agree_body = 0; tab = {("check","check"):0,("check","no"):0,("no","check"):0,("no","no"):0}
cat_n = cat_ok = 0; cl_n = cl_ok = 0; arts = 0
for n in names:
    b = f"{root}/{n}/labels-b.tsv"
    if not os.path.exists(b): continue
    arts += 1
    text = open(f"{root}/{n}/article.txt", encoding="utf-8").read()
    A = load(f"{root}/{n}/labels.tsv", text); B = load(b, text)
    for a in A:
        best = max(B, key=lambda x: min(a[1], x[1]) - max(a[0], x[0]), default=None)
        if best is None or min(a[1], best[1]) - max(a[0], best[0]) <= 0: continue
        cat_n += 1; cat_ok += a[2] == best[2]
        if a[2] in ("check", "no") and best[2] in ("check", "no"):
            tab[(a[2], best[2])] += 1
        if a[3] or best[3]:
            cl_n += 1
            cl_ok += bool(set(a[3]) & set(best[3])) or any(x.endswith(" " + y) or y.endswith(" " + x) for x in a[3] for y in best[3])
tot = sum(tab.values()); po = (tab[("check","check")] + tab[("no","no")]) / tot
pa = (tab[("check","check")] + tab[("check","no")]) / tot; pb = (tab[("check","check")] + tab[("no","check")]) / tot
pe = pa * pb + (1 - pa) * (1 - pb); kappa = (po - pe) / (1 - pe)
print(f"{arts} articles twice labelled; body sentences both call check/no: {tot}, agree {po:.3f}, Cohen's kappa {kappa:.3f}; {tab}")
print(f"four categories agree for {cat_ok}/{cat_n} = {cat_ok/cat_n:.3f} matched pieces; claimant agrees for {cl_ok}/{cl_n} = {cl_ok/max(cl_n,1):.3f} pieces either labelling attributes")
