import GraphStore

/// The property keys of a set of nodes or relationships with one type each, sorted by key.
struct PropertyColumns: Sendable {
    struct Column: Sendable {
        var key: String
        var type: ExportType
        /// Some integer needs 64 bits.
        var wide: Bool
    }

    var columns: [Column]

    init(_ entities: [[(key: String, value: PropertyValue)]]) {
        var values: [String: [PropertyValue]] = [:]
        for properties in entities {
            for (key, value) in properties { values[key, default: []].append(value) }
        }
        columns = values.keys.sorted().map { key in
            Column(key: key, type: ExportType.infer(values[key]!)!, wide: ExportType.needsWideIntegers(values[key]!))
        }
    }

    static func nodes(_ graph: FrozenGraph, _ nodes: [NodeID]) -> PropertyColumns {
        PropertyColumns(nodes.map { graph.properties(of: $0) })
    }

    static func relationships(_ graph: FrozenGraph, _ relationships: [RelationshipID]) -> PropertyColumns {
        PropertyColumns(relationships.map { graph.properties(of: $0) })
    }
}
