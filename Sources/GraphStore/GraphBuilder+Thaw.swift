extension GraphBuilder {
    /// A builder holding everything `graph` holds, with the same ids, so derived results can be
    /// added to an imported graph and frozen again.
    public init(copying graph: FrozenGraph) {
        self.init()
        for node in graph.nodeIDs {
            let properties = Dictionary(uniqueKeysWithValues: graph.properties(of: node).map { ($0.key, $0.value) })
            addNode(labels: graph.labels(of: node).map { graph.labelNames[Int($0)] }, properties: properties)
        }
        for index in 0..<graph.relationshipCount {
            let relationship = RelationshipID(index)
            let properties = Dictionary(uniqueKeysWithValues: graph.properties(of: relationship).map { ($0.key, $0.value) })
            addRelationship(
                from: graph.source(of: relationship), to: graph.target(of: relationship), type: graph.typeName(of: relationship),
                properties: properties)
        }
    }
}
