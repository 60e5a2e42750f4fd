import Testing
@testable import SiteHTML

@Suite("Sections and headings")
struct SectionExtractionTests {
    let extractor = PageExtractor()

    @Test("a heading opens a section that runs to the next heading of the same or higher level")
    func nesting() {
        let page = extractor.extract(path: "a/index.html", bytes: materialPage(article: """
            <h2 id="problem">Problem<a class="headerlink" href="#problem" title="Permanent link">&para;</a></h2>
            <p>Nodes must agree on one value.</p>
            <h3 id="why-hard">Why it is hard<a class="headerlink" href="#why-hard">&para;</a></h3>
            <p>Messages are delayed.</p>
            <h4 id="flp">FLP<a class="headerlink" href="#flp">&para;</a></h4>
            <p>No deterministic protocol terminates.</p>
            <h3 id="quorums">Quorums</h3>
            <p>Majorities intersect.</p>
            <h2 id="solution">Solution</h2>
            <p>Use Raft.</p>
            """))
        #expect(page.sections.map(\.heading) == ["Problem", "Why it is hard", "FLP", "Quorums", "Solution"])
        #expect(page.sections.map(\.anchor) == ["problem", "why-hard", "flp", "quorums", "solution"])
        #expect(page.sections.map(\.level) == [2, 3, 4, 3, 2])
        #expect(page.sections.map(\.parent) == [nil, 0, 1, 0, nil])
        #expect(page.sections.map(\.signals.proseWords) == [6, 3, 4, 2, 2])
    }

    @Test("the permalink mark is not part of a heading's text")
    func permalink() {
        let page = extractor.extract(path: "a/index.html", bytes: materialPage(article: """
            <h1 id="cap">CAP Theorem<a class="headerlink" href="#cap" title="Permanent link">¶</a></h1>
            """))
        #expect(page.sections.first?.heading == "CAP Theorem")
        #expect(page.sections.first?.text == "CAP Theorem")
    }

    @Test("content before the first heading is the page's lead")
    func lead() {
        let page = extractor.extract(path: "a/index.html", bytes: materialPage(article: """
            <p>Consensus lets replicas agree.</p>
            <h2 id="more">More</h2><p>Details.</p>
            """))
        #expect(page.lead.proseWords == 4)
        #expect(page.leadText == "Consensus lets replicas agree.")
        #expect(page.sections.count == 1)
    }

    @Test("navigation, header, footer, table of contents, edit buttons and scripts are not content")
    func chromeIsNotContent() {
        let page = extractor.extract(path: "a/index.html", bytes: materialPage(article: "<p>Only these four words.</p>"))
        #expect(page.contentSelector == "article.md-content__inner")
        #expect(page.totalSignals.proseWords == 4)
        #expect(page.links.isEmpty)
    }

    @Test("without the article, main is the content, and without main the body")
    func fallbacks() {
        let withMain = extractor.extract(path: "a.html", bytes: Array("""
            <html><body><nav>Menu</nav><main><h1 id="t">Title</h1><p>Main text here.</p></main></body></html>
            """.utf8))
        #expect(withMain.contentSelector == "main")
        #expect(withMain.sections.map(\.signals.proseWords) == [3])
        let bodyOnly = extractor.extract(path: "b.html", bytes: Array("<html><body><p>Just a body.</p></body></html>".utf8))
        #expect(bodyOnly.contentSelector == "body")
        #expect(bodyOnly.lead.proseWords == 3)
    }
}
