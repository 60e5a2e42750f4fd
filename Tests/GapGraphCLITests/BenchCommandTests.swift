import Foundation
import Testing

@Suite("gapgraph bench")
struct BenchCommandTests {
    /// Timings vary run to run; what must not vary is that every saved query runs, the ones
    /// calling GapGraph's procedures included, with the row count `query` gives.
    @Test("bench --queries times every saved query, those calling gapgraph.related* included")
    func savedQueries() throws {
        let outcome = try CommandRunner.run(["bench", "--queries", "queries", "--iterations", "1"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = outcome.standardOutput.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0[0] } == SavedQueryTests.names)
        #expect(outcome.standardOutput.split(separator: "\n").dropFirst().first?.contains(" rows   touched ") == true)
        let raft = try #require(rows.first { $0[0] == "reading-list-for-raft" })
        // Five rows, and the five the procedure yielded are all it touched.
        #expect(raft[1] == "5")
        #expect(raft[2] == "5")
    }

    @Test("bench --latency adds coverage and related content to the saved queries, in one table")
    func latency() throws {
        let outcome = try CommandRunner.run(["bench", "--latency", "--iterations", "1"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").dropFirst()
        #expect(lines.first?.hasPrefix("  operation ") == true)
        let names = lines.dropFirst().map { String($0.dropFirst(2).prefix(45)).trimmingCharacters(in: .whitespaces) }
        #expect(Array(names.prefix(SavedQueryTests.names.count)) == SavedQueryTests.names)
        #expect(Array(names.suffix(3)) == ["coverage of all 150 episodes", "related content of one episode", "related content of all 150 episodes"])
    }

    @Test("the import benchmark times an import from the cache beside the cold ones, and the cache is reused")
    func importFromCache() throws {
        let outcome = try CommandRunner.run(["bench", "--iterations", "1"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = outcome.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  ") }.dropFirst()
        #expect(rows.map { $0.split(separator: "  ").first.map(String.init) ?? "" }.map { $0.trimmingCharacters(in: .whitespaces) } == [
            "floor: libxml2 parse + walk, 1 thread (files in memory)",
            "import, 1 thread (read, parse, extract, classify, build, freeze)",
            "import, 2 threads",
            "import from the cache, site unchanged (plan included)",
        ])
    }
}
