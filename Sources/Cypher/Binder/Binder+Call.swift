/// Binding CALL: the procedure is looked up, its arguments checked against its signature, and
/// the yielded outputs become variables. A query made of a CALL alone returns every output.
extension Binder {
    func bindProcedureCall(
        _ call: ProcedureCall, standalone: Bool, scope: inout Scope, input: LogicalPlan
    ) throws -> (plan: LogicalPlan, columns: [(name: String, slot: Int)]) {
        guard let procedure = procedures[call.name] else {
            throw QueryError(.procedureError, "ProcedureNotFound", phase: .compileTime, message: "there is no procedure \(call.name)", at: call.position)
        }
        let arguments = try bindArguments(call, procedure, standalone: standalone, scope: scope)

        var yields: [ProcedureCall.YieldItem]
        switch call.yields {
        case nil where !standalone: yields = []
        case let items? where !items.isEmpty: yields = items
        case .some where !standalone:
            throw QueryError.syntax("UnexpectedSyntax", "YIELD * is only allowed in a query made of the CALL alone", at: call.position)
        default: yields = procedure.outputs.map { .init(output: $0.name, alias: nil, position: call.position) }
        }
        var outputs: [(index: Int, slot: Int)] = []
        var columns: [(name: String, slot: Int)] = []
        for item in yields {
            guard let index = procedure.outputs.firstIndex(where: { $0.name == item.output }) else {
                throw undefined(item.output, at: item.position)
            }
            guard scope[item.name] == nil else {
                throw QueryError.syntax("VariableAlreadyBound", "variable '\(item.name)' is already declared", at: item.position)
            }
            let slot = newSlot()
            scope[item.name] = Variable(slot: slot, kind: .value(.any))
            outputs.append((index, slot))
            columns.append((item.name, slot))
        }
        var plan = LogicalPlan.procedureCall(input, ProcedureCallPlan(procedure: procedure, arguments: arguments, outputs: outputs))
        if let filter = call.filter { plan = .filter(plan, try bindPredicate(filter, scope)) }
        return (plan, columns)
    }

    /// Explicit arguments must match the inputs in number and evident type; without
    /// parentheses the inputs are read from same-named parameters, which only a standalone
    /// call may do.
    private func bindArguments(_ call: ProcedureCall, _ procedure: Procedure, standalone: Bool, scope: Scope) throws -> [BoundExpression] {
        guard let arguments = call.arguments else {
            if !standalone && !procedure.inputs.isEmpty {
                throw QueryError.syntax(
                    "InvalidArgumentPassingMode", "an in-query CALL must pass its arguments explicitly", at: call.position,
                    expected: "\(call.name)(…)")
            }
            return try procedure.inputs.map { input in
                guard parameterNames.contains(input.name) else {
                    throw QueryError(
                        .parameterMissing, "MissingParameter", phase: .compileTime, message: "expected parameter $\(input.name)",
                        at: call.position)
                }
                return .parameter(input.name, position: call.position)
            }
        }
        guard arguments.count == procedure.inputs.count else {
            throw QueryError.syntax(
                "InvalidNumberOfArguments", "\(call.name) takes \(procedure.inputs.count) arguments, got \(arguments.count)", at: call.position)
        }
        for (argument, input) in zip(arguments, procedure.inputs) {
            if containsAggregate(argument) {
                throw QueryError.syntax("InvalidAggregation", "a procedure argument cannot aggregate", at: argument.position)
            }
            let type = staticType(argument, scope)
            if !input.accepts(type) {
                throw QueryError.syntax(
                    "InvalidArgumentType", "\(input.name) of \(call.name) is \(input.type), got a \(type.rawValue)", at: argument.position)
            }
        }
        return try arguments.map { try bindExpression($0, scope) }
    }
}
