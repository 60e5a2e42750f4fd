/// Semantic analysis: resolves variables to row slots, checks variable kinds, aggregation
/// and clause composition, and hands each clause to the planner.
struct BoundQuery: Sendable {
    var plan: LogicalPlan
    var columns: [String]
    var columnSlots: [Int]
    var slotCount: Int
    var updates: Bool
}

final class Binder {
    private(set) var slotCount = 0
    private var anonymousCount = 0
    private var memoCount = 0
    var updates = false
    let planner = Planner()
    let procedures: [String: Procedure]
    /// Names of the parameters the query is run with: a CALL without parentheses reads them.
    let parameterNames: Set<String>

    init(procedures: [Procedure] = [], parameterNames: Set<String> = []) {
        self.procedures = Dictionary(procedures.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.parameterNames = parameterNames
    }

    func newSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// Numbers the memoized pattern predicates of one query.
    func newMemoID() -> Int {
        memoCount += 1
        return memoCount - 1
    }

    /// Names for pattern elements the query leaves unnamed; the leading space keeps them out of `*`.
    func anonymousName() -> String {
        anonymousCount += 1
        return " anonymous\(anonymousCount)"
    }

    func bind(_ query: Query) throws -> BoundQuery {
        let (plan, columns, slots) = try bindUnion(query) { part in
            var scope = Scope()
            return try bindClauses(part, scope: &scope, isSubquery: false)
        }
        return BoundQuery(plan: plan, columns: columns, columnSlots: slots, slotCount: slotCount, updates: updates)
    }

    /// The parts of a query joined by UNION, each bound by `bindPart`.
    func bindUnion(
        _ query: Query, _ bindPart: ([Clause]) throws -> (plan: LogicalPlan, columns: [String], slots: [Int])
    ) throws -> (plan: LogicalPlan, columns: [String], slots: [Int]) {
        if Set(query.unionAll).count > 1 {
            throw QueryError.syntax("InvalidClauseComposition", "cannot mix UNION and UNION ALL", at: nil)
        }
        var (plan, columns, slots) = try bindPart(query.parts[0])
        for (offset, part) in query.parts.dropFirst().enumerated() {
            let (rightPlan, rightColumns, rightSlots) = try bindPart(part)
            guard rightColumns == columns else {
                throw QueryError.syntax(
                    "DifferentColumnsInUnion", "all sub queries in a UNION must have the same column names", at: nil)
            }
            let unionSlots = columns.map { _ in newSlot() }
            plan = .union(
                plan, rightPlan, leftSlots: slots, rightSlots: rightSlots, slots: unionSlots, distinct: !query.unionAll[offset])
            slots = unionSlots
        }
        return (plan, columns, slots)
    }

    /// Binds clauses in order, starting from `scope`; a subquery (EXISTS { … }) sees the
    /// enclosing variables and need not end with RETURN.
    func bindClauses(_ clauses: [Clause], scope: inout Scope, isSubquery: Bool) throws -> (plan: LogicalPlan, columns: [String], slots: [Int]) {
        var plan = LogicalPlan.argument
        for (index, clause) in clauses.enumerated() {
            let isLast = index == clauses.count - 1
            switch clause {
            case .match(let optional, let pattern, let filter, _):
                plan = try bindMatch(optional: optional, pattern: pattern, filter: filter, scope: &scope, input: plan)
            case .unwind(let expression, let alias, let position):
                let bound = try bindExpression(expression, scope)
                if scope[alias] != nil {
                    throw QueryError.syntax("VariableAlreadyBound", "variable '\(alias)' is already declared", at: position)
                }
                let slot = newSlot()
                scope[alias] = Variable(slot: slot, kind: .value(.any))
                plan = .unwind(plan, bound, slot: slot)
            case .with(let projection):
                if isLast && !isSubquery {
                    throw QueryError.syntax(
                        "InvalidClauseComposition", "a query cannot end with WITH", at: projection.position, expected: "RETURN or another clause")
                }
                (plan, scope, _) = try bindProjection(projection, scope: scope, input: plan, isReturn: false)
            case .return(let projection):
                guard isLast else {
                    throw QueryError.syntax(
                        "InvalidClauseComposition", "RETURN can only be the last clause", at: projection.position,
                        expected: "end of query or UNION")
                }
                let (projected, _, columns) = try bindProjection(projection, scope: scope, input: plan, isReturn: true)
                return (projected, columns.map(\.name), columns.map(\.slot))
            case .create(let pattern, _):
                plan = try bindCreate(pattern, scope: &scope, input: plan)
            case .merge(let part, let onCreate, let onMatch, _):
                plan = try bindMerge(part, onCreate: onCreate, onMatch: onMatch, scope: &scope, input: plan)
            case .set(let items, _):
                updates = true
                plan = .eager(.set(.eager(plan), try items.map { try bindSetItem($0, scope) }))
            case .remove(let items, _):
                updates = true
                plan = .eager(.set(.eager(plan), try items.map { try bindRemoveItem($0, scope) }))
            case .delete(let expressions, let detach, _):
                updates = true
                for expression in expressions {
                    if case .hasLabels = expression.kind {
                        throw QueryError.syntax("InvalidDelete", "DELETE removes nodes and relationships; use REMOVE for labels", at: expression.position)
                    }
                    let type = staticType(expression, scope)
                    if [.bool, .int, .float, .string, .map].contains(type) {
                        throw QueryError.syntax(
                            "InvalidArgumentType", "DELETE needs a node, relationship or path, got a \(type.rawValue)",
                            at: expression.position)
                    }
                }
                plan = .eager(.delete(.eager(plan), try expressions.map { try bindExpression($0, scope) }, detach: detach))
            case .call(let call):
                let standalone = clauses.count == 1 && !isSubquery
                let (callPlan, columns) = try bindProcedureCall(call, standalone: standalone, scope: &scope, input: plan)
                if standalone { return (callPlan, columns.map(\.name), columns.map(\.slot)) }
                plan = callPlan
            case .foreach(let variable, let list, let body, let position):
                updates = true
                if let other = body.first(where: { !$0.isUpdating }) {
                    throw QueryError.syntax(
                        "InvalidClauseComposition", "FOREACH can only contain updating clauses", at: other.position,
                        expected: "CREATE, MERGE, SET, REMOVE, DELETE or FOREACH")
                }
                // The body runs as UNWIND plus its clauses, in a scope of its own that it cannot leak.
                var inner = scope
                let bodyPlan = try bindClauses([.unwind(list, alias: variable, position: position)] + body, scope: &inner, isSubquery: true).plan
                plan = .eager(.foreach(.eager(plan), body: bodyPlan))
            case .subquery(let query, _):
                plan = try bindSubquery(query, scope: &scope, input: plan)
            }
            if isLast && !isSubquery {
                if case .match = clause { throw missingReturn }
                if case .unwind = clause { throw missingReturn }
                if case .call = clause { throw missingReturn }
            }
        }
        return (plan, [], [])
    }

    private var missingReturn: QueryError {
        QueryError.syntax("InvalidClauseComposition", "a query must end with RETURN or an updating clause", at: nil, expected: "RETURN")
    }

    func bindSetItem(_ item: SetItem, _ scope: Scope) throws -> BoundSetItem {
        switch item {
        case .property(let owner, let key, let value):
            return .property(try bindExpression(owner, scope), key: key, value: try bindExpression(value, scope))
        case .replaceProperties(let variable, let value, let position):
            return .properties(try variableSlot(variable, scope, position), try bindExpression(value, scope), merge: false)
        case .mergeProperties(let variable, let value, let position):
            return .properties(try variableSlot(variable, scope, position), try bindExpression(value, scope), merge: true)
        case .labels(let variable, let labels, let position):
            return .labels(try variableSlot(variable, scope, position), labels, add: true)
        }
    }

    func bindRemoveItem(_ item: RemoveItem, _ scope: Scope) throws -> BoundSetItem {
        switch item {
        case .property(let owner, let key): return .removeProperty(try bindExpression(owner, scope), key: key)
        case .labels(let variable, let labels, let position):
            return .labels(try variableSlot(variable, scope, position), labels, add: false)
        }
    }

    func variableSlot(_ name: String, _ scope: Scope, _ position: SourcePosition) throws -> BoundExpression {
        guard let variable = scope[name] else { throw undefined(name, at: position) }
        return .slot(variable.slot)
    }

    func undefined(_ name: String, at position: SourcePosition) -> QueryError {
        QueryError.syntax("UndefinedVariable", "variable '\(name)' is not defined", at: position, expected: "a variable in scope")
    }
}
