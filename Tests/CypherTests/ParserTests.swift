import Cypher
import Testing

@Test func syntaxErrorPointsAtOffendingToken() {
    let failure = error(of: "MATCH (n)\nRETURN n.name AS")
    #expect(failure?.kind == .syntaxError)
    #expect(failure?.detail == "UnexpectedSyntax")
    #expect(failure?.position == SourcePosition(offset: 26, line: 2, column: 17))
}

@Test func renderedErrorShowsLineCaretAndExpectation() {
    let query = "MATCH (n)\nRETURN n.name AS"
    let rendered = error(of: query)?.rendered(query: query)
    #expect(
        rendered == """
            SyntaxError (UnexpectedSyntax, compile time): unexpected end of input
              RETURN n.name AS
                              ^
            at line 2, column 17
            expected an alias
            """)
}

@Test func integerLiteralOutOfRangeIsCompileTimeOverflow() {
    let failure = error(of: "RETURN 9223372036854775808")
    #expect(failure?.detail == "IntegerOverflow")
    #expect(failure?.phase == .compileTime)
}

@Test func smallestIntegerLiteralParses() throws {
    #expect(try run("RETURN -9223372036854775808 AS n").rows == [[.int(.min)]])
}

@Test func hexOctalAndFloatLiterals() throws {
    #expect(try run("RETURN 0x1F AS a, 0o17 AS b, .5e1 AS c").rows == [[.int(31), .int(15), .float(5)]])
}

@Test func unicodeDashIsReportedAsInvalidCharacter() {
    #expect(error(of: "RETURN 42 — 41")?.detail == "InvalidUnicodeCharacter")
}

@Test func columnNameIsProjectionTextAsWritten() throws {
    #expect(try run("RETURN cOuNt( * ), 1+2").columns == ["cOuNt( * )", "1+2"])
}
