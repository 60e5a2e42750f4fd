import Analysis
import Foundation

/// The report as GitHub-flavoured Markdown, for pasting into an issue or a document:
/// planned versus actual, series pillars, phases, the critical gaps and every episode.
public enum MarkdownReport {
    /// `links`, when given, turns evidence paths into links (a published site's base URL).
    public static func render(_ content: ReportContent, gapLimit: Int, links: EvidenceLinks? = nil) -> String {
        let model = content.model
        let episodes = model.episodes
        let grades = content.grades()
        let mean = episodes.isEmpty ? 0 : episodes.reduce(0) { $0 + $1.coverage } / Double(episodes.count)
        var lines = [
            "# GapGraph coverage report",
            "",
            "\(episodes.count) planned episodes against the site's \(content.pageCount) pages: " + String(format: "%.1f%%", mean)
                + " mean coverage; \(grades.strong) strong, \(grades.partial) partial, \(grades.none) none. "
                + "`gapgraph explain episode N` lists the terms behind any episode's %.",
            "",
            "## Planned vs actual",
            "",
        ]
        lines += table(["the framework claims", "claimed", "the site shows"], content.comparison.claims.map { [$0.claim, $0.claimed, $0.actual] }, numeric: [1])
        lines += ["", "## By series pillar", ""]
        lines += groupTable(content.seriesPillars, claims: nil)
        lines += ["", "## By phase", ""]
        lines += groupTable(content.phases, claims: HTMLIndexPage.phaseClaims(model))
        lines += ["", "## Critical gaps", ""]
        let shown = content.gaps.prefix(gapLimit)
        lines += table(["rank", "kind", "gap", "priority", "reason"], shown.enumerated().map { index, gap in
            [String(index + 1), gap.kind.rawValue, gap.name, String(format: "%.3f", gap.priority), gap.reason]
        }, numeric: [0, 3])
        if content.gaps.count > shown.count {
            lines += ["", "\(content.gaps.count - shown.count) more in report.json and `gapgraph gaps --limit \(content.gaps.count)`."]
        }
        lines += ["", "## Claimed critical gaps", ""]
        lines += table(["gap", "verdict", "its episodes"], content.comparison.gaps.map { gap in
            [gap.name, gap.verdict.rawValue, gap.episodes.map { "\($0.number) \($0.grade.rawValue)" }.joined(separator: ", ")]
        })
        lines += ["", "## Episodes", "", "<details><summary>All \(episodes.count) episodes</summary>", ""]
        lines += table(["#", "title", "series pillar", "block", "coverage", "grade", "best evidence"], episodes.map { episode in
            let best = episode.evidence.first.map { item -> String in
                let target = item.page + (item.anchor.map { "#" + $0 } ?? "")
                guard let links else { return escape(target) }
                return "[\(escape(target))](\(links.href(page: item.page, anchor: item.anchor)))"
            } ?? "—"
            return [String(episode.number), escape(episode.title), String(episode.pillar), escape(episode.block),
                    String(format: "%.2f%%", episode.coverage), episode.grade.rawValue, best]
        }, numeric: [0, 2, 4], escaped: true)
        lines += ["", "</details>", ""]
        return lines.joined(separator: "\n")
    }

    private static func groupTable(_ groups: [ReportContent.Group], claims: [Int: Int]?) -> [String] {
        var header = ["#", "name", "episodes", "mean coverage"]
        if claims != nil { header.append("claimed") }
        header += ["strong", "partial", "none"]
        return table(header, groups.map { group in
            var row = [String(group.number), group.name, String(group.episodes.count), String(format: "%.1f%%", group.mean)]
            if let claims { row.append(claims[group.number].map { "\($0)%" } ?? "") }
            return row + [String(group.count(.strong)), String(group.count(.partial)), String(group.count(.none))]
        }, numeric: Set([0, 2, 3] + (claims == nil ? [4, 5, 6] : [4, 5, 6, 7])))
    }

    /// Rows of a pipe table; cells are escaped unless `escaped` says they already are.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], escaped: Bool = false) -> [String] {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = [line(header.map(escape)), line(header.indices.map { numeric.contains($0) ? "---:" : "---" })]
        lines += rows.map { line(escaped ? $0 : $0.map(escape)) }
        return lines
    }

    /// Keeps a cell one cell: pipes and Markdown's inline markers escaped, line breaks as spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "`", "[", "]", "<", ">": result += "\\" + String(character)
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
