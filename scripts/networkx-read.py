#!/usr/bin/env python3
"""Read a GapGraph GraphML or node-link JSON export with networkx and print what it holds.

    python3 scripts/networkx-read.py FILE.graphml|FILE.json

Prints {"nodes": N, "edges": M, "labels": {label: nodes}, "types": {type: edges}} as JSON,
counted on the graph networkx built (a MultiDiGraph). Needs networkx.
"""
import json
import sys
from collections import Counter

import networkx as nx
from networkx.readwrite import json_graph


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: networkx-read.py FILE.graphml|FILE.json")
    path = sys.argv[1]
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            graph = json_graph.node_link_graph(json.load(handle), edges="links")
        labels = Counter(label for _, data in graph.nodes(data=True) for label in data["labels"])
    else:
        graph = nx.read_graphml(path, force_multigraph=True)
        labels = Counter(label for _, data in graph.nodes(data=True) for label in data["labels"].split(":")[1:])
    types = Counter(data["type"] for _, _, data in graph.edges(data=True))
    print(json.dumps({
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "labels": dict(sorted(labels.items())),
        "types": dict(sorted(types.items())),
    }, indent=2))


if __name__ == "__main__":
    main()
