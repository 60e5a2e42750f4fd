import GraphStore

/// A value flowing through a query: what an expression evaluates to and what a result cell holds.
/// Nodes, relationships and paths are references into the graph the query ran on.
public enum CypherValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([CypherValue])
    case map([String: CypherValue])
    case node(NodeID)
    case relationship(RelationshipID)
    case path(PathValue)
    /// Boxed: a temporal value is five words wide, and keeping it inline would make every
    /// value, and so every row the executor copies, that wide.
    indirect case temporal(TemporalValue)

    public init(_ property: PropertyValue) {
        switch property {
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .int(value)
        case .double(let value): self = .float(value)
        case .string(let value): self = .string(value)
        case .list(let values): self = .list(values.map(CypherValue.init))
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The name of this value's type, as used in error messages.
    public var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .temporal(let value): return value.typeName
        }
    }

    /// Whether a property can hold the value: scalars, temporal values, and lists of those.
    var isStorable: Bool {
        switch self {
        case .bool, .int, .float, .string, .temporal: return true
        case .list(let values): return values.allSatisfy { !$0.isNull && $0.isStorable }
        default: return false
        }
    }

    /// The value as a `PropertyValue`, or nil for values that type cannot hold.
    var propertyValue: PropertyValue? {
        switch self {
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .float(let value): return .double(value)
        case .string(let value): return .string(value)
        case .list(let values):
            var stored: [PropertyValue] = []
            for value in values {
                guard let element = value.propertyValue else { return nil }
                stored.append(element)
            }
            return .list(stored)
        default: return nil
        }
    }
}

/// A path: alternating nodes and relationships, `nodes.count == relationships.count + 1`.
public struct PathValue: Hashable, Sendable {
    public var nodes: [NodeID]
    public var relationships: [RelationshipID]

    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }
}
