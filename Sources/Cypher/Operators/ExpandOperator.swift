import GraphStore

/// One relationship hop from a bound node, by adjacency; checks a bound relationship or
/// end node instead of enumerating when those are already known.
struct ExpandOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let step: ExpandStep
    private var current: Row?
    private var candidates: [(relationship: RelationshipID, other: NodeID)] = []
    private var position = 0

    init(input: any Operator, context: ExecutionContext, step: ExpandStep) {
        self.input = input
        self.context = context
        self.step = step
    }

    mutating func next() throws -> Row? {
        while true {
            while var row = current, position < candidates.count {
                let (relationship, other) = candidates[position]
                position += 1
                if step.toBound, row[step.to] != .node(other) { continue }
                if isUsed(relationship, in: row) { continue }
                row[step.relationship] = .relationship(relationship)
                row[step.to] = .node(other)
                try context.countRow()
                return row
            }
            guard let row = try input.next() else { return nil }
            current = row
            position = 0
            candidates = try expansions(of: row)
        }
    }

    private func isUsed(_ relationship: RelationshipID, in row: Row) -> Bool {
        step.distinctFrom.contains { slot in
            switch row[slot] {
            case .relationship(let other): return other == relationship
            case .list(let values): return values.contains(.relationship(relationship))
            default: return false
            }
        }
    }

    private func expansions(of row: Row) throws -> [(relationship: RelationshipID, other: NodeID)] {
        let graph = context.graph
        guard case .node(let from) = row[step.from] else {
            if row[step.from].isNull { return [] }
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "expected a Node, got \(row[step.from].typeName)")
        }
        if step.relationshipBound {
            guard case .relationship(let relationship) = row[step.relationship] else { return [] }
            let (source, target) = (graph.source(of: relationship), graph.target(of: relationship))
            guard step.types.isEmpty || step.types.contains(graph.typeName(of: relationship)) else { return [] }
            var result: [(RelationshipID, NodeID)] = []
            if step.direction != .incoming && source == from { result.append((relationship, target)) }
            if step.direction != .outgoing && target == from && !(source == from && step.direction != .incoming) {
                result.append((relationship, source))
            }
            return result
        }
        return step.neighbours(of: from, in: graph)
    }
}
