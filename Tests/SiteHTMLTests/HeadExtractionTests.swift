import Testing
@testable import SiteHTML

@Suite("Head metadata")
struct HeadExtractionTests {
    let extractor = PageExtractor()

    @Test("title, description and canonical link come from the head")
    func metadata() {
        let page = extractor.extract(path: "p/index.html", bytes: materialPage(
            title: "Raft - Compendium",
            head: """
                <meta name="description" content="How  Raft elects a leader.">
                <link rel="canonical" href="https://example.org/p/">
                """,
            article: "<h1 id=\"raft\">Raft</h1>"))
        #expect(page.title == "Raft - Compendium")
        #expect(page.description == "How Raft elects a leader.")
        #expect(page.canonical == "https://example.org/p/")
        #expect(page.redirect == nil)
    }

    @Test("a meta refresh marks a redirect stub and gives its target")
    func redirect() {
        let page = extractor.extract(path: "old/index.html", bytes: Array("""
            <!doctype html><html><head><meta charset="utf-8"><title>Redirecting...</title>
            <link rel="canonical" href="../new/"><meta http-equiv="refresh" content="0; url=../new/">
            <script>window.location.replace("../new/")</script></head>
            <body>Redirecting to <a href="../new/">../new/</a>...</body></html>
            """.utf8))
        #expect(page.redirect == "../new/")
        #expect(page.canonical == "../new/")
    }

    @Test("a meta refresh inside the content marks a redirect too")
    func redirectInContent() {
        let page = extractor.extract(path: "old/index.html", bytes: materialPage(article: """
            <h1 id="moved">Moved</h1><meta http-equiv="refresh" content="0; url=../../new/"><p>This page has moved.</p>
            """))
        #expect(page.redirect == "../../new/")
    }
}
