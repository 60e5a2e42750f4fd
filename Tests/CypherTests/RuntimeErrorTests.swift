import Cypher
import GraphStore
import Testing

@Test func rangeWithNonIntegerIsArgumentError() {
    let failure = error(of: "RETURN range(0, 1.5)")
    #expect(failure?.kind == .argumentError)
    #expect(failure?.detail == "InvalidArgumentType")
}

@Test func typeOfNonRelationshipAtRuntimeIsInvalidValue() {
    let failure = error(of: "MATCH ()-[r]->() RETURN [x IN [r, 0] | type(x)] AS types")
    #expect(failure?.kind == .typeError)
    #expect(failure?.detail == "InvalidArgumentValue")
}

@Test func indexingMapWithIntegerReportsNonStringKey() {
    let failure = error(of: "WITH {a: 1} AS m, 0 AS i RETURN m[i]")
    #expect(failure?.detail == "MapElementAccessByNonString")
}

@Test func labelCheckOnRelationshipTestsItsType() throws {
    let result = try run("MATCH ()-[r]->() RETURN r:KNOWS AS known, r:LIKES AS liked LIMIT 1")
    #expect(result.rows == [[.bool(true), .bool(false)]])
}

@Test func deletingPathsSharingNodesDeletesAllRelationshipsFirst() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    _ = try engine.run("CREATE (:U)-[:T]->(:U)-[:T]->(:U)")
    _ = try engine.run("MATCH p = (:U)-[:T]->(:U) WITH collect(p) AS paths DELETE paths[0], paths[1]")
    #expect(try engine.run("MATCH (n) RETURN count(n)").rows == [[.int(0)]])
}
