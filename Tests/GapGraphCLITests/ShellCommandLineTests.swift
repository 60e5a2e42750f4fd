import Foundation
import Testing

/// `gapgraph shell` with statements piped in, as a script would run it.
@Suite("gapgraph shell, reading a pipe")
struct ShellCommandLineTests {
    @Test("piped statements print their rows exactly, with no prompt, banner or colour")
    func piped() throws {
        let outcome = try CommandRunner.run(["shell"], input: """
            // the laws, then how many patterns per category
            MATCH (l:Law)
            RETURN l.name AS law ORDER BY law;
            :format csv
            MATCH (p:Pattern) RETURN p.category AS category, count(*) AS patterns ORDER BY category LIMIT 3;
            :format json
            MATCH (e:Episode {number: 27}) RETURN e.title AS title, e.grade AS grade;

            """, environment: ["TERM": "xterm-256color", "NO_COLOR": nil])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        #expect(outcome.standardOutput == """
            +-------------------------------+
            | law                           |
            +-------------------------------+
            | 'Law 1: Correlated Failure'   |
            | 'Law 2: Asynchronous Reality' |
            | 'Law 3: Economic Reality'     |
            +-------------------------------+
            3 rows
            category,patterns
            coordination,3
            data-management,3
            resilience,3
            [{"grade": "strong", "title": "Raft Consensus"}]

            """)
    }

    @Test("each statement prints what gapgraph query prints for it")
    func sameAsQuery() throws {
        let statement = "MATCH (p:Pattern)-[:HAS_SECTION]->(s:Section) RETURN p.name AS pattern, count(s) AS sections ORDER BY pattern"
        let shell = try CommandRunner.run(["shell", "--format", "json"], input: statement + ";\n")
        let query = try CommandRunner.run(["query", statement, "--format", "json"])
        #expect(shell.standardOutput == query.standardOutput)
        #expect(!shell.standardOutput.isEmpty)
    }

    @Test("a failing statement is reported on stderr with its line, the rest still runs, and the exit code is 1")
    func failure() throws {
        let outcome = try CommandRunner.run(["shell", "--format", "csv"], input: "RETURN 1 AS one;\nMATCH (p:Pattern RETURN p;\nRETURN 2 AS two;\n")
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "one\n1\ntwo\n2\n")
        #expect(outcome.standardError == """
            SyntaxError (UnexpectedSyntax, compile time): unexpected 'RETURN'
              MATCH (p:Pattern RETURN p
                               ^
            at line 2, column 18
            expected ')'

            """)
    }

    @Test("the query limits apply to every statement")
    func limits() throws {
        let outcome = try CommandRunner.run(["shell", "--max-rows", "2"], input: "MATCH (l:Law) RETURN l.name;")
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "LimitExceeded (RowLimit, runtime): the result has more than 2 rows; add LIMIT or narrow the query\n")
    }

    @Test("the gapgraph.related procedures are there, as in gapgraph query")
    func procedures() throws {
        let outcome = try CommandRunner.run(["shell", "--format", "csv"], input: "CALL gapgraph.relatedToEpisode(51, 1) YIELD page RETURN page;")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "page\npattern-library/data-management/lsm-tree/index.html\n")
    }

    @Test("a script's statements are not added to the history")
    func noHistory() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        _ = try CommandRunner.run(["shell"], input: "RETURN 1;", environment: ["XDG_STATE_HOME": state.path])
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("gapgraph/history").path))
    }
}
