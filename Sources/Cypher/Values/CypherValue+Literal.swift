import GraphStore

/// Cypher literal syntax for values that have one; graph elements show their ids.
extension CypherValue {
    public var literalText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .float(let value): return Self.floatText(value)
        case .string(let value): return StringLiteral.cypher(value)
        case .list(let values): return "[" + values.map(\.literalText).joined(separator: ", ") + "]"
        case .map(let values):
            return "{" + values.keys.sorted().map { "\(Self.keyText($0)): \(values[$0]!.literalText)" }.joined(separator: ", ") + "}"
        case .node(let id): return "node(\(id))"
        case .relationship(let id): return "relationship(\(id))"
        case .path(let path):
            return "path(" + path.nodes.map(\.description).joined(separator: ",") + ")"
        case .temporal(let value):
            let function = value.typeName.prefix(1).lowercased() + value.typeName.dropFirst().lowercased()
            return function + "(" + StringLiteral.cypher(value.description) + ")"
        }
    }

    static func floatText(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        let text = String(value)
        return text.contains(".") || text.contains("e") || text.contains("E") ? text : text + ".0"
    }

    /// A map key or name, backtick-quoted unless it is a plain identifier.
    static func keyText(_ key: String) -> String {
        let plain = key.unicodeScalars.first.map { $0 == "_" || $0.properties.isAlphabetic } ?? false
            && key.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return plain ? key : "`" + key.replacingBackticks() + "`"
    }
}

extension String {
    fileprivate func replacingBackticks() -> String {
        var result = ""
        for character in self { result += character == "`" ? "``" : String(character) }
        return result
    }
}
