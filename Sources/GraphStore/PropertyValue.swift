/// A value stored on a node or relationship: what openCypher allows as a property.
/// An absent property is absent, never a stored null.
public enum PropertyValue: Hashable, Sendable {
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([PropertyValue])
}

extension PropertyValue: CustomStringConvertible {
    /// Cypher literal syntax, so dumps and exports read back as the same value.
    public var description: String {
        switch self {
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value):
            if value.isNaN { return "0.0/0.0" }
            if value.isInfinite { return value > 0 ? "1.0/0.0" : "-1.0/0.0" }
            let text = String(value)
            return text.contains(".") || text.contains("e") ? text : text + ".0"
        case .string(let value): return StringLiteral.cypher(value)
        case .list(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
