/// LIMIT n: stops after n rows without pulling more input.
struct LimitOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let count: BoundExpression
    private var remaining: Int64?

    init(input: any Operator, context: ExecutionContext, count: BoundExpression) {
        self.input = input
        self.context = context
        self.count = count
    }

    mutating func next() throws -> Row? {
        if remaining == nil {
            remaining = try evaluateCount(count, clause: "LIMIT", context: context)
            // An eager input holds updates that must happen even if no row is wanted.
            if remaining == 0 && input is EagerOperator { _ = try input.next() }
        }
        guard remaining! > 0, let row = try input.next() else { return nil }
        remaining! -= 1
        return row
    }
}
