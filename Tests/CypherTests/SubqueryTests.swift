import Cypher
import GraphStore
import Testing

@Test func subqueryRunsOncePerRowWithImportedVariable() throws {
    let result = try run("UNWIND [1, 2] AS x CALL { WITH x UNWIND range(1, x) AS y RETURN count(y) AS c } RETURN x, c")
    #expect(result.rows == [[.int(1), .int(1)], [.int(2), .int(2)]])
}

@Test func subqueryWithoutImportDoesNotSeeOuterVariables() {
    #expect(error(of: "WITH 1 AS x CALL { RETURN x AS y } RETURN y")?.detail == "UndefinedVariable")
}

@Test func subqueryUnionConcatenatesRowsPerOuterRow() throws {
    let result = try run("WITH 5 AS x CALL { WITH x RETURN x AS v UNION ALL WITH x RETURN x + 1 AS v } RETURN v")
    #expect(result.rows == [[.int(5)], [.int(6)]])
}

@Test func subqueryReturningBoundNameIsRejected() {
    #expect(error(of: "WITH 1 AS x CALL { RETURN 2 AS x } RETURN x")?.detail == "VariableAlreadyBound")
}

@Test func unitSubqueryUpdatesAndPassesRowsOn() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    let result = try engine.run("UNWIND [1, 2] AS x CALL { WITH x CREATE (:N {x: x}) } RETURN x")
    #expect(result.rows == [[.int(1)], [.int(2)]])
    #expect(try engine.run("MATCH (n:N) RETURN count(n)").rows == [[.int(2)]])
}

@Test func readOnlySubqueryMustReturn() {
    #expect(error(of: "CALL { MATCH (n) } RETURN 1")?.detail == "InvalidClauseComposition")
}
