import Testing

@Suite("gapgraph query")
struct QueryCommandTests {
    @Test("a query on the default site prints a table of its rows")
    func table() throws {
        let outcome = try CommandRunner.run(["query", "MATCH (l:Law) RETURN l.name AS law ORDER BY law"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == """
            +-------------------------------+
            | law                           |
            +-------------------------------+
            | 'Law 1: Correlated Failure'   |
            | 'Law 2: Asynchronous Reality' |
            | 'Law 3: Economic Reality'     |
            +-------------------------------+
            3 rows

            """)
    }

    @Test("an invalid query fails with a caret under the offending token")
    func syntaxError() throws {
        let outcome = try CommandRunner.run(["query", "MATCH (p:Pattern RETURN p"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("  MATCH (p:Pattern RETURN p\n                   ^\n"))
        #expect(outcome.standardError.contains("expected ')'"))
    }
}
