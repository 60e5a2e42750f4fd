import Foundation
import Testing
@testable import SiteHTML
@testable import SiteImport

/// Parsing only the head and the content element, on real pages: the default site and the
/// 635-page corpus give, page for page, what parsing every file whole gives.
@Suite("Parsing only the content element, on real sites", .serialized)
struct ContentSliceCorpusTests {
    /// Every page's extraction both ways, and how many pages were sliced.
    static func compare(site: URL) throws -> (pages: Int, sliced: Int, different: [String]) {
        let plan = try PlanLoader.load(directory: ProjectPaths.graph)
        let sliced = PageExtractor(rules: plan.site.content)
        let whole = PageExtractor(rules: plan.site.content, slicesContent: false)
        let pages = try SiteWalker().list(site).pages
        var slicedCount = 0
        var different: [String] = []
        for path in pages {
            let bytes = try [UInt8](Data(contentsOf: site.appendingPathComponent(path)))
            if sliced.contentSlice(bytes) != nil { slicedCount += 1 }
            if sliced.extract(path: path, bytes: bytes) != whole.extract(path: path, bytes: bytes) { different.append(path) }
        }
        return (pages.count, slicedCount, different)
    }

    @Test("the default site: every page but the redirect stub sliced, every page the same")
    func defaultSite() throws {
        let outcome = try Self.compare(site: ProjectPaths.imports)
        #expect(outcome.pages == 35)
        #expect(outcome.sliced == 34)
        #expect(outcome.different == [])
    }

    @Test("the real corpus: all but 7 pages sliced (those have stray end tags in the article), every page the same")
    func corpus() throws {
        guard let site = try CorpusImportTests.extractCorpus() else {
            print("skipped: \(ProjectPaths.corpusArchive.path) is absent")
            return
        }
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try Self.compare(site: site)
        #expect(outcome.pages == 635)
        #expect(outcome.sliced == 628)
        #expect(outcome.different == [])
    }
}
