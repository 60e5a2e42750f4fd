import Foundation
import Testing

/// Every planner's query saved in queries/ runs on imports/ with graph/ and prints exactly the
/// rows in SavedQueries/<name>.txt. The small ones were checked against the HTML by hand; re-record
/// after an intended change of the site or the vocabulary with `GAPGRAPH_RECORD=1`.
@Suite("Saved queries")
struct SavedQueryTests {
    static let queries = CommandRunner.packageRoot.appendingPathComponent("queries")
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SavedQueries")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: queries.path)) ?? []
        return files.filter { $0.hasSuffix(".cypher") }.map { String($0.dropLast(".cypher".count)) }.sorted()
    }

    @Test("queries/ holds at least ten saved queries, each starting with a one-line comment")
    func enough() throws {
        #expect(Self.names.count >= 10)
        for name in Self.names {
            let text = try String(contentsOf: Self.queries.appendingPathComponent("\(name).cypher"), encoding: .utf8)
            #expect(text.hasPrefix("// "), "\(name).cypher should start with a comment saying what it asks")
        }
    }

    @Test("a saved query prints its expected rows", arguments: names)
    func rows(name: String) throws {
        let outcome = try CommandRunner.run(["query", "--file", "queries/\(name).cypher"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let file = Self.expected.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["GAPGRAPH_RECORD"] != nil {
            try outcome.standardOutput.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(outcome.standardOutput == (try String(contentsOf: file, encoding: .utf8)))
    }
}
