#!/usr/bin/env python3
"""What a user would otherwise write in an afternoon to do GapGraph's job on a built site:
selectolax (lexbor) to parse pages and cut them into sections at headings, a networkx graph
of pages, sections, links and concept mentions, bm25s to rank sections, a simple coverage
score for every episode and the related pages of every episode.

Same inputs as gapgraph: the site folder and graph/ (site.yaml's content selectors,
concepts.yaml's names and aliases, episodes.yaml's needs). Pages are parsed and scanned for
concepts in a process pool (--workers, default 2, like gapgraph's threads). Prints one JSON
object: seconds per phase and counts, for Benchmarks/python-baseline/compare.py.

Not part of CI. Needs selectolax, networkx, bm25s and PyYAML:

    python3 -m venv /tmp/venv-baseline && /tmp/venv-baseline/bin/pip install selectolax networkx bm25s pyyaml
    /tmp/venv-baseline/bin/python Benchmarks/python-baseline/baseline.py --site /tmp/dstudio --plan graph
"""
import argparse
import json
import os
import posixpath
import re
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import bm25s
import networkx as nx
import yaml
from selectolax.lexbor import LexborHTMLParser

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
WORD = re.compile(r"\w+")

# Set in each worker by `start_worker`.
PHRASES = {}
LONGEST = 1
SELECTORS = []
NOT_CONTENT = ""


def words(text):
    return WORD.findall(text.lower())


def phrase_forms(phrase):
    """The phrase and its plurals, as word tuples."""
    tokens = words(phrase)
    if not tokens:
        return []
    last = tokens[-1]
    endings = [last, last + "s", last + "es"] + ([last[:-1] + "ies"] if last.endswith("y") and len(last) > 2 else [])
    return [tuple(tokens[:-1] + [ending]) for ending in endings]


def start_worker(phrases, longest, selectors, not_content):
    global PHRASES, LONGEST, SELECTORS, NOT_CONTENT
    PHRASES, LONGEST, SELECTORS, NOT_CONTENT = phrases, longest, selectors, not_content


def mentions(text):
    """Concept ids found in the text, longest phrase first, counted."""
    tokens = words(text)
    found = Counter()
    index = 0
    while index < len(tokens):
        for length in range(min(LONGEST, len(tokens) - index), 0, -1):
            concept = PHRASES.get(tuple(tokens[index:index + length]))
            if concept:
                found[concept] += 1
                index += length
                break
        else:
            index += 1
    return found


def extract(arguments):
    """One page: title, sections (heading, level, anchor, text, words, mentions), links."""
    root, path = arguments
    with open(os.path.join(root, path), "rb") as file:
        tree = LexborHTMLParser(file.read())
    title_node = tree.css_first("title")
    content = next((node for node in (tree.css_first(selector) for selector in SELECTORS) if node is not None), tree.root)
    for node in content.css(NOT_CONTENT):
        node.decompose()
    sections = [{"heading": "", "level": 0, "anchor": None, "text": []}]
    links = []
    for child in content.iter():
        if child.tag in HEADINGS:
            sections.append({"heading": child.text(strip=True).rstrip("¶").strip(), "level": int(child.tag[1]),
                             "anchor": child.attributes.get("id"), "text": []})
            continue
        sections[-1]["text"].append(child.text(separator=" "))
        links += [(len(sections) - 1, link.attributes.get("href")) for link in child.css("a[href]") if link.attributes.get("href")]
    for section in sections:
        section["text"] = " ".join(section["text"])
        section["words"] = len(words(section["text"]))
        section["mentions"] = mentions(section["heading"] + " " + section["text"])
    return {"path": path, "title": title_node.text(strip=True) if title_node else path, "sections": sections, "links": links}


def resolve(href, page, pages):
    """The page a relative link leads to, or None."""
    target = href.split("#")[0].split("?")[0]
    if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("//"):
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    for candidate in (joined + "/index.html", joined, joined + ".html"):
        if candidate in pages:
            return candidate
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--plan", default="graph")
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    phases = {}
    started = clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        phases[name] = now - clock
        clock = now

    with open(os.path.join(arguments.plan, "site.yaml")) as file:
        site = yaml.safe_load(file)
    with open(os.path.join(arguments.plan, "concepts.yaml")) as file:
        concepts = yaml.safe_load(file)["concepts"]
    with open(os.path.join(arguments.plan, "episodes.yaml")) as file:
        episodes = yaml.safe_load(file)["episodes"]
    phrases = {}
    for concept in concepts:
        for phrase in [concept["name"]] + concept.get("aliases", []):
            for form in phrase_forms(phrase):
                phrases.setdefault(form, concept["id"])
    lap("plan")

    pages = sorted(posixpath.relpath(os.path.join(folder, name), arguments.site)
                   for folder, _, names in os.walk(arguments.site) for name in names if name.endswith(".html"))
    settings = (phrases, max(len(form) for form in phrases), site["content"]["selectors"], ", ".join(site["content"]["not_content"]))
    with ProcessPoolExecutor(arguments.workers, initializer=start_worker, initargs=settings) as pool:
        extracted = list(pool.map(extract, [(arguments.site, page) for page in pages], chunksize=8))
    graph = nx.MultiDiGraph()
    page_set = set(pages)
    for concept in concepts:
        graph.add_node(("concept", concept["id"]), name=concept["name"])
    sections = []
    for page in extracted:
        graph.add_node(("page", page["path"]), title=page["title"])
        for position, section in enumerate(page["sections"]):
            node = ("section", page["path"], position)
            graph.add_node(node, heading=section["heading"], words=section["words"], level=section["level"])
            graph.add_edge(("page", page["path"]), node, type="HAS_SECTION")
            for concept, count in section["mentions"].items():
                graph.add_edge(node, ("concept", concept), type="MENTIONS", count=count)
            sections.append((page["path"], section))
        for position, href in page["links"]:
            target = resolve(href, page["path"], page_set)
            if target:
                graph.add_edge(("section", page["path"], position), ("page", target), type="LINKS_TO", href=href)
    lap("import")

    corpus = [section["heading"] + " " + section["text"] for _, section in sections]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False)
    lap("index")

    # Coverage, simply: each needed concept's best section, 1 when a heading names it and it has
    # 400 words, less for shorter treatments or mere mentions, weighted by need.
    best = {}
    for node, concept, data in graph.edges(data=True):
        if data["type"] != "MENTIONS":
            continue
        section = graph.nodes[node]
        named = concept[1] in {c for c in mentions_of_heading(section["heading"], phrases)}
        score = (1.0 if named else 0.5) * min(1.0, section["words"] / 400)
        best[concept[1]] = max(best.get(concept[1], 0.0), score)
    coverage = {}
    for episode in episodes:
        needs = episode["needs"]
        coverage[episode["number"]] = sum(need["weight"] * best.get(need["concept"], 0.0) for need in needs) / sum(need["weight"] for need in needs)
    lap("coverage")

    names = {concept["id"]: concept["name"] for concept in concepts}
    related = {}
    for episode in episodes:
        query = episode["title"] + " " + " ".join(names[need["concept"]] for need in episode["needs"])
        documents, scores = retriever.retrieve(bm25s.tokenize(query, stopwords="en", show_progress=False), k=50, show_progress=False)
        pages_scores = {}
        for document, score in zip(documents[0], scores[0]):
            path = sections[document][0]
            pages_scores[path] = max(pages_scores.get(path, 0.0), float(score))
        related[episode["number"]] = sorted(pages_scores, key=pages_scores.get, reverse=True)[:10]
    lap("related")
    phases["total"] = time.perf_counter() - started
    print(json.dumps({"phases": phases, "pages": len(pages), "sections": len(sections), "nodes": graph.number_of_nodes(),
                      "edges": graph.number_of_edges(), "episodes": len(coverage), "related": sum(map(len, related.values()))}))


def mentions_of_heading(heading, phrases):
    tokens = words(heading)
    return {phrases[form] for length in range(1, 5) for index in range(len(tokens)) for form in [tuple(tokens[index:index + length])] if form in phrases}


if __name__ == "__main__":
    main()
