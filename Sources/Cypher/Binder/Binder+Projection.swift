/// WITH and RETURN: projection, implicit grouping, DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.
extension Binder {
    func bindProjection(
        _ projection: Projection, scope: Scope, input: LogicalPlan, isReturn: Bool
    ) throws -> (LogicalPlan, Scope, [(name: String, slot: Int)]) {
        var items = projection.items
        if projection.includesExisting {
            let names = scope.visibleNames
            if names.isEmpty && items.isEmpty && isReturn {
                throw QueryError.syntax(
                    "NoVariablesInScope", "\(isReturn ? "RETURN" : "WITH") * has no variables to project", at: projection.position)
            }
            items = names.map { ProjectionItem(expression: Expression(.variable($0), at: projection.position), alias: nil, text: $0) } + items
        }
        try requireUnambiguousSortAggregation(projection.orderBy, items: items)
        var seen = Set<String>()
        for item in items {
            if case .pattern = item.expression.kind {
                throw QueryError.syntax(
                    "UnexpectedSyntax", "a pattern can only be used as a predicate, not projected", at: item.expression.position,
                    expected: "a pattern comprehension [p = (…)-->(…) | p]")
            }
            if !isReturn, item.alias == nil, !item.expression.isVariable {
                throw QueryError.syntax(
                    "NoExpressionAlias", "expression '\(item.text)' in WITH needs an alias", at: item.expression.position,
                    expected: "AS alias")
            }
            guard seen.insert(item.name).inserted else {
                throw QueryError.syntax("ColumnNameConflict", "column '\(item.name)' is projected more than once", at: item.expression.position)
            }
        }
        var plan = input
        var newScope = Scope()
        var columns: [(name: String, slot: Int)] = []
        let aggregating = items.contains { containsAggregate($0.expression) }
        var aggregates: [(key: String, slot: Int)] = []

        if aggregating {
            var keys: [(slot: Int, expression: BoundExpression)] = []
            var keyItems: [(key: String, slot: Int)] = []
            var calls: [(slot: Int, call: AggregateCall)] = []
            for item in items where !containsAggregate(item.expression) {
                let slot = newSlot()
                keys.append((slot, try bindExpression(item.expression, scope)))
                if item.expression.isSimpleGroupingKey { keyItems.append((item.expression.key, slot)) }
                columns.append((item.name, slot))
                newScope[item.name] = Variable(slot: slot, kind: kind(of: item.expression, scope))
            }
            let scopeSlots = Set(scope.variables.values.map(\.slot))
            var projections: [(slot: Int, expression: BoundExpression)] = []
            for item in items where containsAggregate(item.expression) {
                let bound = try bindExpression(item.expression, scope) { expression in
                    if let (_, slot) = keyItems.first(where: { $0.key == expression.key }) { return .slot(slot) }
                    return try self.bindAggregate(expression, scope: scope, calls: &calls, known: &aggregates)
                }
                if !bound.referencedSlots.isDisjoint(with: scopeSlots) {
                    throw QueryError.syntax(
                        "AmbiguousAggregationExpression",
                        "'\(item.text)' mixes aggregation with values that are not grouping keys", at: item.expression.position)
                }
                // A column that is one aggregate, not yet another column's, is the aggregate's
                // own slot: no projection copies every group's row to fill it.
                var slot: Int
                if case .slot(let aggregateSlot) = bound, calls.contains(where: { $0.slot == aggregateSlot }),
                    !columns.contains(where: { $0.slot == aggregateSlot })
                {
                    slot = aggregateSlot
                } else {
                    slot = newSlot()
                    projections.append((slot, bound))
                }
                columns.append((item.name, slot))
                newScope[item.name] = Variable(slot: slot, kind: .value(.any))
            }
            plan = .aggregate(plan, keys: keys, aggregates: calls)
            if !projections.isEmpty { plan = .project(plan, projections) }
            columns = items.map { item in columns.first { $0.name == item.name }! }
        } else {
            var projections: [(slot: Int, expression: BoundExpression)] = []
            for item in items {
                let slot = newSlot()
                projections.append((slot, try bindExpression(item.expression, scope)))
                columns.append((item.name, slot))
                newScope[item.name] = Variable(slot: slot, kind: kind(of: item.expression, scope))
            }
            plan = .project(plan, projections)
        }
        if projection.distinct { plan = .distinct(plan, slots: columns.map(\.slot)) }

        if !projection.orderBy.isEmpty {
            let keys = try projection.orderBy.map { item in
                (expression: try bindSortKey(item.expression, items: items, columns: columns, scope: scope, newScope: newScope,
                    restricted: aggregating || projection.distinct, aggregates: aggregates), descending: item.descending)
            }
            plan = .sort(plan, keys)
        }
        // Updates must all happen even when SKIP/LIMIT discard their rows.
        if updates && (projection.skip != nil || projection.limit != nil) { plan = .eager(plan) }
        if let skip = projection.skip { plan = .skip(plan, try bindCount(skip, clause: "SKIP")) }
        if let limit = projection.limit { plan = .limit(plan, try bindCount(limit, clause: "LIMIT")) }
        if let filter = projection.filter {
            // Without aggregation, WHERE may still see the variables the WITH did not project.
            var visible = aggregating ? Scope() : scope
            for (name, variable) in newScope.variables { visible[name] = variable }
            plan = .filter(plan, try bindPredicate(filter, visible))
        }
        return (plan, newScope, columns)
    }

    /// Replaces an aggregate call with the slot its result will occupy.
    private func bindAggregate(
        _ expression: Expression, scope: Scope, calls: inout [(slot: Int, call: AggregateCall)], known: inout [(key: String, slot: Int)]
    ) throws -> BoundExpression? {
        let function: AggregateFunction
        let distinct: Bool
        let arguments: [Expression]
        switch expression.kind {
        case .countStar: (function, distinct, arguments) = (.countStar, false, [])
        case .call(let name, let isDistinct, let callArguments):
            guard let aggregate = AggregateFunction(name: name) else { return nil }
            (function, distinct, arguments) = (aggregate, isDistinct, callArguments)
        default: return nil
        }
        if let (_, slot) = known.first(where: { $0.key == expression.key }) { return .slot(slot) }
        guard function.arity.contains(arguments.count) else {
            throw QueryError.syntax("InvalidNumberOfArguments", "wrong number of arguments for \(function.rawValue)()", at: expression.position)
        }
        for argument in arguments where containsAggregate(argument) {
            throw QueryError.syntax("NestedAggregation", "aggregations cannot be nested", at: argument.position)
        }
        for argument in arguments where function == .count && argument.isNonDeterministicCall {
            throw QueryError.syntax("NonConstantExpression", "cannot aggregate a random value", at: argument.position)
        }
        let call = AggregateCall(
            function: function, distinct: distinct, arguments: try arguments.map { try bindExpression($0, scope) },
            position: expression.position)
        let slot = newSlot()
        calls.append((slot, call))
        known.append((expression.key, slot))
        return .slot(slot)
    }

    /// An ORDER BY item that aggregates may not also use a complex grouping expression (like
    /// `a.x + b.y`): whether it means the grouping key or per-row values is ambiguous. This is
    /// reported before anything else is wrong with the projection.
    private func requireUnambiguousSortAggregation(_ sortItems: [SortItem], items: [ProjectionItem]) throws {
        let complexKeys = Set(items.filter { !containsAggregate($0.expression) && !$0.expression.isSimpleGroupingKey }.map(\.expression.key))
        for sortItem in sortItems where containsAggregate(sortItem.expression) {
            var ambiguous: Expression?
            visit(sortItem.expression) { inner in
                if ambiguous == nil && complexKeys.contains(inner.key) { ambiguous = inner }
            }
            if let ambiguous {
                throw QueryError.syntax(
                    "AmbiguousAggregationExpression", "ORDER BY mixes aggregation with a complex grouping key", at: ambiguous.position)
            }
        }
    }

    private func bindSortKey(
        _ expression: Expression, items: [ProjectionItem], columns: [(name: String, slot: Int)], scope: Scope,
        newScope: Scope, restricted: Bool, aggregates: [(key: String, slot: Int)]
    ) throws -> BoundExpression {
        let hasAggregate = containsAggregate(expression)
        guard restricted else {
            if hasAggregate {
                throw QueryError.syntax("InvalidAggregation", "ORDER BY cannot aggregate here", at: expression.position)
            }
            var combined = scope
            for (name, variable) in newScope.variables { combined[name] = variable }
            return try bindExpression(expression, combined)
        }
        return try bindExpression(expression, newScope) { inner in
            if let index = items.firstIndex(where: { $0.expression.key == inner.key }) {
                if hasAggregate && !items[index].expression.isSimpleGroupingKey && !self.containsAggregate(inner) {
                    throw QueryError.syntax(
                        "AmbiguousAggregationExpression", "ORDER BY mixes aggregation with a complex grouping key", at: inner.position)
                }
                return .slot(columns[index].slot)
            }
            if let (_, slot) = aggregates.first(where: { $0.key == inner.key }) { return .slot(slot) }
            if inner.isAggregateCall {
                // After aggregation only projected names remain: an aggregate over anything else
                // refers to variables that are gone.
                var missing: Expression?
                self.visit(inner) { if missing == nil, case .variable(let name) = $0.kind, newScope[name] == nil { missing = $0 } }
                if let missing, case .variable(let name) = missing.kind { throw self.undefined(name, at: missing.position) }
                throw QueryError.syntax("InvalidAggregation", "ORDER BY can only use aggregations that are projected", at: inner.position)
            }
            return nil
        }
    }

    /// SKIP and LIMIT take a constant: a literal, parameter or expression without variables.
    private func bindCount(_ expression: Expression, clause: String) throws -> BoundExpression {
        var hasVariable = false
        visit(expression) { if case .variable = $0.kind { hasVariable = true } }
        if hasVariable || containsAggregate(expression) {
            throw QueryError.syntax(
                "NonConstantExpression", "\(clause) needs a constant expression", at: expression.position, expected: "a literal or parameter")
        }
        let bound = try bindExpression(expression, Scope())
        if case .constant(let value) = bound {
            try checkCount(value, clause: clause, phase: .compileTime, position: expression.position)
        }
        return bound
    }
}

/// Validates a SKIP or LIMIT value: a non-negative integer.
func checkCount(_ value: CypherValue, clause: String, phase: QueryError.Phase, position: SourcePosition?) throws {
    switch value {
    case .int(let count) where count < 0:
        throw QueryError(.syntaxError, "NegativeIntegerArgument", phase: phase, message: "\(clause) cannot be negative", at: position)
    case .int: return
    default:
        throw QueryError(
            .syntaxError, "InvalidArgumentType", phase: phase, message: "\(clause) needs an integer, got \(value.typeName)", at: position)
    }
}

extension Expression {
    var isVariable: Bool {
        if case .variable = kind { return true }
        return false
    }

    var isAggregateCall: Bool {
        switch kind {
        case .countStar: return true
        case .call(let name, _, _): return AggregateFunction(name: name) != nil
        default: return false
        }
    }

    var isNonDeterministicCall: Bool {
        if case .call(let name, _, _) = kind { return name.lowercased() == "rand" }
        return false
    }
}
