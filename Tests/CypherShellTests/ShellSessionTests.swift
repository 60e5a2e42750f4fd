import Cypher
import CypherShell
import GraphStore
import Reports
import Testing

@Suite("A shell session")
struct ShellSessionTests {
    static let laws = "MATCH (l:Law) RETURN l.name AS law ORDER BY law"
    let origin = SourcePosition(offset: 0, line: 1, column: 1)

    @Test("a statement's rows come back as the table gapgraph query prints")
    func table() {
        var session = lawSession()
        #expect(session.run(.statement(Self.laws, at: origin)) == .result("""
            +-------------------------------+
            | law                           |
            +-------------------------------+
            | 'Law 1: Correlated Failure'   |
            | 'Law 2: Asynchronous Reality' |
            | 'Law 3: Economic Reality'     |
            +-------------------------------+
            3 rows

            """))
    }

    @Test(":format json changes how the next rows are printed, and says so")
    func format() {
        var session = lawSession()
        #expect(session.run(.command("format json", line: 1)) == .message("Rows are now printed as json.\n"))
        #expect(session.format == .json)
        #expect(session.run(.command("format", line: 2)) == .result("json\n"))
        #expect(session.run(.statement(Self.laws + " LIMIT 2", at: origin))
            == .result("[{\"law\": \"Law 1: Correlated Failure\"},\n {\"law\": \"Law 2: Asynchronous Reality\"}]\n"))
        #expect(session.run(.command("format csv", line: 3)) == .message("Rows are now printed as csv.\n"))
        #expect(session.run(.statement("MATCH (a:Law)-[r:LINKS_TO]->(b) RETURN a.words AS words, r.count AS links ORDER BY words", at: origin))
            == .result("words,links\n1875,1\n2210,2\n"))
    }

    @Test("a failing statement gives the error with a caret, and the session goes on")
    func error() {
        var session = lawSession()
        #expect(session.run(.statement("MATCH (p:Pattern RETURN p", at: origin)) == .failure("""
            SyntaxError (UnexpectedSyntax, compile time): unexpected 'RETURN'
              MATCH (p:Pattern RETURN p
                               ^
            at line 1, column 18
            expected ')'
            """))
        #expect(session.run(.statement("MATCH (l:Law) RETURN count(l) AS laws", at: origin)) == .result("""
            +------+
            | laws |
            +------+
            | 3    |
            +------+
            1 row

            """))
    }

    @Test("an error's line and column are those of the input the statement came from")
    func errorPosition() {
        var session = lawSession()
        let reply = session.run(.statement("RETURN nope", at: SourcePosition(offset: 30, line: 3, column: 5)))
        guard case .failure(let text) = reply else {
            Issue.record("expected a failure, got \(reply)")
            return
        }
        #expect(text.contains("\n      RETURN nope\n             ^\nat line 3, column 12"))
        #expect(text.hasPrefix("SyntaxError (UndefinedVariable, compile time): variable 'nope' is not defined"))
    }

    @Test("the query limits hold in the shell as in gapgraph query")
    func limits() {
        var session = lawSession(limits: QueryLimits(timeout: .seconds(30), maxRows: 2))
        let reply = session.run(.statement(Self.laws, at: origin))
        #expect(reply == .failure("LimitExceeded (RowLimit, runtime): the result has more than 2 rows; add LIMIT or narrow the query"))
    }

    @Test(":schema shows the schema report, as JSON when that is the format")
    func schema() {
        var session = lawSession()
        #expect(session.run(.command("schema", line: 1)) == .result(SchemaReport(lawGraph()).text()))
        _ = session.run(.command("format json", line: 2))
        #expect(session.run(.command("schema", line: 3)) == .result(SchemaReport(lawGraph()).json()))
    }

    @Test(":help lists every command; :quit ends the session; a wrong command fails with the reason")
    func helpAndQuit() {
        var session = lawSession()
        guard case .result(let help) = session.run(.command("help", line: 1)) else {
            Issue.record("no help")
            return
        }
        for (usage, _) in ShellCommand.summaries { #expect(help.contains(usage)) }
        #expect(session.run(.command("quit", line: 2)) == .quit)
        #expect(session.run(.command("frobnicate", line: 3))
            == .failure(":frobnicate is not a command; the commands are :help, :schema, :format table|json|csv and :quit"))
    }
}
