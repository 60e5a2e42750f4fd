import Analysis
import Foundation
import GraphStore
import SiteImport
import Testing

/// The text index kept in the import's cache: read back it ranks exactly as a freshly built
/// one, and it is used only for the graph it was built from.
@Suite("The text index in the import cache", .serialized)
struct TextIndexCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-index-cache-\(UUID().uuidString)")
    var cache: ImportCache { ImportCache(root: folder.appendingPathComponent("cache")) }

    func importDefault(site: URL = AnalysisFixture.root.appendingPathComponent("imports")) throws -> ImportResult {
        try Importer(threads: 2).run(site: site, plan: try cache.loadPlan(directory: AnalysisFixture.root.appendingPathComponent("graph")), cache: cache)
    }

    func indexFiles() -> [String] {
        let root = folder.appendingPathComponent("cache")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix("text-index.cache") }
    }

    /// Every document's score for queries that reach many and few documents.
    func scores(_ index: TextIndex) -> [[(Int, Float)]] {
        [["consensus": 1, "raft": 2], ["quorum": 1], ["circuit": 1, "breaker": 1, "timeout": 0.5], ["nosuchterm": 1]].map { query in
            index.scores(query).map { ($0.document, $0.score) }
        }
    }

    @Test("built on the first run and stored; read on the next, it scores every document as the built one")
    func roundTrip() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var warnings: [String] = []
        let first = try importDefault()
        let built = TextIndex.cached(for: first, warnings: &warnings)
        #expect(indexFiles().count == 1)
        let second = try importDefault()
        #expect(second.cache?.reusedResult == true)
        let read = TextIndex.cached(for: second, warnings: &warnings)
        #expect(warnings == [])
        let fresh = TextIndex(graph: second.graph)
        #expect(read.pages == fresh.pages)
        #expect(read.documents.map { [$0.page, $0.anchor ?? "", "\($0.node)", "\($0.pageNode)"] }
            == fresh.documents.map { [$0.page, $0.anchor ?? "", "\($0.node)", "\($0.pageNode)"] })
        for (cached, direct) in zip(scores(read), scores(fresh)) {
            #expect(cached.map(\.0) == direct.map(\.0))
            #expect(cached.map(\.1) == direct.map(\.1))
        }
        #expect(scores(built).map { $0.count } == scores(fresh).map { $0.count })
        #expect(scores(fresh)[0].count > 10)
    }

    @Test("a corrupt index file is reported, and the index built again")
    func corrupt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var warnings: [String] = []
        _ = TextIndex.cached(for: try importDefault(), warnings: &warnings)
        let file = folder.appendingPathComponent("cache").appendingPathComponent(try #require(indexFiles().first))
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: file)
        let index = TextIndex.cached(for: try importDefault(), warnings: &warnings)
        #expect(warnings == ["\(file.path): ignored because its checksum does not match (the file is corrupt); it was computed again and the cache rebuilt"])
        #expect(index.documents.count == TextIndex(graph: try importDefault().graph).documents.count)
    }

    @Test("after a page changes, the stored index belongs to another graph and is not used")
    func otherGraph() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: AnalysisFixture.root.appendingPathComponent("imports"), to: site)
        var warnings: [String] = []
        let before = TextIndex.cached(for: try importDefault(site: site), warnings: &warnings)
        #expect(before.scores(["zebracorn": 1]).isEmpty)
        let page = site.appendingPathComponent("pattern-library/coordination/consensus/index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        try html.replacingOccurrences(of: "</article>", with: "<p>zebracorn</p></article>").write(to: page, atomically: true, encoding: .utf8)
        let after = TextIndex.cached(for: try importDefault(site: site), warnings: &warnings)
        #expect(warnings == [])
        #expect(after.scores(["zebracorn": 1]).count == 1)
    }
}
