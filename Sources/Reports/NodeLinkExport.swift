import GraphStore

/// The graph as node-link JSON in networkx's shape, which `json_graph.node_link_graph(data,
/// edges="links")` reads as a MultiDiGraph: nodes `{"id", "labels", "properties"}`, links
/// `{"source", "target", "key", "type", "properties"}`, ids being GapGraph's node and
/// relationship numbers. Properties sit in their own object so a property named `id` cannot
/// clash with the node's id.
public enum NodeLinkExport {
    public static func render(_ graph: FrozenGraph) -> String {
        var lines = ["{", "\"directed\": true,", "\"multigraph\": true,", "\"graph\": {},", "\"nodes\": ["]
        lines.append(graph.nodeIDs.map { node in
            "{\"id\": \(node), \"labels\": [\(graph.labelNames(of: node).map(StringLiteral.json).joined(separator: ", "))], "
                + "\"properties\": \(object(graph.properties(of: node)))}"
        }.joined(separator: ",\n"))
        lines.append("],")
        lines.append("\"links\": [")
        lines.append(graph.relationshipIDs.map { relationship in
            "{\"source\": \(graph.source(of: relationship)), \"target\": \(graph.target(of: relationship)), \"key\": \(relationship), "
                + "\"type\": \(StringLiteral.json(graph.typeName(of: relationship))), \"properties\": \(object(graph.properties(of: relationship)))}"
        }.joined(separator: ",\n"))
        lines.append("]")
        lines.append("}")
        return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    static func object(_ properties: [(key: String, value: PropertyValue)]) -> String {
        "{" + properties.map { "\(StringLiteral.json($0.key)): \(json($0.value))" }.joined(separator: ", ") + "}"
    }

    /// JSON has no NaN or infinity: they become null.
    static func json(_ value: PropertyValue) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number.isFinite ? String(number) : "null"
        case .string(let text): return StringLiteral.json(text)
        case .list(let items): return "[" + items.map(json).joined(separator: ", ") + "]"
        }
    }
}
