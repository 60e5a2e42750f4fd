#!/usr/bin/env bash
# Writes the seed corpora Fuzz/Seeds/{query,plan} from the project's own inputs: every query of
# the TCK features ($SHARED/tck, default ../../shared) and of queries/, and the YAML of graph/
# and Fuzz/PlanBase, each prefixed with the byte that picks its file in FuzzPlan. (The page
# target reads imports/ in place.)
set -euo pipefail
cd "$(dirname "$0")"
rm -rf Seeds && mkdir -p Seeds/query Seeds/plan

python3 - "${SHARED:-../../shared}/tck/features" ../queries Seeds/query <<'PY'
import hashlib, pathlib, re, sys
features, saved, out = map(pathlib.Path, sys.argv[1:])
queries = set()
for feature in sorted(features.rglob("*.feature")) if features.exists() else []:
    for block in re.findall(r'"""\n(.*?)\n\s*"""', feature.read_text(), re.S):
        queries.add("\n".join(line.strip() for line in block.splitlines()))
for file in sorted(saved.glob("*.cypher")):
    queries.add(file.read_text())
for query in sorted(queries):
    if re.search(r"\b(MATCH|RETURN|CREATE|UNWIND|WITH|CALL|MERGE)\b", query, re.I):
        (out / hashlib.sha1(query.encode()).hexdigest()).write_text(query)
PY

index=0
for name in series episodes concepts site coverage; do
    for folder in ../graph PlanBase; do
        { printf "\\x$(printf %02x $index)"; cat "$folder/$name.yaml"; } > "Seeds/plan/$(basename "$folder")-$name"
    done
    index=$((index + 1))
done
echo "seeds: $(ls Seeds/query | wc -l) queries, $(ls Seeds/plan | wc -l) plan files"
