/// Yields the row the operator tree was started with, once.
struct ArgumentOperator: Operator {
    var row: Row?

    mutating func next() throws -> Row? {
        defer { row = nil }
        return row
    }
}
