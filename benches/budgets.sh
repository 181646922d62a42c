#!/bin/sh
# Node-budget benchmark (issue 12, item 12): `factdesk check` on hostile workspaces, wall time and peak RSS.
#
#   sh benches/budgets.sh [path/to/factdesk] [runs]
#
# Cases (each in a fresh temporary workspace, built by this script):
#   bomb6    six 7.7 MB story files of `x-pad: [{a: b}, ...]` (the issue's case: refused before parsing)
#   under6   six files each just under the per-file node cap (parsed, then kept)
#   under40  forty such files (what the per-file cap alone lets through)
#   block6   six 7.7 MB files of block-style padding (`- a: b` lines)
#   alias6   six 0.4 MB files: a 3,000-node anchor copied by 100,000 aliases
# Prints one line per run and the median of each case. Needs GNU time at /usr/bin/time.
set -eu
BIN=${1:-target/release/factdesk}
RUNS=${2:-3}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

story() { # dir, padding file
    mkdir -p "$1"
    printf 'It is half of GDP.\n' > "$1/article.txt"
    { printf 'story:\n  title: Padded\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n'; cat "$2"; } > "$1/claims.yaml"
}

# Padding files.
python3 - "$TMP" <<'PY'
import sys
t = sys.argv[1]
# 7.7 MB of flow maps: 8 bytes and 3 nodes per item.
n = (7_700_000 - 20) // 8
open(f"{t}/bomb.pad", "w").write("x-pad: [" + "{a: b}, " * n + "{a: b}]\n")
# Just under 400,000 counted nodes: 133,000 flow maps.
open(f"{t}/under.pad", "w").write("x-pad: [" + "{a: b}, " * 83_320 + "{a: b}]\n")
# 7.7 MB of block-style padding.
# Alias fan-out: 100,000 copies of a 1,000-map anchor.
open(f"{t}/alias.pad", "w").write("x-base: &b [" + ", ".join(["{a: b}"] * 1000) + "]\nx-pad: [" + ", ".join(["*b"] * 100_000) + "]\n")
line = "  - a: b\n"
open(f"{t}/block.pad", "w").write("x-pad:\n" + line * ((7_700_000 - 7) // len(line)))
PY

build() { # case, pad, count
    mkdir -p "$TMP/$1"
    i=0
    while [ "$i" -lt "$3" ]; do story "$TMP/$1/s$i" "$TMP/$2"; i=$((i + 1)); done
}
build bomb6 bomb.pad 6
build under6 under.pad 6
build under40 under.pad 40
build block6 block.pad 6
build alias6 alias.pad 6

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for case in bomb6 under6 under40 block6 alias6; do
    : > "$TMP/$case.wall"; : > "$TMP/$case.rss"
    r=0
    while [ "$r" -lt "$RUNS" ]; do
        /usr/bin/time -v "$BIN" check "$TMP/$case" > "$TMP/out" 2> "$TMP/time" || true
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$TMP/time")
        rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$TMP/time")
        echo "$wall" >> "$TMP/$case.wall"; echo "$rss" >> "$TMP/$case.rss"
        echo "$case run $((r + 1)): ${wall}s ${rss} MB; $(grep -c 'error' "$TMP/out" || true) error line(s)"
        r=$((r + 1))
    done
    echo "$case median: $(median < "$TMP/$case.wall")s, $(median < "$TMP/$case.rss") MB peak RSS"
    grep -m1 'error' "$TMP/out" | cut -c1-200 || true
done
