import Cypher
import GraphStore
import Testing

@Test func createWritesToMemoryGraph() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    _ = try engine.run("CREATE (:A {n: 1})-[:T]->(:B)")
    let result = try engine.run("MATCH (a:A)-[:T]->(b) RETURN a.n, labels(b)")
    #expect(result.rows == [[.int(1), .list([.string("B")])]])
}

@Test func frozenGraphRejectsUpdates() {
    let failure = error(of: "CREATE (:X)")
    #expect(failure?.detail == "ReadOnlyGraph")
    #expect(failure?.message.contains("read-only") == true)
}

@Test func deletedNodePropertiesCannotBeRead() {
    let graph = MemoryGraph()
    graph.createNode(labels: [], properties: ["n": .int(0)])
    #expect(error(of: "MATCH (n) DELETE n RETURN n.n", on: graph)?.detail == "DeletedEntityAccess")
}

@Test func mergeCreatesOnlyWhenMissing() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    _ = try engine.run("UNWIND [1, 1, 2] AS i MERGE (:N {i: i})")
    #expect(try engine.run("MATCH (n:N) RETURN n.i").rows == [[.int(1)], [.int(2)]])
}

@Test func foreachCreatesOneNodePerElement() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    _ = try engine.run("FOREACH (i IN [1, 2, 3] | CREATE (:N {i: i}))")
    #expect(try engine.run("MATCH (n:N) RETURN sum(n.i)").rows == [[.int(6)]])
}

@Test func foreachPassesRowsOnAndKeepsItsVariableInside() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    _ = try engine.run("CREATE (:N {v: 1}), (:N {v: 2})")
    let result = try engine.run("MATCH (n:N) FOREACH (x IN [10] | SET n.v = n.v + x) RETURN n.v ORDER BY n.v")
    #expect(result.rows == [[.int(11)], [.int(12)]])
    #expect(error(of: "FOREACH (x IN [1] | CREATE (:N)) RETURN x", on: graph)?.detail == "UndefinedVariable")
}

@Test func foreachRejectsReadingClauses() {
    #expect(error(of: "FOREACH (x IN [1] | MATCH (n) DELETE n)", on: MemoryGraph())?.detail == "InvalidClauseComposition")
}
