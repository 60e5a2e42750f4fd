import Foundation
import Testing
@testable import Reports
import SiteImport

/// Reports on imports/ with graph/, compared with golden files beside this test.
/// Re-record after an intended change with `GAPGRAPH_RECORD=1 swift test --filter ReportsTests`.
@Suite("Report golden files")
struct ReportGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func assertGolden(_ actual: String, _ name: String) throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["GAPGRAPH_RECORD"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
    }

    func importDefault() throws -> ImportResult {
        let plan = try PlanLoader.load(directory: Self.root.appendingPathComponent("graph"))
        return try Importer(threads: 2).run(site: Self.root.appendingPathComponent("imports"), plan: plan)
    }

    @Test("stats as text")
    func text() throws {
        try assertGolden(StatsReport(importDefault()).text(), "stats-imports.txt")
    }

    @Test("stats as JSON")
    func json() throws {
        try assertGolden(StatsReport(importDefault()).json(), "stats-imports.json")
    }

    @Test("schema as text")
    func schema() throws {
        try assertGolden(SchemaReport(importDefault().graph).text(), "schema-imports.txt")
    }

    @Test("schema as JSON")
    func schemaJSON() throws {
        try assertGolden(SchemaReport(importDefault().graph).json(), "schema-imports.json")
    }
}
