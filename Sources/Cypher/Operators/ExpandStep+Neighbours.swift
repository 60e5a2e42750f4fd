import GraphStore

extension ExpandStep {
    /// The relationships of this hop's types and direction at `node`, each with the node at
    /// its other end; a self-loop counts once when the hop goes both ways.
    func neighbours(of node: NodeID, in graph: any PropertyGraph) -> [(relationship: RelationshipID, other: NodeID)] {
        var result: [(relationship: RelationshipID, other: NodeID)] = []
        appendNeighbours(of: node, in: graph, to: &result)
        return result
    }

    /// The same neighbours, appended to a buffer the caller reuses.
    func appendNeighbours(of node: NodeID, in graph: any PropertyGraph, to result: inout [(relationship: RelationshipID, other: NodeID)]) {
        if types.isEmpty {
            append(node, type: nil, in: graph, to: &result)
        } else {
            for type in types { append(node, type: type, in: graph, to: &result) }
        }
    }

    private func append(
        _ node: NodeID, type: String?, in graph: any PropertyGraph, to result: inout [(relationship: RelationshipID, other: NodeID)]
    ) {
        if direction != .incoming {
            graph.forEachRelationship(of: node, outgoing: true, type: type) { relationship in
                result.append((relationship, graph.target(of: relationship)))
            }
        }
        if direction != .outgoing {
            let both = direction != .incoming
            graph.forEachRelationship(of: node, outgoing: false, type: type) { relationship in
                let source = graph.source(of: relationship)
                if !(both && source == node) { result.append((relationship, source)) }
            }
        }
    }
}
