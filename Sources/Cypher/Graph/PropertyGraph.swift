import GraphStore

/// What the executor reads from a graph. Implemented by the imported `FrozenGraph` and by
/// `MemoryGraph`, the small mutable graph that CREATE writes to.
public protocol PropertyGraph {
    var nodeIDs: [NodeID] { get }
    func nodes(withLabel label: String) -> [NodeID]
    /// Label names in a stable order.
    func labelNames(of node: NodeID) -> [String]
    func hasLabel(_ node: NodeID, named label: String) -> Bool
    func nodeProperty(_ key: String, of node: NodeID) -> PropertyValue?
    /// Properties ordered by key.
    func nodeProperties(of node: NodeID) -> [(key: String, value: PropertyValue)]

    func source(of relationship: RelationshipID) -> NodeID
    func target(of relationship: RelationshipID) -> NodeID
    func typeName(of relationship: RelationshipID) -> String
    func relationshipProperty(_ key: String, of relationship: RelationshipID) -> PropertyValue?
    func relationshipProperties(of relationship: RelationshipID) -> [(key: String, value: PropertyValue)]
    /// Relationships leaving (`outgoing: true`) or arriving at a node, of one type or any type.
    func relationships(of node: NodeID, outgoing: Bool, type: String?) -> [RelationshipID]
    /// The same relationships in the same order, handed to `body` one by one; expansions call
    /// this for every node they reach, where building an array each time would dominate.
    func forEachRelationship(of node: NodeID, outgoing: Bool, type: String?, _ body: (RelationshipID) -> Void)

    func isDeleted(_ node: NodeID) -> Bool
    func isDeleted(_ relationship: RelationshipID) -> Bool

    /// Properties as query values. `PropertyValue` cannot hold temporal values, so graphs that
    /// store those (`MemoryGraph`) answer here; the defaults convert the stored properties.
    func nodeValue(_ key: String, of node: NodeID) -> CypherValue?
    func nodeValues(of node: NodeID) -> [(key: String, value: CypherValue)]
    func relationshipValue(_ key: String, of relationship: RelationshipID) -> CypherValue?
    func relationshipValues(of relationship: RelationshipID) -> [(key: String, value: CypherValue)]
}

extension PropertyGraph {
    public func forEachRelationship(of node: NodeID, outgoing: Bool, type: String?, _ body: (RelationshipID) -> Void) {
        for relationship in relationships(of: node, outgoing: outgoing, type: type) { body(relationship) }
    }

    public func nodeValue(_ key: String, of node: NodeID) -> CypherValue? { nodeProperty(key, of: node).map(CypherValue.init) }

    public func nodeValues(of node: NodeID) -> [(key: String, value: CypherValue)] {
        nodeProperties(of: node).map { (key: $0.key, value: CypherValue($0.value)) }
    }

    public func relationshipValue(_ key: String, of relationship: RelationshipID) -> CypherValue? {
        relationshipProperty(key, of: relationship).map(CypherValue.init)
    }

    public func relationshipValues(of relationship: RelationshipID) -> [(key: String, value: CypherValue)] {
        relationshipProperties(of: relationship).map { (key: $0.key, value: CypherValue($0.value)) }
    }
}

/// A graph that update clauses (CREATE, MERGE, SET, REMOVE, DELETE) may change.
public protocol MutablePropertyGraph: PropertyGraph, AnyObject {
    var relationshipIDs: [RelationshipID] { get }
    func createNode(labels: [String], properties: [String: PropertyValue]) -> NodeID
    func createRelationship(from source: NodeID, to target: NodeID, type: String, properties: [String: PropertyValue]) -> RelationshipID
    func setNodeProperty(_ key: String, _ value: PropertyValue?, of node: NodeID)
    func setRelationshipProperty(_ key: String, _ value: PropertyValue?, of relationship: RelationshipID)
    /// Sets or (with nil) removes a property holding any storable value, temporal ones included.
    func setNodeValue(_ key: String, _ value: CypherValue?, of node: NodeID)
    func setRelationshipValue(_ key: String, _ value: CypherValue?, of relationship: RelationshipID)
    func addLabel(_ label: String, to node: NodeID)
    func removeLabel(_ label: String, from node: NodeID)
    func deleteNode(_ node: NodeID)
    func deleteRelationship(_ relationship: RelationshipID)
}

extension FrozenGraph: PropertyGraph {
    public func nodeProperty(_ key: String, of node: NodeID) -> PropertyValue? { property(key, of: node) }
    public func nodeProperties(of node: NodeID) -> [(key: String, value: PropertyValue)] { properties(of: node) }

    public func relationshipProperty(_ key: String, of relationship: RelationshipID) -> PropertyValue? {
        property(key, of: relationship)
    }

    public func relationshipProperties(of relationship: RelationshipID) -> [(key: String, value: PropertyValue)] {
        properties(of: relationship)
    }

    public func relationships(of node: NodeID, outgoing isOutgoing: Bool, type: String?) -> [RelationshipID] {
        switch (isOutgoing, type) {
        case (true, nil): return outgoing(from: node)
        case (false, nil): return incoming(to: node)
        case (true, let type?): return outgoing(from: node, type: type)
        case (false, let type?): return incoming(to: node, type: type)
        }
    }

    public func isDeleted(_ node: NodeID) -> Bool { false }
    public func isDeleted(_ relationship: RelationshipID) -> Bool { false }
}
