/// A pattern with its elements resolved to slots, ready for the planner.
struct BoundPatternPart: Sendable {
    struct Node: Sendable {
        var slot: Int
        /// Bound by an earlier clause (or the enclosing query, for patterns in expressions).
        var boundBefore: Bool
        /// The variable came from a projection of unknown type, so the executor must check it.
        var needsNodeCheck: Bool
        var labels: [String]
        var properties: [(key: String, value: BoundExpression)]
        /// Tested by a filter after the node is found: see `NodePattern.labelExpression`.
        var labelExpression: LabelExpression? = nil
    }

    struct Relationship: Sendable {
        var slot: Int
        var boundBefore: Bool
        var types: [String]
        var direction: RelationshipDirection
        var minHops: Int
        /// nil: unbounded.
        var maxHops: Int?
        var isVariableLength: Bool
        var properties: [(key: String, value: BoundExpression)]
    }

    var pathSlot: Int?
    var nodes: [Node]
    var relationships: [Relationship]
}
