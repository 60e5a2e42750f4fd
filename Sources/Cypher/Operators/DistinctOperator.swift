/// Drops rows whose `slots` are equivalent to an earlier row's.
struct DistinctOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let slots: [Int]
    private var seen = Set<[CypherValue]>()

    init(input: any Operator, context: ExecutionContext, slots: [Int]) {
        self.input = input
        self.context = context
        self.slots = slots
    }

    mutating func next() throws -> Row? {
        while let row = try input.next() {
            if seen.insert(slots.map { row[$0] }).inserted {
                try context.hold(values: slots.count)
                return row
            }
        }
        return nil
    }
}
