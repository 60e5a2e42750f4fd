import Analysis
import Foundation

/// Every term behind an episode's number, or everything the site has on one concept.
public enum ExplainReport {
    public static func episode(_ episode: EpisodeCoverage, model: CoverageModel) -> String {
        let parts = model.plan.coverage.parts
        let totalWeight = episode.terms.filter { $0.part == 0 }.reduce(0) { $0 + $1.weight }
        var lines = [
            "Episode \(episode.number): \(episode.title)",
            "Series pillar \(episode.pillar), block \(episode.block), phase \(episode.phase)",
            "Grade: \(episode.grade.rawValue) — \(episode.gradeReason)",
            "",
            "Coverage = Σ over concepts and parts of part weight × concept weight ÷ \(totalWeight) × the concept's best score on the part",
            "",
        ]
        var rows = [["concept", "weight", "part", "part weight", "best score", "from page", "points"]]
        for term in episode.terms {
            rows.append([
                term.concept, String(term.weight), parts[term.part].name, "\(parts[term.part].weight)%", String(format: "%.4f", term.score),
                term.page ?? "—", String(format: "%.2f", Double(term.hundredths) / 100),
            ])
        }
        lines.append(TextGrid(rows: rows, rightAligned: [1, 3, 4, 6]).render())
        for (index, part) in parts.enumerated() {
            let points = episode.terms.filter { $0.part == index }.reduce(0) { $0 + $1.hundredths }
            lines.append(String(format: "  %@ (%d%%): %.2f points = %@ of the part", part.name, part.weight, Double(points) / 100,
                                CoverageReport.number(episode.part(index, weight: part.weight)) + "%"))
        }
        lines.append(String(format: "Total: %.2f%%", episode.coverage))
        if !episode.laterPrerequisites.isEmpty {
            lines.append("")
            for (concept, taught) in episode.laterPrerequisites {
                lines.append("Order: needs \(concept), which episode \(taught) teaches; record episode \(taught) before \(episode.number), or teach it here.")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func concept(_ concept: ConceptCoverage, model: CoverageModel) -> String {
        let parts = model.plan.coverage.parts
        var lines = ["Concept \(concept.id): \(concept.name)", "Grade: \(concept.grade.rawValue) — \(concept.gradeReason)", ""]
        for (index, part) in parts.enumerated() {
            let best = concept.best[index]
            lines.append(String(format: "  best %@: %.4f", part.name, best.score) + (best.page.map { " from \($0)" } ?? ""))
        }
        if !concept.duplicatedIn.isEmpty {
            lines.append("")
            lines.append("Treated in \(concept.duplicatedIn.count) areas of the site (counted once, best page per part):")
            for area in concept.duplicatedIn.keys.sorted() {
                lines.append("  \(area): " + concept.duplicatedIn[area]!.joined(separator: ", "))
            }
        }
        lines.append("")
        var rows = [["page", "level", "words", "mentions", "math", "code", "tables", "trade-off", "failure", "case study", "math", "impl", "prod", "research", "note"]]
        for item in concept.evidence {
            rows.append([
                item.page + (item.anchor.map { "#" + $0 } ?? ""), item.level.rawValue, String(item.words), String(item.mentions),
                String(item.math), String(item.codeBlocks), String(item.tables), item.tradeoffHeading == nil && item.tables == 0 ? "" : "yes",
                item.failureHeading == nil ? "" : "yes", item.isCaseStudy ? "yes" : "",
            ] + item.parts.map { String(format: "%.2f", $0) } + [item.shallow.map { "shallow: " + $0 } ?? ""])
        }
        lines.append(TextGrid(rows: rows, rightAligned: [2, 3, 4, 5, 6, 10, 11, 12, 13]).render())
        return lines.joined(separator: "\n")
    }
}
