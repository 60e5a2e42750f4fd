import GraphStore

/// Deterministic text renderings of a result: an aligned table, JSON and CSV.
extension QueryResult {
    /// A cell in Cypher-like syntax: `(:Label {key: 'value'})`, `[:TYPE {…}]`, `<(…)-[…]->(…)>`.
    public func text(_ value: CypherValue) -> String {
        switch value {
        case .node(let id): return nodeText(id)
        case .relationship(let id): return relationshipText(id)
        case .path(let path):
            var text = "<" + nodeText(path.nodes[0])
            for (index, relationship) in path.relationships.enumerated() {
                let forward = graph.source(of: relationship) == path.nodes[index]
                text += (forward ? "-" : "<-") + relationshipText(relationship) + (forward ? "->" : "-") + nodeText(path.nodes[index + 1])
            }
            return text + ">"
        case .list(let values): return "[" + values.map(text).joined(separator: ", ") + "]"
        case .map(let values):
            return "{" + values.keys.sorted().map { "\(CypherValue.keyText($0)): \(text(values[$0]!))" }.joined(separator: ", ") + "}"
        default: return value.literalText
        }
    }

    private func nodeText(_ id: NodeID) -> String {
        let labels = graph.labelNames(of: id).map { ":" + CypherValue.keyText($0) }.joined()
        let properties = propertiesText(graph.nodeValues(of: id))
        return "(" + labels + (labels.isEmpty || properties.isEmpty ? "" : " ") + properties + ")"
    }

    private func relationshipText(_ id: RelationshipID) -> String {
        let properties = propertiesText(graph.relationshipValues(of: id))
        return "[:" + CypherValue.keyText(graph.typeName(of: id)) + (properties.isEmpty ? "" : " " + properties) + "]"
    }

    private func propertiesText(_ properties: [(key: String, value: CypherValue)]) -> String {
        guard !properties.isEmpty else { return "" }
        return "{" + properties.map { "\(CypherValue.keyText($0.key)): \($0.value.literalText)" }.joined(separator: ", ") + "}"
    }

    /// An aligned text table with a header row, then `N rows`.
    public func table() -> String {
        let cells = rows.map { $0.map(text) }
        var widths = columns.map { $0.count }
        for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ values: [String]) -> String {
            "| " + zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ") + " |"
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        var lines = [rule, line(columns), rule]
        lines += cells.map(line)
        lines.append(rule)
        lines.append("\(rows.count) row\(rows.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180): a header, then one line per row; strings appear unquoted unless they need quoting.
    public func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
        }
        var lines = [columns.map(field).joined(separator: ",")]
        for row in rows {
            lines.append(row.map { value in
                switch value {
                case .null: return ""
                case .string(let text): return field(text)
                default: return field(text(value))
                }
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON: an array of objects keyed by column, keys sorted; nodes, relationships and paths as objects.
    public func json() -> String {
        let objects = rows.map { row in
            "{" + zip(columns, row).sorted { $0.0 < $1.0 }.map { "\(StringLiteral.json($0.0)): \(json($0.1))" }.joined(separator: ", ") + "}"
        }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }

    private func json(_ value: CypherValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return number.isFinite ? CypherValue.floatText(number) : StringLiteral.json(CypherValue.floatText(number))
        case .string(let text): return StringLiteral.json(text)
        case .temporal(let value): return StringLiteral.json(value.description)
        case .list(let values): return "[" + values.map(json).joined(separator: ", ") + "]"
        case .map(let values): return "{" + values.keys.sorted().map { "\(StringLiteral.json($0)): \(json(values[$0]!))" }.joined(separator: ", ") + "}"
        case .node(let id):
            let properties = graph.nodeValues(of: id).map { "\(StringLiteral.json($0.key)): \(json($0.value))" }
            return "{\"id\": \(id.raw), \"labels\": [" + graph.labelNames(of: id).map(StringLiteral.json).joined(separator: ", ")
                + "], \"properties\": {" + properties.joined(separator: ", ") + "}}"
        case .relationship(let id):
            let properties = graph.relationshipValues(of: id).map { "\(StringLiteral.json($0.key)): \(json($0.value))" }
            return "{\"id\": \(id.raw), \"type\": \(StringLiteral.json(graph.typeName(of: id))), \"start\": \(graph.source(of: id).raw), "
                + "\"end\": \(graph.target(of: id).raw), \"properties\": {" + properties.joined(separator: ", ") + "}}"
        case .path(let path):
            return "{\"nodes\": [" + path.nodes.map { json(.node($0)) }.joined(separator: ", ") + "], \"relationships\": ["
                + path.relationships.map { json(.relationship($0)) }.joined(separator: ", ") + "]}"
        }
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
