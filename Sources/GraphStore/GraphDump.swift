extension FrozenGraph {
    /// Every node and relationship, one per line, in id order with sorted labels and keys:
    /// the canonical form that determinism tests compare byte for byte.
    public func dump() -> String {
        var lines: [String] = []
        lines.reserveCapacity(nodeCount + relationshipCount)
        for node in nodeIDs {
            let labels = labelNames(of: node).map { ":" + $0 }.joined()
            lines.append("(\(node)\(labels) \(Self.render(properties(of: node))))")
        }
        for index in 0..<relationshipCount {
            let relationship = RelationshipID(index)
            lines.append(
                "(\(source(of: relationship)))-[\(relationship):\(typeName(of: relationship)) "
                    + "\(Self.render(properties(of: relationship)))]->(\(target(of: relationship)))"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ properties: [(key: String, value: PropertyValue)]) -> String {
        "{" + properties.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
