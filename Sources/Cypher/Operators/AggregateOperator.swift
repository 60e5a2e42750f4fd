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
        var accumulators: [[Accumulator]] = []
        // Scratch buffers reused row after row: a key is copied only when it starts a new group.
        var key: [CypherValue] = []
        var arguments: [CypherValue] = []
        while let row = try input.next() {
            key.removeAll(keepingCapacity: true)
            for entry in keys { key.append(try context.evaluate(entry.expression, row)) }
            let group: Int
            if let existing = groups.group(of: key) {
                group = existing
            } else {
                group = rows.count
                groups.insert(key, group: group)
                var base = row
                for (index, entry) in keys.enumerated() { base[entry.slot] = key[index] }
                try context.hold(values: base.count + key.count)
                rows.append(base)
                accumulators.append(aggregates.map { Accumulator($0.call) })
            }
            for index in aggregates.indices {
                arguments.removeAll(keepingCapacity: true)
                for argument in aggregates[index].call.arguments { arguments.append(try context.evaluate(argument, row)) }
                if aggregates[index].call.function == .collect { try context.hold(values: 1) }
                try accumulators[group][index].add(arguments)
            }
        }
        if rows.isEmpty && keys.isEmpty {
            rows.append(Row(repeating: .null, count: context.slotCount))
            accumulators.append(aggregates.map { Accumulator($0.call) })
        }
        for group in rows.indices {
            for (index, aggregate) in aggregates.enumerated() {
                rows[group][aggregate.slot] = accumulators[group][index].result()
            }
        }
        return rows
    }
}

/// Group numbers by key. Most queries group by one value, which is hashed alone rather than
/// inside an array, sparing an allocation and a level of hashing per row.
private struct GroupTable {
    private var single: [CypherValue: Int] = [:]
    private var multiple: [[CypherValue]: Int] = [:]
    private let isSingle: Bool

    init(keyCount: Int) {
        isSingle = keyCount == 1
    }

    func group(of key: [CypherValue]) -> Int? {
        isSingle ? single[key[0]] : multiple[key]
    }

    mutating func insert(_ key: [CypherValue], group: Int) {
        if isSingle { single[key[0]] = group } else { multiple[key] = group }
    }
}
