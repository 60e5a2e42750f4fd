import Analysis
import Foundation
import Reports
import SiteImport
import Testing

/// No output depends on thread timing: the graph dump (coverage added) and the coverage JSON
/// are the same bytes whatever the number of import threads.
@Suite("Same bytes on 1, 2, 3 and 8 threads", .serialized)
struct ThreadCountDeterminismTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The annotated graph's dump and the coverage JSON of one import.
    func outputs(site: URL, threads: Int) throws -> (dump: String, coverage: String) {
        let plan = try PlanLoader.load(directory: Self.root.appendingPathComponent("graph"))
        let result = try Importer(threads: threads).run(site: site, plan: plan)
        let model = CoverageModel(graph: result.graph, plan: plan)
        return (model.annotate(result.graph).dump(), CoverageReport(model).json())
    }

    @Test("imports/: graph dump and coverage JSON")
    func defaultSite() throws {
        let site = Self.root.appendingPathComponent("imports")
        let single = try outputs(site: site, threads: 1)
        #expect(single.dump.utf8.count > 100_000)
        #expect(single.coverage.contains("\"episode\": 150"))
        for threads in [2, 3, 8] {
            let other = try outputs(site: site, threads: threads)
            #expect(other.dump == single.dump, "graph dump differs on \(threads) threads")
            #expect(other.coverage == single.coverage, "coverage JSON differs on \(threads) threads")
        }
    }

    @Test("the real corpus: 1 thread against 2", .enabled(if: RealCorpus.present, "../shared is absent"))
    func realCorpus() throws {
        let site = try RealCorpus.extract()
        defer { try? FileManager.default.removeItem(at: site) }
        let single = try outputs(site: site, threads: 1)
        let double = try outputs(site: site, threads: 2)
        #expect(single.dump.utf8.count > 10_000_000)
        #expect(double.dump == single.dump)
        #expect(double.coverage == single.coverage)
    }
}

/// ../shared's real 635-page site, extracted to a temporary folder.
enum RealCorpus {
    static let archive = ThreadCountDeterminismTests.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/dstudio-site.tar.xz")
    static let present = FileManager.default.fileExists(atPath: archive.path)

    static func extract() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xJf", archive.path, "-C", site.path]
        try tar.run()
        tar.waitUntilExit()
        guard tar.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return site
    }
}
