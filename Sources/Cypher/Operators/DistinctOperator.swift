/// Drops rows whose `slots` are equivalent to an earlier row's.
struct DistinctOperator: Operator {
    var input: any Operator
    let slots: [Int]
    private var seen = Set<[CypherValue]>()

    init(input: any Operator, slots: [Int]) {
        self.input = input
        self.slots = slots
    }

    mutating func next() throws -> Row? {
        while let row = try input.next() {
            if seen.insert(slots.map { row[$0] }).inserted { return row }
        }
        return nil
    }
}
