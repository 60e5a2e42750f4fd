import GraphStore

/// For each input row, every node with `label` (from the label index, or all nodes) whose
/// properties equal `properties`; a property index answers the first equality when the graph has one.
struct NodeScanOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let slot: Int
    let label: String?
    let properties: [(key: String, value: BoundExpression)]
    private var current: Row?
    private var nodes: [NodeID] = []
    private var expected: [(key: String, value: CypherValue)] = []
    private var position = 0

    init(input: any Operator, context: ExecutionContext, slot: Int, label: String?, properties: [(key: String, value: BoundExpression)]) {
        self.input = input
        self.context = context
        self.slot = slot
        self.label = label
        self.properties = properties
    }

    mutating func next() throws -> Row? {
        while true {
            while var row = current, position < nodes.count {
                let node = nodes[position]
                position += 1
                guard matches(node) else { continue }
                row[slot] = .node(node)
                try context.countRow()
                return row
            }
            guard let row = try input.next() else { return nil }
            current = row
            position = 0
            expected = try properties.map { ($0.key, try context.evaluate($0.value, row)) }
            if let first = expected.first, let indexed = context.indexedNodes(label: label, key: first.key, value: first.value) {
                nodes = indexed
            } else {
                nodes = label.map { context.graph.nodes(withLabel: $0) } ?? context.graph.nodeIDs
            }
        }
    }

    private func matches(_ node: NodeID) -> Bool {
        expected.allSatisfy { key, value in
            let actual = context.graph.nodeValue(key, of: node) ?? .null
            return cypherEquals(actual, value) == true
        }
    }
}
