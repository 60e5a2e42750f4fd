/// DELETE and DETACH DELETE. Deleting a node that still has relationships needs DETACH.
struct DeleteOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let expressions: [BoundExpression]
    let detach: Bool

    mutating func next() throws -> Row? {
        guard let row = try input.next() else { return nil }
        let graph = try context.writableGraph()
        let values = try expressions.map { try context.evaluate($0, row) }
        // Relationships go first, so a node deleted in the same clause as its relationships
        // (e.g. through a path) no longer counts as connected.
        for value in values { try deleteRelationships(in: value, graph) }
        for value in values { try delete(value, graph) }
        return row
    }

    private func deleteRelationships(in value: CypherValue, _ graph: any MutablePropertyGraph) throws {
        switch value {
        case .relationship(let id): graph.deleteRelationship(id)
        case .path(let path): for relationship in path.relationships { graph.deleteRelationship(relationship) }
        case .list(let values): for element in values { try deleteRelationships(in: element, graph) }
        default: break
        }
    }

    private func delete(_ value: CypherValue, _ graph: any MutablePropertyGraph) throws {
        switch value {
        case .null: return
        case .node(let id):
            if graph.isDeleted(id) { return }
            let attached = graph.relationships(of: id, outgoing: true, type: nil) + graph.relationships(of: id, outgoing: false, type: nil)
            if !attached.isEmpty && !detach {
                throw QueryError.runtime(
                    .constraintVerificationFailed, "DeleteConnectedNode", "node \(id) still has relationships; use DETACH DELETE")
            }
            for relationship in attached { graph.deleteRelationship(relationship) }
            graph.deleteNode(id)
        case .relationship(let id): graph.deleteRelationship(id)
        case .path(let path):
            for relationship in path.relationships { graph.deleteRelationship(relationship) }
            for node in path.nodes { try delete(.node(node), graph) }
        case .list(let values):
            for element in values { try delete(element, graph) }
        default:
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "DELETE needs a node, relationship or path, got \(value.typeName)")
        }
    }
}
