import Analysis
import Foundation

/// The report's front page: planned versus actual, the heatmap, the bars per series pillar
/// and per phase, the critical gaps and every episode.
enum HTMLIndexPage {
    static func render(_ content: ReportContent, gapLimit: Int) -> String {
        let model = content.model
        let grades = content.grades()
        let episodes = model.episodes
        let mean = episodes.isEmpty ? 0 : episodes.reduce(0) { $0 + $1.coverage } / Double(episodes.count)
        var body = [
            "<h1>GapGraph coverage report</h1>",
            "<p class=\"lead\">How much of the planned \(episodes.count)-episode series the site's \(content.pageCount) pages already cover. "
                + "Every percentage is the sum of the terms listed on the episode's page, the same terms as <code>gapgraph explain episode N</code>.</p>",
            "<div class=\"cards\">",
            card(String(format: "%.1f%%", mean), "mean coverage"),
            card(String(grades.strong), "episodes graded strong"),
            card(String(grades.partial), "graded partial"),
            card(String(grades.none), "graded none"),
            card("\(model.plan.coverage.claims.strongShare)%", "claimed strong foundation"),
            "</div>",
            "<h2 id=\"planned-vs-actual\">Planned vs actual</h2>",
            table(["the framework claims", "claimed", "the site shows"], content.comparison.claims.map { [$0.claim, $0.claimed, $0.actual].map(HTMLText.escape) },
                  numeric: [1]),
            "<h2 id=\"heatmap\">Coverage of each episode</h2>",
            "<p class=\"muted\">One row per series pillar, episodes in recording order; a cell opens the episode's breakdown.</p>",
            "<figure>\(CoverageHeatmap.svg(content))</figure>",
            "<h2 id=\"series-pillars\">By series pillar</h2>",
            "<figure>\(CoverageBars.svg(title: "Mean coverage and grades by series pillar", groups: content.seriesPillars))</figure>",
            "<h2 id=\"phases\">By phase</h2>",
            "<figure>\(CoverageBars.svg(title: "Mean coverage and grades by phase, with the claimed share", groups: content.phases, claims: phaseClaims(model)))</figure>",
            "<h2 id=\"critical-gaps\">Critical gaps</h2>",
        ]
        let shown = content.gaps.prefix(gapLimit)
        let episodeNames = Dictionary(uniqueKeysWithValues: episodes.map { ("\($0.number) \($0.title)", $0.number) })
        body.append(table(["rank", "kind", "gap", "priority", "reason"], shown.enumerated().map { index, gap in
            let name = episodeNames[gap.name].flatMap { gap.kind == .episode ? $0 : nil }
                .map { "<a href=\"\(HTMLReport.episodeFile($0))\">\(HTMLText.escape(gap.name))</a>" } ?? HTMLText.escape(gap.name)
            return [String(index + 1), gap.kind.rawValue, name, String(format: "%.3f", gap.priority), HTMLText.escape(gap.reason)]
        }, numeric: [0, 3]))
        if content.gaps.count > shown.count {
            body.append("<p class=\"muted\">\(content.gaps.count - shown.count) more gaps in report.json and <code>gapgraph gaps --limit \(content.gaps.count)</code>.</p>")
        }
        body.append("<h2 id=\"claimed-gaps\">Claimed critical gaps</h2>")
        body.append(table(["gap", "verdict", "its episodes"], content.comparison.gaps.map { gap in
            [HTMLText.escape(gap.name), HTMLText.escape(gap.verdict.rawValue),
             gap.episodes.map { "<a href=\"\(HTMLReport.episodeFile($0.number))\">\($0.number)</a> \(HTMLPage.grade($0.grade.rawValue))" }.joined(separator: " ")]
        }))
        let unclaimed = content.comparison.unclaimedGaps
        body.append("<h2 id=\"unclaimed-gaps\">Gaps the framework did not claim</h2>")
        body.append("<p>\(unclaimed.count) episodes graded none are in no claimed gap"
            + (unclaimed.isEmpty ? "." : ": " + unclaimed.map { "<a href=\"\(HTMLReport.episodeFile($0.number))\">\($0.number) \(HTMLText.escape($0.title))</a>" }.joined(separator: ", ") + ".")
            + "</p>")
        body.append("<h2 id=\"episodes\">Episodes</h2>")
        body.append(table(["#", "title", "series pillar", "block", "phase", "coverage", "grade"], episodes.map { episode in
            [String(episode.number), "<a href=\"\(HTMLReport.episodeFile(episode.number))\">\(HTMLText.escape(episode.title))</a>", String(episode.pillar),
             HTMLText.escape(episode.block), String(episode.phase), String(format: "%.2f%%", episode.coverage), HTMLPage.grade(episode.grade.rawValue)]
        }, numeric: [0, 2, 4, 5]))
        return HTMLPage.render(title: "GapGraph coverage report", body: body.joined(separator: "\n"))
    }

    static func phaseClaims(_ model: CoverageModel) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: model.plan.phases.map { ($0.number, $0.claimedExistingContent) })
    }

    static func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><div class=\"value\">\(HTMLText.escape(value))</div><div class=\"label\">\(HTMLText.escape(label))</div></div>"
    }

    /// A table whose cells are already HTML; `numeric` columns are right-aligned.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], footer: [String]? = nil) -> String {
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { index, cell in
                "<\(tag)\(numeric.contains(index) ? " class=\"num\"" : "")>\(cell)</\(tag)>"
            }.joined()
        }
        var lines = ["<table>", "<thead><tr>" + cells(header.map(HTMLText.escape), tag: "th") + "</tr></thead>", "<tbody>"]
        lines += rows.map { "<tr>" + cells($0, tag: "td") + "</tr>" }
        lines.append("</tbody>")
        if let footer { lines.append("<tfoot><tr>" + cells(footer, tag: "td") + "</tr></tfoot>") }
        lines.append("</table>")
        return lines.joined(separator: "\n")
    }
}
