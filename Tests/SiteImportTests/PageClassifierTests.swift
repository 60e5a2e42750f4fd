import Testing
@testable import SiteImport

@Suite("Classifying pages by site.yaml's rules")
struct PageClassifierTests {
    func classifier() throws -> PageClassifier {
        let folder = try TemporaryPlan()
        return PageClassifier(rules: try PlanLoader.load(directory: folder.url).site.rules)
    }

    @Test("a law page is a Law")
    func law() throws {
        #expect(try classifier().classify(path: "core-principles/laws/correlated-failure/index.html", title: "Law 1").kind == .law)
    }

    @Test("an earlier none rule keeps an index page from being a Law")
    func indexIsNone() throws {
        let decision = try classifier().classify(path: "core-principles/laws/index.html", title: "Laws")
        #expect(decision.kind == nil)
        #expect(decision.rule?.line == 5)
    }

    @Test("a pattern takes its category from the configured segment")
    func patternCategory() throws {
        let decision = try classifier().classify(path: "pattern-library/resilience/circuit-breaker/index.html", title: "Circuit Breaker")
        #expect(decision.kind == .pattern)
        #expect(decision.category == "resilience")
    }

    @Test("a title rule classifies wherever the page is")
    func title() throws {
        #expect(try classifier().classify(path: "stories/dynamo/index.html", title: "Dynamo: a Case Study").kind == .caseStudy)
        #expect(try classifier().classify(path: "stories/dynamo/index.html", title: nil).kind == nil)
    }
}
