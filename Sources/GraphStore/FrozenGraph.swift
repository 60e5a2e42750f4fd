/// The imported graph, read-only, in compact arrays: interned names, CSR adjacency both
/// ways, label indexes and property columns. Safe to share between threads. The arrays are
/// visible to this module, for encoding the graph (FrozenGraph+Coding).
///
/// A class, though immutable, because it is passed around a lot: a struct of some thirty
/// arrays costs thirty retains at every copy, and query operators keep it, built anew for
/// every row under OPTIONAL MATCH and pattern predicates (redirect-stubs and
/// phase1-episodes-by-coverage, one run of each: 7.7 M instructions with the struct, 6.7 M
/// with the class).
public final class FrozenGraph: Sendable {
    public let labelNames: [String]
    public let typeNames: [String]
    public let propertyKeys: [String]
    private let labelIDs: NameLookup
    private let typeIDs: NameLookup
    private let keyIDs: NameLookup

    let labelOffsets: [UInt32]
    let labelList: [NameID]
    /// Nodes per label, ascending.
    let nodesByLabel: [[NodeID]]
    let nodeColumns: [PropertyColumn?]
    let nodeKeys: [[NameID]]

    let sources: [UInt32]
    let targets: [UInt32]
    let types: [NameID]
    let relationshipColumns: [PropertyColumn?]
    let relationshipKeys: [[NameID]]
    let outgoing: Adjacency
    let incoming: Adjacency

    init(building builder: GraphBuilder) {
        labelNames = builder.labels.names
        typeNames = builder.types.names
        propertyKeys = builder.keys.names
        labelIDs = NameLookup(labelNames)
        typeIDs = NameLookup(typeNames)
        keyIDs = NameLookup(propertyKeys)

        let nodeCount = builder.nodeLabels.count
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(nodeCount + 1)
        var list: [NameID] = []
        var byLabel = [[NodeID]](repeating: [], count: labelNames.count)
        for (node, labels) in builder.nodeLabels.enumerated() {
            list.append(contentsOf: labels)
            offsets.append(UInt32(list.count))
            for label in labels { byLabel[Int(label)].append(NodeID(node)) }
        }
        labelOffsets = offsets
        labelList = list
        nodesByLabel = byLabel
        (nodeColumns, nodeKeys) = Self.columns(builder.nodeProperties, keyCount: propertyKeys.count)

        sources = builder.relationshipSource
        targets = builder.relationshipTarget
        types = builder.relationshipType
        (relationshipColumns, relationshipKeys) = Self.columns(builder.relationshipProperties, keyCount: propertyKeys.count)
        outgoing = Adjacency(nodeCount: nodeCount, ends: sources, otherEnds: targets, types: types)
        incoming = Adjacency(nodeCount: nodeCount, ends: targets, otherEnds: sources, types: types)
    }

    init(
        labelNames: [String], typeNames: [String], propertyKeys: [String], labelOffsets: [UInt32], labelList: [NameID],
        nodesByLabel: [[NodeID]], nodeColumns: [PropertyColumn?], nodeKeys: [[NameID]], sources: [UInt32], targets: [UInt32],
        types: [NameID], relationshipColumns: [PropertyColumn?], relationshipKeys: [[NameID]], outgoing: Adjacency, incoming: Adjacency
    ) {
        self.labelNames = labelNames
        self.typeNames = typeNames
        self.propertyKeys = propertyKeys
        labelIDs = NameLookup(labelNames)
        typeIDs = NameLookup(typeNames)
        keyIDs = NameLookup(propertyKeys)
        self.labelOffsets = labelOffsets
        self.labelList = labelList
        self.nodesByLabel = nodesByLabel
        self.nodeColumns = nodeColumns
        self.nodeKeys = nodeKeys
        self.sources = sources
        self.targets = targets
        self.types = types
        self.relationshipColumns = relationshipColumns
        self.relationshipKeys = relationshipKeys
        self.outgoing = outgoing
        self.incoming = incoming
    }

    private static func columns(
        _ rows: [[(NameID, PropertyValue)]], keyCount: Int
    ) -> ([PropertyColumn?], [[NameID]]) {
        var entries = [[(UInt32, PropertyValue)]](repeating: [], count: keyCount)
        var keysPerEntity: [[NameID]] = []
        keysPerEntity.reserveCapacity(rows.count)
        for (entity, row) in rows.enumerated() {
            for (key, value) in row { entries[Int(key)].append((UInt32(entity), value)) }
            keysPerEntity.append(row.map(\.0).sorted())
        }
        let columns = entries.map { $0.isEmpty ? nil : PropertyColumn(entries: $0, entityCount: rows.count) }
        return (columns, keysPerEntity)
    }

    // MARK: Nodes

    public var nodeCount: Int { labelOffsets.count - 1 }
    public var nodeIDs: [NodeID] { (0..<nodeCount).map { NodeID($0) } }

    public func labelID(_ name: String) -> NameID? { labelIDs.id(of: name) }
    public func typeID(_ name: String) -> NameID? { typeIDs.id(of: name) }
    public func keyID(_ name: String) -> NameID? { keyIDs.id(of: name) }

    public func labels(of node: NodeID) -> ArraySlice<NameID> {
        labelList[Int(labelOffsets[node.index])..<Int(labelOffsets[node.index + 1])]
    }

    public func labelNames(of node: NodeID) -> [String] {
        labels(of: node).map { labelNames[Int($0)] }.sorted()
    }

    public func hasLabel(_ node: NodeID, _ label: NameID) -> Bool {
        labels(of: node).contains(label)
    }

    public func hasLabel(_ node: NodeID, named name: String) -> Bool {
        guard let id = labelIDs.id(of: name) else { return false }
        return hasLabel(node, id)
    }

    /// Nodes carrying `label`, ascending by id.
    public func nodes(withLabel label: String) -> [NodeID] {
        guard let id = labelIDs.id(of: label) else { return [] }
        return nodesByLabel[Int(id)]
    }

    public func property(_ key: String, of node: NodeID) -> PropertyValue? {
        guard let id = keyIDs.id(of: key) else { return nil }
        return property(id, of: node)
    }

    public func property(_ key: NameID, of node: NodeID) -> PropertyValue? {
        nodeColumns[Int(key)]?.value(at: node.raw)
    }

    /// A node's properties, ordered by key.
    public func properties(of node: NodeID) -> [(key: String, value: PropertyValue)] {
        nodeKeys[node.index]
            .map { (key: propertyKeys[Int($0)], value: nodeColumns[Int($0)]!.value(at: node.raw)!) }
            .sorted { $0.key < $1.key }
    }

    // MARK: Relationships

    public var relationshipCount: Int { types.count }

    public func source(of relationship: RelationshipID) -> NodeID { NodeID(sources[relationship.index]) }
    public func target(of relationship: RelationshipID) -> NodeID { NodeID(targets[relationship.index]) }
    public func type(of relationship: RelationshipID) -> NameID { types[relationship.index] }
    public func typeName(of relationship: RelationshipID) -> String { typeNames[Int(types[relationship.index])] }

    public func property(_ key: String, of relationship: RelationshipID) -> PropertyValue? {
        guard let id = keyIDs.id(of: key) else { return nil }
        return relationshipColumns[Int(id)]?.value(at: relationship.raw)
    }

    public func properties(of relationship: RelationshipID) -> [(key: String, value: PropertyValue)] {
        relationshipKeys[relationship.index]
            .map { (key: propertyKeys[Int($0)], value: relationshipColumns[Int($0)]!.value(at: relationship.raw)!) }
            .sorted { $0.key < $1.key }
    }

    /// Relationships leaving `node`, by type then target.
    public func outgoing(from node: NodeID) -> [RelationshipID] {
        outgoing.range(of: node.index).map { RelationshipID(outgoing.relationships[$0]) }
    }

    /// Relationships arriving at `node`, by type then source.
    public func incoming(to node: NodeID) -> [RelationshipID] {
        incoming.range(of: node.index).map { RelationshipID(incoming.relationships[$0]) }
    }

    public func outgoing(from node: NodeID, type: String) -> [RelationshipID] {
        guard let id = typeIDs.id(of: type) else { return [] }
        return outgoing(from: node, typeID: id)
    }

    /// Relationships of one interned type leaving `node`, for loops that resolved the name once.
    public func outgoing(from node: NodeID, typeID: NameID) -> [RelationshipID] {
        outgoing.range(of: node.index, type: typeID, types: types).map { RelationshipID(outgoing.relationships[$0]) }
    }

    public func incoming(to node: NodeID, type: String) -> [RelationshipID] {
        guard let id = typeIDs.id(of: type) else { return [] }
        return incoming.range(of: node.index, type: id, types: types).map { RelationshipID(incoming.relationships[$0]) }
    }

    /// Appends each relationship at `node` in one direction, of one interned type or (nil) any
    /// type, with the node at its other end, in the order `outgoing(from:)` and `incoming(to:)` give;
    /// `skippingLoops` leaves out those whose other end is `node` itself. Query expansions call
    /// this for every node they reach: one call, where a closure would be called per relationship.
    public func appendNeighbours(
        of node: NodeID, outgoing isOutgoing: Bool, typeID: NameID?, skippingLoops: Bool,
        to result: inout [(relationship: RelationshipID, other: NodeID)]
    ) {
        // Passed on, not bound to locals: a local copy of the arrays would retain each per call.
        if isOutgoing {
            Self.appendNeighbours(of: node, in: outgoing, ends: targets, types: types, typeID: typeID, skippingLoops: skippingLoops, to: &result)
        } else {
            Self.appendNeighbours(of: node, in: incoming, ends: sources, types: types, typeID: typeID, skippingLoops: skippingLoops, to: &result)
        }
    }

    private static func appendNeighbours(
        of node: NodeID, in adjacency: borrowing Adjacency, ends: borrowing [UInt32], types: borrowing [NameID], typeID: NameID?,
        skippingLoops: Bool, to result: inout [(relationship: RelationshipID, other: NodeID)]
    ) {
        let range = typeID.map { adjacency.range(of: node.index, type: $0, types: types) } ?? adjacency.range(of: node.index)
        for slot in range {
            let relationship = adjacency.relationships[slot]
            let other = ends[Int(relationship)]
            if skippingLoops && other == node.raw { continue }
            result.append((RelationshipID(relationship), NodeID(other)))
        }
    }

    // MARK: Counts

    /// Nodes per label, by label name.
    public var labelCounts: [String: Int] {
        Dictionary(uniqueKeysWithValues: labelNames.enumerated().map { ($1, nodesByLabel[$0].count) })
    }

    /// Relationships per type, by type name.
    public var typeCounts: [String: Int] {
        var counts = [Int](repeating: 0, count: typeNames.count)
        for type in types { counts[Int(type)] += 1 }
        return Dictionary(uniqueKeysWithValues: typeNames.enumerated().map { ($1, counts[$0]) })
    }
}
