/// Drops rows whose slot holds null and rejects values that are not nodes: a variable of
/// unknown type used as a pattern node.
struct RequireNodeOperator: Operator {
    var input: any Operator
    let slot: Int

    mutating func next() throws -> Row? {
        while let row = try input.next() {
            switch row[slot] {
            case .node: return row
            case .null: continue
            case let other:
                throw QueryError.runtime(.typeError, "InvalidArgumentType", "expected a Node in a pattern, got \(other.typeName)")
            }
        }
        return nil
    }
}
