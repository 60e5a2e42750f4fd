#!/usr/bin/env bash
# Export a site's graph as CSV, load it into a fresh Kùzu database and check that Kùzu holds
# every node, relationship, label and property GapGraph exported.
#
#   scripts/kuzu-check.sh [--site DIR] [other gapgraph graph options]
#
# Installs the kuzu Python package into .build-kuzu-venv (pip, from PyPI) when no Python here
# has it. Uses the gapgraph built by `swift build` (GAPGRAPH=path to use another). Exit code 0
# when the counts equal `gapgraph schema`'s and no property differs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gapgraph=${GAPGRAPH:-$root/.build/debug/gapgraph}
[ -x "$gapgraph" ] || { echo "$gapgraph: not built; run swift build first (or set GAPGRAPH)" >&2; exit 2; }

python=python3
if ! "$python" -c "import kuzu" 2>/dev/null; then
    python=$root/.build-kuzu-venv/bin/python
    if ! "$python" -c "import kuzu" 2>/dev/null; then
        echo "Installing kuzu into $root/.build-kuzu-venv"
        python3 -m venv "$root/.build-kuzu-venv"
        "$python" -m pip install --quiet kuzu
    fi
fi
echo "kuzu $("$python" -c 'import kuzu; print(kuzu.__version__)')"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$gapgraph" export "$@" --format csv --out "$work/csv"
"$gapgraph" export "$@" --format json --out "$work/graph.json" >/dev/null
"$gapgraph" schema "$@" --format json >"$work/schema.json"
start=$(date +%s.%N)
"$python" "$root/scripts/kuzu-load.py" "$work/csv" "$work/db" --compare "$work/graph.json" >"$work/kuzu.json"
end=$(date +%s.%N)
"$python" - "$work/schema.json" "$work/kuzu.json" "$start" "$end" <<'PY'
import json, sys
schema = json.load(open(sys.argv[1]))
loaded = json.load(open(sys.argv[2]))
labels = {name: entry["count"] for name, entry in schema["labels"].items()}
types = {name: entry["count"] for name, entry in schema["relationshipTypes"].items()}
print(f"Kùzu holds {loaded['nodeCount']} nodes ({len(loaded['nodes'])} labels) and {loaded['relationshipCount']} relationships "
      f"({len(loaded['relationships'])} types), loaded and checked in {float(sys.argv[4]) - float(sys.argv[3]):.1f} s")
ok = loaded["nodes"] == labels and loaded["relationships"] == types and loaded["mismatches"] == 0
for label in sorted(set(labels) | set(loaded["nodes"])):
    if labels.get(label) != loaded["nodes"].get(label):
        print(f"  :{label}: gapgraph {labels.get(label)}, Kùzu {loaded['nodes'].get(label)}")
for kind in sorted(set(types) | set(loaded["relationships"])):
    if types.get(kind) != loaded["relationships"].get(kind):
        print(f"  :{kind}: gapgraph {types.get(kind)}, Kùzu {loaded['relationships'].get(kind)}")
print(f"counts {'match' if ok else 'DIFFER'}; {loaded['mismatches']} nodes or relationships differ in labels or properties")
sys.exit(0 if ok else 1)
PY
