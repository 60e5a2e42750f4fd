import Cypher
import GraphStore
import Testing

/// `test.echo(in :: INTEGER?) :: (out :: INTEGER?, twice :: INTEGER?)`: one row per call.
private let echo = Procedure(
    name: "test.echo", inputs: [.init(name: "in", type: "INTEGER?")],
    outputs: [.init(name: "out", type: "INTEGER?"), .init(name: "twice", type: "INTEGER?")]
) { arguments in
    guard case .int(let value) = arguments[0] else { return [[.null, .null]] }
    return [[.int(value), .int(value * 2)]]
}

private func call(_ query: String, parameters: [String: CypherValue] = [:]) throws(QueryError) -> QueryResult {
    try QueryEngine(graph: socialGraph(), procedures: [echo]).run(query, parameters: parameters)
}

private func callError(_ query: String) -> QueryError? {
    do {
        _ = try call(query)
        return nil
    } catch {
        return error
    }
}

@Test func standaloneCallReturnsEveryOutput() throws {
    let result = try call("CALL test.echo(21)")
    #expect(result.columns == ["out", "twice"])
    #expect(result.rows == [[.int(21), .int(42)]])
}

@Test func standaloneCallWithoutParenthesesReadsParameters() throws {
    #expect(try call("CALL test.echo", parameters: ["in": .int(2)]).rows == [[.int(2), .int(4)]])
}

@Test func inQueryCallYieldsRenamedOutputsPerRow() throws {
    let result = try call("UNWIND [1, 2] AS x CALL test.echo(x) YIELD twice AS t RETURN x, t")
    #expect(result.rows == [[.int(1), .int(2)], [.int(2), .int(4)]])
}

@Test func yieldWhereFiltersProcedureRows() throws {
    let result = try call("UNWIND [1, 2, 3] AS x CALL test.echo(x) YIELD twice WHERE twice > 2 RETURN x")
    #expect(result.rows == [[.int(2)], [.int(3)]])
}

@Test func unknownProcedureIsProcedureError() {
    let failure = callError("CALL test.missing()")
    #expect(failure?.kind == .procedureError)
    #expect(failure?.detail == "ProcedureNotFound")
}

@Test func wrongArgumentCountIsRejected() {
    #expect(callError("CALL test.echo(1, 2)")?.detail == "InvalidNumberOfArguments")
}

@Test func evidentlyWrongArgumentTypeIsRejected() {
    #expect(callError("CALL test.echo('one')")?.detail == "InvalidArgumentType")
}

@Test func yieldStarInsideLargerQueryIsRejected() {
    #expect(callError("CALL test.echo(1) YIELD * RETURN out")?.detail == "UnexpectedSyntax")
}

@Test func implicitArgumentsInsideLargerQueryAreRejected() {
    #expect(callError("CALL test.echo YIELD out RETURN out")?.detail == "InvalidArgumentPassingMode")
}

@Test func yieldingOverBoundVariableIsRejected() {
    #expect(callError("WITH 1 AS out CALL test.echo(1) YIELD out RETURN out")?.detail == "VariableAlreadyBound")
}
