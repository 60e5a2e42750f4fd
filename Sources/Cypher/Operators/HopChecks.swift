import GraphStore

/// What a hop's candidate must pass before a row is built for it: the hop's property
/// equalities, with their values for the current input row, and the labels and properties
/// of its end node. On the imported graph labels are compared by id, resolved once.
struct HopChecks {
    private let step: ExpandStep
    private let graph: any PropertyGraph
    /// The imported graph, or an empty stand-in (see `HopNeighbours`).
    private let frozen: FrozenGraph
    private let isFrozen: Bool
    /// The end labels as the imported graph's ids; nil when it lacks one, so no node has them all.
    private let endLabelIDs: [NameID]?
    private var relationshipProperties: [(key: String, value: CypherValue)] = []
    private var endProperties: [(key: String, value: CypherValue)] = []

    init(step: ExpandStep, context: ExecutionContext) {
        self.step = step
        graph = context.graph
        frozen = context.frozenGraph ?? .empty
        isFrozen = context.frozenGraph != nil
        let ids = step.end.labels.compactMap { context.frozenGraph?.labelID($0) }
        endLabelIDs = ids.count == step.end.labels.count ? ids : nil
    }

    /// The property values for candidates of `row`.
    mutating func evaluate(context: ExecutionContext, row: Row) throws {
        // Most hops have no property maps; a walk starts for every input row.
        guard !step.properties.isEmpty || !step.end.properties.isEmpty else { return }
        relationshipProperties.removeAll(keepingCapacity: true)
        for property in step.properties { relationshipProperties.append((property.key, try context.evaluate(property.value, row))) }
        endProperties.removeAll(keepingCapacity: true)
        for property in step.end.properties { endProperties.append((property.key, try context.evaluate(property.value, row))) }
    }

    func admits(relationship: RelationshipID) -> Bool {
        relationshipProperties.allSatisfy { key, value in cypherEquals(graph.relationshipValue(key, of: relationship) ?? .null, value) == true }
    }

    func admits(end node: NodeID) -> Bool {
        hasEndLabels(node)
            && endProperties.allSatisfy { key, value in cypherEquals(graph.nodeValue(key, of: node) ?? .null, value) == true }
    }

    private func hasEndLabels(_ node: NodeID) -> Bool {
        if isFrozen {
            guard let endLabelIDs else { return false }
            return endLabelIDs.allSatisfy { frozen.hasLabel(node, $0) }
        }
        return step.end.labels.allSatisfy { graph.hasLabel(node, named: $0) }
    }
}
