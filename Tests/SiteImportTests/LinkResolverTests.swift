import Testing
@testable import SiteImport

@Suite("Resolving links against the site")
struct LinkResolverTests {
    let resolver = LinkResolver(
        pages: [
            "index.html",
            "pattern-library/index.html",
            "pattern-library/coordination/consensus/index.html",
            "pattern-library/coordination/leader-election/index.html",
            "core-principles/laws/correlated-failure/index.html",
            "glossary/index.html",
            "legacy.html",
        ],
        files: ["assets/diagram.png"])
    let from = "pattern-library/coordination/leader-election/index.html"

    @Test("a relative folder link resolves to its index page")
    func relativeFolder() {
        #expect(resolver.resolve("../consensus/", from: from)
            == .page(path: "pattern-library/coordination/consensus/index.html", anchor: nil, viaMarkdown: false))
    }

    @Test("dir/index.html and dir/ name the same page")
    func explicitIndex() {
        #expect(resolver.resolve("../consensus/index.html", from: from)
            == .page(path: "pattern-library/coordination/consensus/index.html", anchor: nil, viaMarkdown: false))
    }

    @Test("a folder link without the trailing slash resolves too")
    func folderWithoutSlash() {
        #expect(resolver.resolve("/pattern-library/coordination/consensus", from: from)
            == .page(path: "pattern-library/coordination/consensus/index.html", anchor: nil, viaMarkdown: false))
    }

    @Test("several ../ climb to the site's root")
    func parents() {
        #expect(resolver.resolve("../../../core-principles/laws/correlated-failure/#math", from: from)
            == .page(path: "core-principles/laws/correlated-failure/index.html", anchor: "math", viaMarkdown: false))
    }

    @Test("a fragment alone stays on the same page")
    func fragment() {
        #expect(resolver.resolve("#when-to-use", from: from) == .page(path: from, anchor: "when-to-use", viaMarkdown: false))
    }

    @Test("a query string is ignored")
    func query() {
        #expect(resolver.resolve("../../../glossary/?q=quorum#quorum", from: from)
            == .page(path: "glossary/index.html", anchor: "quorum", viaMarkdown: false))
    }

    @Test("a link to a Markdown source resolves to its built page and is marked")
    func markdown() {
        #expect(resolver.resolve("../consensus.md#safety", from: from)
            == .page(path: "pattern-library/coordination/consensus/index.html", anchor: "safety", viaMarkdown: true))
    }

    @Test("a Markdown link written relative to the source file resolves from the source's folder")
    func markdownFromSourceFolder() {
        #expect(resolver.resolve("consensus.md", from: from)
            == .page(path: "pattern-library/coordination/consensus/index.html", anchor: nil, viaMarkdown: true))
    }

    @Test("index.md names the folder's index page")
    func markdownIndex() {
        #expect(resolver.resolve("../../index.md", from: from)
            == .page(path: "pattern-library/index.html", anchor: nil, viaMarkdown: true))
    }

    @Test("a Markdown link to nothing is broken and marked")
    func brokenMarkdown() {
        #expect(resolver.resolve("../paxos.md", from: from)
            == .broken(resolved: "pattern-library/coordination/paxos/index.html", viaMarkdown: true))
    }

    @Test("a link to a missing page is broken")
    func broken() {
        #expect(resolver.resolve("../gossip/", from: from)
            == .broken(resolved: "pattern-library/coordination/gossip", viaMarkdown: false))
    }

    @Test("a link that climbs above the root is never followed")
    func outside() {
        #expect(resolver.resolve("../../../../../etc/passwd", from: from) == .outsideSite)
    }

    @Test("links with a scheme or starting with // are external")
    func external() {
        #expect(resolver.resolve("https://raft.github.io/", from: from) == .external(url: "https://raft.github.io/"))
        #expect(resolver.resolve("mailto:team@example.org", from: from) == .external(url: "mailto:team@example.org"))
        #expect(resolver.resolve("//cdn.example.org/x.js", from: from) == .external(url: "//cdn.example.org/x.js"))
    }

    @Test("a link to another file of the site is an asset")
    func asset() {
        #expect(resolver.resolve("/assets/diagram.png", from: from) == .asset(path: "assets/diagram.png"))
    }

    @Test("a page named file.html resolves as itself, percent-encoding decoded")
    func htmlFile() {
        #expect(resolver.resolve("/legacy.html", from: from) == .page(path: "legacy.html", anchor: nil, viaMarkdown: false))
        #expect(resolver.resolve("/glossary/#split%20brain", from: from)
            == .page(path: "glossary/index.html", anchor: "split brain", viaMarkdown: false))
    }
}
