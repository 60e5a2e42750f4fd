import GraphStore

/// The graph as GraphML, which Gephi, yEd and networkx read: one typed `<key>` per property
/// key, a node's labels in `labels` (`:Law:Page`), a display `label` for Gephi, and the
/// relationship type in the edge attribute `type`. Lists are JSON arrays in string attributes.
public enum GraphMLExport {
    static let reservedNodeKeys = ["labels", "label"]
    static let reservedEdgeKeys = ["type"]

    public static func render(_ graph: FrozenGraph) throws(ExportError) -> String {
        let nodeColumns = PropertyColumns.nodes(graph, graph.nodeIDs).columns
        let edgeColumns = PropertyColumns.relationships(graph, graph.relationshipIDs).columns
        if let clash = nodeColumns.first(where: { reservedNodeKeys.contains($0.key) }) { throw .reservedName(format: "GraphML", name: clash.key) }
        if let clash = edgeColumns.first(where: { reservedEdgeKeys.contains($0.key) }) { throw .reservedName(format: "GraphML", name: clash.key) }

        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- GapGraph graph export: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships. "
                + "labels holds a node's labels (:Law:Page), type a relationship's type; list properties are JSON arrays in string attributes. -->",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        var nodeKeys: [String: String] = [:]
        var edgeKeys: [String: String] = [:]
        func declare(_ name: String, type: String, for domain: String) -> String {
            let id = "d\(nodeKeys.count + edgeKeys.count)"
            lines.append("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(escape(name))\" attr.type=\"\(type)\"/>")
            return id
        }
        for name in reservedNodeKeys { nodeKeys[name] = declare(name, type: "string", for: "node") }
        for column in nodeColumns { nodeKeys[column.key] = declare(column.key, type: attributeType(column), for: "node") }
        for name in reservedEdgeKeys { edgeKeys[name] = declare(name, type: "string", for: "edge") }
        for column in edgeColumns { edgeKeys[column.key] = declare(column.key, type: attributeType(column), for: "edge") }
        let nodeTypes = Dictionary(uniqueKeysWithValues: nodeColumns.map { ($0.key, $0.type) })
        let edgeTypes = Dictionary(uniqueKeysWithValues: edgeColumns.map { ($0.key, $0.type) })

        lines.append("  <graph id=\"G\" edgedefault=\"directed\">")
        for node in graph.nodeIDs {
            let properties = graph.properties(of: node)
            var data = [
                data(nodeKeys["labels"]!, graph.labelNames(of: node).map { ":" + $0 }.joined()),
                data(nodeKeys["label"]!, displayLabel(properties, node: node)),
            ]
            for (key, value) in properties { data.append(self.data(nodeKeys[key]!, text(value, as: nodeTypes[key]!))) }
            lines.append("    <node id=\"n\(node)\">" + data.joined() + "</node>")
        }
        for relationship in graph.relationshipIDs {
            var data = [data(edgeKeys["type"]!, graph.typeName(of: relationship))]
            for (key, value) in graph.properties(of: relationship) { data.append(self.data(edgeKeys[key]!, text(value, as: edgeTypes[key]!))) }
            lines.append("    <edge id=\"e\(relationship)\" source=\"n\(graph.source(of: relationship))\" target=\"n\(graph.target(of: relationship))\">"
                + data.joined() + "</edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What Gephi shows on a node: its name, title, heading or URL, else its labels and id.
    static func displayLabel(_ properties: [(key: String, value: PropertyValue)], node: NodeID) -> String {
        for key in ["name", "title", "heading", "url"] {
            if let value = properties.first(where: { $0.key == key })?.value { return ExportType.text(value) }
        }
        return "node \(node)"
    }

    static func attributeType(_ column: PropertyColumns.Column) -> String {
        switch column.type {
        case .boolean: return "boolean"
        case .integer: return column.wide ? "long" : "int"
        case .double: return "double"
        case .string, .list: return "string"
        }
    }

    static func text(_ value: PropertyValue, as type: ExportType) -> String {
        // XML Schema's spellings, which networkx and Java read too.
        if type == .double, case .double(let number) = value, !number.isFinite {
            return number.isNaN ? "NaN" : (number > 0 ? "INF" : "-INF")
        }
        guard type.isList, case .list(let items) = value else { return type.scalarText(value) }
        guard case .list(let element) = type else { return value.description }
        return "[" + items.map { item in element == .string ? StringLiteral.json(element.scalarText(item)) : jsonNumber(element.scalarText(item)) }
            .joined(separator: ", ") + "]"
    }

    /// Non-finite floats have no JSON form; they become null.
    private static func jsonNumber(_ text: String) -> String {
        text.contains("/") ? "null" : text
    }

    private static func data(_ key: String, _ text: String) -> String {
        "<data key=\"\(key)\">\(escape(text))</data>"
    }

    /// XML 1.0 text: markup characters as entities, a carriage return kept as a reference (a
    /// parser would fold it into the newline), characters XML cannot hold as U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                let allowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
