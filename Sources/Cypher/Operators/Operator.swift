/// A pull-based operator: each call to `next()` yields one row, or nil when exhausted.
protocol Operator {
    mutating func next() throws -> Row?
}

extension ExecutionContext {
    /// Instantiates a plan; `argument` is the row `LogicalPlan.argument` yields. Each operator
    /// reads from the one below it, so a query of hundreds of clauses is a spine of hundreds of
    /// inputs: it is built from the bottom up in a loop, costing no stack for its length.
    func makeOperator(_ plan: LogicalPlan, argument: Row) -> any Operator {
        var spine: [LogicalPlan] = []
        var bottom = plan
        while let input = bottom.input {
            spine.append(bottom)
            bottom = input
        }
        var built: any Operator
        switch bottom {
        case .union(let left, let right, let leftSlots, let rightSlots, let slots, let distinct):
            built = UnionOperator(
                left: makeOperator(left, argument: argument), right: makeOperator(right, argument: argument),
                leftSlots: leftSlots, rightSlots: rightSlots, slots: slots, distinct: distinct)
        default:
            built = ArgumentOperator(row: argument)
        }
        for node in spine.reversed() { built = makeOperator(node, over: built) }
        return built
    }

    /// One operator of the spine over its already built input.
    private func makeOperator(_ plan: LogicalPlan, over input: any Operator) -> any Operator {
        switch plan {
        case .argument, .union: preconditionFailure("the bottom of a spine is built by makeOperator(_:argument:)")
        case .nodeScan(_, let slot, let label, let properties):
            return NodeScanOperator(input: input, context: self, slot: slot, label: label, properties: properties)
        case .expand(_, let step): return ExpandOperator(input: input, context: self, step: step)
        case .varExpand(_, let step, let minHops, let maxHops):
            return VarExpandOperator(input: input, context: self, step: step, minHops: minHops, maxHops: maxHops)
        case .filter(_, let predicate): return FilterOperator(input: input, context: self, predicate: predicate)
        case .requireNode(_, let slot): return RequireNodeOperator(input: input, slot: slot)
        case .project(_, let projections):
            return ProjectOperator(input: input, context: self, projections: projections)
        case .optional(_, let inner, let nullSlots):
            return OptionalOperator(input: input, context: self, inner: inner, nullSlots: nullSlots)
        case .aggregate(_, let keys, let aggregates):
            return AggregateOperator(input: input, context: self, keys: keys, aggregates: aggregates)
        case .distinct(_, let slots): return DistinctOperator(input: input, context: self, slots: slots)
        case .sort(_, let keys): return SortOperator(input: input, context: self, keys: keys)
        case .skip(_, let count): return SkipOperator(input: input, context: self, count: count)
        case .limit(.sort(_, let keys), let count):
            let sort = SortOperator(input: input, context: self, keys: keys, limit: count)
            return LimitOperator(input: sort, context: self, count: count)
        case .limit(_, let count): return LimitOperator(input: input, context: self, count: count)
        case .unwind(_, let expression, let slot):
            return UnwindOperator(input: input, context: self, expression: expression, slot: slot)
        case .procedureCall(_, let call): return ProcedureCallOperator(input: input, context: self, call: call)
        case .foreach(_, let body): return ForeachOperator(input: input, context: self, body: body)
        case .subquery(_, let body, let slots): return SubqueryOperator(input: input, context: self, body: body, slots: slots)
        case .create(_, let parts): return CreateOperator(input: input, context: self, parts: parts)
        case .merge(_, let match, let create, let onMatch, let onCreate):
            return MergeOperator(input: input, context: self, match: match, create: create, onMatch: onMatch, onCreate: onCreate)
        case .set(_, let items): return SetOperator(input: input, context: self, items: items)
        case .delete(_, let expressions, let detach):
            return DeleteOperator(input: input, context: self, expressions: expressions, detach: detach)
        case .eager(_): return EagerOperator(input: input, context: self)
        }
    }
}
