/// SKIP n: drops the first n rows.
struct SkipOperator: Operator {
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
        if remaining == nil { remaining = try evaluateCount(count, clause: "SKIP", context: context) }
        while remaining! > 0 {
            guard try input.next() != nil else { return nil }
            remaining! -= 1
        }
        return try input.next()
    }
}

/// Evaluates a SKIP or LIMIT expression, checking at runtime what a literal is checked for at compile time.
func evaluateCount(_ expression: BoundExpression, clause: String, context: ExecutionContext) throws -> Int64 {
    let value = try context.evaluate(expression, Row(repeating: .null, count: context.slotCount))
    try checkCount(value, clause: clause, phase: .runtime, position: nil)
    guard case .int(let count) = value else { return 0 }
    return count
}
