import Analysis
import Foundation

/// Mean coverage of groups of episodes as inline SVG bars, with the grade counts beside each
/// bar and, for phases, the framework's claimed share as a marker.
enum CoverageBars {
    static let labelWidth = 250
    static let barWidth = 500
    static let rowHeight = 34
    static let gradeColours: [(Grade, String)] = [(.strong, "#2f8f4e"), (.partial, "#e0b43a"), (.none, "#d9534f")]

    /// `claims` gives a group's claimed share in percent, drawn as a marker on its bar.
    static func svg(title: String, groups: [ReportContent.Group], claims: [Int: Int] = [:]) -> String {
        let gradeLeft = labelWidth + barWidth + 110
        let gradeWidth = 300
        let top = 26
        let width = gradeLeft + gradeWidth + 10
        let height = top + groups.count * rowHeight + 8
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<text x=\"\(labelWidth)\" y=\"14\" font-size=\"12\" fill=\"#59636e\">mean coverage (0–100%)"
                + (claims.isEmpty ? "" : "; the red mark is the share the framework claims") + "</text>",
            "<text x=\"\(gradeLeft)\" y=\"14\" font-size=\"12\" fill=\"#59636e\">episodes by grade</text>",
        ]
        for (index, (grade, colour)) in gradeColours.enumerated() {
            let x = gradeLeft + 122 + index * 64
            parts.append("<rect x=\"\(x)\" y=\"4\" width=\"11\" height=\"11\" fill=\"\(colour)\"/>")
            parts.append("<text x=\"\(x + 15)\" y=\"14\" font-size=\"12\" fill=\"#59636e\">\(grade.rawValue)</text>")
        }
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + tick * barWidth / 100
            parts.append("<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(height - 4)\" stroke=\"#eef1f4\"/>")
        }
        for (row, group) in groups.enumerated() {
            let y = top + row * rowHeight
            parts.append("<text x=\"0\" y=\"\(y + 19)\" font-size=\"13\" fill=\"#1f2328\">\(group.number) \(HTMLText.escape(group.name))</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 6)\" width=\"\(barWidth)\" height=\"18\" rx=\"3\" fill=\"#f0f3f6\"/>")
            let filled = Int((group.mean * Double(barWidth) / 100).rounded())
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 6)\" width=\"\(filled)\" height=\"18\" rx=\"3\" fill=\"#2a8c8f\"/>")
            parts.append("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 20)\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">"
                + String(format: "%.1f%%", group.mean) + "</text>")
            if let claimed = claims[group.number] {
                let x = labelWidth + claimed * barWidth / 100
                parts.append("<line x1=\"\(x)\" y1=\"\(y + 2)\" x2=\"\(x)\" y2=\"\(y + 28)\" stroke=\"#c0392b\" stroke-width=\"3\"><title>claimed \(claimed)%</title></line>")
                parts.append("<text x=\"\(x - 4)\" y=\"\(y + 19)\" font-size=\"11\" text-anchor=\"end\" fill=\"#c0392b\">claimed \(claimed)%</text>")
            }
            var before = 0
            let total = max(1, group.episodes.count)
            for (grade, colour) in gradeColours {
                let count = group.count(grade)
                guard count > 0 else { continue }
                // Segment ends from the running count, so the segments fill the track exactly.
                let x = gradeLeft + before * gradeWidth / total
                let segment = gradeLeft + (before + count) * gradeWidth / total - x
                before += count
                parts.append("<rect x=\"\(x)\" y=\"\(y + 6)\" width=\"\(segment)\" height=\"18\" fill=\"\(colour)\"><title>\(count) \(grade.rawValue)</title></rect>")
                if segment >= 18 {
                    parts.append("<text x=\"\(x + segment / 2)\" y=\"\(y + 19)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#ffffff\">\(count)</text>")
                }
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
