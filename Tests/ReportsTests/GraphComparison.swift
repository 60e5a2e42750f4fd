import Cypher
import GraphStore

/// How a rebuilt graph differs from the original: node by node (labels and properties, ids
/// kept) and relationships as a multiset of (from, type, properties, to). Empty when equal.
enum GraphComparison {
    static func differences(_ original: FrozenGraph, _ rebuilt: some PropertyGraph & MutablePropertyGraph) -> [String] {
        var differences: [String] = []
        let nodes = rebuilt.nodeIDs
        if nodes.count != original.nodeCount { differences.append("\(nodes.count) nodes rebuilt, \(original.nodeCount) exported") }
        for node in original.nodeIDs where node.index < nodes.count {
            let expected = "\(original.labelNames(of: node)) \(original.properties(of: node).map { "\($0.key): \($0.value)" })"
            let actual = "\(rebuilt.labelNames(of: node).sorted()) \(rebuilt.nodeProperties(of: node).map { "\($0.key): \($0.value)" })"
            if expected != actual { differences.append("node \(node): expected \(expected), rebuilt \(actual)") }
        }
        func line(_ from: NodeID, _ type: String, _ properties: [(key: String, value: PropertyValue)], _ to: NodeID) -> String {
            "(\(from))-[:\(type) \(properties.map { "\($0.key): \($0.value)" })]->(\(to))"
        }
        let expected = (0..<original.relationshipCount).map(RelationshipID.init).map {
            line(original.source(of: $0), original.typeName(of: $0), original.properties(of: $0), original.target(of: $0))
        }.sorted()
        let actual = rebuilt.relationshipIDs.map {
            line(rebuilt.source(of: $0), rebuilt.typeName(of: $0), rebuilt.relationshipProperties(of: $0), rebuilt.target(of: $0))
        }.sorted()
        if expected != actual {
            differences += Set(expected).subtracting(actual).sorted().prefix(5).map { "missing \($0)" }
            differences += Set(actual).subtracting(expected).sorted().prefix(5).map { "extra \($0)" }
            if Set(expected) == Set(actual) { differences.append("relationship multiplicities differ") }
        }
        return differences
    }
}
