import Testing
@testable import GraphStore

@Suite("A graph as bytes")
struct GraphCodingTests {
    func sample() -> FrozenGraph {
        var builder = GraphBuilder()
        let page = builder.addNode(
            labels: ["Page", "Pattern"],
            properties: ["path": .string("p/index.html"), "words": .int(-120), "score": .double(0.25), "shallow": .bool(true)])
        let section = builder.addNode(labels: ["Section"], properties: ["text": .string("Raft — élection"), "languages": .list([.string("go"), .int(2)])])
        for index in 0..<20 { builder.addNode(labels: ["Concept"], properties: index == 3 ? ["id": .string("raft")] : [:]) }
        builder.addRelationship(from: page, to: section, type: "HAS_SECTION")
        builder.addRelationship(from: section, to: NodeID(5), type: "MENTIONS", properties: ["count": .int(3)])
        return builder.freeze()
    }

    @Test("encoded and read back, the graph dumps the same and answers the same")
    func roundTrip() throws {
        let graph = sample()
        var writer = BinaryWriter()
        graph.encode(into: &writer)
        var reader = BinaryReader(writer.bytes)
        let read = try FrozenGraph(decoding: &reader)
        #expect(reader.isAtEnd)
        #expect(read.dump() == graph.dump())
        #expect(read.nodes(withLabel: "Concept").count == 20)
        #expect(read.property("id", of: NodeID(5)) == .string("raft"))
        #expect(read.outgoing(from: NodeID(1), type: "MENTIONS").map { read.target(of: $0) } == [NodeID(5)])
    }

    @Test("bytes cut short anywhere are malformed, never a graph")
    func truncated() {
        var writer = BinaryWriter()
        sample().encode(into: &writer)
        for length in stride(from: 0, to: writer.bytes.count, by: 7) {
            var reader = BinaryReader(Array(writer.bytes.prefix(length)))
            #expect(throws: BinaryReader.Malformed.self) { try FrozenGraph(decoding: &reader) }
        }
    }
}
