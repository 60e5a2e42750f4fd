import Foundation
import Testing
@testable import SiteHTML

/// Pages built to hurt: huge, absurdly nested, unclosed, with huge attributes, or asking libxml2
/// to expand entities or fetch files. Each is read as far as it can be, in bounded time and
/// memory, and nothing outside the page is read.
@Suite("Hostile pages are read safely")
struct HostileInputTests {
    let extractor = PageExtractor()

    @Test("a 20 MB page is read whole: every section, every word")
    func twentyMegabytes() {
        let section = "<h2 id=\"s\">Replication</h2><p>" + String(repeating: "quorum write ", count: 800) + "</p>"
        let count = 20_000_000 / section.utf8.count + 1
        let bytes = materialPage(article: String(repeating: section, count: count))
        #expect(bytes.count > 20_000_000)
        let page = extractor.extract(path: "big.html", bytes: bytes)
        #expect(page.warnings == [])
        #expect(page.sections.count == count)
        #expect(page.sections.last?.signals.proseWords == 1600)
    }

    /// libxml2 alone stops parsing at 256 levels (unless XML_PARSE_HUGE), silently dropping the
    /// rest of the page; the content walker's own limit skips only what is too deep, and says so.
    @Test("100,000-deep nesting is cut at the depth limit and reported; the rest of the page is kept")
    func hundredThousandDeep() {
        let depth = 100_000
        let article = "<h2 id=\"top\">Top</h2><p>shallow words</p>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<h2 id=\"after\">After</h2><p>after words</p>"
        let page = extractor.extract(path: "deep.html", bytes: materialPage(article: article))
        #expect(page.sections.map(\.heading) == ["Top", "After"])
        #expect(page.sections.map(\.signals.proseWords) == [2, 2])
        #expect(page.warnings == [.tooDeep(limit: 512)])
    }

    @Test("unclosed tags are closed where HTML closes them")
    func unclosed() {
        let article = "<h2 id=\"a\">Alpha<p>first <b>bold <i>both<h2 id=\"b\">Beta<p>second<ul><li>one<li>two"
        let page = extractor.extract(path: "open.html", bytes: materialPage(article: article))
        #expect(page.sections.map(\.heading) == ["Alpha", "Beta"])
        #expect(page.sections.map(\.signals.proseWords) == [3, 3])
    }

    @Test("a 5 MB attribute is read; the page around it is intact")
    func hugeAttribute() {
        let href = "../" + String(repeating: "a", count: 5_000_000) + "/"
        let article = "<h2 id=\"l\">Links</h2><p>see <a href=\"\(href)\">there</a> and <a href=\"../raft/\">raft</a></p>"
        let page = extractor.extract(path: "attr.html", bytes: materialPage(article: article))
        #expect(page.sections.map(\.heading) == ["Links"])
        #expect(page.links.map(\.href.utf8.count) == [href.utf8.count, 8])
    }

    @Test("entities declared in an internal DTD are never expanded (billion laughs)")
    func billionLaughs() {
        var doctype = "<!DOCTYPE html [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let html = doctype + "<html><body><h1 id=\"x\">Laughs</h1><p>&lol9;</p></body></html>"
        let page = extractor.extract(path: "lol.html", bytes: Array(html.utf8))
        #expect(page.sections.map(\.heading) == ["Laughs"])
        #expect(page.sections.first!.text.utf8.count < 100)
        #expect(!page.sections.first!.text.contains("lollol"))
    }

    @Test("external entities and an external DTD are not loaded")
    func externalEntities() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        let dtd = folder.appendingPathComponent("evil.dtd")
        try "<!ENTITY fromdtd \"DTD-WAS-LOADED\">".write(to: dtd, atomically: true, encoding: .utf8)
        let html = """
            <!DOCTYPE html SYSTEM "\(dtd.absoluteString)" [
            <!ENTITY xxe SYSTEM "\(secret.absoluteString)">
            ]>
            <html><body><h1 id="x">Entities</h1><p>a &xxe; b &fromdtd; c</p></body></html>
            """
        let page = extractor.extract(path: folder.appendingPathComponent("page.html").path, bytes: Array(html.utf8))
        let text = page.sections.map(\.text).joined(separator: " ")
        #expect(page.sections.map(\.heading) == ["Entities"])
        #expect(!text.contains("SECRET-CONTENT"))
        #expect(!text.contains("DTD-WAS-LOADED"))
    }
}
