/// `(variable:Label {key: value})`
struct NodePattern: Sendable {
    var variable: String?
    var labels: [String]
    /// A label expression other than a plain conjunction (`(n:A|B)`); `labels` is then empty.
    var labelExpression: LabelExpression?
    var properties: Expression?
    var position: SourcePosition
}

enum RelationshipDirection: Sendable {
    case outgoing, incoming, either
    /// `<-->`: matches like `--`, but CREATE rejects it.
    case both
}

/// `-[variable:T1|T2 *min..max {key: value}]->`
struct RelationshipPattern: Sendable {
    struct Length: Sendable {
        var min: Int?
        var max: Int?
    }

    var variable: String?
    var types: [String]
    var direction: RelationshipDirection
    /// Non-nil for variable-length relationships.
    var length: Length?
    var properties: Expression?
    var position: SourcePosition
}

/// One comma-separated part of a pattern: a chain of nodes and relationships, maybe named.
struct PatternPart: Sendable {
    var pathVariable: String?
    var start: NodePattern
    var steps: [(relationship: RelationshipPattern, node: NodePattern)]
    var position: SourcePosition

    var nodes: [NodePattern] { [start] + steps.map(\.node) }
}
