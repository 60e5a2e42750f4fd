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
        let raft = try #require(rows.first { $0[0] == "reading-list-for-raft" })
        #expect(raft[1] == "5")
    }
}
