import GraphStore

/// The graph as a Cypher script that rebuilds it in an empty database (Neo4j's cypher-shell,
/// or GapGraph's own engine): nodes in batches of `UNWIND [...] AS row CREATE`, each carrying
/// a temporary `_exportId` (its number here) until the relationships between them are made by
/// `MATCH ... CREATE`; the last statement removes it. Nodes are created in GapGraph's id
/// order, so a fresh database numbers them alike.
public enum CypherExport {
    static let batchSize = 500

    public static func render(_ graph: FrozenGraph) -> String {
        let keys = Set(graph.nodeIDs.flatMap { graph.properties(of: $0).map(\.key) })
        var exportID = "_exportId"
        while keys.contains(exportID) { exportID = "_" + exportID }
        let idKey = name(exportID)

        var lines = [
            "// GapGraph graph export: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships, as openCypher statements ending in ';'.",
            "// Run it on an empty database (Neo4j: cypher-shell -f FILE). While relationships are made each node carries \(exportID),",
            "// its number in this file; the last statement removes it. On a large graph, an index on \(exportID) per label speeds it up.",
        ]
        var start = 0
        let nodes = graph.nodeIDs
        while start < nodes.count {
            let labels = graph.labelNames(of: nodes[start])
            var end = start + 1
            while end < nodes.count, end - start < batchSize, graph.labelNames(of: nodes[end]) == labels { end += 1 }
            lines.append("UNWIND [")
            lines.append(nodes[start..<end].map { node in
                "{id: \(node), properties: \(map(graph.properties(of: node)))}"
            }.joined(separator: ",\n"))
            lines.append("] AS row")
            lines.append("CREATE (n\(labelText(labels)) {\(idKey): row.id}) SET n += row.properties;")
            start = end
        }

        var groups: [String: (type: String, from: [String], to: [String], relationships: [RelationshipID])] = [:]
        for relationship in graph.relationshipIDs {
            let from = graph.labelNames(of: graph.source(of: relationship))
            let to = graph.labelNames(of: graph.target(of: relationship))
            let type = graph.typeName(of: relationship)
            let key = ([type] + from + ["->"] + to).joined(separator: ":")
            groups[key, default: (type, from, to, [])].relationships.append(relationship)
        }
        for key in groups.keys.sorted() {
            let group = groups[key]!
            for batch in stride(from: 0, to: group.relationships.count, by: batchSize) {
                let slice = group.relationships[batch..<min(batch + batchSize, group.relationships.count)]
                lines.append("UNWIND [")
                lines.append(slice.map { relationship in
                    "{from: \(graph.source(of: relationship)), to: \(graph.target(of: relationship)), properties: \(map(graph.properties(of: relationship)))}"
                }.joined(separator: ",\n"))
                lines.append("] AS row")
                lines.append("MATCH (a\(labelText(group.from)) {\(idKey): row.from}), (b\(labelText(group.to)) {\(idKey): row.to})")
                lines.append("CREATE (a)-[r:\(name(group.type))]->(b) SET r += row.properties;")
            }
        }
        if graph.nodeCount > 0 {
            lines.append("MATCH (n) WHERE n.\(idKey) IS NOT NULL REMOVE n.\(idKey);")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func labelText(_ labels: [String]) -> String {
        labels.map { ":" + name($0) }.joined()
    }

    static func map(_ properties: [(key: String, value: PropertyValue)]) -> String {
        "{" + properties.map { "\(name($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// A label, type or key as Cypher writes it: bare when it is a plain identifier, else in
    /// backticks with backticks doubled.
    static func name(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let plain = !scalars.isEmpty && scalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
            && !("0"..."9").contains(scalars[0])
        return plain ? text : "`" + text.replacingOccurrences(of: "`", with: "``") + "`"
    }
}
