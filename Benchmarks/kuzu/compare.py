#!/usr/bin/env python3
"""The saved queries on Kùzu, loaded from gapgraph's CSV export, beside gapgraph's own engine:
latency per query in one run, after checking that both return the same rows.

    /tmp/venv-baseline/bin/pip install kuzu
    /tmp/venv-baseline/bin/python Benchmarks/kuzu/compare.py --gapgraph .build/release/gapgraph \\
        --site /tmp/dstudio --rounds 3 --iterations 10

Kùzu keeps one table per primary label, so Benchmarks/kuzu/queries/ holds each saved query in
Kùzu's dialect (`(p:Page) WHERE list_contains(p.labels, 'Law')` for `(p:Law)`, bounded
variable-length paths, 1-based lists); reading-list-for-raft calls gapgraph.relatedToEpisode,
which Kùzu does not have. Rounds alternate `gapgraph bench --queries` and the same number of
Kùzu runs (each query once to warm up); the table gives the median of the rounds' medians,
in milliseconds, gapgraph's time on the graph it holds in memory, Kùzu's through its Python API
on an on-disk database (buffer pool warm).
"""
import argparse
import decimal
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import kuzu

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def normalized(value):
    """Rows compared regardless of list order inside a cell (collect has none), float noise,
    and Kùzu's sums being 128-bit decimals."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((normalized(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    if isinstance(value, float):
        return round(value, 9)
    return value


def kuzu_rows(connection, text):
    result = connection.execute(text)
    columns = result.get_column_names()
    rows = []
    while result.has_next():
        rows.append(dict(zip(columns, result.get_next())))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gapgraph", default=os.path.join(ROOT, ".build/release/gapgraph"))
    parser.add_argument("--site", required=True)
    parser.add_argument("--plan", default=os.path.join(ROOT, "graph"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=10)
    arguments = parser.parse_args()
    options = ["--site", arguments.site, "--plan", arguments.plan]
    work = tempfile.mkdtemp(prefix="gapgraph-kuzu-")
    subprocess.run([arguments.gapgraph, "export", *options, "--format", "csv", "--out", os.path.join(work, "csv")], check=True, capture_output=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts/kuzu-load.py"), os.path.join(work, "csv"), os.path.join(work, "db")],
                   check=True, capture_output=True)
    connection = kuzu.Connection(kuzu.Database(os.path.join(work, "db")))

    names = sorted(name[:-len(".cypher")] for name in os.listdir(os.path.join(HERE, "queries")))
    texts = {name: open(os.path.join(HERE, "queries", name + ".cypher")).read() for name in names}
    for name in names:
        ours = json.loads(subprocess.run([arguments.gapgraph, "query", *options, "--file", os.path.join(ROOT, "queries", name + ".cypher"),
                                          "--format", "json"], check=True, capture_output=True, text=True).stdout)
        theirs = kuzu_rows(connection, texts[name])
        if [normalized(row) for row in ours] != [normalized(row) for row in theirs]:
            sys.exit(f"{name}: Kùzu's rows differ from gapgraph's\n  gapgraph: {ours[:3]}\n  Kùzu:     {theirs[:3]}")

    gapgraph_ms = {name: [] for name in names}
    kuzu_ms = {name: [] for name in names}
    for _ in range(arguments.rounds):
        table = subprocess.run([arguments.gapgraph, "bench", *options, "--queries", os.path.join(ROOT, "queries"), "--iterations",
                                str(arguments.iterations)], check=True, capture_output=True, text=True).stdout
        for line in table.splitlines():
            fields = line.split()
            if fields and fields[0] in gapgraph_ms:
                gapgraph_ms[fields[0]].append(float(fields[3]))
        for name in names:
            kuzu_rows(connection, texts[name])
            runs = []
            for _ in range(arguments.iterations):
                start = time.perf_counter()
                kuzu_rows(connection, texts[name])
                runs.append((time.perf_counter() - start) * 1000)
            kuzu_ms[name].append(statistics.median(runs))

    print(f"{arguments.rounds} rounds of {arguments.iterations} runs; milliseconds, median; same rows checked first\n")
    print("| query | gapgraph | Kùzu | Kùzu ÷ gapgraph |")
    print("|---|---|---|---|")
    ratios = []
    for name in names:
        ours, theirs = statistics.median(gapgraph_ms[name]), statistics.median(kuzu_ms[name])
        ratios.append(theirs / ours)
        print(f"| {name} | {ours:.2f} | {theirs:.2f} | {theirs / ours:.1f}× |")
    print(f"| geometric mean | | | {statistics.geometric_mean(ratios):.1f}× |")


if __name__ == "__main__":
    main()
