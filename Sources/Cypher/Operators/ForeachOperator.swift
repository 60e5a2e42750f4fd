/// FOREACH: runs the body's updates once per input row and passes the row on unchanged.
struct ForeachOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let body: LogicalPlan

    mutating func next() throws -> Row? {
        guard let row = try input.next() else { return nil }
        var updates = context.makeOperator(body, argument: row)
        while try updates.next() != nil {}
        return row
    }
}
