/// An expression with its variables resolved to row slots and its functions checked.
indirect enum BoundExpression: Sendable {
    case constant(CypherValue)
    case slot(Int)
    case parameter(String, position: SourcePosition)
    case property(BoundExpression, key: String, position: SourcePosition)
    case hasLabels(BoundExpression, [String])
    case labelExpression(BoundExpression, LabelExpression)
    case list([BoundExpression])
    case map([(key: String, value: BoundExpression)])
    case index(BoundExpression, BoundExpression, position: SourcePosition)
    case slice(BoundExpression, from: BoundExpression?, to: BoundExpression?, position: SourcePosition)
    case not(BoundExpression, position: SourcePosition)
    case negate(BoundExpression, position: SourcePosition)
    case binary(BinaryOperator, BoundExpression, BoundExpression, position: SourcePosition)
    case isNull(BoundExpression, negated: Bool)
    case call(name: String, [BoundExpression], position: SourcePosition)
    case caseWhen(subject: BoundExpression?, branches: [(when: BoundExpression, then: BoundExpression)], otherwise: BoundExpression?)
    case listComprehension(slot: Int, source: BoundExpression, filter: BoundExpression?, map: BoundExpression?, position: SourcePosition)
    case quantifier(Quantifier, slot: Int, source: BoundExpression, predicate: BoundExpression?, position: SourcePosition)
    case reduce(accumulator: Int, initial: BoundExpression, slot: Int, source: BoundExpression, body: BoundExpression, position: SourcePosition)
    /// Runs `plan` with the current row as its argument: true if it yields a row.
    case exists(LogicalPlan, memo: ExistsMemo?)
    /// Runs `plan` with the current row as its argument and collects `map` over its rows.
    case collectSubquery(LogicalPlan, map: BoundExpression)
    case mapProjection(BoundExpression, [BoundMapProjectionItem], position: SourcePosition)
    /// A named path from the slots of its pattern, in pattern order.
    case path(start: Int, segments: [PathSegment])
}

/// A pattern predicate whose answer depends only on the values in `keySlots` (the pattern's
/// variables; its property maps hold no row values). On a read-only graph, rows that agree on
/// those values share one answer, found once per query.
struct ExistsMemo: Sendable {
    var id: Int
    var keySlots: [Int]
}

struct PathSegment: Sendable {
    /// Slot of a relationship, or of a list of relationships for a variable-length one.
    var slot: Int
    var isList: Bool
}

enum BoundMapProjectionItem: Sendable {
    case property(String)
    case allProperties
    case entry(String, BoundExpression)
}

/// What a variable holds, as far as the binder can tell.
enum VariableKind: Equatable, Sendable {
    case node
    case relationship
    /// The list a variable-length relationship binds.
    case relationshipList
    case path
    case value(ValueType)

    var description: String {
        switch self {
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .relationshipList: return "List<Relationship>"
        case .path: return "Path"
        case .value(let type): return type.rawValue
        }
    }
}

/// Static types of expressions where they are evident (literals, operators); `any` otherwise.
enum ValueType: String, Sendable {
    case any = "Any", null = "Null", bool = "Boolean", int = "Integer", float = "Float", string = "String"
    case list = "List", map = "Map", node = "Node", relationship = "Relationship", path = "Path"
}

struct Variable: Sendable {
    var slot: Int
    var kind: VariableKind
}

/// The variables visible at a point of the query, by name.
struct Scope: Sendable {
    var variables: [String: Variable] = [:]

    subscript(name: String) -> Variable? {
        get { variables[name] }
        set { variables[name] = newValue }
    }

    /// Names a user wrote, in the order RETURN * lists them.
    var visibleNames: [String] { variables.keys.filter { !$0.hasPrefix(" ") }.sorted() }
}
