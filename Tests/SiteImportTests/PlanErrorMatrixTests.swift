import Foundation
import Testing
@testable import SiteImport

/// Every kind of broken plan file, each reported as file:line:column and what would be right.
/// (PlanLoaderTests checks the error cases' values; this checks each message the user reads.)
@Suite("Broken plan files name file, line and column")
struct PlanErrorMatrixTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var text: String
        var message: String
        var testDescription: String { name }
    }

    static let episodes = TemporaryPlan.episodes
    static let cases: [Case] = [
        Case(name: "YAML syntax error", file: "series.yaml", text: "series_pillars:\n  - number: 1\n    name: \"unclosed\n",
             message: "series.yaml:4:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at 3:11)"),
        Case(name: "tab indentation", file: "concepts.yaml", text: "concepts:\n\t- id: a\n",
             message: "concepts.yaml:2:1: invalid YAML: found character that cannot start any token (while scanning for the next token at 2:1)"),
        Case(name: "duplicate key", file: "concepts.yaml", text: "concepts:\n  - id: a\n    id: b\n    name: A\n",
             message: "concepts.yaml:2:5: invalid YAML: duplicate key `id` in one mapping"),
        Case(name: "wrong type: a list for a number", file: "episodes.yaml",
             text: episodes.replacingOccurrences(of: "phase: 1\n    needs:\n      - {concept: lamport-clock, weight: 5}",
                                                 with: "phase: [1]\n    needs:\n      - {concept: lamport-clock, weight: 5}"),
             message: "episodes.yaml:6:12: `phase` should be an integer, found a list"),
        Case(name: "wrong type: a map for the episode list", file: "episodes.yaml", text: "episodes: {number: 1}\n",
             message: "episodes.yaml:1:11: `episodes` should be a list, found a mapping"),
        Case(name: "weight out of range", file: "episodes.yaml",
             text: episodes.replacingOccurrences(of: "weight: 2", with: "weight: 9"),
             message: "episodes.yaml:16:42: `weight` is 9; expected 1…5"),
        Case(name: "unknown concept", file: "episodes.yaml",
             text: episodes.replacingOccurrences(of: "concept: vector-clock", with: "concept: vektor-clock"),
             message: "episodes.yaml:15:19: unknown concept `vektor-clock`; expected an id defined in concepts.yaml"),
        Case(name: "unknown prerequisite episode", file: "episodes.yaml",
             text: episodes.replacingOccurrences(of: "prerequisites: [16]", with: "prerequisites: [15]"),
             message: "episodes.yaml:17:20: unknown prerequisite of episode 17 `15`; expected the number of another episode"),
        Case(name: "unknown broader concept", file: "concepts.yaml",
             text: TemporaryPlan.concepts.replacingOccurrences(of: "broader: [logical-clock]\n  - id: vector", with: "broader: [clocks]\n  - id: vector"),
             message: "concepts.yaml:4:9: unknown broader concept of `lamport-clock` `clocks`; expected an id defined in concepts.yaml"),
        Case(name: "prerequisite cycle", file: "episodes.yaml",
             text: episodes.replacingOccurrences(
                of: "      - {concept: lamport-clock, weight: 5}\n", with: "      - {concept: lamport-clock, weight: 5}\n    prerequisites: [17]\n"),
             message: "episodes.yaml:2:13: prerequisites form a cycle: 16 → 17 → 16; they must form a hierarchy"),
        Case(name: "broader cycle", file: "concepts.yaml",
             text: TemporaryPlan.concepts.replacingOccurrences(of: "    name: logical clock\n", with: "    name: logical clock\n    broader: [vector-clock]\n"),
             message: "concepts.yaml:2:9: broader links form a cycle: logical-clock → vector-clock → logical-clock; they must form a hierarchy"),
        Case(name: "missing key", file: "series.yaml", text: TemporaryPlan.series.replacingOccurrences(of: "    name: Theoretical Foundations\n", with: ""),
             message: "series.yaml:2:5: a series pillar has no `name`; add `name: …`"),
        Case(name: "not UTF-8", file: "site.yaml", text: "\u{FFFF}",
             message: "site.yaml: cannot be read: it is not UTF-8 text"),
    ]

    @Test("the message", arguments: cases)
    func message(_ broken: Case) throws {
        let plan = try TemporaryPlan(replacing: [broken.file: broken.text])
        if broken.name == "not UTF-8" {
            try Data([0x6B, 0x3A, 0xFF, 0xFE, 0x0A]).write(to: plan.url.appendingPathComponent(broken.file))
        }
        do {
            _ = try PlanLoader.load(directory: plan.url)
            Issue.record("\(broken.name) loaded")
        } catch {
            #expect(error.description == plan.url.path + "/" + broken.message)
        }
    }
}
