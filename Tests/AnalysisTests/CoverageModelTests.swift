import Analysis
import SiteImport
import Testing

/// Coverage on imports/ with graph/. The expected figures were computed by hand from the
/// HTML: pattern-library/data-management/lsm-tree/ has 647 prose words, 5 formulas, 1 code
/// block, 2 tables and a "Failure modes" heading; the Kafka case study's "Context" section
/// (67 words) mentions LSM trees once.
@Suite("Coverage on imports/")
struct CoverageModelTests {
    let model: CoverageModel

    init() throws {
        model = try AnalysisFixture.model()
    }

    @Test("a page named after a concept scores it on every part it has the signals for")
    func lsmTreeConcept() throws {
        let concept = try #require(model.concept("lsm-tree"))
        // math: page factor 1 × min(1, 5 formulas / 4) = 1
        // implementation: 1 × (0.7 × min(1, 647 / 600) + 0.3 × one code block) = 1
        // production: the best case study is Kafka, a mention: min(1, 67 / 150) × 0.5 = 0.2233
        // research: tables (trade-off analysis) 0.5 + a failure heading 0.5 = 1
        #expect(concept.best.map(\.score) == [1, 1, 0.2233, 1])
        #expect(concept.best.map(\.page) == [
            "pattern-library/data-management/lsm-tree/index.html", "pattern-library/data-management/lsm-tree/index.html",
            "architects-handbook/case-studies/messaging-streaming/kafka/index.html", "pattern-library/data-management/lsm-tree/index.html",
        ])
        #expect(concept.grade == .strong)
    }

    @Test("an episode's terms weigh each part by the framework and each concept by its share")
    func lsmTreeTerms() throws {
        let episode = try #require(model.episode(51))
        // Episode 51 needs weights 5+4+3+3+3+3+2+2 = 25; lsm-tree (5) is a fifth of it:
        // math 30 × 1/5 × 1 = 6.00, implementation 40 × 1/5 × 1 = 8.00,
        // production 20 × 1/5 × 0.2233 = 0.89, research 10 × 1/5 × 1 = 2.00 points.
        let terms = episode.terms.filter { $0.concept == "lsm-tree" }.map(\.hundredths)
        #expect(terms == [600, 800, 89, 200])
        #expect(episode.grade == .strong)
    }

    @Test("an episode the site never mentions has no coverage")
    func uncovered() throws {
        let episode = try #require(model.episode(141))
        #expect(episode.coverage == 0)
        #expect(episode.grade == Grade.none)
        #expect(episode.evidence.isEmpty)
    }

    @Test("a glossary entry is shallow: it never counts as depth")
    func shallowGlossary() throws {
        let concept = try #require(model.concept("lsm-tree"))
        let glossary = try #require(concept.evidence.first { $0.page == "glossary/index.html" })
        #expect(glossary.shallow != nil)
        #expect(glossary.parts == [0, 0, 0, 0])
    }

    @Test("every episode's coverage is exactly the sum of its terms, and of its parts")
    func termsAddUp() {
        let weights = model.plan.coverage.parts.map(\.weight)
        for episode in model.episodes {
            #expect(episode.hundredths == episode.terms.reduce(0) { $0 + $1.hundredths })
            let fromParts = weights.indices.reduce(0.0) { $0 + episode.part($1, weight: weights[$1]) * Double(weights[$1]) / 100 }
            #expect(abs(fromParts - episode.coverage) < 0.02, "episode \(episode.number)")
        }
    }

    @Test("an episode relying on a concept that a later episode teaches is flagged with the order")
    func laterPrerequisites() throws {
        // Episode 2 (Queueing Theory) needs littles-law at weight 4; episode 101 (Little's Law
        // Applications) is the first to have it as a core (weight 5) concept.
        let queueing = try #require(model.episode(2))
        #expect(queueing.laterPrerequisites.map(\.concept) == ["littles-law"])
        #expect(queueing.laterPrerequisites.map(\.taughtIn) == [101])
        let flagged = model.episodes.filter { !$0.laterPrerequisites.isEmpty }
        for episode in flagged {
            for (_, taught) in episode.laterPrerequisites { #expect(taught > episode.number) }
        }
    }
}

@Suite("Coverage as graph data")
struct CoverageGraphTests {
    @Test("episodes carry coverage, grade and parts, and point at their best evidence with COVERED_BY")
    func annotate() throws {
        let plan = try PlanLoader.load(directory: AnalysisFixture.root.appendingPathComponent("graph"))
        let graph = try Importer(threads: 2).run(site: AnalysisFixture.root.appendingPathComponent("imports"), plan: plan).graph
        let model = CoverageModel(graph: graph, plan: plan)
        let annotated = model.annotate(graph)
        #expect(annotated.nodeCount == graph.nodeCount)
        let episode = try #require(annotated.nodes(withLabel: "Episode").first { annotated.property("number", of: $0) == .int(51) })
        #expect(annotated.property("coverage", of: episode) == .double(model.episode(51)!.coverage))
        #expect(annotated.property("grade", of: episode) == .string("strong"))
        #expect(annotated.property("math", of: episode) == .double(29.6))
        let covered = annotated.outgoing(from: episode, type: "COVERED_BY")
        #expect(covered.count == model.episode(51)!.evidence.count)
        let lsm = try #require(covered.first { annotated.property("concept", of: $0) == .string("lsm-tree") })
        #expect(annotated.property("page", of: annotated.target(of: lsm)) == .string("pattern-library/data-management/lsm-tree/index.html"))
    }
}

@Suite("Planned vs actual on imports/")
struct PlanComparisonTests {
    @Test("the framework's counts stand beside the site's, and a topic written in two areas is reported once")
    func comparison() throws {
        let plan = try PlanLoader.load(directory: AnalysisFixture.root.appendingPathComponent("graph"))
        let graph = try Importer(threads: 2).run(site: AnalysisFixture.root.appendingPathComponent("imports"), plan: plan).graph
        let model = CoverageModel(graph: graph, plan: plan)
        let comparison = PlanComparison(model: model, graph: graph)
        #expect(comparison.claims[1...3].map(\.actual) == ["11 pattern pages", "4 case-study pages", "3 law pages"])
        // imports/ has a "Consistent hashing" section in the sharding pattern and one in the Dynamo case study.
        let hashing = try #require(comparison.duplicated.first { $0.concept == "consistent hashing" })
        #expect(hashing.areas == ["architects-handbook", "pattern-library"])
        #expect(comparison.gaps.count == 5)
        // imports/ says nothing about blockchains or quantum computing.
        #expect(comparison.gaps[1].verdict == .realGap)
        #expect(comparison.gaps[2].episodes.allSatisfy { $0.grade == Grade.none })
    }
}

@Suite("Coverage is deterministic")
struct CoverageDeterminismTests {
    @Test("two computations on the same graph give the same evidence and figures, whatever the threads did")
    func sameResults() throws {
        let plan = try PlanLoader.load(directory: AnalysisFixture.root.appendingPathComponent("graph"))
        let graph = try Importer(threads: 2).run(site: AnalysisFixture.root.appendingPathComponent("imports"), plan: plan).graph
        let first = CoverageModel(graph: graph, plan: plan)
        let second = CoverageModel(graph: graph, plan: plan)
        #expect(first.episodes.map(\.hundredths) == second.episodes.map(\.hundredths))
        #expect(first.concepts.map { $0.evidence.map(\.page) } == second.concepts.map { $0.evidence.map(\.page) })
        #expect(first.annotate(graph).dump() == second.annotate(graph).dump())
    }
}
