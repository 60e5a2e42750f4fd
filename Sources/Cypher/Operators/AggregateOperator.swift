/// Implicit grouping: one output row per distinct combination of key values, in order of first
/// appearance, with each aggregate computed over the group's rows. Without keys, exactly one row.
struct AggregateOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let keys: [(slot: Int, expression: BoundExpression)]
    let aggregates: [(slot: Int, call: AggregateCall)]
    private var output: [Row]?
    private var position = 0

    init(input: any Operator, context: ExecutionContext, keys: [(slot: Int, expression: BoundExpression)], aggregates: [(slot: Int, call: AggregateCall)]) {
        self.input = input
        self.context = context
        self.keys = keys
        self.aggregates = aggregates
    }

    mutating func next() throws -> Row? {
        if output == nil { output = try aggregateAll() }
        guard position < output!.count else { return nil }
        position += 1
        return output![position - 1]
    }

    private mutating func aggregateAll() throws -> [Row] {
        var groups = GroupTable(keyCount: keys.count)
        var rows: [Row] = []
        // Group g's accumulators are at g * aggregates.count ..< (g + 1) * aggregates.count.
        var accumulators: [Accumulator] = []
        // Scratch buffers overwritten row after row: a key is copied only when it starts a new group.
        var key = [CypherValue](repeating: .null, count: keys.count)
        var arguments = aggregates.map { [CypherValue](repeating: .null, count: $0.call.arguments.count) }
        while var row = try input.next() {
            for (index, entry) in keys.enumerated() { key[index] = try context.evaluate(entry.expression, row) }
            let (group, isNew) = groups.group(of: key, orNew: rows.count)
            if isNew {
                for aggregate in aggregates { accumulators.append(Accumulator(aggregate.call)) }
            }
            for index in aggregates.indices {
                for (position, argument) in aggregates[index].call.arguments.enumerated() {
                    arguments[index][position] = try context.evaluate(argument, row)
                }
                if aggregates[index].call.function == .collect { try context.hold(values: 1) }
                try accumulators[group * aggregates.count + index].add(arguments[index])
            }
            if isNew {
                // The row is read for the last time: it becomes the group's row without a copy.
                for (index, entry) in keys.enumerated() { row[entry.slot] = key[index] }
                try context.hold(values: row.count + key.count)
                rows.append(row)
            }
        }
        if rows.isEmpty && keys.isEmpty {
            rows.append(Row(repeating: .null, count: context.slotCount))
            for aggregate in aggregates { accumulators.append(Accumulator(aggregate.call)) }
        }
        for group in rows.indices {
            for (index, aggregate) in aggregates.enumerated() {
                rows[group][aggregate.slot] = accumulators[group * aggregates.count + index].result()
            }
        }
        return rows
    }
}

/// Group numbers by key. Most queries group by one value, which is hashed alone rather than
/// inside an array, sparing an allocation and a level of hashing per row. Finding a key and
/// adding it when missing hash it once.
private struct GroupTable {
    private var single: [CypherValue: Int] = [:]
    private var multiple: [[CypherValue]: Int] = [:]
    private let isSingle: Bool

    init(keyCount: Int) {
        isSingle = keyCount == 1
    }

    /// The key's group, or `next` (now the key's group) when the key is new.
    mutating func group(of key: [CypherValue], orNew next: Int) -> (group: Int, isNew: Bool) {
        let group = isSingle ? Self.read(&single[key[0], default: next]) : Self.read(&multiple[key, default: next])
        return (group, group == next)
    }

    /// Reading through `inout` makes the defaulted subscript insert its default.
    private static func read(_ value: inout Int) -> Int { value }
}
