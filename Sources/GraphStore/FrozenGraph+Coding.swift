extension FrozenGraph {
    /// The graph as bytes, arrays as they are held, so that reading it back builds nothing.
    public func encode(into writer: inout BinaryWriter) {
        writer.write(labelNames)
        writer.write(typeNames)
        writer.write(propertyKeys)
        writer.write(labelOffsets)
        writer.write(labelList)
        writer.write(UInt64(nodesByLabel.count))
        for nodes in nodesByLabel { writer.write(nodes.map(\.raw)) }
        Self.encode(nodeColumns, nodeKeys, into: &writer)
        writer.write(sources)
        writer.write(targets)
        writer.write(types)
        Self.encode(relationshipColumns, relationshipKeys, into: &writer)
        for adjacency in [outgoing, incoming] {
            writer.write(adjacency.offsets)
            writer.write(adjacency.relationships)
        }
    }

    /// Reads a graph `encode` wrote; throws when the bytes do not hold a consistent graph.
    public convenience init(decoding reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let labelNames = try reader.readStrings()
        let typeNames = try reader.readStrings()
        let propertyKeys = try reader.readStrings()
        let labelOffsets = try reader.readIntegers(UInt32.self)
        let labelList = try reader.readIntegers(NameID.self)
        let labelCount = try reader.readCount()
        var nodesByLabel: [[NodeID]] = []
        for _ in 0..<labelCount { nodesByLabel.append(try reader.readIntegers(UInt32.self).map(NodeID.init)) }
        let (nodeColumns, nodeKeys) = try Self.decodeColumns(&reader)
        let sources = try reader.readIntegers(UInt32.self)
        let targets = try reader.readIntegers(UInt32.self)
        let types = try reader.readIntegers(NameID.self)
        let (relationshipColumns, relationshipKeys) = try Self.decodeColumns(&reader)
        let outgoing = Adjacency(offsets: try reader.readIntegers(UInt32.self), relationships: try reader.readIntegers(UInt32.self))
        let incoming = Adjacency(offsets: try reader.readIntegers(UInt32.self), relationships: try reader.readIntegers(UInt32.self))
        let nodeCount = labelOffsets.count - 1
        let valid = nodeCount >= 0 && labelCount == labelNames.count && nodeKeys.count == nodeCount
            && sources.count == types.count && targets.count == types.count && relationshipKeys.count == types.count
            && nodeColumns.count == propertyKeys.count && relationshipColumns.count == propertyKeys.count
            && outgoing.offsets.count == nodeCount + 1 && incoming.offsets.count == nodeCount + 1
            && outgoing.relationships.count == types.count && incoming.relationships.count == types.count
            && (sources + targets).allSatisfy { Int($0) < nodeCount } && types.allSatisfy { Int($0) < typeNames.count }
            && labelList.allSatisfy { Int($0) < labelNames.count } && labelOffsets.last.map { Int($0) == labelList.count } ?? false
        guard valid else { throw BinaryReader.Malformed(offset: reader.offset, what: "graph") }
        self.init(
            labelNames: labelNames, typeNames: typeNames, propertyKeys: propertyKeys, labelOffsets: labelOffsets,
            labelList: labelList, nodesByLabel: nodesByLabel, nodeColumns: nodeColumns, nodeKeys: nodeKeys,
            sources: sources, targets: targets, types: types, relationshipColumns: relationshipColumns,
            relationshipKeys: relationshipKeys, outgoing: outgoing, incoming: incoming)
    }

    private static func encode(_ columns: [PropertyColumn?], _ keys: [[NameID]], into writer: inout BinaryWriter) {
        writer.write(UInt64(columns.count))
        for column in columns {
            switch column {
            case nil:
                writer.write(UInt64(0))
            case .dense(let values):
                writer.write(UInt64(1))
                writer.write(UInt64(values.count))
                for value in values {
                    writer.write(value != nil)
                    if let value { value.encode(into: &writer) }
                }
            case .sparse(let ids, let values):
                writer.write(UInt64(2))
                writer.write(ids)
                for value in values { value.encode(into: &writer) }
            }
        }
        writer.write(UInt64(keys.count))
        for entity in keys { writer.write(entity) }
    }

    private static func decodeColumns(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> ([PropertyColumn?], [[NameID]]) {
        var columns: [PropertyColumn?] = []
        for _ in 0..<(try reader.readCount()) {
            switch try reader.readUInt64() {
            case 0:
                columns.append(nil)
            case 1:
                var values: [PropertyValue?] = []
                let count = try reader.readCount()
                values.reserveCapacity(count)
                for _ in 0..<count { values.append(try reader.readBool() ? try PropertyValue(decoding: &reader) : nil) }
                columns.append(.dense(values))
            case 2:
                let ids = try reader.readIntegers(UInt32.self)
                var values: [PropertyValue] = []
                values.reserveCapacity(ids.count)
                for _ in ids { values.append(try PropertyValue(decoding: &reader)) }
                columns.append(.sparse(ids: ids, values: values))
            default:
                throw BinaryReader.Malformed(offset: reader.offset, what: "property column")
            }
        }
        var keys: [[NameID]] = []
        let count = try reader.readCount()
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try reader.readIntegers(NameID.self)) }
        return (columns, keys)
    }
}

extension PropertyValue {
    func encode(into writer: inout BinaryWriter) {
        switch self {
        case .bool(let value):
            writer.write(UInt64(0))
            writer.write(value)
        case .int(let value):
            writer.write(UInt64(1))
            writer.write(Int(value))
        case .double(let value):
            writer.write(UInt64(2))
            writer.write(value)
        case .string(let value):
            writer.write(UInt64(3))
            writer.write(value)
        case .list(let values):
            writer.write(UInt64(4))
            writer.write(UInt64(values.count))
            for value in values { value.encode(into: &writer) }
        }
    }

    init(decoding reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readUInt64() {
        case 0: self = .bool(try reader.readBool())
        case 1: self = .int(Int64(try reader.readInt()))
        case 2: self = .double(try reader.readDouble())
        case 3: self = .string(try reader.readString())
        case 4:
            var values: [PropertyValue] = []
            for _ in 0..<(try reader.readCount()) { values.append(try PropertyValue(decoding: &reader)) }
            self = .list(values)
        default: throw BinaryReader.Malformed(offset: reader.offset, what: "property value")
        }
    }
}
