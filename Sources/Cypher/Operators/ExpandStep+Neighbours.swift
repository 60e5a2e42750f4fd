import GraphStore

extension ExpandStep {
    /// The relationships of this hop's types and direction at `node`, each with the node at
    /// its other end; a self-loop counts once when the hop goes both ways.
    func neighbours(of node: NodeID, in graph: any PropertyGraph) -> [(relationship: RelationshipID, other: NodeID)] {
        var result: [(relationship: RelationshipID, other: NodeID)] = []
        if types.isEmpty {
            append(node, type: nil, in: graph, to: &result)
        } else {
            for type in types { append(node, type: type, in: graph, to: &result) }
        }
        return result
    }

    private func append(
        _ node: NodeID, type: String?, in graph: any PropertyGraph, to result: inout [(relationship: RelationshipID, other: NodeID)]
    ) {
        if direction != .incoming {
            for relationship in graph.relationships(of: node, outgoing: true, type: type) {
                result.append((relationship, graph.target(of: relationship)))
            }
        }
        if direction != .outgoing {
            for relationship in graph.relationships(of: node, outgoing: false, type: type) {
                let source = graph.source(of: relationship)
                if direction != .incoming && source == node { continue }
                result.append((relationship, source))
            }
        }
    }
}
