import Testing

@Suite("gapgraph query limits")
struct QueryLimitOptionTests {
    @Test("--max-memory stops a query that would hold more, with an exit code of 1")
    func maxMemory() throws {
        let outcome = try CommandRunner.run(["query", "--max-memory", "1", "UNWIND range(1, 100000) AS x RETURN x ORDER BY x DESC"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError.contains("LimitExceeded (MemoryLimit, runtime): the query would hold more than 1 MiB of rows and values"))
    }

    @Test("--max-memory must be positive")
    func positive() throws {
        let outcome = try CommandRunner.run(["query", "--max-memory", "0", "RETURN 1"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("--max-memory must be positive, got 0"))
    }
}
