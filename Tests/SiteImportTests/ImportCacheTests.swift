import Foundation
import Testing
@testable import SiteImport

/// The default site and the project's plan copied to a temporary folder, with a cache beside
/// them, so that tests can change pages, plan files and cache files.
struct CacheFixture {
    let folder: URL
    var site: URL { folder.appendingPathComponent("site") }
    var plan: URL { folder.appendingPathComponent("plan") }
    var cache: ImportCache { ImportCache(root: folder.appendingPathComponent("cache")) }
    var siteCache: URL { cache.folder(forSite: site) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ProjectPaths.imports, to: site)
        try FileManager.default.copyItem(at: ProjectPaths.graph, to: plan)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// An import through the cache.
    func cachedImport() throws -> ImportResult {
        try Importer(threads: 2).run(site: site, plan: try cache.loadPlan(directory: plan), cache: cache)
    }

    /// The graph an import without any cache gives, for comparison.
    func coldDump() throws -> String {
        try Importer(threads: 2).run(site: site, plan: try PlanLoader.load(directory: plan)).graph.dump()
    }

    func edit(_ relativePath: String, in base: URL, _ change: (String) -> String) throws {
        let url = base.appendingPathComponent(relativePath)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }
}

@Suite("The import cache", .serialized)
struct ImportCacheTests {
    @Test("an unchanged site is imported from the cache, with the same graph, and nothing parsed")
    func unchanged() throws {
        let fixture = try CacheFixture()
        defer { fixture.remove() }
        let first = try fixture.cachedImport()
        #expect(first.cache?.reusedResult == false)
        #expect(first.parsedPages == 35)
        let second = try fixture.cachedImport()
        #expect(second.cache?.reusedResult == true)
        #expect(second.cache?.warnings == [])
        #expect(second.parsedPages == 0)
        #expect(second.pageCount == 35)
        #expect(second.graph.dump() == first.graph.dump())
        #expect(second.graph.dump() == (try fixture.coldDump()))
        #expect(second.warnings.map(\.description) == first.warnings.map(\.description))
        #expect(second.brokenLinks == first.brokenLinks)
        #expect(second.links == first.links)
        #expect(second.kinds == first.kinds)
    }

    @Test("one changed page is the only page parsed again, and the graph is the one a cold import gives")
    func oneChangedPage() throws {
        let fixture = try CacheFixture()
        defer { fixture.remove() }
        _ = try fixture.cachedImport()
        try fixture.edit("pattern-library/coordination/consensus/index.html", in: fixture.site) {
            $0.replacingOccurrences(of: "</article>", with: "<h2 id=\"added\">Added</h2><p>Raft and Paxos again.</p></article>")
        }
        let result = try fixture.cachedImport()
        #expect(result.cache?.reusedResult == false)
        #expect(result.parsedPages == 1)
        #expect(result.graph.dump() == (try fixture.coldDump()))
        #expect(result.graph.dump().contains("heading: 'Added'"))
        #expect(try fixture.cachedImport().cache?.reusedResult == true)
    }

    @Test("a page added is the only page parsed, a page removed parses none, and the graph is a cold import's")
    func addedAndRemovedPages() throws {
        let fixture = try CacheFixture()
        defer { fixture.remove() }
        let before = try fixture.cachedImport()
        try FileManager.default.createDirectory(at: fixture.site.appendingPathComponent("new-page"), withIntermediateDirectories: true)
        try "<html><head><title>New</title></head><body><article class=\"md-content__inner\"><h1>New</h1><p>Words.</p></article></body></html>"
            .write(to: fixture.site.appendingPathComponent("new-page/index.html"), atomically: true, encoding: .utf8)
        let added = try fixture.cachedImport()
        #expect(added.parsedPages == 1)
        #expect(added.pageCount == before.pageCount + 1)
        #expect(added.graph.dump() == (try fixture.coldDump()))
        try FileManager.default.removeItem(at: fixture.site.appendingPathComponent("glossary/index.html"))
        let removed = try fixture.cachedImport()
        #expect(removed.parsedPages == 0)
        #expect(removed.pageCount == before.pageCount)
        #expect(removed.graph.dump() == (try fixture.coldDump()))
    }

    @Test("a plan change rebuilds the graph from the cached pages; a change to the content rules parses every page")
    func planChanges() throws {
        let fixture = try CacheFixture()
        defer { fixture.remove() }
        _ = try fixture.cachedImport()
        try fixture.edit("episodes.yaml", in: fixture.plan) { $0.replacingOccurrences(of: "title: ", with: "title: Renamed ") }
        let retitled = try fixture.cachedImport()
        #expect(retitled.cache?.reusedResult == false)
        #expect(retitled.parsedPages == 0)
        #expect(retitled.graph.dump() == (try fixture.coldDump()))
        #expect(retitled.plan.episodes.allSatisfy { $0.title.hasPrefix("Renamed ") })

        try fixture.edit("site.yaml", in: fixture.plan) { $0.replacingOccurrences(of: "    - \"svg\"", with: "    - \"svg\"\n    - \"table\"") }
        let reruled = try fixture.cachedImport()
        #expect(reruled.parsedPages == 35)
        #expect(reruled.graph.dump() == (try fixture.coldDump()))
    }

    enum Damage: String, CaseIterable, Sendable {
        case foreign, truncated, corrupt, otherVersion

        func apply(_ bytes: [UInt8]) -> [UInt8] {
            var copy = bytes
            switch self {
            case .foreign: return Array("<html>not a cache</html>".utf8)
            case .truncated: return Array(bytes.prefix(bytes.count / 2))
            case .corrupt: copy[copy.count - 10] ^= 0xFF
            case .otherVersion: copy[15] = 99
            }
            return copy
        }

        var reason: String {
            switch self {
            case .foreign: return "it is not a GapGraph cache file"
            case .truncated: return "it is truncated"
            case .corrupt: return "its checksum does not match"
            case .otherVersion: return "it was written in cache format 99"
            }
        }
    }

    @Test("a damaged cache file is reported, not used, and rebuilt", arguments: Damage.allCases)
    func damaged(damage: Damage) throws {
        for name in [ResultCache.fileName, PageCache.fileName, "plan"] {
            let fixture = try CacheFixture()
            defer { fixture.remove() }
            let clean = try fixture.cachedImport()
            let url = name == "plan" ? try planCacheFile(fixture) : fixture.siteCache.appendingPathComponent(name)
            try Data(damage.apply([UInt8](try Data(contentsOf: url)))).write(to: url)
            // The page cache is read only when the result cannot be reused.
            if name == PageCache.fileName { try FileManager.default.removeItem(at: fixture.siteCache.appendingPathComponent(ResultCache.fileName)) }
            let result = try fixture.cachedImport()
            let warnings = result.cache?.warnings ?? []
            #expect(warnings.count == 1, "\(damage) \(name): \(warnings)")
            #expect(warnings.first?.hasPrefix("\(url.path): ignored because \(damage.reason)") == true, "\(warnings)")
            #expect(result.parsedPages == (name == PageCache.fileName ? 35 : 0))
            #expect(result.graph.dump() == clean.graph.dump())
            let again = try fixture.cachedImport()
            #expect(again.cache?.warnings == [])
            #expect(again.cache?.reusedResult == true)
        }
    }

    @Test("a cache that cannot be written is a warning, and the import succeeds")
    func unwritable() throws {
        let fixture = try CacheFixture()
        defer { fixture.remove() }
        try "a file where the cache folder would be".write(to: fixture.cache.root, atomically: true, encoding: .utf8)
        let result = try fixture.cachedImport()
        #expect(result.pageCount == 35)
        #expect(result.cache?.warnings.isEmpty == false)
        #expect(result.cache?.warnings.allSatisfy { $0.contains("the cache could not be written") } == true)
    }

    @Test("a page is trusted by its stat only when it was not modified just before the import that recorded it")
    func racyPages() throws {
        let fixture = try CacheFixture()
        defer { fixture.remove() }
        let listing = try SiteWalker().list(fixture.site)
        let stat = listing.pageStats[0]
        let path = listing.pages[0]
        let hashes = listing.pages.map { _ in UInt64(7) }
        let payload = ResultCache.payload(
            key: 1, startedAt: max(stat.modified, stat.changed) + 1_000_000_000, listing: listing, hashes: hashes,
            result: try Importer().run(site: fixture.site, plan: try PlanLoader.load(directory: fixture.plan)))
        try FileManager.default.createDirectory(at: fixture.siteCache, withIntermediateDirectories: true)
        try CacheFile.write(payload, kind: .result, to: fixture.siteCache.appendingPathComponent(ResultCache.fileName))
        var warnings: [String] = []
        let recorded = try #require(ResultCache.read(from: fixture.siteCache, warnings: &warnings))
        #expect(recorded.trustedHash(of: path, stat: stat, racyWindow: 2_000_000_000) == nil)
        #expect(recorded.trustedHash(of: path, stat: stat, racyWindow: 500_000_000) == 7)
        var touched = stat
        touched.changed += 1
        #expect(recorded.trustedHash(of: path, stat: touched, racyWindow: 500_000_000) == nil)
        #expect(recorded.trustedHash(of: "no/such/page.html", stat: stat, racyWindow: 0) == nil)
    }

    private func planCacheFile(_ fixture: CacheFixture) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.cache.root.path).filter { $0.hasPrefix("plan-") }
        return fixture.cache.root.appendingPathComponent(try #require(names.first))
    }
}
