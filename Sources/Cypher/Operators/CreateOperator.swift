import GraphStore

/// CREATE: for each (already materialised) input row, creates the pattern's new nodes and relationships.
struct CreateOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let parts: [CreatePart]

    mutating func next() throws -> Row? {
        guard var row = try input.next() else { return nil }
        for part in parts { try context.create(part, in: &row) }
        return row
    }
}

extension ExecutionContext {
    func writableGraph() throws -> any MutablePropertyGraph {
        guard let mutableGraph else {
            throw QueryError.runtime(.semanticError, "ReadOnlyGraph", "the imported graph is read-only: queries cannot change it")
        }
        return mutableGraph
    }

    func create(_ part: CreatePart, in row: inout Row) throws {
        let graph = try writableGraph()
        var nodes: [NodeID] = []
        for node in part.nodes {
            if node.bound {
                guard case .node(let id) = row[node.slot] else {
                    throw QueryError.runtime(.semanticError, "CreatingRelationshipToNull", "cannot create a relationship to a missing node")
                }
                nodes.append(try self.node(id, at: nil))
                continue
            }
            let properties = try propertyMap(node.properties, row)
            let id = graph.createNode(labels: node.labels, properties: [:])
            for (key, value) in properties { graph.setNodeValue(key, value, of: id) }
            row[node.slot] = .node(id)
            nodes.append(id)
        }
        for (index, relationship) in part.relationships.enumerated() {
            let (from, to) = relationship.outgoing ? (nodes[index], nodes[index + 1]) : (nodes[index + 1], nodes[index])
            let properties = try propertyMap(relationship.properties, row)
            let id = graph.createRelationship(from: from, to: to, type: relationship.type, properties: [:])
            for (key, value) in properties { graph.setRelationshipValue(key, value, of: id) }
            row[relationship.slot] = .relationship(id)
        }
        if let pathSlot = part.pathSlot {
            row[pathSlot] = .path(PathValue(nodes: nodes, relationships: part.relationships.map { relationship in
                guard case .relationship(let id) = row[relationship.slot] else { return RelationshipID(0) }
                return id
            }))
        }
    }

    /// Evaluates a property map for storage: null entries are dropped, other values must be storable.
    func propertyMap(_ expression: BoundExpression?, _ row: Row) throws -> [String: CypherValue] {
        guard let expression else { return [:] }
        let value = try evaluate(expression, row)
        guard let entries = try properties(of: value, at: nil) else {
            if value.isNull { return [:] }
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "expected a map of properties, got \(value.typeName)")
        }
        var result: [String: CypherValue] = [:]
        for (key, entry) in entries where !entry.isNull {
            result[key] = try storable(entry, key: key)
        }
        return result
    }

    func storable(_ value: CypherValue, key: String) throws -> CypherValue {
        guard value.isStorable else {
            throw QueryError.runtime(
                .typeError, "InvalidPropertyType", "property '\(key)' cannot store a \(value.typeName)")
        }
        return value
    }
}
