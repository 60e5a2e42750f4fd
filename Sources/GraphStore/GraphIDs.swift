/// A node's position in the graph: dense, from 0, in the order nodes were added.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public init(_ index: Int) { self.raw = UInt32(index) }
    public var index: Int { Int(raw) }
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.raw < rhs.raw }
    public var description: String { String(raw) }
}

/// A relationship's position in the graph: dense, from 0, in the order relationships were added.
public struct RelationshipID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public init(_ index: Int) { self.raw = UInt32(index) }
    public var index: Int { Int(raw) }
    public static func < (lhs: RelationshipID, rhs: RelationshipID) -> Bool { lhs.raw < rhs.raw }
    public var description: String { String(raw) }
}

/// Interned label, relationship type or property key: an index into the graph's name table.
public typealias NameID = UInt16
