/// UNWIND: one row per list element; null or an empty list gives none, any other value one.
struct UnwindOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let expression: BoundExpression
    let slot: Int
    private var current: Row?
    private var elements: [CypherValue] = []
    private var position = 0

    init(input: any Operator, context: ExecutionContext, expression: BoundExpression, slot: Int) {
        self.input = input
        self.context = context
        self.expression = expression
        self.slot = slot
    }

    mutating func next() throws -> Row? {
        while true {
            if var row = current, position < elements.count {
                row[slot] = elements[position]
                position += 1
                try context.countRow()
                return row
            }
            guard let row = try input.next() else { return nil }
            current = row
            position = 0
            switch try context.evaluate(expression, row) {
            case .null: elements = []
            case .list(let values): elements = values
            case let value: elements = [value]
            }
        }
    }
}
