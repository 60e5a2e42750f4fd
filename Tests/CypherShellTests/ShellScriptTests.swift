import CypherShell
import Testing

@Suite("The shell reading a script")
struct ShellScriptTests {
    func run(_ text: String) -> (output: String, errors: String, failures: Int) {
        var output = ""
        var errors = ""
        var script = ShellScript(session: lawSession(), output: { output += $0 }, error: { errors += $0 })
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var next = 0
        let failures = script.run {
            defer { next += 1 }
            return next < lines.count ? lines[next] : nil
        }
        return (output, errors, failures)
    }

    @Test("statements run in order, each printing its rows; confirmations are not printed")
    func statements() {
        let result = run("""
            MATCH (l:Law)
            RETURN count(l) AS laws;
            :format csv
            MATCH (l:Law) RETURN l.words AS words ORDER BY words DESC; RETURN 'a;b' AS text
            """)
        #expect(result.output == "+------+\n| laws |\n+------+\n| 3    |\n+------+\n1 row\nwords\n2210\n1875\n1490\ntext\na;b\n")
        #expect(result.errors.isEmpty)
        #expect(result.failures == 0)
    }

    @Test("a failing statement or command is reported with its place, and the script goes on")
    func failures() {
        let result = run("""
            RETURN 1 AS one;
            :format yaml
            MATCH (p:Pattern RETURN p;
            RETURN 2 AS two;
            """)
        #expect(result.failures == 2)
        #expect(result.output.contains("| one |") && result.output.contains("| two |"))
        #expect(result.errors == """
            line 2: 'yaml' is not a format; :format takes table, json or csv
            SyntaxError (UnexpectedSyntax, compile time): unexpected 'RETURN'
              MATCH (p:Pattern RETURN p
                               ^
            at line 3, column 18
            expected ')'

            """)
    }

    @Test(":quit ends the script; nothing after it runs")
    func quit() {
        let result = run("RETURN 1 AS one;\n:quit\nRETURN nope;\n")
        #expect(result.failures == 0)
        #expect(result.errors.isEmpty)
        #expect(!result.output.contains("nope"))
    }
}
