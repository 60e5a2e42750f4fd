import GraphStore

/// Variable-length hops `*min..max`: every trail (no relationship twice) from the bound node,
/// binding the list of relationships and the end node.
struct VarExpandOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let step: ExpandStep
    let minHops: Int
    let maxHops: Int?
    private var current: Row?
    private var results: [(relationships: [RelationshipID], end: NodeID)] = []
    private var position = 0

    init(input: any Operator, context: ExecutionContext, step: ExpandStep, minHops: Int, maxHops: Int?) {
        self.input = input
        self.context = context
        self.step = step
        self.minHops = minHops
        self.maxHops = maxHops
    }

    mutating func next() throws -> Row? {
        while true {
            while var row = current, position < results.count {
                let (relationships, end) = results[position]
                position += 1
                if step.toBound, row[step.to] != .node(end) { continue }
                let ordered = step.reversed ? relationships.reversed() : relationships
                row[step.relationship] = .list(ordered.map(CypherValue.relationship))
                row[step.to] = .node(end)
                return row
            }
            guard let row = try input.next() else { return nil }
            current = row
            position = 0
            results = try trails(from: row)
        }
    }

    private func trails(from row: Row) throws -> [(relationships: [RelationshipID], end: NodeID)] {
        guard case .node(let start) = row[step.from] else {
            if row[step.from].isNull { return [] }
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "expected a Node, got \(row[step.from].typeName)")
        }
        var excluded = Set<RelationshipID>()
        for slot in step.distinctFrom {
            switch row[slot] {
            case .relationship(let id): excluded.insert(id)
            case .list(let values): for case .relationship(let id) in values { excluded.insert(id) }
            default: break
            }
        }
        var expected: [(key: String, value: CypherValue)] = []
        for property in step.properties { expected.append((property.key, try context.evaluate(property.value, row))) }
        if step.relationshipBound {
            return try follow(row[step.relationship], from: start, expected: expected)
        }
        var results: [(relationships: [RelationshipID], end: NodeID)] = []
        var trail: [RelationshipID] = []
        var used = excluded
        func walk(_ node: NodeID) throws {
            if trail.count >= minHops { results.append((trail, node)) }
            if let maxHops, trail.count >= maxHops { return }
            for (relationship, other) in neighbours(of: node) where !used.contains(relationship) {
                guard matches(relationship, expected) else { continue }
                try context.countRow()
                used.insert(relationship)
                trail.append(relationship)
                try walk(other)
                trail.removeLast()
                used.remove(relationship)
            }
        }
        try walk(start)
        return results
    }

    /// A bound list of relationships: matches if it is a trail from `start` in the pattern's direction.
    private func follow(_ value: CypherValue, from start: NodeID, expected: [(key: String, value: CypherValue)]) throws -> [(relationships: [RelationshipID], end: NodeID)] {
        guard case .list(let values) = value else { return [] }
        var relationships: [RelationshipID] = []
        for case .relationship(let id) in values { relationships.append(id) }
        guard relationships.count == values.count else { return [] }
        let ordered = step.reversed ? relationships.reversed() : relationships
        guard ordered.count >= minHops, maxHops.map({ ordered.count <= $0 }) ?? true else { return [] }
        var node = start
        for relationship in ordered {
            guard let other = neighbours(of: node).first(where: { $0.relationship == relationship })?.other,
                matches(relationship, expected)
            else { return [] }
            node = other
        }
        return [(ordered, node)]
    }

    private func matches(_ relationship: RelationshipID, _ expected: [(key: String, value: CypherValue)]) -> Bool {
        expected.allSatisfy { key, value in
            let actual = context.graph.relationshipProperty(key, of: relationship).map(CypherValue.init) ?? .null
            return cypherEquals(actual, value) == true
        }
    }

    private func neighbours(of node: NodeID) -> [(relationship: RelationshipID, other: NodeID)] {
        let graph = context.graph
        var result: [(RelationshipID, NodeID)] = []
        let types: [String?] = step.types.isEmpty ? [nil] : step.types
        for type in types {
            if step.direction != .incoming {
                for relationship in graph.relationships(of: node, outgoing: true, type: type) {
                    result.append((relationship, graph.target(of: relationship)))
                }
            }
            if step.direction != .outgoing {
                for relationship in graph.relationships(of: node, outgoing: false, type: type) {
                    let source = graph.source(of: relationship)
                    if step.direction != .incoming && source == node { continue }
                    result.append((relationship, source))
                }
            }
        }
        return result
    }
}
