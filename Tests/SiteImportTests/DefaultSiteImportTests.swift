import Foundation
import GraphStore
import Testing
@testable import SiteImport

/// The default site in imports/, written by us, imported with the real site rules and a
/// small vocabulary; the expected values were counted by reading the HTML.
@Suite("Importing imports/")
struct DefaultSiteImportTests {
    let result: ImportResult

    init() throws {
        let folder = try ProjectPaths.testPlanWithSiteRules()
        let plan = try PlanLoader.load(directory: folder.url)
        result = try Importer(threads: 2).run(site: ProjectPaths.imports, plan: plan)
    }

    @Test("every HTML file is a Page, with its kind as a second label")
    func kinds() {
        let counts = result.graph.labelCounts
        #expect(counts["Page"] == 35)
        #expect(counts["Law"] == 3)
        #expect(counts["Pillar"] == 3)
        #expect(counts["Pattern"] == 11)
        #expect(counts["CaseStudy"] == 4)
        #expect(counts["Redirect"] == 1)
        #expect(result.warnings.isEmpty)
        #expect(result.errors.isEmpty)
    }

    @Test("a pattern's category comes from its folder")
    func category() throws {
        let graph = result.graph
        let lsm = try #require(graph.page("pattern-library/data-management/lsm-tree/index.html"))
        #expect(graph.string("category", of: lsm) == "data-management")
        #expect(graph.labelNames(of: lsm) == ["Page", "Pattern"])
    }

    @Test("sections nest under their headings, h1 to h4")
    func sections() throws {
        let graph = result.graph
        let consensus = try #require(graph.page("pattern-library/coordination/consensus/index.html"))
        let sections = graph.sections(of: consensus)
        #expect(sections.compactMap { graph.string("anchor", of: $0) } == [
            "consensus", "problem", "solution", "paxos", "raft", "leader-election", "log-replication", "safety",
            "membership-changes", "beyond-crash-faults", "trade-offs", "failure-modes", "disk-latency-stalls-the-cluster",
            "flapping-leadership", "reading-stale-data-from-a-deposed-leader", "anti-pattern-consensus-on-the-data-path",
            "when-to-use", "related-patterns",
        ])
        let raft = try #require(sections.first { graph.string("anchor", of: $0) == "raft" })
        let children = graph.outgoing(from: raft, type: "HAS_SECTION").compactMap { graph.string("anchor", of: graph.target(of: $0)) }
        #expect(children == ["leader-election", "log-replication", "safety", "membership-changes"])
        #expect(graph.outgoing(from: consensus, type: "HAS_SECTION").count == 1)
    }

    @Test("links are counted by how they resolved: Markdown sources apart, broken ones listed")
    func links() {
        #expect(result.links.markdownResolved == 11)
        #expect(result.links.external == 14)
        #expect(result.brokenLinks.map(\.href) == [
            "../cassandra/", "../../../pattern-library/data-management/crdt/", "../../scaling/rate-limiting/", "../../../../../etc/passwd",
        ])
        #expect(result.brokenLinks.last?.resolved == nil)
    }

    @Test("a link with a fragment leads to the section with that anchor")
    func anchoredLink() throws {
        let graph = result.graph
        let glossary = try #require(graph.page("glossary/index.html"))
        let targets = graph.sections(of: glossary).flatMap { graph.outgoing(from: $0, type: "LINKS_TO") }
            .filter { graph.string("anchor", of: graph.target(of: $0)) == "consistent-hashing" }
        let link = try #require(targets.first)
        #expect(graph.string("page", of: graph.target(of: link)) == "pattern-library/scaling/sharding/index.html")
        #expect(graph.labelNames(of: graph.target(of: link)) == ["Section"])
    }

    @Test("a redirect stub points at its target and has no kind")
    func redirect() throws {
        let graph = result.graph
        let stub = try #require(graph.page("patterns/circuit-breaker/index.html"))
        let targets = graph.outgoing(from: stub, type: "REDIRECTS_TO").map { graph.string("path", of: graph.target(of: $0)) }
        #expect(targets == ["pattern-library/resilience/circuit-breaker/index.html"])
        #expect(graph.labelNames(of: stub) == ["Page", "Redirect"])
    }

    @Test("MENTIONS counts a concept in the content only, not in navigation or the head")
    func mentions() throws {
        let graph = result.graph
        let dynamo = try #require(graph.page("architects-handbook/case-studies/databases/amazon-dynamo/index.html"))
        let vectorClock = try #require(graph.concept("vector-clock"))
        let total = graph.sections(of: dynamo).flatMap { graph.outgoing(from: $0, type: "MENTIONS") }
            .filter { graph.target(of: $0) == vectorClock }
            .reduce(Int64(0)) { $0 + (graph.property("count", of: $1).flatMap { if case .int(let n) = $0 { n } else { nil } } ?? 0) }
        #expect(total == 5)
    }

    @Test("the plan's episodes hang under blocks of series pillars, with their needs")
    func plan() throws {
        let graph = result.graph
        let episode = try #require(graph.nodes(withLabel: "Episode").first { graph.int("number", of: $0) == 17 })
        let needs = graph.outgoing(from: episode, type: "NEEDS").compactMap { graph.string("id", of: graph.target(of: $0)) }
        #expect(needs.sorted() == ["lamport-clock", "vector-clock"])
        let block = try #require(graph.incoming(to: episode, type: "HAS_EPISODE").first.map { graph.source(of: $0) })
        #expect(graph.string("name", of: block) == "Time and Ordering")
        #expect(graph.outgoing(from: episode, type: "BUILDS_ON").count == 1)
    }
}

@Suite("A file that cannot be read")
struct UnreadableFileTests {
    @Test("a page that vanished after the site was listed is an error naming it; the rest is imported")
    func vanished() throws {
        let folder = try ProjectPaths.testPlanWithSiteRules()
        let plan = try PlanLoader.load(directory: folder.url)
        var listing = try SiteWalker().list(ProjectPaths.imports)
        listing.pages.append("vanished/index.html")
        listing.pages.sort()
        let result = Importer(threads: 2).run(listing, plan: plan)
        #expect(result.pageCount == 36)
        #expect(result.graph.labelCounts["Law"] == 3)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.description == "vanished/index.html: cannot be read: The file doesn’t exist.")
    }
}
