import Cypher
import GraphStore

/// A value as the TCK writes it in result tables: graph elements by labels/type and
/// properties only, since ids are not part of the expected results.
indirect enum TCKValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// A start node, then hops: relationship, whether it points forward, next node.
    case path(TCKValue, [(relationship: TCKValue, forward: Bool, node: TCKValue)])

    static func == (left: TCKValue, right: TCKValue) -> Bool { left.matches(right, unorderedLists: false) }

    /// Equality as the TCK compares: floats by value (NaN matches NaN), maps and
    /// properties ignoring key order, lists in order unless `unorderedLists`.
    func matches(_ other: TCKValue, unorderedLists: Bool) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
            return a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            if !unorderedLists { return zip(a, b).allSatisfy { $0.matches($1, unorderedLists: false) } }
            var remaining = b
            for element in a {
                guard let index = remaining.firstIndex(where: { element.matches($0, unorderedLists: true) }) else { return false }
                remaining.remove(at: index)
            }
            return true
        case (.map(let a), .map(let b)): return Self.sameMap(a, b, unorderedLists)
        case (.node(let la, let pa), .node(let lb, let pb)): return la == lb && Self.sameMap(pa, pb, unorderedLists)
        case (.relationship(let ta, let pa), .relationship(let tb, let pb)): return ta == tb && Self.sameMap(pa, pb, unorderedLists)
        case (.path(let sa, let ha), .path(let sb, let hb)):
            guard sa.matches(sb, unorderedLists: unorderedLists), ha.count == hb.count else { return false }
            return zip(ha, hb).allSatisfy {
                $0.forward == $1.forward && $0.relationship.matches($1.relationship, unorderedLists: unorderedLists)
                    && $0.node.matches($1.node, unorderedLists: unorderedLists)
            }
        default: return false
        }
    }

    private static func sameMap(_ a: [String: TCKValue], _ b: [String: TCKValue], _ unordered: Bool) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in b[key].map { value.matches($0, unorderedLists: unordered) } ?? false }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .int(let value): return String(value)
        case .float(let value): return CypherValue.float(value).literalText
        case .string(let value): return StringLiteral.cypher(value)
        case .list(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .map(let values): return "{" + Self.entries(values) + "}"
        case .node(let labels, let properties):
            let labelText = labels.sorted().map { ":" + $0 }.joined()
            return "(" + labelText + (properties.isEmpty ? "" : (labelText.isEmpty ? "" : " ") + "{" + Self.entries(properties) + "}") + ")"
        case .relationship(let type, let properties):
            return "[:" + type + (properties.isEmpty ? "" : " {" + Self.entries(properties) + "}") + "]"
        case .path(let start, let hops):
            return "<" + start.description
                + hops.map { ($0.forward ? "-" : "<-") + $0.relationship.description + ($0.forward ? "->" : "-") + $0.node.description }.joined()
                + ">"
        }
    }

    private static func entries(_ values: [String: TCKValue]) -> String {
        values.keys.sorted().map { "\($0): \(values[$0]!)" }.joined(separator: ", ")
    }

    /// Converts an actual result value, resolving graph elements through the result.
    init(_ value: CypherValue, in result: QueryResult) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .list(let values): self = .list(values.map { TCKValue($0, in: result) })
        case .map(let values): self = .map(values.mapValues { TCKValue($0, in: result) })
        case .node(let id):
            let node = result.describe(node: id)
            self = .node(labels: Set(node.labels), properties: node.properties.mapValues { TCKValue($0, in: result) })
        case .relationship(let id):
            let relationship = result.describe(relationship: id)
            self = .relationship(type: relationship.type, properties: relationship.properties.mapValues { TCKValue($0, in: result) })
        case .path(let path):
            let hops = path.relationships.enumerated().map { index, relationship in
                (relationship: TCKValue(.relationship(relationship), in: result),
                 forward: result.describe(relationship: relationship).source == path.nodes[index],
                 node: TCKValue(.node(path.nodes[index + 1]), in: result))
            }
            self = .path(TCKValue(.node(path.nodes[0]), in: result), hops)
        case .temporal(let value):
            // The TCK writes temporal results as their ISO 8601 strings.
            self = .string(value.description)
        }
    }
}
