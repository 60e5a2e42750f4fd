import Foundation
import Testing
@testable import SiteImport

/// A site folder built to make the importer read what it must not: files outside the site
/// through symbolic links and links, loops, and files that cannot be read.
@Suite("Hostile site folders")
struct HostileSiteTests {
    let plan: Plan
    let planFolder: TemporaryPlan

    init() throws {
        planFolder = try ProjectPaths.testPlanWithSiteRules()
        plan = try PlanLoader.load(directory: planFolder.url)
    }

    /// One page linking out of the site in every way, beside symbolic links out and in loops.
    func makeSite() throws -> URL {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("gapgraph-hostile-\(UUID().uuidString)")
        try manager.createDirectory(at: root.appendingPathComponent("guide"), withIntermediateDirectories: true)
        let page = """
            <html><head><title>Guide</title></head><body><article class="md-content__inner">
            <h1 id="guide">Guide</h1>
            <p><a href="../../../../etc/passwd">up and out</a> <a href="/etc/passwd">from the root</a>
            <a href="file:///etc/passwd">a file URL</a> <a href="../../../../../../../../../../../../../../etc/shadow">far up</a></p>
            </article></body></html>
            """
        try page.write(to: root.appendingPathComponent("guide/index.html"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("passwd.html").path, withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("up.html").path, withDestinationPath: "../../../../etc/hostname")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("loop-a.html").path, withDestinationPath: "loop-b.html")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("loop-b.html").path, withDestinationPath: "loop-a.html")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("guide/again").path, withDestinationPath: "..")
        return root
    }

    @Test("symbolic links out of the site and in loops are skipped with a reason; only the real page is read")
    func symbolicLinks() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Importer(threads: 2).run(site: root, plan: plan)
        #expect(result.pageCount == 1)
        #expect(result.warnings.map(\.description) == [
            "guide/again: skipped: a symbolic link to a folder already read (a loop)",
            "loop-a.html: skipped: a broken symbolic link",
            "loop-b.html: skipped: a broken symbolic link",
            "passwd.html: skipped: a symbolic link out of the site",
            "up.html: skipped: a symbolic link out of the site",
        ])
        #expect(!result.graph.dump().contains("root:x:0:0"))
    }

    @Test("links to ../../../../etc/passwd and the like are never followed: out of the site, broken or external")
    func linksOut() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Importer(threads: 1).run(site: root, plan: plan)
        #expect(result.links.outsideSite == 2)
        #expect(result.links.external == 1)
        #expect(result.brokenLinks.map(\.href) == ["../../../../etc/passwd", "/etc/passwd", "../../../../../../../../../../../../../../etc/shadow"])
        #expect(result.brokenLinks.map(\.resolved) == [nil, "etc/passwd", nil])
    }

    @Test("a page replaced by a folder after listing is an error naming it; the rest is imported")
    func replacedByFolder() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        var listing = try SiteWalker().list(root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("later.html"), withIntermediateDirectories: false)
        listing.pages = ["guide/index.html", "later.html"]
        let result = Importer(threads: 2).run(listing, plan: plan)
        #expect(result.pageCount == 2)
        #expect(result.errors.map(\.description) == ["later.html: cannot be read: it is now a folder, not a file"])
    }

    /// As root (CI), permissions do not stop reading, hence the folder case above.
    @Test("a page without read permission is an error naming it", .enabled(if: getuid() != 0, "running as root, which reads any file"))
    func noPermission() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("guide/index.html")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: page.path)
        let result = try Importer(threads: 1).run(site: root, plan: plan)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.description.hasPrefix("guide/index.html: cannot be read:") == true)
    }
}
