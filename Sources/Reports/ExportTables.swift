import GraphStore

/// How the CSV layouts group the graph: one node table per primary label (of each label
/// combination, the label most nodes carry: `:Law:Page` nodes go with the pages), one
/// relationship table per type, and the FROM/TO table pairs each type connects.
struct ExportTables: Sendable {
    struct NodeTable: Sendable {
        var name: String
        var nodes: [NodeID]
        var columns: [PropertyColumns.Column]
    }

    struct RelationshipTable: Sendable {
        var type: String
        /// Relationships per (from table, to table), pairs sorted.
        var pairs: [(from: String, to: String, relationships: [RelationshipID])]
        var columns: [PropertyColumns.Column]
    }

    static let unlabelled = "Unlabelled"

    var nodeTables: [NodeTable]
    var relationshipTables: [RelationshipTable]
    var tableOfNode: [String]
    /// The names of the key and labels columns, chosen to differ from every property key.
    var idColumn: String
    var labelsColumn: String
    /// The character between list elements: `;` unless some element holds it.
    var arrayDelimiter: String

    init(_ graph: FrozenGraph) throws(ExportError) {
        let counts = graph.labelCounts
        var tableOfNode: [String] = []
        var members: [String: [NodeID]] = [:]
        for node in graph.nodeIDs {
            let labels = graph.labelNames(of: node)
            let table = labels.max { (counts[$0]!, $1) < (counts[$1]!, $0) } ?? Self.unlabelled
            tableOfNode.append(table)
            members[table, default: []].append(node)
        }
        self.tableOfNode = tableOfNode
        nodeTables = members.keys.sorted().map { name in
            NodeTable(name: name, nodes: members[name]!, columns: PropertyColumns.nodes(graph, members[name]!).columns)
        }
        var byType: [String: [String: [RelationshipID]]] = [:]
        for relationship in graph.relationshipIDs {
            let pair = tableOfNode[graph.source(of: relationship).index] + "\u{0}" + tableOfNode[graph.target(of: relationship).index]
            byType[graph.typeName(of: relationship), default: [:]][pair, default: []].append(relationship)
        }
        relationshipTables = byType.keys.sorted().map { type in
            let pairs = byType[type]!.keys.sorted().map { key in
                let ends = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
                return (from: ends[0], to: ends[1], relationships: byType[type]![key]!)
            }
            return RelationshipTable(type: type, pairs: pairs, columns: PropertyColumns.relationships(graph, pairs.flatMap(\.relationships)).columns)
        }

        let keys = Set(nodeTables.flatMap { $0.columns.map(\.key) })
        idColumn = Self.free("nodeId", in: keys)
        labelsColumn = Self.free("labels", in: keys)
        var texts = Set(graph.labelNames)
        for node in graph.nodeIDs { Self.listElements(graph.properties(of: node), into: &texts) }
        for relationship in graph.relationshipIDs { Self.listElements(graph.properties(of: relationship), into: &texts) }
        guard let delimiter = [";", "|", "\u{1F}"].first(where: { candidate in !texts.contains { $0.contains(candidate) } }) else {
            throw .noArrayDelimiter
        }
        arrayDelimiter = delimiter
    }

    private static func free(_ name: String, in keys: Set<String>) -> String {
        var name = name
        while keys.contains(name) { name = "_" + name }
        return name
    }

    private static func listElements(_ properties: [(key: String, value: PropertyValue)], into texts: inout Set<String>) {
        for (_, value) in properties {
            if case .list(let items) = value { for item in items { texts.insert(ExportType.text(item)) } }
        }
    }

    /// The fields of one node or relationship's properties in the columns' order, `absent`
    /// where it has none.
    static func fields(
        _ properties: [(key: String, value: PropertyValue)], _ columns: [PropertyColumns.Column], absent: (ExportType) -> String,
        _ encode: (PropertyValue, ExportType) -> String
    ) -> [String] {
        var values: [String: PropertyValue] = [:]
        for (key, value) in properties { values[key] = value }
        return columns.map { column in values[column.key].map { encode($0, column.type) } ?? absent(column.type) }
    }

    /// A table or type name as a file name: letters, digits, `_` and `-` kept, others `_`.
    static func fileName(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") ? Character($0) : "_" })
    }
}
