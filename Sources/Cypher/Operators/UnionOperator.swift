/// UNION / UNION ALL: the rows of the left query, then the right, under shared column slots.
struct UnionOperator: Operator {
    var left: any Operator
    var right: any Operator
    let leftSlots: [Int]
    let rightSlots: [Int]
    let slots: [Int]
    let distinct: Bool
    private var leftDone = false
    private var seen = Set<[CypherValue]>()

    init(left: any Operator, right: any Operator, leftSlots: [Int], rightSlots: [Int], slots: [Int], distinct: Bool) {
        self.left = left
        self.right = right
        self.leftSlots = leftSlots
        self.rightSlots = rightSlots
        self.slots = slots
        self.distinct = distinct
    }

    mutating func next() throws -> Row? {
        while true {
            var row: Row
            let sources: [Int]
            if !leftDone, let next = try left.next() {
                row = next
                sources = leftSlots
            } else {
                leftDone = true
                guard let next = try right.next() else { return nil }
                row = next
                sources = rightSlots
            }
            let values = sources.map { row[$0] }
            if distinct && !seen.insert(values).inserted { continue }
            for (slot, value) in zip(slots, values) { row[slot] = value }
            return row
        }
    }
}
