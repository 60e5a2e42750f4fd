import Foundation
import GraphStore
import SiteImport

/// Counts of what an import produced, as text for people and JSON for machines.
public struct StatsReport: Sendable {
    public let nodes: [String: Int]
    public let relationships: [String: Int]
    public let warnings: Int
    public let errors: Int
    public let pages: Int
    public let links: LinkCounts
    public let episodes: Int
    public let concepts: Int
    public let needs: Int

    public init(_ result: ImportResult) {
        nodes = result.graph.labelCounts
        relationships = result.graph.typeCounts
        warnings = result.warnings.count
        errors = result.errors.count
        pages = result.pageCount
        links = result.links
        episodes = result.plan.episodes.count
        concepts = result.plan.concepts.count
        needs = result.plan.episodes.reduce(0) { $0 + $1.needs.count }
    }

    /// `{"nodes": {label: count}, "relationships": {type: count}, "warnings": count}`, keys sorted.
    public func json() -> String {
        func object(_ counts: [String: Int]) -> String {
            "{" + counts.keys.sorted().map { "\n    \(StringLiteral.json($0)): \(counts[$0]!)" }.joined(separator: ",") + "\n  }"
        }
        return "{\n  \"nodes\": \(object(nodes)),\n  \"relationships\": \(object(relationships)),\n  \"warnings\": \(warnings)\n}\n"
    }

    public func text() -> String {
        var table = TextTable()
        let kinds = PageKind.allCases.map(\.label) + ["Redirect"]
        let classified = kinds.reduce(0) { $0 + (nodes[$1] ?? 0) }
        table.row("Page (every HTML file)", nodes["Page", default: 0])
        for kind in kinds { table.row("  " + kind, nodes[kind, default: 0]) }
        table.row("  (no kind)", nodes["Page", default: 0] - classified)
        for label in nodes.keys.sorted() where label != "Page" && !kinds.contains(label) {
            table.row(label, nodes[label]!)
        }
        var text = "Nodes\n" + table.render()
        table = TextTable()
        for type in relationships.keys.sorted() { table.row(type, relationships[type]!) }
        text += "\nRelationships\n" + table.render()
        text += """

            Links: \(links.internalLinks) internal (\(links.markdownResolved) via .md sources), \
            \(links.broken) broken (\(links.brokenMarkdown) via .md sources, \(links.outsideSite) outside the site), \
            \(links.external) external, \(links.assets) to other files
            Plan: \(episodes) episodes, \(concepts) concepts, \(needs) episode needs
            Warnings: \(warnings)\(errors > 0 ? ", unreadable files: \(errors)" : "")

            """
        return text
    }
}

/// Two aligned columns: a name and a right-aligned number.
struct TextTable {
    private var rows: [(String, String)] = []

    mutating func row(_ name: String, _ value: Int) {
        rows.append((name, String(value)))
    }

    func render() -> String {
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        return rows.map { name, value in
            "  " + name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: valueWidth - value.count) + value
        }.joined(separator: "\n") + "\n"
    }
}
