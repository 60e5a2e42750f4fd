import Analysis
import Foundation
import Testing
@testable import Reports
import SiteImport

/// The JSON renderings that `--format json` prints, on imports/ with graph/, compared with
/// golden files. Re-record after an intended change with `GAPGRAPH_RECORD=1 swift test --filter ReportsTests`.
@Suite("JSON report golden files")
struct JSONReportGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let imported: (result: ImportResult, model: CoverageModel)? = {
        guard let plan = try? PlanLoader.load(directory: root.appendingPathComponent("graph")),
              let result = try? Importer(threads: 2).run(site: root.appendingPathComponent("imports"), plan: plan)
        else { return nil }
        return (result, CoverageModel(graph: result.graph, plan: result.plan))
    }()

    func assertGolden(_ actual: String, _ name: String) throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["GAPGRAPH_RECORD"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
        #expect((try? JSONSerialization.jsonObject(with: Data(actual.utf8))) != nil, "\(name) is not valid JSON")
    }

    func fixture() throws -> (result: ImportResult, model: CoverageModel) {
        try #require(Self.imported, "imports/ with graph/ did not import")
    }

    @Test("explain episode as JSON")
    func explainEpisode() throws {
        let (_, model) = try fixture()
        try assertGolden(ExplainReport.episodeJSON(try #require(model.episode(27)), model: model), "explain-episode-27.json")
    }

    @Test("explain concept as JSON")
    func explainConcept() throws {
        let (_, model) = try fixture()
        try assertGolden(ExplainReport.conceptJSON(try #require(model.concept("raft")), model: model), "explain-concept-raft.json")
    }

    @Test("planned versus actual as JSON")
    func summary() throws {
        let (result, model) = try fixture()
        try assertGolden(SummaryReport.json(PlanComparison(model: model, graph: result.graph), model: model), "coverage-summary.json")
    }

    @Test("the main job's summary as JSON")
    func mainJob() throws {
        let (result, model) = try fixture()
        try assertGolden(MainJobReport.json(result, comparison: PlanComparison(model: model, graph: result.graph), model: model), "summary.json")
    }

    @Test("the import's counts and warnings as JSON")
    func importSummary() throws {
        try assertGolden(ImportSummaryReport.json(try fixture().result), "import.json")
    }

    @Test("the pages of one label and the broken links as JSON")
    func lists() throws {
        let result = try fixture().result
        try assertGolden(PageListReport(result, label: "Pattern").json(), "list-pattern.json")
        try assertGolden(BrokenLinksReport(result).json(), "broken-links.json")
    }
}
