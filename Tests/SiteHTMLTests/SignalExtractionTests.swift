import Testing
@testable import SiteHTML

@Suite("Content signals")
struct SignalExtractionTests {
    let extractor = PageExtractor()

    func signals(_ article: String) -> ContentSignals {
        extractor.extract(path: "p/index.html", bytes: materialPage(article: "<h2 id=\"s\">S</h2>" + article)).sections[0].signals
    }

    @Test("code blocks count with their lines and language, apart from prose")
    func codeBlocks() {
        let result = signals("""
            <p>Two words.</p>
            <div class="language-python highlight"><pre><span></span><code><span class="k">def</span> propose(value):
                return quorum.accept(value)
            </code></pre></div>
            <div class="language-go highlight"><pre><span></span><code>func main() {}</code></pre></div>
            <pre><code>plain block</code></pre>
            """)
        #expect(result.codeBlocks == 3)
        #expect(result.codeLines == 4)
        #expect(result.codeLanguages == ["python": 1, "go": 1])
        #expect(result.proseWords == 2)
    }

    @Test("mermaid diagrams are counted apart from code and prose")
    func mermaid() {
        let result = signals("""
            <pre class="mermaid"><code>graph TD
              Leader --> Follower</code></pre>
            <div class="mermaid">sequenceDiagram A->>B: hi</div>
            """)
        #expect(result.mermaidDiagrams == 2)
        #expect(result.codeBlocks == 0)
        #expect(result.proseWords == 0)
    }

    @Test("arithmatex spans are inline math and arithmatex divs are math blocks")
    func math() {
        let result = signals("""
            <p>Availability is <span class="arithmatex">\\(A = \\frac{MTBF}{MTBF + MTTR}\\)</span> per node.</p>
            <div class="arithmatex">\\[ P(\\text{all fail}) = p^n \\]</div>
            <script type="math/tex; mode=display">L = \\lambda W</script>
            """)
        #expect(result.mathInline == 1)
        #expect(result.mathBlocks == 2)
        #expect(result.proseWords == 4)
    }

    @Test("tables count with their body rows")
    func tables() {
        let result = signals("""
            <table><thead><tr><th>Option</th><th>Latency</th></tr></thead>
            <tbody><tr><td>Raft</td><td>1 RTT</td></tr><tr><td>Paxos</td><td>2 RTT</td></tr></tbody></table>
            """)
        #expect(result.tables == 1)
        #expect(result.tableRows == 2)
    }

    @Test("admonitions and collapsible details count")
    func admonitions() {
        let result = signals("""
            <div class="admonition warning"><p class="admonition-title">Warning</p><p>Split brain.</p></div>
            <details class="note"><summary>More</summary><p>Hidden text.</p></details>
            """)
        #expect(result.admonitions == 2)
        #expect(result.proseWords == 6)
    }

    @Test("links keep their href and the section they stand in")
    func links() {
        let page = extractor.extract(path: "p/index.html", bytes: materialPage(article: """
            <p>See <a href="../raft/">Raft</a>.</p>
            <h2 id="s">S</h2><p><a href="../paxos.md#multi">Paxos</a> and <a href=" https://raft.github.io/ ">site</a></p>
            """))
        #expect(page.links == [
            ExtractedLink(href: "../raft/", section: nil),
            ExtractedLink(href: "../paxos.md#multi", section: 0),
            ExtractedLink(href: "https://raft.github.io/", section: 0),
        ])
    }
}
