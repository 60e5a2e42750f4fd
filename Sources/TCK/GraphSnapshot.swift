import Cypher
import GraphStore

/// What the TCK's side-effect counts compare: live nodes and relationships, label names
/// in use, and (entity, key, value) property entries.
struct GraphSnapshot {
    var nodes: Set<NodeID>
    var relationships: Set<RelationshipID>
    var labels: Set<String>
    var properties: Set<String>

    init(_ graph: MemoryGraph) {
        nodes = Set(graph.nodeIDs)
        relationships = Set(graph.relationshipIDs)
        labels = Set(nodes.flatMap { graph.labelNames(of: $0) })
        var entries = Set<String>()
        for node in nodes {
            for (key, value) in graph.nodeValues(of: node) { entries.insert("n\(node)/\(key)=\(value.literalText)") }
        }
        for relationship in relationships {
            for (key, value) in graph.relationshipValues(of: relationship) { entries.insert("r\(relationship)/\(key)=\(value.literalText)") }
        }
        properties = entries
    }

    /// Counts keyed like the TCK's side-effects table; zero counts are included.
    static func sideEffects(from before: GraphSnapshot, to after: GraphSnapshot) -> [String: Int] {
        [
            "+nodes": after.nodes.subtracting(before.nodes).count,
            "-nodes": before.nodes.subtracting(after.nodes).count,
            "+relationships": after.relationships.subtracting(before.relationships).count,
            "-relationships": before.relationships.subtracting(after.relationships).count,
            "+labels": after.labels.subtracting(before.labels).count,
            "-labels": before.labels.subtracting(after.labels).count,
            "+properties": after.properties.subtracting(before.properties).count,
            "-properties": before.properties.subtracting(after.properties).count,
        ]
    }
}
