import CypherShell
import Foundation
import LineEditing
import Reports
import Testing

/// Entries as a person would type them, and what the shell asked for each.
struct TypedLines: LineSource {
    var entries: [LineRead]
    var historySeen: [[String]] = []

    mutating func read(prompt: String, continuation: String, history: [String], isComplete: (String) -> Bool) -> LineRead {
        historySeen.append(history)
        return entries.isEmpty ? .endOfFile : entries.removeFirst()
    }
}

@Suite("The shell at a terminal")
struct InteractiveShellTests {
    func temporaryHistory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-history-\(UUID().uuidString)")
    }

    func shell(_ entries: [LineRead], history: URL?, style: TextStyle = .plain) -> (InteractiveShell<TypedLines>, () -> (String, String, String)) {
        final class Sink: @unchecked Sendable { var output = "", messages = "", errors = "" }
        let sink = Sink()
        let shell = InteractiveShell(
            session: lawSession(), source: TypedLines(entries: entries), history: ShellHistory(url: history), style: style,
            output: { sink.output += $0 }, messages: { sink.messages += $0 }, error: { sink.errors += $0 })
        return (shell, { (sink.output, sink.messages, sink.errors) })
    }

    @Test("each entry's statements run; results go to output, confirmations to messages, errors in red")
    func run() {
        var (shell, captured) = shell(
            [.line(":format csv"), .line("RETURN 1 AS one; RETURN 2 AS two;"), .interrupted, .line("RETURN nope;")], history: nil,
            style: TextStyle(colour: true))
        shell.run()
        let (output, messages, errors) = captured()
        #expect(output == "one\n1\n\ntwo\n2\n\n")
        #expect(messages == "Rows are now printed as csv.\n")
        #expect(errors.hasPrefix("\u{1B}[31mSyntaxError (UndefinedVariable, compile time)"))
        #expect(errors.hasSuffix("\u{1B}[0m\n\n"))
    }

    @Test("every entry is remembered as soon as it is read, but not blank entries or the :quit")
    func history() throws {
        let url = temporaryHistory()
        defer { try? FileManager.default.removeItem(at: url) }
        var (shell, _) = shell([.line("MATCH (l:Law)\nRETURN l.name;"), .line("   "), .line("// a note"), .line("RETURN 1;"), .line(":quit"),
                                .line("RETURN 'never read';")], history: url)
        shell.run()
        #expect(shell.history.entries == ["MATCH (l:Law)\nRETURN l.name;", "RETURN 1;"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "MATCH (l:Law)\\nRETURN l.name;\nRETURN 1;\n")
    }

    @Test("a new session starts with the history of the last one")
    func acrossSessions() {
        let url = temporaryHistory()
        defer { try? FileManager.default.removeItem(at: url) }
        var (first, _) = shell([.line("RETURN 1;")], history: url)
        first.run()
        var (second, _) = shell([.line("RETURN 2;")], history: url)
        second.run()
        #expect(ShellHistory(url: url).entries == ["RETURN 1;", "RETURN 2;"])
    }
}
