import Analysis
import Foundation
import GraphStore

/// One row per episode: number, title, pillar, block, coverage, grade, the four parts and the
/// best evidence; as an aligned table, JSON or CSV.
public struct CoverageReport: Sendable {
    public let episodes: [EpisodeCoverage]
    public let partNames: [String]
    public let partWeights: [Int]

    public init(_ model: CoverageModel, pillar: Int? = nil) {
        episodes = model.episodes.filter { pillar == nil || $0.pillar == pillar }
        partNames = model.plan.coverage.parts.map(\.name)
        partWeights = model.plan.coverage.parts.map(\.weight)
    }

    private func parts(_ episode: EpisodeCoverage) -> [Double] {
        partWeights.indices.map { episode.part($0, weight: partWeights[$0]) }
    }

    /// Grades are coloured when `style` says so; the layout is the same either way.
    public func table(style: TextStyle = .plain) -> String {
        var rows = [["#", "title", "pillar", "block", "coverage", "grade", "math", "impl", "prod", "research", "best evidence"]]
        for episode in episodes {
            let best = episode.evidence.first.map { $0.page + ($0.anchor.map { "#" + $0 } ?? "") } ?? "—"
            rows.append(
                [String(episode.number), episode.title, String(episode.pillar), episode.block, String(format: "%.2f%%", episode.coverage),
                 episode.grade.rawValue] + parts(episode).map { String(format: "%.0f", $0) } + [best])
        }
        var grid = TextGrid(rows: rows, rightAligned: [0, 2, 4, 6, 7, 8, 9])
        if style.colour {
            grid.style = { row, column, cell in
                guard row > 0, column == 5, let grade = Grade(rawValue: cell) else { return cell }
                return style.grade(grade, cell)
            }
        }
        return grid.render()
    }

    public func json() -> String {
        let objects = episodes.map { episode -> String in
            let parts = zip(partNames, self.parts(episode)).map { "\(StringLiteral.json($0.0)): \(Self.number($0.1))" }
            let evidence = episode.evidence.map { item in
                "{\"page\": \(StringLiteral.json(item.page)), \"anchor\": \(item.anchor.map(StringLiteral.json) ?? "null"), "
                    + "\"concept\": \(StringLiteral.json(item.concept)), \"score\": \(Self.number(item.score))}"
            }
            return "  {\"episode\": \(episode.number), \"title\": \(StringLiteral.json(episode.title)), \"pillar\": \(episode.pillar), "
                + "\"block\": \(StringLiteral.json(episode.block)), \"coverage\": \(Self.number(episode.coverage)), "
                + "\"grade\": \(StringLiteral.json(episode.grade.rawValue)), \"parts\": {\(parts.joined(separator: ", "))}, "
                + "\"evidence\": [\(evidence.joined(separator: ", "))]}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    public func csv() -> String {
        var lines = [(["episode", "title", "pillar", "block", "coverage", "grade"] + partNames + ["best_page", "best_anchor", "best_concept"])
            .map(Self.csvField).joined(separator: ",")]
        for episode in episodes {
            let best = episode.evidence.first
            let fields = [String(episode.number), episode.title, String(episode.pillar), episode.block, Self.number(episode.coverage),
                          episode.grade.rawValue] + parts(episode).map(Self.number) + [best?.page ?? "", best?.anchor ?? "", best?.concept ?? ""]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Up to two decimals, without trailing zeros: 45.5, 100, 0.25.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Columns padded to their widest cell, numbers right-aligned.
struct TextGrid {
    var rows: [[String]]
    var rightAligned: Set<Int>
    /// Wraps a cell (row, column, text) in colour; padding is measured on the plain text.
    var style: ((Int, Int, String) -> String)?

    func render() -> String {
        guard let header = rows.first else { return "" }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let shown = style?(index, column, cell) ?? cell
                return rightAligned.contains(column) ? padding + shown : shown + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
