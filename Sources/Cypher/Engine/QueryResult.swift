import GraphStore

/// The columns and rows a query returned. Graph elements in cells are references; the
/// rendering helpers resolve them against the graph the query ran on.
public struct QueryResult {
    public var columns: [String]
    public var rows: [[CypherValue]]
    /// Rows the query's scans, expansions, UNWINDs and procedure calls produced on the way: how
    /// much of the graph it touched.
    public var intermediateRows: Int
    let graph: any PropertyGraph

    /// Labels and properties of a node, for rendering and comparisons.
    public func describe(node id: NodeID) -> (labels: [String], properties: [String: CypherValue]) {
        (graph.labelNames(of: id), Dictionary(uniqueKeysWithValues: graph.nodeValues(of: id).map { ($0.key, $0.value) }))
    }

    /// Type, ends and properties of a relationship.
    public func describe(relationship id: RelationshipID) -> (type: String, source: NodeID, target: NodeID, properties: [String: CypherValue]) {
        (
            graph.typeName(of: id), graph.source(of: id), graph.target(of: id),
            Dictionary(uniqueKeysWithValues: graph.relationshipValues(of: id).map { ($0.key, $0.value) })
        )
    }
}
