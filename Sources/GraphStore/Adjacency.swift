/// Compressed sparse rows: for each node, a contiguous run of relationship ids,
/// ordered by (type, other end, id) so a typed expansion is one binary search away.
struct Adjacency: Sendable {
    let offsets: [UInt32]
    let relationships: [UInt32]

    init(offsets: [UInt32], relationships: [UInt32]) {
        self.offsets = offsets
        self.relationships = relationships
    }

    init(nodeCount: Int, ends: [UInt32], otherEnds: [UInt32], types: [NameID]) {
        var counts = [UInt32](repeating: 0, count: nodeCount + 1)
        for end in ends { counts[Int(end) + 1] += 1 }
        for index in 0..<nodeCount { counts[index + 1] += counts[index] }
        var cursor = counts
        var slots = [UInt32](repeating: 0, count: ends.count)
        for (relationship, end) in ends.enumerated() {
            slots[Int(cursor[Int(end)])] = UInt32(relationship)
            cursor[Int(end)] += 1
        }
        for node in 0..<nodeCount {
            let range = Int(counts[node])..<Int(counts[node + 1])
            guard range.count > 1 else { continue }
            slots[range].sort { left, right in
                let (l, r) = (Int(left), Int(right))
                if types[l] != types[r] { return types[l] < types[r] }
                if otherEnds[l] != otherEnds[r] { return otherEnds[l] < otherEnds[r] }
                return left < right
            }
        }
        offsets = counts
        relationships = slots
    }

    func range(of node: Int) -> Range<Int> {
        Int(offsets[node])..<Int(offsets[node + 1])
    }

    /// The part of a node's run with relationships of one type: two binary searches,
    /// since the run is sorted by type.
    func range(of node: Int, type: NameID, types: [NameID]) -> Range<Int> {
        let run = range(of: node)
        let lower = firstSlot(in: run) { types[Int(relationships[$0])] >= type }
        let upper = firstSlot(in: lower..<run.upperBound) { types[Int(relationships[$0])] > type }
        return lower..<upper
    }

    /// The first slot in `range` where `isPast` holds, given that it holds for a suffix of the range.
    private func firstSlot(in range: Range<Int>, where isPast: (Int) -> Bool) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if isPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
