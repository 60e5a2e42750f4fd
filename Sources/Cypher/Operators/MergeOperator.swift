/// MERGE: the pattern's matches for each input row, or, when there are none, the pattern created.
struct MergeOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let match: LogicalPlan
    let create: [CreatePart]
    let onMatch: [BoundSetItem]
    let onCreate: [BoundSetItem]
    private var pending: [Row] = []

    init(input: any Operator, context: ExecutionContext, match: LogicalPlan, create: [CreatePart], onMatch: [BoundSetItem], onCreate: [BoundSetItem]) {
        self.input = input
        self.context = context
        self.match = match
        self.create = create
        self.onMatch = onMatch
        self.onCreate = onCreate
    }

    mutating func next() throws -> Row? {
        while pending.isEmpty {
            guard var row = try input.next() else { return nil }
            try rejectNullProperties(row)
            var matches = context.makeOperator(match, argument: row)
            while let found = try matches.next() { pending.append(found) }
            if pending.isEmpty {
                for part in create { try context.create(part, in: &row) }
                for item in onCreate { try context.apply(item, row) }
                pending = [row]
            } else {
                for item in onMatch { for found in pending { try context.apply(item, found) } }
            }
        }
        return pending.removeFirst()
    }

    /// A null property can never match, so MERGE would create a duplicate on every run.
    private func rejectNullProperties(_ row: Row) throws {
        for part in create {
            let maps = part.nodes.filter { !$0.bound }.compactMap(\.properties) + part.relationships.compactMap(\.properties)
            for map in maps {
                guard case .map(let values) = try context.evaluate(map, row) else { continue }
                if let key = values.first(where: { $0.value.isNull })?.key {
                    throw QueryError.runtime(
                        .semanticError, "MergeReadOwnWrites", "cannot MERGE with a null value for property '\(key)'")
                }
            }
        }
    }
}
