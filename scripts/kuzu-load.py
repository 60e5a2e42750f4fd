#!/usr/bin/env python3
"""Load a GapGraph CSV export into a new Kùzu database and print its counts.

    python3 scripts/kuzu-load.py EXPORT_DIR DB_DIR [--compare GRAPH.json]

EXPORT_DIR is what `gapgraph export --format csv --out EXPORT_DIR` wrote (its kuzu/ folder
holds schema.cypher, copy.cypher and the CSV files); DB_DIR must not exist yet. Prints
{"nodeCount": N, "relationshipCount": M, "nodes": {label: count}, "relationships": {type: count}}
as JSON, counted in Kùzu after the load (per label, a node counts once for each label it
carries, as in `gapgraph schema`). With --compare
and the node-link JSON of the same graph (`gapgraph export --format json`), it also checks
every node's labels and properties and every relationship's ends, type and properties, adds
"mismatches" (how many differ) and prints the first few on stderr. Needs the kuzu package
(pip install kuzu).
"""
import json
import os
import sys

import kuzu


def statements(path):
    """The statements of a GapGraph .cypher file: one per line, // lines are comments."""
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("//")]


def rows(connection, query):
    result = connection.execute(query)
    found = []
    while result.has_next():
        found.append(result.get_next())
    return found


def compare(connection, node_link_path):
    """Differences between the loaded database and the node-link JSON, as readable lines."""
    with open(node_link_path, encoding="utf-8") as handle:
        graph = json.load(handle)
    id_column = "nodeId"
    problems = []
    loaded = {}
    for (table,) in rows(connection, "CALL show_tables() WHERE type = 'NODE' RETURN name"):
        for (node,) in rows(connection, f"MATCH (n:`{table}`) RETURN n"):
            properties = {key: value for key, value in node.items() if not key.startswith("_") and value is not None}
            loaded[properties.pop(id_column)] = (sorted(properties.pop("labels")), properties)
    for node in graph["nodes"]:
        expected = (sorted(node["labels"]), node["properties"])
        if loaded.get(node["id"]) != expected:
            problems.append(f"node {node['id']}: expected {expected}, loaded {loaded.get(node['id'])}")
    if len(loaded) != len(graph["nodes"]):
        problems.append(f"{len(loaded)} nodes loaded, {len(graph['nodes'])} exported")
    edges = []
    for (table,) in rows(connection, "CALL show_tables() WHERE type = 'REL' RETURN name"):
        for source, target, relationship in rows(connection, f"MATCH (a)-[r:`{table}`]->(b) RETURN a.{id_column}, b.{id_column}, r"):
            properties = {key: value for key, value in relationship.items() if not key.startswith("_") and value is not None}
            edges.append(json.dumps([source, target, table, properties], sort_keys=True))
    exported = [json.dumps([link["source"], link["target"], link["type"], link["properties"]], sort_keys=True) for link in graph["links"]]
    missing = sorted(set(exported) - set(edges))
    extra = sorted(set(edges) - set(exported))
    problems += [f"relationship not loaded: {line}" for line in missing] + [f"relationship not exported: {line}" for line in extra]
    if sorted(edges) != sorted(exported) and not (missing or extra):
        problems.append("relationship multiplicities differ")
    return problems


def main():
    arguments = sys.argv[1:]
    node_link = None
    if "--compare" in arguments:
        at = arguments.index("--compare")
        if at + 1 >= len(arguments):
            sys.exit("--compare needs the node-link JSON file")
        node_link = arguments[at + 1]
        del arguments[at:at + 2]
    if len(arguments) != 2:
        sys.exit("usage: kuzu-load.py EXPORT_DIR DB_DIR [--compare GRAPH.json]")
    export = os.path.join(os.path.abspath(arguments[0]), "kuzu")
    database_path = os.path.abspath(arguments[1])
    if node_link:
        node_link = os.path.abspath(node_link)
    if not os.path.isfile(os.path.join(export, "schema.cypher")):
        sys.exit(f"{export}/schema.cypher: not found; give the folder gapgraph export --format csv wrote")
    if os.path.exists(database_path):
        sys.exit(f"{database_path}: already exists; give a new path for the database")
    database = kuzu.Database(database_path)
    connection = kuzu.Connection(database)
    # COPY statements name their CSV files relative to the kuzu/ folder.
    os.chdir(export)
    for name in ("schema.cypher", "copy.cypher"):
        for statement in statements(name):
            try:
                connection.execute(statement)
            except RuntimeError as error:
                sys.exit(f"{export}/{name}: {error}\n  in: {statement[:200]}")
    nodes = {}
    for label, count in rows(connection, "MATCH (n) UNWIND n.labels AS label RETURN label, count(*)"):
        nodes[label] = count
    relationships = {}
    for (table,) in rows(connection, "CALL show_tables() WHERE type = 'REL' RETURN name"):
        relationships[table] = rows(connection, f"MATCH ()-[r:`{table}`]->() RETURN count(r)")[0][0]
    counts = {
        "nodeCount": rows(connection, "MATCH (n) RETURN count(n)")[0][0],
        "relationshipCount": rows(connection, "MATCH ()-[r]->() RETURN count(r)")[0][0],
        "nodes": dict(sorted(nodes.items())),
        "relationships": dict(sorted(relationships.items())),
    }
    if node_link:
        problems = compare(connection, node_link)
        counts["mismatches"] = len(problems)
        for line in problems[:10]:
            print(line, file=sys.stderr)
    print(json.dumps(counts, indent=2))


if __name__ == "__main__":
    main()
