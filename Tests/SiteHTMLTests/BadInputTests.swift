import Testing
@testable import SiteHTML

@Suite("Bad input is imported as far as it can be, with a warning")
struct BadInputTests {
    let extractor = PageExtractor()

    @Test("an empty file is a page without content")
    func empty() {
        let page = extractor.extract(path: "e.html", bytes: [])
        #expect(page.warnings == [.empty])
        #expect(page.sections.isEmpty)
    }

    @Test("a binary file is not parsed")
    func binary() {
        let page = extractor.extract(path: "b.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(page.warnings == [.binary(offset: 8)])
    }

    @Test("a page declared latin-1 is decoded from latin-1")
    func latin1() {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"><title>Caf".utf8)
        bytes += [0xE9]
        bytes += Array("</title></head><body><h1 id=\"t\">Na".utf8) + [0xEF] + Array("ve</h1></body></html>".utf8)
        let page = extractor.extract(path: "l.html", bytes: bytes)
        #expect(page.title == "Café")
        #expect(page.sections.first?.heading == "Naïve")
        #expect(page.warnings == [.notUTF8(declared: "iso-8859-1")])
    }

    @Test("invalid UTF-8 without a declaration is read as Windows-1252 and reported with its offset")
    func invalidUTF8() {
        let bytes = Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" noir</p></body></html>".utf8)
        let page = extractor.extract(path: "u.html", bytes: bytes)
        #expect(page.warnings == [.invalidUTF8(offset: 18, declared: nil)])
        #expect(page.leadText == "Café noir")
    }

    @Test("UTF-16 with a byte order mark is decoded")
    func utf16() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<html><body><h1 id=\"x\">Quorum</h1></body></html>".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let page = extractor.extract(path: "w.html", bytes: bytes)
        #expect(page.warnings == [.utf16])
        #expect(page.sections.first?.heading == "Quorum")
    }

    @Test("absurd nesting is cut at the depth limit and reported")
    func deepNesting() {
        let depth = 5000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = PageExtractor(maxDepth: 100).extract(path: "d.html", bytes: Array(html.utf8))
        #expect(page.warnings.contains(.tooDeep(limit: 100)))
    }

    @Test("truncated markup is recovered")
    func truncated() {
        let page = extractor.extract(path: "t.html", bytes: Array("<html><body><h2 id=\"a\">Alpha</h2><p>Some text that sto".utf8))
        #expect(page.sections.map(\.heading) == ["Alpha"])
        #expect(page.sections.first?.signals.proseWords == 4)
    }
}
