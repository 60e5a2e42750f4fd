/// Computes expressions into slots.
struct ProjectOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let projections: [(slot: Int, expression: BoundExpression)]

    mutating func next() throws -> Row? {
        guard var row = try input.next() else { return nil }
        let source = row
        for projection in projections { row[projection.slot] = try context.evaluate(projection.expression, source) }
        return row
    }
}
