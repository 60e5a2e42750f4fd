#!/usr/bin/env bash
# Import time and peak memory for synthetic sites N times a built one (scripts/scale-site.py),
# each import a fresh process without the cache, runs interleaved across the sizes.
#
# usage: scripts/scale-bench.sh SITE [RUNS [N...]]     (defaults: 3 runs, N = 1 2 5 10)
# Needs a release build (swift build -c release) and python3; writes the sites to a temporary
# folder and removes it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:?usage: scripts/scale-bench.sh SITE [RUNS [N...]]}"
runs="${2:-3}"
shift $(( $# < 2 ? $# : 2 ))
sizes=("${@:-1 2 5 10}")
read -r -a sizes <<<"${sizes[*]}"
gapgraph=.build/release/gapgraph
[ -x "$gapgraph" ] || { echo "no $gapgraph; run swift build -c release first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for n in "${sizes[@]}"; do python3 scripts/scale-site.py "$site" "$work/$n" "$n" >/dev/null; done
for run in $(seq "$runs"); do
    for n in "${sizes[@]}"; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$gapgraph" import --site "$work/$n" --no-cache --quiet >/dev/null
        echo "$n $(cat "$work/time")" >>"$work/results"
    done
done

python3 - "$work" "${sizes[@]}" <<'PYTHON'
import os, statistics, sys
work, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
rows = [line.split() for line in open(os.path.join(work, "results"))]
def pages_and_bytes(n):
    count, total = 0, 0
    for folder, _, names in os.walk(os.path.join(work, str(n))):
        for name in names:
            if name.endswith((".html", ".htm")):
                count += 1
                total += os.path.getsize(os.path.join(folder, name))
    return count, total
base = None
print(f"{'N':>3} {'pages':>6} {'HTML MiB':>9} {'min s':>7} {'median s':>9} {'max s':>7} {'× N=1':>7} {'/ N':>6} {'peak MiB':>9} {'KiB/page':>9} {'peak/HTML':>10}")
for n in sizes:
    seconds = sorted(float(r[1]) for r in rows if int(r[0]) == n)
    peak = max(int(r[2]) for r in rows if int(r[0]) == n) / 1024
    pages, total = pages_and_bytes(n)
    median = statistics.median(seconds)
    base = base or (median, n)
    ratio = median / base[0]
    print(f"{n:>3} {pages:>6} {total / 2**20:>9.1f} {seconds[0]:>7.2f} {median:>9.2f} {seconds[-1]:>7.2f} {ratio:>7.2f} {ratio / (n / base[1]):>6.2f}"
          f" {peak:>9.1f} {peak * 1024 / pages:>9.1f} {peak * 2**20 / total:>10.2f}")
PYTHON
