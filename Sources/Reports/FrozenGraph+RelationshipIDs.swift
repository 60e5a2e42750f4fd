import GraphStore

extension FrozenGraph {
    /// Every relationship, in id order.
    var relationshipIDs: [RelationshipID] { (0..<relationshipCount).map { RelationshipID($0) } }
}
