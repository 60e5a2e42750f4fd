#!/usr/bin/env python3
"""GapGraph against the Python baseline (baseline.py), the same job on the same corpus in one
run: rounds alternate the baseline, a cold gapgraph run and a gapgraph run from its cache
(`gapgraph bench --end-to-end --json`), and the table gives each phase's median (min–max)
and the baseline's time over gapgraph's.

    /tmp/venv-baseline/bin/python Benchmarks/python-baseline/compare.py \\
        --gapgraph .build/release/gapgraph --site /tmp/dstudio --rounds 5

Phases are timed inside each process (the interpreter's start and imports, and the
executable's start, are left out of both). "import" is the baseline's parse, extraction and
graph; "queries" is coverage, index and related content together.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PHASES = ["plan", "import", "coverage", "index", "related", "queries", "total"]


def with_queries(phases):
    phases["queries"] = phases["coverage"] + phases["index"] + phases["related"]
    return phases


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gapgraph", default=os.path.join(ROOT, ".build/release/gapgraph"))
    parser.add_argument("--site", required=True)
    parser.add_argument("--plan", default=os.path.join(ROOT, "graph"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    runs = {"baseline": [], "cold": [], "warm": []}
    for _ in range(arguments.rounds):
        baseline = subprocess.run([sys.executable, os.path.join(HERE, "baseline.py"), "--site", arguments.site, "--plan", arguments.plan,
                                   "--workers", str(arguments.workers)], check=True, capture_output=True, text=True)
        runs["baseline"].append(with_queries(json.loads(baseline.stdout)["phases"]))
        gapgraph = subprocess.run([arguments.gapgraph, "bench", "--end-to-end", "--json", "--iterations", "1", "--site", arguments.site,
                                   "--plan", arguments.plan, "--threads", str(arguments.workers)], check=True, capture_output=True, text=True)
        for line in gapgraph.stdout.splitlines():
            run = json.loads(line)
            runs[run.pop("kind")].append(with_queries(run))

    def cell(kind, phase):
        values = sorted(run[phase] for run in runs[kind])
        return statistics.median(values), f"{statistics.median(values):.3f} ({values[0]:.3f}–{values[-1]:.3f})"

    print(f"{arguments.rounds} rounds, {arguments.workers} workers; seconds, median (min–max)\n")
    print(f"| phase | Python baseline | gapgraph, cold | gapgraph, from the cache | baseline ÷ cold | baseline ÷ cache |")
    print("|---|---|---|---|---|---|")
    for phase in PHASES:
        (base, base_text), (cold, cold_text), (warm, warm_text) = (cell(kind, phase) for kind in ("baseline", "cold", "warm"))
        print(f"| {phase} | {base_text} | {cold_text} | {warm_text} | {base / cold:.1f}× | {base / warm:.1f}× |")


if __name__ == "__main__":
    main()
