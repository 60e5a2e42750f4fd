/// Reads all input before yielding any: update clauses see the graph as it was before them.
struct EagerOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    private var rows: [Row]?
    private var position = 0

    init(input: any Operator, context: ExecutionContext) {
        self.input = input
        self.context = context
    }

    mutating func next() throws -> Row? {
        if rows == nil {
            var all: [Row] = []
            while let row = try input.next() {
                try context.hold(values: row.count)
                all.append(row)
            }
            rows = all
        }
        guard position < rows!.count else { return nil }
        position += 1
        return rows![position - 1]
    }
}
