/// CALL: runs the procedure once per input row and writes each output row's yielded values
/// into their slots. A procedure without outputs passes its input row through.
struct ProcedureCallOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let call: ProcedureCallPlan
    private var current: Row?
    private var results: [[CypherValue]] = []
    private var position = 0

    init(input: any Operator, context: ExecutionContext, call: ProcedureCallPlan) {
        self.input = input
        self.context = context
        self.call = call
    }

    mutating func next() throws -> Row? {
        while true {
            if var row = current, position < results.count {
                for (index, slot) in call.outputs { row[slot] = results[position][index] }
                position += 1
                try context.countRow()
                return row
            }
            guard let row = try input.next() else { return nil }
            var arguments = try call.arguments.map { try context.evaluate($0, row) }
            for (offset, field) in call.procedure.inputs.enumerated() where field.baseType == "FLOAT" {
                // Integers widen to the declared FLOAT.
                if case .int(let value) = arguments[offset] { arguments[offset] = .float(Double(value)) }
            }
            let produced = try call.procedure.body(arguments)
            if call.procedure.outputs.isEmpty { return row }
            current = row
            results = produced
            position = 0
        }
    }
}
