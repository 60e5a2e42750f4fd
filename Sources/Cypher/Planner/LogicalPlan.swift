/// The operator tree the planner produces and the executor instantiates. Every operator
/// transforms the rows of its input; `argument` yields the row the tree was started with.
indirect enum LogicalPlan: Sendable {
    case argument
    /// Nodes with `label` (if any) whose properties equal the given values.
    case nodeScan(LogicalPlan, slot: Int, label: String?, properties: [(key: String, value: BoundExpression)])
    case expand(LogicalPlan, ExpandStep)
    case varExpand(LogicalPlan, ExpandStep, minHops: Int, maxHops: Int?)
    case filter(LogicalPlan, BoundExpression)
    /// Requires a slot to hold a node (or null): variables of unknown type used as pattern nodes.
    case requireNode(LogicalPlan, slot: Int)
    case project(LogicalPlan, [(slot: Int, expression: BoundExpression)])
    case optional(LogicalPlan, inner: LogicalPlan, nullSlots: [Int])
    case aggregate(LogicalPlan, keys: [(slot: Int, expression: BoundExpression)], aggregates: [(slot: Int, call: AggregateCall)])
    case distinct(LogicalPlan, slots: [Int])
    case sort(LogicalPlan, [(expression: BoundExpression, descending: Bool)])
    case skip(LogicalPlan, BoundExpression)
    case limit(LogicalPlan, BoundExpression)
    case unwind(LogicalPlan, BoundExpression, slot: Int)
    case procedureCall(LogicalPlan, ProcedureCallPlan)
    /// Runs `body` with each input row as its argument, for its updates only, then passes the row on.
    case foreach(LogicalPlan, body: LogicalPlan)
    /// CALL { … }: each input row joined with each row `body` yields for it (only `slots` are
    /// taken from the body's rows); with no slots, the body only updates and the row passes on.
    case subquery(LogicalPlan, body: LogicalPlan, slots: [Int])
    case create(LogicalPlan, [CreatePart])
    case merge(LogicalPlan, match: LogicalPlan, create: [CreatePart], onMatch: [BoundSetItem], onCreate: [BoundSetItem])
    case set(LogicalPlan, [BoundSetItem])
    case delete(LogicalPlan, [BoundExpression], detach: Bool)
    case eager(LogicalPlan)
    /// Rows of `left` then `right`, with columns renamed to `slots`; `distinct` unless UNION ALL.
    case union(LogicalPlan, LogicalPlan, leftSlots: [Int], rightSlots: [Int], slots: [Int], distinct: Bool)
}

/// One relationship hop: from a bound node slot, through a relationship slot, to a node slot.
struct ExpandStep: Sendable {
    var from: Int
    var relationship: Int
    var to: Int
    var types: [String]
    /// Direction as seen from `from`.
    var direction: RelationshipDirection
    var relationshipBound: Bool
    var toBound: Bool
    /// Relationship slots (single or list) this hop's relationships must differ from.
    var distinctFrom: [Int]
    /// Property equalities every relationship of the hop must meet. A variable-length hop
    /// evaluates them once per input row; a single hop takes only row-independent ones (the
    /// others stay filters, as they may read what the hop binds).
    var properties: [(key: String, value: BoundExpression)] = []
    /// Whether a variable-length hop's list is stored reversed (it was planned against the
    /// pattern's direction).
    var reversed = false
    /// What the end node must be, checked on each candidate before a row is built for it:
    /// most candidates of a selective pattern fail here, and a row costs an allocation.
    var end = EndCondition()
}

struct AggregateCall: Sendable {
    var function: AggregateFunction
    var distinct: Bool
    var arguments: [BoundExpression]
    var position: SourcePosition
}

/// One part of a CREATE pattern: nodes to create (or reuse when bound) and relationships between them.
struct CreatePart: Sendable {
    struct Node: Sendable {
        var slot: Int
        var bound: Bool
        var labels: [String]
        var properties: BoundExpression?
    }

    struct Relationship: Sendable {
        var slot: Int
        var type: String
        var outgoing: Bool
        var properties: BoundExpression?
    }

    var nodes: [Node]
    var relationships: [Relationship]
    var pathSlot: Int?
}

enum BoundSetItem: Sendable {
    case property(BoundExpression, key: String, value: BoundExpression)
    case properties(BoundExpression, BoundExpression, merge: Bool)
    case labels(BoundExpression, [String], add: Bool)
    case removeProperty(BoundExpression, key: String)
}

struct ProcedureCallPlan: Sendable {
    var procedure: Procedure
    var arguments: [BoundExpression]
    /// Which output (by position in the signature) goes to which slot.
    var outputs: [(index: Int, slot: Int)]
}
