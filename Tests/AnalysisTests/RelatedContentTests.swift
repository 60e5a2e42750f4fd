import Analysis
import SiteImport
import Testing

@Suite("Related content on imports/")
struct RelatedContentTests {
    @Test("an episode's chain lists its prerequisites, theirs, and earlier episodes sharing concepts")
    func chain() throws {
        let plan = try PlanLoader.load(directory: AnalysisFixture.root.appendingPathComponent("graph"))
        let graph = try Importer(threads: 2).run(site: AnalysisFixture.root.appendingPathComponent("imports"), plan: plan).graph
        let related = RelatedContent(graph: graph, model: CoverageModel(graph: graph, plan: plan), index: TextIndex(graph: graph))
        // graph/episodes.yaml: 27 (Raft) builds on 26 (Paxos Variants), which builds on 10.
        let chain = related.chain(forEpisode: 27)
        #expect(chain.first { $0.number == 26 }?.reason == "prerequisite")
        #expect(chain.first { $0.number == 10 }?.reason == "prerequisite of a prerequisite")
        #expect(chain.allSatisfy { $0.number < 27 })
        #expect(chain.map(\.number) == chain.map(\.number).sorted())
    }

    @Test("near-duplicate pages fold into one entry that lists its copies")
    func collapse() {
        let items = [
            RelatedContent.Item(page: "a/bulkhead/index.html", anchor: nil, title: "Bulkhead Pattern", score: 0.9, reasons: [], copies: []),
            RelatedContent.Item(page: "b/bulkhead-gold/index.html", anchor: nil, title: "Bulkhead (Gold)", score: 0.8, reasons: [], copies: []),
            RelatedContent.Item(page: "c/retry/index.html", anchor: nil, title: "Retry", score: 0.7, reasons: [], copies: []),
        ]
        let folded = RelatedContent.fold(items)
        #expect(folded.map(\.page) == ["a/bulkhead/index.html", "c/retry/index.html"])
        #expect(folded[0].copies == ["b/bulkhead-gold/index.html"])
    }
}
