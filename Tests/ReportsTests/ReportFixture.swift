import Analysis
import Foundation
import GraphStore
import Reports
import SiteImport

/// The default site imported with the default plan, and helpers the report and export tests share.
enum ReportFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let site = root.appendingPathComponent("imports")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func importDefault() throws -> ImportResult {
        let plan = try PlanLoader.load(directory: root.appendingPathComponent("graph"))
        return try Importer(threads: 2).run(site: site, plan: plan)
    }

    /// The graph `gapgraph query` and `export` see: the import with the coverage results added.
    static func annotatedGraph() throws -> FrozenGraph {
        let result = try importDefault()
        return CoverageModel(graph: result.graph, plan: result.plan).annotate(result.graph)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every file under a folder by its relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }
}

/// Golden files beside the tests, re-recorded only with `GAPGRAPH_RECORD=1 swift test --filter ReportsTests`.
enum Golden {
    static func check(_ actual: String, _ name: String) throws -> (actual: String, expected: String) {
        let url = ReportFixture.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GAPGRAPH_RECORD"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return (actual, try String(contentsOf: url, encoding: .utf8))
    }
}
