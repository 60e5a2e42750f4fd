import Foundation
import Testing
@testable import SiteImport

@Suite("Walking the site folder")
struct SiteWalkerTests {
    /// A site with a page, a nested page, an asset, and symbolic links of every awkward kind.
    func makeSite() throws -> URL {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("gapgraph-site-\(UUID().uuidString)")
        try manager.createDirectory(at: root.appendingPathComponent("laws/one"), withIntermediateDirectories: true)
        try "<html><body><h1 id=\"a\">A</h1></body></html>".write(to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "<html><body><h1 id=\"l\">Law</h1></body></html>".write(
            to: root.appendingPathComponent("laws/one/index.html"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50]).write(to: root.appendingPathComponent("laws/diagram.png"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("laws/loop").path, withDestinationPath: root.path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("dangling.html").path, withDestinationPath: root.appendingPathComponent("gone.html").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("alias.html").path, withDestinationPath: root.appendingPathComponent("index.html").path)
        return root
    }

    @Test("files are listed sorted, pages apart")
    func listing() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let listing = try SiteWalker().list(root)
        #expect(listing.files == ["alias.html", "index.html", "laws/diagram.png", "laws/one/index.html"])
        #expect(listing.pages == ["alias.html", "index.html", "laws/one/index.html"])
    }

    @Test("links out of the site, link loops and dangling links are skipped with a reason")
    func symbolicLinks() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let skipped = try SiteWalker().list(root).skipped
        #expect(skipped.map(\.path) == ["dangling.html", "etc", "laws/loop"])
        #expect(skipped.map(\.reason) == [
            "a broken symbolic link", "a symbolic link out of the site", "a symbolic link to a folder already read (a loop)",
        ])
    }

    @Test("a missing folder and a file instead of a folder are errors naming the path")
    func notAFolder() throws {
        #expect(throws: ImportError.siteNotFound(path: "/nonexistent/site")) { try SiteWalker().list(URL(fileURLWithPath: "/nonexistent/site")) }
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("index.html")
        #expect(throws: ImportError.siteNotADirectory(path: file.path)) { try SiteWalker().list(file) }
    }
}
