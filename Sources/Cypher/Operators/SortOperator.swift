/// ORDER BY: a stable sort of all input rows by Cypher's total value order. Under a LIMIT it
/// keeps only the first `limit` rows while reading, instead of sorting everything.
struct SortOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let keys: [(expression: BoundExpression, descending: Bool)]
    /// The LIMIT right above this sort, if any.
    let limit: BoundExpression?
    private var sorted: [Row]?
    private var position = 0

    init(input: any Operator, context: ExecutionContext, keys: [(expression: BoundExpression, descending: Bool)], limit: BoundExpression? = nil) {
        self.input = input
        self.context = context
        self.keys = keys
        self.limit = limit
    }

    mutating func next() throws -> Row? {
        if sorted == nil { sorted = try sortAll() }
        guard position < sorted!.count else { return nil }
        position += 1
        return sorted![position - 1]
    }

    private mutating func sortAll() throws -> [Row] {
        let wanted = try limit.map { try evaluateCount($0, clause: "LIMIT", context: context) }
        // Key values by key, then by row: comparing reads two values, not two rows' tuples.
        var columns = [[CypherValue]](repeating: [], count: keys.count)
        var rows: [Row] = []
        let descending = keys.map(\.descending)
        func precedes(_ left: Int, _ right: Int) -> Bool {
            for index in columns.indices {
                let order = orderCompare(columns[index][left], columns[index][right])
                if order != 0 { return descending[index] ? order > 0 : order < 0 }
            }
            return left < right
        }
        // With a small LIMIT, `kept` holds the best rows so far, in order.
        var kept: [Int] = []
        while let row = try input.next() {
            for (index, key) in keys.enumerated() { columns[index].append(try context.evaluate(key.expression, row)) }
            try context.hold(values: row.count + keys.count)
            rows.append(row)
            guard let wanted, wanted < Int64(Int.max) else { continue }
            let candidate = rows.count - 1
            if kept.count == Int(wanted), let last = kept.last, !precedes(candidate, last) { continue }
            var low = 0
            var high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(kept[middle], candidate) { low = middle + 1 } else { high = middle }
            }
            kept.insert(candidate, at: low)
            if kept.count > Int(wanted) { kept.removeLast() }
        }
        if wanted != nil { return kept.map { rows[$0] } }
        return rows.indices.sorted(by: precedes).map { rows[$0] }
    }
}
