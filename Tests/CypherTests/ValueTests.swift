import Cypher
import Testing

@Test func parameterParserReadsCypherLiterals() throws {
    #expect(try ParameterParser.parse("[1, -2.5, 'a\\'b', null, {k: true}]")
        == .list([.int(1), .float(-2.5), .string("a'b"), .null, .map(["k": .bool(true)])]))
}

@Test func parameterParserRejectsVariables() {
    #expect(throws: QueryError.self) { try ParameterParser.parse("x + 1") }
}

@Test func equivalenceTreatsNullAndNaNAsSelfEqual() {
    #expect(CypherValue.null == .null)
    #expect(CypherValue.float(.nan) == .float(.nan))
    #expect(CypherValue.int(1) == .float(1))
}

@Test func orderingSortsAcrossTypes() throws {
    let result = try run("UNWIND [1, 'a', null, true, [2], {k: 1}, 0.5] AS x RETURN x ORDER BY x")
    #expect(result.rows.map(\.[0]) == [.map(["k": .int(1)]), .list([.int(2)]), .string("a"), .bool(true), .float(0.5), .int(1), .null])
}
