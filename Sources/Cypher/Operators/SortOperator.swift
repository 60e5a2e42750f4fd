/// ORDER BY: a stable sort of all input rows by Cypher's total value order.
struct SortOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let keys: [(expression: BoundExpression, descending: Bool)]
    private var sorted: [Row]?
    private var position = 0

    init(input: any Operator, context: ExecutionContext, keys: [(expression: BoundExpression, descending: Bool)]) {
        self.input = input
        self.context = context
        self.keys = keys
    }

    mutating func next() throws -> Row? {
        if sorted == nil {
            var entries: [(keys: [CypherValue], row: Row)] = []
            while let row = try input.next() {
                entries.append((try keys.map { try context.evaluate($0.expression, row) }, row))
            }
            let descending = keys.map(\.descending)
            let indices = entries.indices.sorted { left, right in
                for (index, isDescending) in descending.enumerated() {
                    let order = orderCompare(entries[left].keys[index], entries[right].keys[index])
                    if order != 0 { return isDescending ? order > 0 : order < 0 }
                }
                return left < right
            }
            sorted = indices.map { entries[$0].row }
        }
        guard position < sorted!.count else { return nil }
        position += 1
        return sorted![position - 1]
    }
}
