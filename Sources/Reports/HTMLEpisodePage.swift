import Analysis
import Foundation

/// One episode's page: its coverage, grade and every term behind the number (the terms of
/// `gapgraph explain episode N`), with links to the evidence on the site.
enum HTMLEpisodePage {
    static func render(_ episode: EpisodeCoverage, content: ReportContent, links: EvidenceLinks) -> String {
        let model = content.model
        let parts = model.plan.coverage.parts
        let numbers = model.episodes.map(\.number)
        let position = numbers.firstIndex(of: episode.number) ?? 0
        let previous = position > 0 ? numbers[position - 1] : nil
        let next = position + 1 < numbers.count ? numbers[position + 1] : nil
        let pillarName = model.plan.seriesPillars.first { $0.number == episode.pillar }?.name ?? ""
        let phaseName = model.plan.phases.first { $0.number == episode.phase }?.name ?? ""
        func link(_ number: Int?, _ text: String) -> String {
            number.map { "<a href=\"\(HTMLReport.episodeFileName($0))\">\(text)</a>" } ?? "<span class=\"muted\">\(text)</span>"
        }
        let totalWeight = episode.terms.filter { $0.part == 0 }.reduce(0) { $0 + $1.weight }
        var body = [
            "<nav><a href=\"../index.html\">← Coverage report</a><span>\(link(previous, "← previous")) · \(link(next, "next →"))</span></nav>",
            "<h1>Episode \(episode.number): \(HTMLText.escape(episode.title))</h1>",
            "<p class=\"lead\">Series pillar \(episode.pillar) (\(HTMLText.escape(pillarName))), block \(HTMLText.escape(episode.block)), "
                + "phase \(episode.phase) (\(HTMLText.escape(phaseName)))</p>",
            "<div class=\"cards\">",
            HTMLIndexPage.card(String(format: "%.2f%%", episode.coverage), "coverage"),
        ]
        for (index, part) in parts.enumerated() {
            body.append(HTMLIndexPage.card(CoverageReport.number(episode.part(index, weight: part.weight)) + "%", "of \(part.name) (weight \(part.weight)%)"))
        }
        body.append("</div>")
        body.append("<p>Grade: \(HTMLPage.grade(episode.grade.rawValue)) \(HTMLText.escape(episode.gradeReason))</p>")
        body.append("<h2>Where the \(String(format: "%.2f%%", episode.coverage)) comes from</h2>")
        body.append("<p>Coverage = Σ over concepts and parts of part weight × concept weight ÷ \(totalWeight) × the concept's best score on the part. "
            + "These are the terms of <code>gapgraph explain episode \(episode.number)</code>.</p>")
        var rows: [String] = []
        for term in episode.terms {
            let page = term.page.map { "<a href=\"\(HTMLText.escape(links.href(page: $0, anchor: nil)))\">\(HTMLText.path($0))</a>" } ?? "—"
            let name = content.conceptName(term.concept)
            rows.append(
                "<tr><td>\(HTMLText.escape(name))" + (sameWords(name, term.concept) ? "" : " <span class=\"muted\">(\(HTMLText.escape(term.concept)))</span>") + "</td>"
                    + "<td class=\"num\">\(term.weight)</td><td class=\"nowrap\">\(HTMLText.escape(parts[term.part].name))</td><td class=\"num\">\(parts[term.part].weight)%</td>"
                    + "<td class=\"num\">\(String(format: "%.4f", term.score))</td><td>\(page)</td>"
                    + "<td class=\"num\" data-hundredths=\"\(term.hundredths)\">\(String(format: "%.2f", Double(term.hundredths) / 100))</td></tr>")
        }
        body.append("<table>")
        body.append("<thead><tr><th>concept</th><th class=\"num\">weight</th><th>part</th><th class=\"num\">part weight</th><th class=\"num\">best score</th><th>from page</th><th class=\"num\">points</th></tr></thead>")
        body.append("<tbody>")
        body += rows
        body.append("</tbody>")
        body.append("<tfoot><tr><td colspan=\"6\">Total</td><td class=\"num\" data-hundredths=\"\(episode.hundredths)\">\(String(format: "%.2f%%", episode.coverage))</td></tr></tfoot>")
        body.append("</table>")
        body.append("<h2>By part</h2>")
        body.append(HTMLIndexPage.table(["part", "part weight", "points", "of the part"], parts.enumerated().map { index, part in
            let points = episode.terms.filter { $0.part == index }.reduce(0) { $0 + $1.hundredths }
            return [HTMLText.escape(part.name), "\(part.weight)%", String(format: "%.2f", Double(points) / 100),
                    CoverageReport.number(episode.part(index, weight: part.weight)) + "%"]
        }, numeric: [1, 2, 3]))
        body.append("<h2>Best evidence</h2>")
        if episode.evidence.isEmpty {
            body.append("<p class=\"muted\">No page treats a concept this episode needs beyond a mention.</p>")
        } else {
            body.append(HTMLIndexPage.table(["concept", "page and section", "score"], episode.evidence.map { item in
                let target = item.page + (item.anchor.map { "#" + $0 } ?? "")
                return [HTMLText.escape(content.conceptName(item.concept)),
                        "<a href=\"\(HTMLText.escape(links.href(page: item.page, anchor: item.anchor)))\">\(HTMLText.path(target))</a>",
                        CoverageReport.number(item.score)]
            }, numeric: [2]))
        }
        if !episode.laterPrerequisites.isEmpty {
            body.append("<h2>Recording order</h2>")
            body.append("<ul>" + episode.laterPrerequisites.map { item in
                "<li>Needs \(HTMLText.escape(content.conceptName(item.concept))), which <a href=\"\(HTMLReport.episodeFileName(item.taughtIn))\">episode \(item.taughtIn)</a> teaches; "
                    + "record episode \(item.taughtIn) before \(episode.number), or teach it here.</li>"
            }.joined() + "</ul>")
        }
        return HTMLPage.render(title: "Episode \(episode.number): \(episode.title) — GapGraph", body: body.joined(separator: "\n"))
    }

    /// A concept's id is worth showing beside its name unless it only spells the name in lower
    /// case with hyphens.
    static func sameWords(_ name: String, _ id: String) -> Bool {
        name.lowercased().replacingOccurrences(of: " ", with: "-") == id
    }
}
