import Foundation
import Testing
@testable import SiteImport

/// The real 635-page MkDocs site from ../shared, extracted to a temporary folder.
/// Expected counts were checked by hand against the site (see the import issue's note).
@Suite("Importing the real corpus", .serialized)
struct CorpusImportTests {
    static func extractCorpus() throws -> URL? {
        guard FileManager.default.fileExists(atPath: ProjectPaths.corpusArchive.path) else { return nil }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xJf", ProjectPaths.corpusArchive.path, "-C", directory.path]
        try tar.run()
        tar.waitUntilExit()
        guard tar.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return directory
    }

    @Test("all 635 pages import; 7 laws, 5 pillars, 131 patterns, 91 case studies; broken links counted")
    func corpus() throws {
        guard let site = try Self.extractCorpus() else {
            print("skipped: \(ProjectPaths.corpusArchive.path) is absent")
            return
        }
        defer { try? FileManager.default.removeItem(at: site) }
        let plan = try PlanLoader.load(directory: ProjectPaths.graph)
        let result = try Importer(threads: 2).run(site: site, plan: plan)
        let counts = result.graph.labelCounts
        #expect(result.pageCount == 635)
        #expect(counts["Page"] == 635)
        #expect(counts["Law"] == 7)
        #expect(counts["Pillar"] == 5)
        #expect(counts["Pattern"] == 131)
        #expect(counts["CaseStudy"] == 91)
        #expect(counts["Redirect"] == 35)
        #expect(result.brokenLinks.count == 2084)
        #expect(result.brokenLinks.filter(\.viaMarkdown).count == 1203)
        #expect(result.links.markdownResolved == 261)
        #expect(result.errors.isEmpty)
    }
}
