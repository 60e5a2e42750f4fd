import GraphStore

/// What the graph holds, for someone about to write a query: labels with their property keys,
/// relationship types with the labels they connect and their property keys, all with counts.
public struct SchemaReport: Sendable {
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var count: Int
        /// Property keys with how many of the entries carry each.
        public var keys: [String: Int]
        /// For relationship types: `(:From)->(:To)` label pairs with their counts.
        public var endpoints: [String: Int]
    }

    public let labels: [Entry]
    public let types: [Entry]

    public init(_ graph: FrozenGraph) {
        var labels: [String: Entry] = [:]
        for node in graph.nodeIDs {
            let keys = graph.properties(of: node).map(\.key)
            for label in graph.labelNames(of: node) {
                labels[label, default: Entry(name: label, count: 0, keys: [:], endpoints: [:])].count += 1
                for key in keys { labels[label]!.keys[key, default: 0] += 1 }
            }
        }
        var types: [String: Entry] = [:]
        for index in 0..<graph.relationshipCount {
            let relationship = RelationshipID(index)
            let type = graph.typeName(of: relationship)
            let endpoint = "(\(Self.mainLabel(graph, graph.source(of: relationship))))->(\(Self.mainLabel(graph, graph.target(of: relationship))))"
            types[type, default: Entry(name: type, count: 0, keys: [:], endpoints: [:])].count += 1
            types[type]!.endpoints[endpoint, default: 0] += 1
            for key in graph.properties(of: relationship).map(\.key) { types[type]!.keys[key, default: 0] += 1 }
        }
        self.labels = labels.values.sorted { $0.name < $1.name }
        self.types = types.values.sorted { $0.name < $1.name }
    }

    /// A page's kind stands for it (`:Pattern`), other nodes by their one label.
    private static func mainLabel(_ graph: FrozenGraph, _ node: NodeID) -> String {
        let names = graph.labelNames(of: node)
        return ":" + (names.first { $0 != "Page" } ?? names.first ?? "")
    }

    public func text() -> String {
        var lines = ["Labels"]
        for label in labels {
            lines.append("  :\(label.name) \(label.count)")
            lines.append("    " + Self.counted(label.keys))
        }
        lines.append("")
        lines.append("Relationship types")
        for type in types {
            lines.append("  :\(type.name) \(type.count)")
            for endpoint in type.endpoints.keys.sorted() {
                lines.append("    \(endpoint.replacingOccurrences(of: ")->(", with: ")-[:\(type.name)]->(")) \(type.endpoints[endpoint]!)")
            }
            if !type.keys.isEmpty { lines.append("    " + Self.counted(type.keys)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        func object(_ counts: [String: Int]) -> String {
            "{" + counts.keys.sorted().map { "\(StringLiteral.json($0)): \(counts[$0]!)" }.joined(separator: ", ") + "}"
        }
        func entries(_ list: [Entry], endpoints: Bool) -> String {
            list.map { entry in
                "    \(StringLiteral.json(entry.name)): {\"count\": \(entry.count), \"properties\": \(object(entry.keys))"
                    + (endpoints ? ", \"endpoints\": \(object(entry.endpoints))" : "") + "}"
            }.joined(separator: ",\n")
        }
        return "{\n  \"labels\": {\n\(entries(labels, endpoints: false))\n  },\n  \"relationshipTypes\": {\n\(entries(types, endpoints: true))\n  }\n}\n"
    }

    private static func counted(_ keys: [String: Int]) -> String {
        keys.keys.sorted().map { "\($0) \(keys[$0]!)" }.joined(separator: ", ")
    }
}
