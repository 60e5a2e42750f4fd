import Cypher
import GraphStore
import Testing

/// Plan choices are invisible in the rows but visible in `intermediateRows`: what the scans
/// and expansions produced on the way.
@Suite("Planning")
struct PlanningTests {
    /// Forty documents, each with a tag of its own; only the last tag is `rare`.
    static func taggedDocuments() -> FrozenGraph {
        var builder = GraphBuilder()
        for index in 0..<40 {
            let document = builder.addNode(labels: ["Doc"], properties: ["n": .int(Int64(index))])
            let tag = builder.addNode(labels: ["Tag"], properties: ["id": .string(index == 39 ? "rare" : "common")])
            builder.addRelationship(from: document, to: tag, type: "HAS")
        }
        return builder.freeze()
    }

    @Test("a pattern starts at the node a property index finds, not at the first labelled one")
    func startsAtTheIndexedNode() throws {
        let result = try run("MATCH (d:Doc)-[:HAS]->(:Tag {id: 'rare'}) RETURN d.n AS n", on: Self.taggedDocuments())
        #expect(result.rows == [[.int(39)]])
        // One tag from the index, one hop back to its document; from the documents it would be 40 + 40.
        #expect(result.intermediateRows == 2)
    }

    @Test("a hop checks its end node's labels before it builds a row for it")
    func endLabelsCheckedInTheHop() throws {
        let result = try run("MATCH (a:Person)-[:KNOWS]->(b:Admin) RETURN a.name AS a, b.name AS b")
        #expect(result.rows == [[.string("Bob"), .string("Cy")]])
        // Three people scanned, one of the two KNOWS hops reaches an Admin.
        #expect(result.intermediateRows == 4)
    }

    @Test("a variable-length hop checks the labels of each trail's end, not of the nodes on the way")
    func variableLengthEndLabels() throws {
        let result = try run("MATCH (:Person {name: 'Ann'})-[:KNOWS*]->(b:Admin) RETURN b.name AS b")
        #expect(result.rows == [[.string("Cy")]])
    }

    @Test("a hop's property map with a value from the row still filters after the hop")
    func rowDependentPropertiesStayFilters() throws {
        let result = try run("MATCH (a:Person)-[r:KNOWS {since: a.age - 11 + 2000}]->(b) RETURN a.name AS a, b.name AS b")
        #expect(result.rows == [[.string("Ann"), .string("Bob")]])
    }

    @Test("one relationship cannot serve two hops of the same type")
    func uniquenessWithinOneType() throws {
        let result = try run("MATCH (a)-[:KNOWS]-(b)-[:KNOWS]-(c) RETURN a.name AS a, c.name AS c ORDER BY a")
        #expect(result.rows == [[.string("Ann"), .string("Cy")], [.string("Cy"), .string("Ann")]])
    }

    @Test("hops of disjoint types skip the uniqueness check and still match both relationships")
    func disjointTypes() throws {
        var builder = GraphBuilder()
        let a = builder.addNode(labels: ["N"], properties: ["name": .string("a")])
        let b = builder.addNode(labels: ["N"], properties: ["name": .string("b")])
        builder.addRelationship(from: a, to: b, type: "A")
        builder.addRelationship(from: a, to: b, type: "B")
        let result = try run("MATCH (x)-[:A]->(y)<-[:B]-(z) RETURN x.name AS x, y.name AS y, z.name AS z", on: builder.freeze())
        #expect(result.rows == [[.string("a"), .string("b"), .string("a")]])
    }

    @Test("a walk after a long trail excludes the trail's relationships, hashed once there are many")
    func longTrailExclusions() throws {
        var builder = GraphBuilder()
        var previous = builder.addNode(labels: ["N"], properties: ["i": .int(0)])
        for index in 1...40 {
            let next = builder.addNode(labels: ["N"], properties: ["i": .int(Int64(index))])
            builder.addRelationship(from: previous, to: next, type: "T")
            previous = next
        }
        let graph = builder.freeze()
        let onwards = try run("MATCH (:N {i: 0})-[:T*35]->(b)-[:T*]->(c) RETURN count(*) AS n", on: graph)
        let back = try run("MATCH (:N {i: 0})-[:T*35]->(b)<-[:T*]-(c) RETURN count(*) AS n", on: graph)
        // Five trails onwards from node 35; going back would reuse the first trail's relationships.
        #expect(onwards.rows == [[.int(5)]])
        #expect(back.rows == [[.int(0)]])
    }

    @Test("a column that is one aggregate reads it directly; the same aggregate twice fills both columns")
    func aggregateColumns() throws {
        let result = try run("MATCH (p:Person) RETURN count(*) AS a, count(*) AS b, count(*) + 1 AS c, max(p.age) AS oldest")
        #expect(result.columns == ["a", "b", "c", "oldest"])
        #expect(result.rows == [[.int(3), .int(3), .int(4), .int(31)]])
    }

    @Test("ORDER BY an aggregate's alias or the aggregate itself sorts the groups alike")
    func orderByAggregate() throws {
        let byAlias = try run("MATCH (p:Person)-[:KNOWS]-(q) RETURN p.name AS name, count(q) AS friends ORDER BY friends DESC, name")
        let byCall = try run("MATCH (p:Person)-[:KNOWS]-(q) RETURN p.name AS name, count(q) AS friends ORDER BY count(q) DESC, name")
        #expect(byAlias.rows == [[.string("Bob"), .int(2)], [.string("Ann"), .int(1)], [.string("Cy"), .int(1)]])
        #expect(byCall.rows == byAlias.rows)
    }
}
