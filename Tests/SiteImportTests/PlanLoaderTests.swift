import Foundation
import Testing
@testable import SiteImport

@Suite("Loading the plan")
struct PlanLoaderTests {
    func loadError(_ overrides: [String: String]) throws -> PlanError? {
        let plan = try TemporaryPlan(replacing: overrides)
        do {
            _ = try PlanLoader.load(directory: plan.url)
            return nil
        } catch {
            return error
        }
    }

    @Test("a valid plan loads with its episodes, needs and prerequisites")
    func valid() throws {
        let folder = try TemporaryPlan()
        let plan = try PlanLoader.load(directory: folder.url)
        #expect(plan.episodes.map(\.number) == [16, 17])
        #expect(plan.episodes[1].needs == [ConceptNeed(concept: "vector-clock", weight: 5), ConceptNeed(concept: "lamport-clock", weight: 2)])
        #expect(plan.episodes[1].prerequisites == [16])
        #expect(plan.concepts.map(\.id) == ["logical-clock", "lamport-clock", "vector-clock"])
        #expect(plan.site.rules.count == 4)
    }

    @Test("a YAML syntax error names the file, line and column")
    func syntax() throws {
        let error = try loadError(["concepts.yaml": "concepts:\n  - id: a\n    name: [unclosed\n"])
        guard case .syntax(let position, _)? = error else { Issue.record("expected a syntax error, got \(String(describing: error))"); return }
        #expect(position.file.hasSuffix("/concepts.yaml"))
        #expect(position.line == 4)
        #expect(position.column == 1)
    }

    @Test("a value of the wrong type says what was expected, where")
    func wrongType() throws {
        let error = try loadError(["episodes.yaml": TemporaryPlan.episodes.replacingOccurrences(of: "number: 17", with: "number: seventeen")])
        #expect(error?.description.hasSuffix("episodes.yaml:9:13: `number` should be an integer, found `seventeen`") == true)
    }

    @Test("a need naming an unknown concept is an error at that need")
    func unknownConcept() throws {
        let error = try loadError(["episodes.yaml": TemporaryPlan.episodes.replacingOccurrences(of: "concept: vector-clock", with: "concept: vector-clocks")])
        #expect(error?.description.hasSuffix("episodes.yaml:15:19: unknown concept `vector-clocks`; expected an id defined in concepts.yaml") == true)
    }

    @Test("a duplicate key is reported")
    func duplicateKey() throws {
        let error = try loadError(["concepts.yaml": "concepts:\n  - id: a\n    id: b\n    name: A\n"])
        #expect(error?.description.contains("duplicate key `id`") == true)
    }

    @Test("prerequisites that form a cycle are rejected")
    func prerequisiteCycle() throws {
        let episodes = TemporaryPlan.episodes.replacingOccurrences(
            of: "      - {concept: lamport-clock, weight: 5}\n",
            with: "      - {concept: lamport-clock, weight: 5}\n    prerequisites: [17]\n")
        let error = try loadError(["episodes.yaml": episodes])
        guard case .cycle(_, let what, let path)? = error else { Issue.record("expected a cycle, got \(String(describing: error))"); return }
        #expect(what == "prerequisites")
        #expect(path == ["16", "17", "16"])
    }

    @Test("two concepts may not share an alias")
    func sharedAlias() throws {
        let concepts = TemporaryPlan.concepts + "\n  - id: lamport-timestamp\n    name: Lamport timestamps\n"
        let error = try loadError(["concepts.yaml": concepts])
        guard case .duplicate(_, _, let value, _)? = error else { Issue.record("expected a duplicate, got \(String(describing: error))"); return }
        #expect(value == "Lamport timestamps")
    }

    @Test("a missing plan file is named")
    func missingFile() throws {
        let plan = try TemporaryPlan()
        try FileManager.default.removeItem(at: plan.url.appendingPathComponent("site.yaml"))
        #expect(throws: PlanError.missingFile(SourcePosition(file: plan.path("site.yaml")))) {
            try PlanLoader.load(directory: plan.url)
        }
    }

    @Test("an unknown kind in site.yaml lists the known ones")
    func unknownKind() throws {
        let error = try loadError(["site.yaml": TemporaryPlan.site.replacingOccurrences(of: "kind: Law", with: "kind: Laws")])
        #expect(error?.description.hasSuffix("site.yaml:8:11: unknown kind `Laws`; expected none, Law, Pillar, Pattern, CaseStudy") == true)
    }

    @Test("a claimed gap naming an episode the plan does not have is an error")
    func unknownGapEpisode() throws {
        let error = try loadError(["coverage.yaml": try TemporaryPlan.coverage(gapEpisodes: "[16, 99]")])
        guard case .unknownReference(_, let what, _, _)? = error else { Issue.record("expected an unknown reference, got \(String(describing: error))"); return }
        #expect(what.hasPrefix("episode in the claimed gap"))
        #expect(error?.description.contains("`99`") == true)
    }
}
