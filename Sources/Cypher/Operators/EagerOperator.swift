/// Reads all input before yielding any: update clauses see the graph as it was before them.
struct EagerOperator: Operator {
    var input: any Operator
    private var rows: [Row]?
    private var position = 0

    init(input: any Operator) { self.input = input }

    mutating func next() throws -> Row? {
        if rows == nil {
            var all: [Row] = []
            while let row = try input.next() { all.append(row) }
            rows = all
        }
        guard position < rows!.count else { return nil }
        position += 1
        return rows![position - 1]
    }
}
