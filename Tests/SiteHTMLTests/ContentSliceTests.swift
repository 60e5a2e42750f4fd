import Testing
@testable import SiteHTML

/// Parsing only the head and the content element must give the page that parsing the whole
/// file gives; where the scanner cannot be sure of that, the page is parsed whole.
@Suite("Parsing only the head and the content element")
struct ContentSliceTests {
    let sliced = PageExtractor()
    let whole = PageExtractor(slicesContent: false)

    func slice(_ bytes: [UInt8]) -> ContentSlice? {
        sliced.contentSlice(bytes)
    }

    func expectSameExtraction(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sliced.extract(path: "p/index.html", bytes: bytes) == whole.extract(path: "p/index.html", bytes: bytes),
                sourceLocation: sourceLocation)
    }

    @Test("a Material page keeps its head and article and leaves out the navigation and the footer")
    func materialPageIsSliced() throws {
        let bytes = materialPage(article: "<h2 id=\"a\">Alpha</h2><p>Some <em>text</em>.</p>")
        let found = try #require(slice(bytes))
        let text = String(decoding: found.bytes(of: bytes), as: UTF8.self)
        #expect(text.hasPrefix("<!doctype html>"))
        #expect(text.contains("<title>Consensus - Compendium</title>"))
        #expect(text.contains("<article class=\"md-content__inner md-typeset\">"))
        #expect(text.hasSuffix("</article>"))
        #expect(!text.contains("Navigation words"))
        #expect(!text.contains("Copyright words"))
        #expect(!text.contains("not content"))
        expectSameExtraction(bytes)
    }

    @Test("an end tag inside the content that would close an element around it means a whole parse")
    func strayEndTag() {
        let bytes = materialPage(article: "<h2 id=\"a\">Alpha</h2><p>before</p></div><p>after</p>")
        #expect(slice(bytes) == nil)
        expectSameExtraction(bytes)
    }

    @Test("a title, meta or link tag outside the head and the content means a whole parse")
    func metadataInTheNavigation() {
        for tag in ["<title>Other</title>", "<meta name=\"description\" content=\"x\">", "<link rel=\"canonical\" href=\"/x/\">"] {
            let html = String(decoding: materialPage(article: "<p>text</p>"), as: UTF8.self)
                .replacingOccurrences(of: "Navigation words", with: "Navigation words \(tag)")
            #expect(slice(Array(html.utf8)) == nil)
            expectSameExtraction(Array(html.utf8))
        }
    }

    @Test("an article tag in a comment or a script is not the content element")
    func hiddenArticleTags() throws {
        let html = String(decoding: materialPage(article: "<h2 id=\"real\">Real</h2><p>real text</p>"), as: UTF8.self)
            .replacingOccurrences(
                of: "<div class=\"md-content\">",
                with: "<!-- <article class=\"md-content__inner\"><h2>Fake</h2></article> --><script>var s = '<article class=\"md-content__inner\">';</script><div class=\"md-content\">")
        let found = try #require(slice(Array(html.utf8)))
        #expect(!String(decoding: found.bytes(of: Array(html.utf8)), as: UTF8.self).contains("Fake"))
        expectSameExtraction(Array(html.utf8))
        #expect(sliced.extract(path: "p/index.html", bytes: Array(html.utf8)).sections.map(\.heading) == ["Real"])
    }

    @Test("elements closed implicitly inside the content give the same page")
    func implicitClosing() {
        let bytes = materialPage(article: """
            <p>first<div class="admonition note"><p>inside</div>
            <ul><li>one<li>two</ul><table><tr><td>a<td>b<tr><td>c</table>
            <p>last
            """)
        #expect(slice(bytes) != nil)
        expectSameExtraction(bytes)
    }

    @Test("an end tag for a paragraph a div already closed is dropped, as the div around the article drops it in the whole page")
    func paragraphClosedByDiv() {
        let bytes = materialPage(article: "<p>first<div class=\"admonition note\">inside</div></p><p>after</p>")
        #expect(slice(bytes) != nil)
        expectSameExtraction(bytes)
    }

    @Test("an end tag that would close a paragraph around the content means a whole parse")
    func paragraphAroundTheContent() {
        let html = String(decoding: materialPage(article: "<p>first<div>inside</div></p>"), as: UTF8.self)
            .replacingOccurrences(of: "<div class=\"md-content\">", with: "<div class=\"md-content\"><p>")
        #expect(slice(Array(html.utf8)) == nil)
        expectSameExtraction(Array(html.utf8))
    }

    @Test("a body opened before the body tag means a whole parse")
    func impliedBody() {
        let html = String(decoding: materialPage(article: "<h2 id=\"a\">Alpha</h2>"), as: UTF8.self)
            .replacingOccurrences(of: "</head>", with: "</head><div>stray</div>")
        // The bytes alone do not tell; the parsed slice does, and the page is parsed again whole.
        #expect(slice(Array(html.utf8)) != nil)
        expectSameExtraction(Array(html.utf8))
        #expect(sliced.extract(path: "p/index.html", bytes: Array(html.utf8)).sections.map(\.heading) == ["Alpha"])
    }

    @Test("a content end tag ignored because of an open div runs the content on, and the page is the same")
    func ignoredContentEndTag() {
        let bytes = materialPage(article: "<div><p>open div</article><p>still inside")
        expectSameExtraction(bytes)
    }

    @Test("nesting deeper than libxml2's own limit gives the same page either way")
    func deepNesting() {
        let article = String(repeating: "<div>", count: 300) + "<h2 id=\"deep\">Deep</h2>deep words" + String(repeating: "</div>", count: 300)
        let bytes = materialPage(article: article)
        #expect(slice(bytes) != nil)
        expectSameExtraction(bytes)
        #expect(sliced.extract(path: "p/index.html", bytes: bytes).sections.map(\.heading) == ["Deep"])
    }

    @Test("no body tag, a NUL byte, an unterminated comment or a processing instruction means a whole parse")
    func unsupportedMarkup() {
        let cases = [
            "<html><head><title>T</title></head><article class=\"md-content__inner\"><p>x</p></article></html>",
            String(decoding: materialPage(article: "<p>x</p>"), as: UTF8.self).replacingOccurrences(of: "Copyright words", with: "Copyright\u{0}words"),
            String(decoding: materialPage(article: "<p>x</p><!-- never closed"), as: UTF8.self),
            String(decoding: materialPage(article: "<p>x</p><?php echo 1; ?>"), as: UTF8.self),
        ]
        for html in cases {
            #expect(slice(Array(html.utf8)) == nil)
            expectSameExtraction(Array(html.utf8))
        }
    }

    @Test("a page without the preferred content element is parsed whole and falls back to main")
    func otherSelectors() {
        let html = "<html><head><title>T</title></head><body><nav>menu</nav><main><h2 id=\"m\">Main</h2><p>words</p></main></body></html>"
        #expect(slice(Array(html.utf8)) == nil)
        #expect(sliced.extract(path: "p.html", bytes: Array(html.utf8)).contentSelector == "main")
    }

    @Test("upper-case tags, unquoted and bogus attributes and self-closed elements are read as libxml2 reads them")
    func markupVariants() {
        let html = """
            <!DOCTYPE html><HTML><HEAD><TITLE>Upper</TITLE></HEAD>
            <BODY class=x><div @click="a > b" data-x=1/><nav>menu <br/> <img src=a.png></nav>
            <ARTICLE CLASS=md-content__inner><H2 ID=up>Up</H2><P>Words <BR> more<span/>text</P></ARTICLE>
            <script>if (a </b) {}</script></BODY></HTML>
            """
        #expect(slice(Array(html.utf8)) != nil)
        expectSameExtraction(Array(html.utf8))
    }
}
