import GraphStore

/// One relationship hop from a bound node, by adjacency; checks a bound relationship or
/// end node instead of enumerating when those are already known.
struct ExpandOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    /// Read from the context once: the context is a class, and each read of an existential
    /// property of a class copies it.
    private let graph: any PropertyGraph
    private let neighbours: HopNeighbours
    let step: ExpandStep
    private var current: Row?
    private var candidates: [(relationship: RelationshipID, other: NodeID)] = []
    private var position = 0
    private var checks: HopChecks

    init(input: any Operator, context: ExecutionContext, step: ExpandStep) {
        self.input = input
        self.context = context
        graph = context.graph
        neighbours = HopNeighbours(step: step, context: context)
        checks = HopChecks(step: step, context: context)
        self.step = step
    }

    mutating func next() throws -> Row? {
        while true {
            while current != nil, position < candidates.count {
                let (relationship, other) = candidates[position]
                position += 1
                if step.toBound, current![step.to] != .node(other) { continue }
                if isUsed(relationship, in: current!) { continue }
                guard checks.admits(relationship: relationship), checks.admits(end: other) else { continue }
                var row = current!
                // The last candidate takes the input row over, so it is changed in place, not copied.
                if position == candidates.count { current = nil }
                row[step.relationship] = .relationship(relationship)
                row[step.to] = .node(other)
                try context.countRow()
                return row
            }
            guard let row = try input.next() else { return nil }
            position = 0
            candidates = try expansions(of: row)
            if !candidates.isEmpty { try checks.evaluate(context: context, row: row) }
            current = row
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
        return neighbours.neighbours(of: from)
    }
}
