import GraphStore

/// A small mutable graph for tests and the TCK: what CREATE and the other update clauses write to.
/// Deleted entities keep their records (flagged) so a query can still name them, and ids are
/// never reused.
public final class MemoryGraph: MutablePropertyGraph {
    private struct Node {
        var labels: [String] = []
        var properties: [String: CypherValue] = [:]
        var outgoing: [RelationshipID] = []
        var incoming: [RelationshipID] = []
        var deleted = false
    }

    private struct Relationship {
        var source: NodeID
        var target: NodeID
        var type: String
        var properties: [String: CypherValue]
        var deleted = false
    }

    private var nodes: [Node] = []
    private var relationships: [Relationship] = []
    private var labelIndex: [String: [NodeID]] = [:]
    /// Labels in the order the graph first saw them: a node lists its labels in this order, as
    /// Neo4j lists them by label token.
    private var labelOrder: [String: Int] = [:]

    public init() {}

    public var nodeIDs: [NodeID] { nodes.indices.filter { !nodes[$0].deleted }.map { NodeID($0) } }
    public var relationshipIDs: [RelationshipID] {
        relationships.indices.filter { !relationships[$0].deleted }.map { RelationshipID($0) }
    }

    public func nodes(withLabel label: String) -> [NodeID] {
        (labelIndex[label] ?? []).filter { !nodes[$0.index].deleted }
    }

    public func labelNames(of node: NodeID) -> [String] { nodes[node.index].labels }
    public func hasLabel(_ node: NodeID, named label: String) -> Bool { nodes[node.index].labels.contains(label) }
    public func nodeProperty(_ key: String, of node: NodeID) -> PropertyValue? { nodes[node.index].properties[key]?.propertyValue }

    /// Only the properties `PropertyValue` can represent; `nodeValues(of:)` has them all.
    public func nodeProperties(of node: NodeID) -> [(key: String, value: PropertyValue)] {
        nodeValues(of: node).compactMap { entry in entry.value.propertyValue.map { (key: entry.key, value: $0) } }
    }

    public func nodeValue(_ key: String, of node: NodeID) -> CypherValue? { nodes[node.index].properties[key] }

    public func nodeValues(of node: NodeID) -> [(key: String, value: CypherValue)] {
        nodes[node.index].properties.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    public func source(of relationship: RelationshipID) -> NodeID { relationships[relationship.index].source }
    public func target(of relationship: RelationshipID) -> NodeID { relationships[relationship.index].target }
    public func typeName(of relationship: RelationshipID) -> String { relationships[relationship.index].type }

    public func relationshipProperty(_ key: String, of relationship: RelationshipID) -> PropertyValue? {
        relationships[relationship.index].properties[key]?.propertyValue
    }

    public func relationshipProperties(of relationship: RelationshipID) -> [(key: String, value: PropertyValue)] {
        relationshipValues(of: relationship).compactMap { entry in entry.value.propertyValue.map { (key: entry.key, value: $0) } }
    }

    public func relationshipValue(_ key: String, of relationship: RelationshipID) -> CypherValue? {
        relationships[relationship.index].properties[key]
    }

    public func relationshipValues(of relationship: RelationshipID) -> [(key: String, value: CypherValue)] {
        relationships[relationship.index].properties.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    public func relationships(of node: NodeID, outgoing: Bool, type: String?) -> [RelationshipID] {
        let record = nodes[node.index]
        return (outgoing ? record.outgoing : record.incoming).filter { id in
            let relationship = relationships[id.index]
            return !relationship.deleted && (type == nil || relationship.type == type)
        }
    }

    public func isDeleted(_ node: NodeID) -> Bool { nodes[node.index].deleted }
    public func isDeleted(_ relationship: RelationshipID) -> Bool { relationships[relationship.index].deleted }

    @discardableResult
    public func createNode(labels: [String], properties: [String: PropertyValue]) -> NodeID {
        let id = NodeID(nodes.count)
        nodes.append(Node(properties: properties.mapValues(CypherValue.init)))
        for label in labels { addLabel(label, to: id) }
        return id
    }

    @discardableResult
    public func createRelationship(
        from source: NodeID, to target: NodeID, type: String, properties: [String: PropertyValue]
    ) -> RelationshipID {
        let id = RelationshipID(relationships.count)
        relationships.append(Relationship(source: source, target: target, type: type, properties: properties.mapValues(CypherValue.init)))
        nodes[source.index].outgoing.append(id)
        nodes[target.index].incoming.append(id)
        return id
    }

    public func setNodeProperty(_ key: String, _ value: PropertyValue?, of node: NodeID) {
        setNodeValue(key, value.map(CypherValue.init), of: node)
    }

    public func setRelationshipProperty(_ key: String, _ value: PropertyValue?, of relationship: RelationshipID) {
        setRelationshipValue(key, value.map(CypherValue.init), of: relationship)
    }

    public func setNodeValue(_ key: String, _ value: CypherValue?, of node: NodeID) {
        nodes[node.index].properties[key] = value
    }

    public func setRelationshipValue(_ key: String, _ value: CypherValue?, of relationship: RelationshipID) {
        relationships[relationship.index].properties[key] = value
    }

    public func addLabel(_ label: String, to node: NodeID) {
        guard !nodes[node.index].labels.contains(label) else { return }
        if labelOrder[label] == nil { labelOrder[label] = labelOrder.count }
        nodes[node.index].labels.append(label)
        nodes[node.index].labels.sort { labelOrder[$0]! < labelOrder[$1]! }
        labelIndex[label, default: []].append(node)
    }

    public func removeLabel(_ label: String, from node: NodeID) {
        nodes[node.index].labels.removeAll { $0 == label }
        labelIndex[label]?.removeAll { $0 == node }
    }

    public func deleteNode(_ node: NodeID) { nodes[node.index].deleted = true }
    public func deleteRelationship(_ relationship: RelationshipID) { relationships[relationship.index].deleted = true }
}
