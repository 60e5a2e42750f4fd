import CypherShell
import Foundation
import Testing

@Suite("The shell's history file")
struct ShellHistoryTests {
    func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-history-\(UUID().uuidString)")
    }

    @Test("multi-line entries and backslashes survive a round trip through the file")
    func roundTrip() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var history = ShellHistory(url: url)
        try history.add("MATCH (p)\nWHERE p.path =~ '.*\\\\n.*'\nRETURN p;")
        #expect(ShellHistory(url: url).entries == ["MATCH (p)\nWHERE p.path =~ '.*\\\\n.*'\nRETURN p;"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "MATCH (p)\\nWHERE p.path =~ '.*\\\\\\\\n.*'\\nRETURN p;\n")
    }

    @Test("an entry that repeats the last is kept once")
    func repeats() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var history = ShellHistory(url: url)
        try history.add("RETURN 1;")
        try history.add("RETURN 1;")
        try history.add("RETURN 2;")
        try history.add("RETURN 1;")
        #expect(history.entries == ["RETURN 1;", "RETURN 2;", "RETURN 1;"])
    }

    @Test("two shells open at once both keep what they were given")
    func twoShells() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var first = ShellHistory(url: url)
        var second = ShellHistory(url: url)
        try first.add("RETURN 'first';")
        try second.add("RETURN 'second';")
        try first.add("RETURN 'first again';")
        #expect(ShellHistory(url: url).entries == ["RETURN 'first';", "RETURN 'second';", "RETURN 'first again';"])
    }

    @Test("only the last thousand entries are kept, and the file is readable by its owner only")
    func limitAndMode() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try (1...1004).map { "RETURN \($0);\n" }.joined().write(to: url, atomically: true, encoding: .utf8)
        var history = ShellHistory(url: url)
        try history.add("RETURN 1005;")
        #expect(history.entries.count == 1000)
        #expect(history.entries.first == "RETURN 6;")
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a history that cannot be written is an error naming the path, and the entries stay for the session")
    func unwritable() throws {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        var history = ShellHistory(url: file.appendingPathComponent("gapgraph").appendingPathComponent("history"))
        #expect(throws: (any Error).self) { try history.add("RETURN 1;") }
        #expect(history.entries == ["RETURN 1;"])
    }

    @Test("the file is under XDG_STATE_HOME when it is set, else in the home folder")
    func location() {
        #expect(ShellHistory.defaultURL(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path == "/s/gapgraph/history")
        #expect(ShellHistory.defaultURL(environment: ["XDG_STATE_HOME": "", "HOME": "/h"])?.path == "/h/.gapgraph_history")
        #expect(ShellHistory.defaultURL(environment: [:]) == nil)
    }
}
