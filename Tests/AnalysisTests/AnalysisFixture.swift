import Analysis
import Foundation
import SiteImport

/// imports/ imported with graph/, shared by the coverage tests.
enum AnalysisFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func model() throws -> CoverageModel {
        let plan = try PlanLoader.load(directory: root.appendingPathComponent("graph"))
        let result = try Importer(threads: 2).run(site: root.appendingPathComponent("imports"), plan: plan)
        return CoverageModel(graph: result.graph, plan: plan)
    }
}
