/// Keeps the rows for which the predicate is true (not false, not null).
struct FilterOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let predicate: BoundExpression

    mutating func next() throws -> Row? {
        while let row = try input.next() {
            if case .bool(true) = try context.evaluate(predicate, row) { return row }
        }
        return nil
    }
}
