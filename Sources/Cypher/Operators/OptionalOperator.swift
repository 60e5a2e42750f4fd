/// OPTIONAL MATCH: for each input row, the rows of `inner` started from it, or the row itself
/// with the pattern's new variables null when `inner` yields nothing.
struct OptionalOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let inner: LogicalPlan
    let nullSlots: [Int]
    private var matches: (any Operator)?

    init(input: any Operator, context: ExecutionContext, inner: LogicalPlan, nullSlots: [Int]) {
        self.input = input
        self.context = context
        self.inner = inner
        self.nullSlots = nullSlots
    }

    mutating func next() throws -> Row? {
        while true {
            if var current = matches {
                let row = try current.next()
                matches = current
                if let row { return row }
                matches = nil
            }
            guard var row = try input.next() else { return nil }
            var operation = context.makeOperator(inner, argument: row)
            if let first = try operation.next() {
                matches = operation
                return first
            }
            for slot in nullSlots { row[slot] = .null }
            return row
        }
    }
}
