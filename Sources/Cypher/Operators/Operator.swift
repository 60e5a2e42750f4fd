/// A pull-based operator: each call to `next()` yields one row, or nil when exhausted.
protocol Operator {
    mutating func next() throws -> Row?
}

extension ExecutionContext {
    /// Instantiates a plan; `argument` is the row `LogicalPlan.argument` yields.
    func makeOperator(_ plan: LogicalPlan, argument: Row) -> any Operator {
        func make(_ input: LogicalPlan) -> any Operator { makeOperator(input, argument: argument) }
        switch plan {
        case .argument: return ArgumentOperator(row: argument)
        case .nodeScan(let input, let slot, let label, let properties):
            return NodeScanOperator(input: make(input), context: self, slot: slot, label: label, properties: properties)
        case .expand(let input, let step): return ExpandOperator(input: make(input), context: self, step: step)
        case .varExpand(let input, let step, let minHops, let maxHops):
            return VarExpandOperator(input: make(input), context: self, step: step, minHops: minHops, maxHops: maxHops)
        case .filter(let input, let predicate): return FilterOperator(input: make(input), context: self, predicate: predicate)
        case .requireNode(let input, let slot): return RequireNodeOperator(input: make(input), slot: slot)
        case .project(let input, let projections):
            return ProjectOperator(input: make(input), context: self, projections: projections)
        case .optional(let input, let inner, let nullSlots):
            return OptionalOperator(input: make(input), context: self, inner: inner, nullSlots: nullSlots)
        case .aggregate(let input, let keys, let aggregates):
            return AggregateOperator(input: make(input), context: self, keys: keys, aggregates: aggregates)
        case .distinct(let input, let slots): return DistinctOperator(input: make(input), context: self, slots: slots)
        case .sort(let input, let keys): return SortOperator(input: make(input), context: self, keys: keys)
        case .skip(let input, let count): return SkipOperator(input: make(input), context: self, count: count)
        case .limit(.sort(let sortInput, let keys), let count):
            let sort = SortOperator(input: make(sortInput), context: self, keys: keys, limit: count)
            return LimitOperator(input: sort, context: self, count: count)
        case .limit(let input, let count): return LimitOperator(input: make(input), context: self, count: count)
        case .unwind(let input, let expression, let slot):
            return UnwindOperator(input: make(input), context: self, expression: expression, slot: slot)
        case .procedureCall(let input, let call): return ProcedureCallOperator(input: make(input), context: self, call: call)
        case .foreach(let input, let body): return ForeachOperator(input: make(input), context: self, body: body)
        case .subquery(let input, let body, let slots): return SubqueryOperator(input: make(input), context: self, body: body, slots: slots)
        case .create(let input, let parts): return CreateOperator(input: make(input), context: self, parts: parts)
        case .merge(let input, let match, let create, let onMatch, let onCreate):
            return MergeOperator(input: make(input), context: self, match: match, create: create, onMatch: onMatch, onCreate: onCreate)
        case .set(let input, let items): return SetOperator(input: make(input), context: self, items: items)
        case .delete(let input, let expressions, let detach):
            return DeleteOperator(input: make(input), context: self, expressions: expressions, detach: detach)
        case .eager(let input): return EagerOperator(input: make(input), context: self)
        case .union(let left, let right, let leftSlots, let rightSlots, let slots, let distinct):
            return UnionOperator(
                left: make(left), right: make(right), leftSlots: leftSlots, rightSlots: rightSlots, slots: slots, distinct: distinct)
        }
    }
}
