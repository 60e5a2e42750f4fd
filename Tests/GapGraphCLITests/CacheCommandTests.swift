import Foundation
import Testing

@Suite("The import cache on the command line")
struct CacheCommandTests {
    /// A copy of the default site in a temporary folder, and the folder.
    func temporarySite() throws -> (folder: URL, site: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-cli-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("imports"), to: site)
        return (folder, site)
    }

    @Test("by default the cache is .gapgraph/ beside the site, and the second import says it came from there")
    func defaultFolder() throws {
        let (folder, site) = try temporarySite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unset: [String: String?] = ["GAPGRAPH_CACHE": nil]
        let first = try CommandRunner.run(["import", "--site", site.path], environment: unset)
        #expect(first.status == 0)
        #expect(!first.standardOutput.contains("from the cache"))
        let cacheFolder = folder.appendingPathComponent(".gapgraph")
        #expect(FileManager.default.fileExists(atPath: cacheFolder.path))
        let second = try CommandRunner.run(["import", "--site", site.path], environment: unset)
        #expect(second.status == 0)
        #expect(second.standardOutput.contains("(unchanged since the last import: from the cache)"))
        #expect(second.standardError.isEmpty)
    }

    @Test("--cache names the folder; --no-cache leaves it untouched")
    func explicitFolder() throws {
        let (folder, site) = try temporarySite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("elsewhere")
        #expect(try CommandRunner.run(["import", "--site", site.path, "--no-cache"], environment: ["GAPGRAPH_CACHE": cache.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        #expect(try CommandRunner.run(["import", "--site", site.path, "--cache", cache.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cache.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".gapgraph").path))
        let edited = site.appendingPathComponent("glossary/index.html")
        try (try String(contentsOf: edited, encoding: .utf8)).replacingOccurrences(of: "</article>", with: "<p>One more line.</p></article>")
            .write(to: edited, atomically: true, encoding: .utf8)
        let again = try CommandRunner.run(["import", "--site", site.path, "--cache", cache.path])
        #expect(again.standardOutput.contains("(parsed 1 of 35 pages, the rest from the cache)"))
    }

    @Test("--cache and --no-cache together are an error that says so")
    func exclusive() throws {
        let outcome = try CommandRunner.run(["import", "--cache", "/tmp/x", "--no-cache"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--cache and --no-cache exclude each other"))
    }

    @Test("a damaged cache is a warning on standard error, and the import succeeds")
    func damaged() throws {
        let (folder, site) = try temporarySite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        #expect(try CommandRunner.run(["import", "--site", site.path, "--cache", cache.path]).status == 0)
        let siteFolder = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("site-") })
        let result = cache.appendingPathComponent(siteFolder).appendingPathComponent("result.cache")
        try Data("garbage".utf8).write(to: result)
        let outcome = try CommandRunner.run(["import", "--site", site.path, "--cache", cache.path])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains("warning: \(result.path): ignored because it is not a GapGraph cache file"))
        #expect(outcome.standardOutput.contains("Imported 35 pages"))
    }
}
