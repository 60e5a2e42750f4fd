import GraphStore

/// A hop's relationships at a node, each with the node at its other end; a self-loop counts
/// once when the hop goes both ways. On the imported graph they come straight from its
/// adjacency arrays, with the hop's types resolved to ids once per operator; on a graph
/// queries may change, through `PropertyGraph` by type name. Expansions ask this for every
/// node they reach, so a name lookup and a dynamic call each time would dominate.
struct HopNeighbours {
    private let direction: RelationshipDirection
    private let types: [String]
    private let graph: any PropertyGraph
    /// The imported graph, or an empty stand-in when `isFrozen` is false: not optional, as
    /// unwrapping it on every call costs a retain and a release.
    private let frozen: FrozenGraph
    private let isFrozen: Bool
    /// The hop's types as the imported graph's ids; a type it lacks has no relationships.
    private let typeIDs: [NameID]

    init(step: ExpandStep, context: ExecutionContext) {
        direction = step.direction
        types = step.types
        graph = context.graph
        frozen = context.frozenGraph ?? .empty
        isFrozen = context.frozenGraph != nil
        typeIDs = step.types.compactMap { context.frozenGraph?.typeID($0) }
    }

    func neighbours(of node: NodeID) -> [(relationship: RelationshipID, other: NodeID)] {
        var result: [(relationship: RelationshipID, other: NodeID)] = []
        append(of: node, to: &result)
        return result
    }

    /// The same neighbours, appended to a buffer the caller reuses.
    func append(of node: NodeID, to result: inout [(relationship: RelationshipID, other: NodeID)]) {
        if isFrozen {
            if types.isEmpty {
                appendFromFrozen(of: node, typeID: nil, to: &result)
            } else {
                for typeID in typeIDs { appendFromFrozen(of: node, typeID: typeID, to: &result) }
            }
        } else if types.isEmpty {
            append(of: node, type: nil, to: &result)
        } else {
            for type in types { append(of: node, type: type, to: &result) }
        }
    }

    private func appendFromFrozen(of node: NodeID, typeID: NameID?, to result: inout [(relationship: RelationshipID, other: NodeID)]) {
        if direction != .incoming {
            frozen.appendNeighbours(of: node, outgoing: true, typeID: typeID, skippingLoops: false, to: &result)
        }
        if direction != .outgoing {
            frozen.appendNeighbours(
                of: node, outgoing: false, typeID: typeID, skippingLoops: direction != .incoming, to: &result)
        }
    }

    private func append(of node: NodeID, type: String?, to result: inout [(relationship: RelationshipID, other: NodeID)]) {
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
