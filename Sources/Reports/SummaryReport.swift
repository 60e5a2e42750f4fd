import Analysis
import Foundation

/// Planned versus actual: the framework's claims beside what the site shows.
public enum SummaryReport {
    public static func text(_ comparison: PlanComparison, model: CoverageModel) -> String {
        var rows = [["the framework claims", "claimed", "the site shows"]]
        for claim in comparison.claims { rows.append([claim.claim, claim.claimed, claim.actual]) }
        var lines = ["Planned vs actual", TextGrid(rows: rows, rightAligned: []).render()]
        lines.append("Claimed critical gaps")
        for gap in comparison.gaps {
            let grades = gap.episodes.map { "\($0.number) \($0.grade.rawValue)" }.joined(separator: ", ")
            lines.append("  " + gap.verdict.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0) + "\(gap.name): \(grades)")
        }
        lines.append("")
        lines.append("Gaps the framework did not claim (episodes graded none): \(comparison.unclaimedGaps.count)")
        for gap in comparison.unclaimedGaps {
            lines.append("  \(gap.number) \(gap.title) (\(gap.block))")
        }
        lines.append("")
        lines.append("Duplication: \(comparison.duplicated.count) needed concepts are treated in more than one area of the site (counted once each)")
        for item in comparison.duplicated.prefix(10) {
            lines.append("  \(item.concept): \(item.areas.joined(separator: ", "))")
        }
        if comparison.duplicated.count > 10 { lines.append("  … gapgraph explain concept NAME lists the pages") }
        let early = model.episodes.filter { !$0.laterPrerequisites.isEmpty }
        lines.append("")
        lines.append("Recording order: \(early.count) episodes need a concept that a later episode teaches")
        for episode in early.prefix(10) {
            let needs = episode.laterPrerequisites.map { "\($0.concept) (episode \($0.taughtIn))" }.joined(separator: ", ")
            let first = episode.laterPrerequisites.map(\.taughtIn).min()!
            lines.append("  \(episode.number) \(episode.title): needs \(needs); record episode \(first) first, or teach it in \(episode.number)")
        }
        if early.count > 10 { lines.append("  … gapgraph explain episode N shows each") }
        let grades = Dictionary(grouping: model.episodes, by: \.grade).mapValues(\.count)
        lines.append("")
        lines.append("Grades: \(grades[.strong, default: 0]) strong, \(grades[.partial, default: 0]) partial, \(grades[.none, default: 0]) none")
        lines.append(
            "Sensitivity: with every grade threshold 10% lower \(comparison.sensitivity.lower) episodes change grade, "
                + "10% higher \(comparison.sensitivity.upper); \(comparison.sensitivity.either) in either case")
        return lines.joined(separator: "\n") + "\n"
    }
}
