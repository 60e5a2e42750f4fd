import Analysis
import Foundation

/// Coverage of every episode as an inline SVG grid: one row per series pillar, one cell per
/// episode in recording order, the % written in the cell, a legend of the colour bands.
enum CoverageHeatmap {
    /// Ten bands of 10 percentage points, light to dark.
    static let bands = ["#fff7e6", "#fde5b8", "#f7d08a", "#d9d37a", "#a8cf7e", "#72bf84", "#43a98c", "#2a8c8f", "#206d8c", "#1d4e7a"]

    static func band(_ coverage: Double) -> Int {
        min(bands.count - 1, max(0, Int(coverage / 10)))
    }

    static let labelWidth = 275
    static let cell = (width: 33, height: 32)
    static let top = 22

    static func svg(_ content: ReportContent) -> String {
        let pillars = content.seriesPillars
        let columns = max(1, pillars.map(\.episodes.count).max() ?? 0)
        let gridWidth = columns * cell.width
        let width = labelWidth + gridWidth + 10
        let legendTop = top + pillars.count * cell.height + 18
        let height = legendTop + 40
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"heatmap-title\">",
            "<title id=\"heatmap-title\">Coverage of each episode, by series pillar, in recording order</title>",
        ]
        for column in 0..<columns where column % 5 == 0 || column == columns - 1 {
            let x = labelWidth + column * cell.width + cell.width / 2
            parts.append("<text x=\"\(x)\" y=\"\(top - 8)\" font-size=\"11\" fill=\"#59636e\" text-anchor=\"middle\">\(column + 1)</text>")
        }
        for (row, pillar) in pillars.enumerated() {
            let y = top + row * cell.height
            let range = pillar.episodes.first.map { first in "episodes \(first.number)–\(pillar.episodes.last!.number)" } ?? "no episodes"
            parts.append("<text x=\"0\" y=\"\(y + 14)\" font-size=\"12.5\" font-weight=\"600\" fill=\"#1f2328\">\(pillar.number) \(HTMLText.escape(pillar.name))</text>")
            parts.append("<text x=\"0\" y=\"\(y + 27)\" font-size=\"11\" fill=\"#59636e\">\(range)</text>")
            for (column, episode) in pillar.episodes.enumerated() {
                let x = labelWidth + column * cell.width
                let band = band(episode.coverage)
                let label = "Episode \(episode.number): \(episode.title): " + String(format: "%.2f%%", episode.coverage) + ", \(episode.grade.rawValue)"
                parts.append(
                    "<a href=\"\(HTMLReport.episodeFile(episode.number))\"><title>\(HTMLText.escape(label))</title>"
                        + "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cell.width - 2)\" height=\"\(cell.height - 2)\" rx=\"3\" fill=\"\(bands[band])\"/>"
                        + "<text x=\"\(x + cell.width / 2)\" y=\"\(y + cell.height / 2 + 4)\" font-size=\"11\" text-anchor=\"middle\" fill=\"\(band >= 6 ? "#ffffff" : "#1f2328")\">"
                        + "\(Int(episode.coverage.rounded()))%</text></a>")
            }
        }
        parts.append("<text x=\"0\" y=\"\(legendTop + 14)\" font-size=\"12\" fill=\"#59636e\">coverage, % of the episode</text>")
        let swatch = 56
        for (index, colour) in bands.enumerated() {
            let x = labelWidth + index * swatch
            parts.append("<rect x=\"\(x)\" y=\"\(legendTop)\" width=\"\(swatch - 2)\" height=\"16\" rx=\"2\" fill=\"\(colour)\" stroke=\"#d8dee4\"/>")
            parts.append("<text x=\"\(x + (swatch - 2) / 2)\" y=\"\(legendTop + 32)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#59636e\">\(index * 10)–\(index * 10 + 10)</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
