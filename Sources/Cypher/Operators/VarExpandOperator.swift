import GraphStore

/// Variable-length hops `*min..max`: every trail (no relationship twice) from the bound node,
/// binding the list of relationships and the end node. Trails are found one at a time by a
/// depth-first walk kept on an explicit stack, so EXISTS and LIMIT stop the walk early.
struct VarExpandOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let step: ExpandStep
    let minHops: Int
    let maxHops: Int?
    private var current: Row?
    private var walk = TrailWalk()

    /// The walk from one start node: a frame per node on the trail, each with its neighbours
    /// and how many of them were tried.
    private struct TrailWalk {
        var frames: [(neighbours: [(relationship: RelationshipID, other: NodeID)], next: Int)] = []
        var trail: [RelationshipID] = []
        /// Relationships other parts of the pattern bound; the trail's own are in `trail`,
        /// which is short enough that scanning it beats hashing.
        var excluded: Set<RelationshipID> = []
        var expected: [(key: String, value: CypherValue)] = []
        /// A trail found on entering a node, not yet returned.
        var pending: (relationships: [RelationshipID], end: NodeID)?
        /// Set for a bound relationship list, which names at most one trail.
        var fixed: [(relationships: [RelationshipID], end: NodeID)] = []
    }

    init(input: any Operator, context: ExecutionContext, step: ExpandStep, minHops: Int, maxHops: Int?) {
        self.input = input
        self.context = context
        self.step = step
        self.minHops = minHops
        self.maxHops = maxHops
    }

    mutating func next() throws -> Row? {
        while true {
            if var row = current {
                while let (relationships, end) = try nextTrail() {
                    if step.toBound, row[step.to] != .node(end) { continue }
                    let ordered = step.reversed ? relationships.reversed() : relationships
                    row[step.relationship] = .list(ordered.map(CypherValue.relationship))
                    row[step.to] = .node(end)
                    return row
                }
            }
            guard let row = try input.next() else { return nil }
            current = row
            try start(from: row)
        }
    }

    private mutating func start(from row: Row) throws {
        walk = TrailWalk()
        guard case .node(let start) = row[step.from] else {
            if row[step.from].isNull { return }
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "expected a Node, got \(row[step.from].typeName)")
        }
        for slot in step.distinctFrom {
            switch row[slot] {
            case .relationship(let id): walk.excluded.insert(id)
            case .list(let values): for case .relationship(let id) in values { walk.excluded.insert(id) }
            default: break
            }
        }
        for property in step.properties { walk.expected.append((property.key, try context.evaluate(property.value, row))) }
        if step.relationshipBound {
            walk.fixed = try follow(row[step.relationship], from: start, expected: walk.expected)
            return
        }
        enter(start)
    }

    /// Records the trail that reaches `node` and, below the hop limit, its neighbours to try.
    private mutating func enter(_ node: NodeID) {
        if walk.trail.count >= minHops { walk.pending = (walk.trail, node) }
        let deeper = maxHops.map { walk.trail.count < $0 } ?? true
        walk.frames.append((deeper ? neighbours(of: node) : [], 0))
    }

    private mutating func nextTrail() throws -> (relationships: [RelationshipID], end: NodeID)? {
        if !walk.fixed.isEmpty { return walk.fixed.removeFirst() }
        while true {
            if let found = walk.pending {
                walk.pending = nil
                return found
            }
            guard let top = walk.frames.indices.last else { return nil }
            let index = walk.frames[top].next
            guard index < walk.frames[top].neighbours.count else {
                walk.frames.removeLast()
                _ = walk.trail.popLast()
                continue
            }
            walk.frames[top].next += 1
            let (relationship, other) = walk.frames[top].neighbours[index]
            guard !walk.trail.contains(relationship), walk.excluded.isEmpty || !walk.excluded.contains(relationship),
                matches(relationship, walk.expected)
            else { continue }
            try context.countRow()
            walk.trail.append(relationship)
            enter(other)
        }
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
            let actual = context.graph.relationshipValue(key, of: relationship) ?? .null
            return cypherEquals(actual, value) == true
        }
    }

    private func neighbours(of node: NodeID) -> [(relationship: RelationshipID, other: NodeID)] {
        step.neighbours(of: node, in: context.graph)
    }
}
