import Foundation
import Testing
@testable import Reports
import SiteImport

/// Reports on imports/ with graph/, compared with golden files beside this test.
/// Re-record after an intended change with `GAPGRAPH_RECORD=1 swift test --filter ReportsTests`.
@Suite("Report golden files")
struct ReportGoldenTests {
    func assertGolden(_ actual: String, _ name: String) throws {
        let compared = try Golden.check(actual, name)
        #expect(compared.actual == compared.expected)
    }

    func importDefault() throws -> ImportResult {
        try ReportFixture.importDefault()
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
