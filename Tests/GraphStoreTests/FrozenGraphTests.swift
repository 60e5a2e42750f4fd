import Testing
@testable import GraphStore

@Suite("The frozen graph")
struct FrozenGraphTests {
    /// A page with two sections, one linking to a concept twice over.
    func sample() -> (FrozenGraph, page: NodeID, first: NodeID, second: NodeID, concept: NodeID) {
        var builder = GraphBuilder()
        let page = builder.addNode(labels: ["Page", "Pattern"], properties: ["path": .string("p/index.html"), "words": .int(120)])
        let first = builder.addNode(labels: ["Section"], properties: ["anchor": .string("problem")])
        let second = builder.addNode(labels: ["Section"], properties: ["anchor": .string("solution")])
        let concept = builder.addNode(labels: ["Concept"], properties: ["id": .string("raft"), "aliases": .list([.string("Raft")])])
        builder.addRelationship(from: page, to: second, type: "HAS_SECTION")
        builder.addRelationship(from: page, to: first, type: "HAS_SECTION")
        builder.addRelationship(from: second, to: concept, type: "MENTIONS", properties: ["count": .int(3)])
        builder.addRelationship(from: first, to: concept, type: "MENTIONS", properties: ["count": .int(1)])
        builder.addLabel("Page", to: page)
        return (builder.freeze(), page, first, second, concept)
    }

    @Test("labels are interned, sorted per node and indexed")
    func labels() {
        let (graph, page, _, _, _) = sample()
        #expect(graph.labelNames(of: page) == ["Page", "Pattern"])
        #expect(graph.nodes(withLabel: "Section") == [NodeID(1), NodeID(2)])
        #expect(graph.labelCounts == ["Page": 1, "Pattern": 1, "Section": 2, "Concept": 1])
    }

    @Test("adjacency runs both ways, ordered by type then the other end")
    func adjacency() {
        let (graph, page, first, second, concept) = sample()
        #expect(graph.outgoing(from: page).map { graph.target(of: $0) } == [first, second])
        #expect(graph.incoming(to: concept).map { graph.source(of: $0) } == [first, second])
        #expect(graph.outgoing(from: second, type: "MENTIONS").map { graph.property("count", of: $0) } == [.int(3)])
        #expect(graph.incoming(to: concept, type: "HAS_SECTION").isEmpty)
    }

    @Test("properties come back by key, absent ones as nil")
    func properties() {
        let (graph, page, _, _, concept) = sample()
        #expect(graph.property("words", of: page) == .int(120))
        #expect(graph.property("anchor", of: page) == nil)
        #expect(graph.properties(of: concept).map(\.key) == ["aliases", "id"])
    }

    @Test("the dump lists every node and relationship in id order")
    func dump() {
        let (graph, _, _, _, _) = sample()
        #expect(graph.dump() == """
            (0:Page:Pattern {path: 'p/index.html', words: 120})
            (1:Section {anchor: 'problem'})
            (2:Section {anchor: 'solution'})
            (3:Concept {aliases: ['Raft'], id: 'raft'})
            (0)-[0:HAS_SECTION {}]->(2)
            (0)-[1:HAS_SECTION {}]->(1)
            (2)-[2:MENTIONS {count: 3}]->(3)
            (1)-[3:MENTIONS {count: 1}]->(3)

            """)
    }

    @Test("a typed expansion returns exactly that type's run among mixed types")
    func typedRuns() {
        var builder = GraphBuilder()
        let hub = builder.addNode(labels: ["Page"])
        let others = (0..<4).map { _ in builder.addNode(labels: ["Section"]) }
        builder.addRelationship(from: hub, to: others[3], type: "LINKS_TO")
        builder.addRelationship(from: hub, to: others[0], type: "HAS_SECTION")
        builder.addRelationship(from: hub, to: others[2], type: "MENTIONS")
        builder.addRelationship(from: hub, to: others[1], type: "LINKS_TO")
        builder.addRelationship(from: others[2], to: hub, type: "LINKS_TO")
        let graph = builder.freeze()
        #expect(graph.outgoing(from: hub, type: "LINKS_TO").map { graph.target(of: $0) } == [others[1], others[3]])
        #expect(graph.outgoing(from: hub, type: "HAS_SECTION").map { graph.target(of: $0) } == [others[0]])
        #expect(graph.outgoing(from: hub, type: "MENTIONS").map { graph.target(of: $0) } == [others[2]])
        #expect(graph.outgoing(from: others[0], type: "LINKS_TO").isEmpty)
        #expect(graph.incoming(to: hub, type: "LINKS_TO").map { graph.source(of: $0) } == [others[2]])
        #expect(graph.outgoing(from: hub, type: "BROADER").isEmpty)
    }
}
