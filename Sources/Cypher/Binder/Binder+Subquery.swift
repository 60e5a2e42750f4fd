/// Binding CALL { … }. The subquery sees only what a leading importing WITH (`WITH a, b` or
/// `WITH *`) brings in; what it returns joins the outer scope and must not shadow it.
extension Binder {
    func bindSubquery(_ query: Query, scope: inout Scope, input: LogicalPlan) throws -> LogicalPlan {
        let outer = scope
        let wasUpdating = updates
        let (body, columns, slots) = try bindUnion(query) { part in
            var inner = Self.importsVariables(part) ? outer : Scope()
            let bound = try bindClauses(part, scope: &inner, isSubquery: true)
            if bound.columns.isEmpty && !part.contains(where: \.isUpdating) {
                throw QueryError.syntax(
                    "InvalidClauseComposition", "a subquery must end with RETURN unless it updates the graph", at: part.last?.position,
                    expected: "RETURN")
            }
            return bound
        }
        for (name, slot) in zip(columns, slots) {
            if scope[name] != nil {
                throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: query.parts[0].last?.position)
            }
            scope[name] = Variable(slot: slot, kind: .value(.any))
        }
        let plan = LogicalPlan.subquery(updates && !wasUpdating ? .eager(input) : input, body: body, slots: slots)
        return updates && !wasUpdating ? .eager(plan) : plan
    }

    /// A leading WITH made of bare variables (or `*`) imports them from the enclosing query.
    private static func importsVariables(_ clauses: [Clause]) -> Bool {
        guard case .with(let projection)? = clauses.first else { return false }
        return projection.orderBy.isEmpty && projection.skip == nil && projection.limit == nil && !projection.distinct
            && projection.items.allSatisfy { item in
                guard case .variable(let name) = item.expression.kind else { return false }
                return item.alias == nil || item.alias == name
            }
    }
}
