import GraphStore

/// SET and REMOVE: property and label changes on each input row's entities.
struct SetOperator: Operator {
    var input: any Operator
    let context: ExecutionContext
    let items: [BoundSetItem]

    mutating func next() throws -> Row? {
        guard let row = try input.next() else { return nil }
        for item in items { try context.apply(item, row) }
        return row
    }
}

extension ExecutionContext {
    func apply(_ item: BoundSetItem, _ row: Row) throws {
        let graph = try writableGraph()
        switch item {
        case .property(let owner, let key, let valueExpression):
            let value = try evaluate(valueExpression, row)
            try setProperty(try evaluate(owner, row), key, value.isNull ? nil : try storable(value, key: key), graph)
        case .removeProperty(let owner, let key):
            try setProperty(try evaluate(owner, row), key, nil, graph)
        case .properties(let owner, let valueExpression, let merge):
            let target = try evaluate(owner, row)
            if target.isNull { return }
            let value = try evaluate(valueExpression, row)
            guard let entries = try properties(of: value, at: nil) else {
                throw QueryError.runtime(.typeError, "InvalidArgumentType", "SET needs a map, got \(value.typeName)")
            }
            if !merge, let existing = try properties(of: target, at: nil) {
                for key in existing.keys where entries[key] == nil { try setProperty(target, key, nil, graph) }
            }
            for (key, entry) in entries {
                try setProperty(target, key, entry.isNull ? nil : try storable(entry, key: key), graph)
            }
        case .labels(let owner, let labels, let add):
            switch try evaluate(owner, row) {
            case .null: return
            case .node(let id):
                for label in labels {
                    if add { graph.addLabel(label, to: id) } else { graph.removeLabel(label, from: id) }
                }
            case let other:
                throw QueryError.runtime(.typeError, "InvalidArgumentType", "labels can only be set on nodes, not \(other.typeName)")
            }
        }
    }

    private func setProperty(_ target: CypherValue, _ key: String, _ value: CypherValue?, _ graph: any MutablePropertyGraph) throws {
        switch target {
        case .null: return
        case .node(let id): graph.setNodeValue(key, value, of: try node(id, at: nil))
        case .relationship(let id): graph.setRelationshipValue(key, value, of: try relationship(id, at: nil))
        default:
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "properties can only be set on nodes and relationships, not \(target.typeName)")
        }
    }
}
