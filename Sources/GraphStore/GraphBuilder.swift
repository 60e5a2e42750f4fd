/// Collects nodes and relationships during import; `freeze()` turns them into a `FrozenGraph`.
/// Ids are handed out in the order of the calls, so a deterministic caller gets a
/// deterministic graph.
public struct GraphBuilder: Sendable {
    var labels = NameTable()
    var types = NameTable()
    var keys = NameTable()
    private var strings = StringPool()
    var nodeLabels: [[NameID]] = []
    var nodeProperties: [[(NameID, PropertyValue)]] = []
    var relationshipSource: [UInt32] = []
    var relationshipTarget: [UInt32] = []
    var relationshipType: [NameID] = []
    var relationshipProperties: [[(NameID, PropertyValue)]] = []

    public init() {}

    public var nodeCount: Int { nodeLabels.count }
    public var relationshipCount: Int { relationshipType.count }

    @discardableResult
    public mutating func addNode(labels nodeLabelNames: [String], properties: [String: PropertyValue] = [:]) -> NodeID {
        var ids: [NameID] = []
        for name in nodeLabelNames {
            let id = labels.intern(name)
            if !ids.contains(id) { ids.append(id) }
        }
        nodeLabels.append(ids.sorted())
        nodeProperties.append(intern(properties))
        return NodeID(nodeLabels.count - 1)
    }

    /// Adds a label to an existing node (classification labels a page after it is created).
    public mutating func addLabel(_ name: String, to node: NodeID) {
        let id = labels.intern(name)
        if !nodeLabels[node.index].contains(id) {
            nodeLabels[node.index].append(id)
            nodeLabels[node.index].sort()
        }
    }

    /// Sets or replaces one property of an existing node.
    public mutating func setProperty(_ key: String, _ value: PropertyValue, on node: NodeID) {
        let id = keys.intern(key)
        let shared = strings.share(value)
        if let index = nodeProperties[node.index].firstIndex(where: { $0.0 == id }) {
            nodeProperties[node.index][index].1 = shared
        } else {
            nodeProperties[node.index].append((id, shared))
        }
    }

    @discardableResult
    public mutating func addRelationship(
        from source: NodeID, to target: NodeID, type: String, properties: [String: PropertyValue] = [:]
    ) -> RelationshipID {
        precondition(source.index < nodeCount && target.index < nodeCount, "relationship to a node that does not exist")
        relationshipSource.append(source.raw)
        relationshipTarget.append(target.raw)
        relationshipType.append(types.intern(type))
        relationshipProperties.append(intern(properties))
        return RelationshipID(relationshipType.count - 1)
    }

    public func freeze() -> FrozenGraph {
        FrozenGraph(building: self)
    }

    private mutating func intern(_ properties: [String: PropertyValue]) -> [(NameID, PropertyValue)] {
        properties.sorted { $0.key < $1.key }.map { (keys.intern($0.key), strings.share($0.value)) }
    }
}
