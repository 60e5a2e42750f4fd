import Foundation

/// A plan folder in a temporary directory, valid unless a test replaces one of its files;
/// removed when the last reference goes.
final class TemporaryPlan {
    let url: URL

    static let series = """
        series_pillars:
          - number: 1
            name: Theoretical Foundations
            first_episode: 1
            last_episode: 25
            blocks: [Time and Ordering, Consistency Models]
        phases:
          - {number: 1, name: Foundation, months: "1-4", first_episode: 1, last_episode: 50, claimed_existing_content: 85}
        """
    static let episodes = """
        episodes:
          - number: 16
            title: Lamport Timestamps
            pillar: 1
            block: Time and Ordering
            phase: 1
            needs:
              - {concept: lamport-clock, weight: 5}
          - number: 17
            title: Vector Clocks
            pillar: 1
            block: Time and Ordering
            phase: 1
            needs:
              - {concept: vector-clock, weight: 5}
              - {concept: lamport-clock, weight: 2}
            prerequisites: [16]
        """
    static let concepts = """
        concepts:
          - id: logical-clock
            name: logical clock
          - id: lamport-clock
            name: Lamport clock
            aliases: [Lamport timestamp]
            broader: [logical-clock]
          - id: vector-clock
            name: vector clock
            broader: [logical-clock]
        """
    static let site = """
        content:
          selectors: ["article.md-content__inner", "main", "body"]
          not_content: ["nav", ".headerlink"]
        rules:
          - kind: none
            why: indexes list everything and are about nothing in particular
            paths: ["**/laws/index.html", "pattern-library/*/index.html"]
          - kind: Law
            why: each folder under laws/ is one law
            paths: ["core-principles/laws/*/index.html"]
          - kind: Pattern
            why: pattern pages live in a folder per category
            paths: ["pattern-library/*/*/index.html"]
            category_segment: 1
          - kind: CaseStudy
            why: case studies are titled so
            titles: ["(?i)case study"]
        """

    init(replacing overrides: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let coverage = try Self.coverage(gapEpisodes: "[16]")
        let files = [
            "series.yaml": Self.series, "episodes.yaml": Self.episodes, "concepts.yaml": Self.concepts, "site.yaml": Self.site,
            "coverage.yaml": coverage,
        ]
        for (name, text) in files.merging(overrides, uniquingKeysWith: { $1 }) {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    /// The project's coverage.yaml with every claimed gap naming `gapEpisodes`, since the test
    /// plan has only episodes 16 and 17.
    static func coverage(gapEpisodes: String) throws -> String {
        let text = try String(contentsOf: ProjectPaths.graph.appendingPathComponent("coverage.yaml"), encoding: .utf8)
        return text.replacingOccurrences(of: "episodes: \\[[0-9, ]*\\]", with: "episodes: \(gapEpisodes)", options: .regularExpression)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
