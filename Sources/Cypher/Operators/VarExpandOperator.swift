import GraphStore

/// Variable-length hops `*min..max`: every trail (no relationship twice) from the bound node,
/// binding the list of relationships and the end node. Trails are found one at a time by a
/// depth-first walk kept on an explicit stack, so EXISTS and LIMIT stop the walk early.
struct VarExpandOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    private let neighbours: HopNeighbours
    let step: ExpandStep
    let minHops: Int
    let maxHops: Int?
    private var current: Row?
    private var walk = TrailWalk()
    private var checks: HopChecks

    /// The walk from one start node. Its buffers are kept from one start node to the next, so
    /// a walk allocates only when it goes deeper or wider than any walk before it.
    private struct TrailWalk {
        /// The neighbours still to try of every node on the trail, deepest node's last.
        var candidates: [(relationship: RelationshipID, other: NodeID)] = []
        /// Per node on the trail: where its neighbours start in `candidates`, and the next to try.
        var frames: [(start: Int, next: Int)] = []
        var trail: [RelationshipID] = []
        /// Relationships other parts of the pattern bound; the trail's own are in `trail`.
        /// Both are usually a handful, where scanning beats hashing; many excluded ones are
        /// hashed into `manyExcluded` instead.
        var excluded: [RelationshipID] = []
        var manyExcluded: Set<RelationshipID> = []
        /// The end of a trail found on entering a node (or the one trail a bound relationship
        /// list names), not yet returned; the trail is `trail`.
        var pending: NodeID?

        static let scannedExclusions = 32

        /// A finished walk has emptied its buffers already, and emptying an empty one is not free.
        mutating func reset() {
            if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
            if !frames.isEmpty { frames.removeAll(keepingCapacity: true) }
            if !trail.isEmpty { trail.removeAll(keepingCapacity: true) }
            if !excluded.isEmpty { excluded.removeAll(keepingCapacity: true) }
            if !manyExcluded.isEmpty { manyExcluded.removeAll(keepingCapacity: true) }
            pending = nil
        }

        func isExcluded(_ relationship: RelationshipID) -> Bool {
            manyExcluded.isEmpty ? excluded.contains(relationship) : manyExcluded.contains(relationship)
        }
    }

    init(input: any Operator, context: ExecutionContext, step: ExpandStep, minHops: Int, maxHops: Int?) {
        self.input = input
        self.context = context
        neighbours = HopNeighbours(step: step, context: context)
        checks = HopChecks(step: step, context: context)
        self.step = step
        self.minHops = minHops
        self.maxHops = maxHops
    }

    mutating func next() throws -> Row? {
        while true {
            // The input row is only read until a trail's end passes: most do not, and taking
            // the row out of `current` for each would retain and release it every time.
            while current != nil, let end = try nextTrail() {
                if step.toBound, current![step.to] != .node(end) { continue }
                guard checks.admits(end: end) else { continue }
                var row = current!
                let ordered = step.reversed ? walk.trail.reversed() : walk.trail
                row[step.relationship] = .list(ordered.map(CypherValue.relationship))
                row[step.to] = .node(end)
                return row
            }
            guard let row = try input.next() else { return nil }
            current = row
            try start(from: row)
        }
    }

    private mutating func start(from row: Row) throws {
        walk.reset()
        guard case .node(let start) = row[step.from] else {
            if row[step.from].isNull { return }
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "expected a Node, got \(row[step.from].typeName)")
        }
        for slot in step.distinctFrom {
            switch row[slot] {
            case .relationship(let id): walk.excluded.append(id)
            case .list(let values): for case .relationship(let id) in values { walk.excluded.append(id) }
            default: break
            }
        }
        if walk.excluded.count > TrailWalk.scannedExclusions { walk.manyExcluded = Set(walk.excluded) }
        try checks.evaluate(context: context, row: row)
        if step.relationshipBound {
            if let (relationships, end) = follow(row[step.relationship], from: start) {
                walk.trail = relationships
                walk.pending = end
            }
            return
        }
        enter(start)
    }

    /// Records the trail that reaches `node` and, below the hop limit, its neighbours to try.
    private mutating func enter(_ node: NodeID) {
        if walk.trail.count >= minHops { walk.pending = node }
        walk.frames.append((walk.candidates.count, walk.candidates.count))
        if maxHops.map({ walk.trail.count < $0 }) ?? true {
            neighbours.append(of: node, to: &walk.candidates)
        }
    }

    /// The end of the next trail; the trail itself is `walk.trail` until the next call.
    private mutating func nextTrail() throws -> NodeID? {
        while true {
            if let found = walk.pending {
                walk.pending = nil
                return found
            }
            guard let top = walk.frames.indices.last else { return nil }
            let index = walk.frames[top].next
            guard index < walk.candidates.count else {
                // A node has a few neighbours: popping them beats the general range removal.
                for _ in walk.frames[top].start..<walk.candidates.count { walk.candidates.removeLast() }
                walk.frames.removeLast()
                _ = walk.trail.popLast()
                continue
            }
            walk.frames[top].next += 1
            let (relationship, other) = walk.candidates[index]
            guard !walk.trail.contains(relationship), !walk.isExcluded(relationship),
                checks.admits(relationship: relationship)
            else { continue }
            try context.countRow()
            walk.trail.append(relationship)
            enter(other)
        }
    }

    /// A bound list of relationships: matches if it is a trail from `start` in the pattern's direction.
    private func follow(_ value: CypherValue, from start: NodeID) -> (relationships: [RelationshipID], end: NodeID)? {
        guard case .list(let values) = value else { return nil }
        var relationships: [RelationshipID] = []
        for case .relationship(let id) in values { relationships.append(id) }
        guard relationships.count == values.count else { return nil }
        let ordered = step.reversed ? relationships.reversed() : relationships
        guard ordered.count >= minHops, maxHops.map({ ordered.count <= $0 }) ?? true else { return nil }
        var node = start
        for relationship in ordered {
            guard let other = neighbours.neighbours(of: node).first(where: { $0.relationship == relationship })?.other,
                checks.admits(relationship: relationship)
            else { return nil }
            node = other
        }
        return (ordered, node)
    }
}
