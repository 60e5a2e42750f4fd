/// CALL { … }: runs the body with each input row as its argument and yields the input row
/// extended with the body's returned slots, once per body row.
struct SubqueryOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let body: LogicalPlan
    let slots: [Int]
    private var current: Row?
    private var rows: (any Operator)?

    init(input: any Operator, context: ExecutionContext, body: LogicalPlan, slots: [Int]) {
        self.input = input
        self.context = context
        self.body = body
        self.slots = slots
    }

    mutating func next() throws -> Row? {
        while true {
            if var row = current, var bodyRows = rows {
                let produced = try bodyRows.next()
                rows = bodyRows
                if let produced {
                    for slot in slots { row[slot] = produced[slot] }
                    try context.countRow()
                    return row
                }
                current = nil
                rows = nil
            }
            guard let row = try input.next() else { return nil }
            var bodyRows = context.makeOperator(body, argument: row)
            if slots.isEmpty {
                while try bodyRows.next() != nil {}
                return row
            }
            current = row
            rows = bodyRows
        }
    }
}
