import Analysis
import Foundation
import GraphStore

/// Related pages as a table or as JSON: `[{page, anchor, title, score, reasons}]`, best first.
public enum RelatedReport {
    public static func table(_ items: [RelatedContent.Item]) -> String {
        var rows = [["#", "score", "page", "title", "reasons"]]
        for (index, item) in items.enumerated() {
            let page = item.page + (item.anchor.map { "#" + $0 } ?? "")
            let copies = item.copies.isEmpty ? "" : " (copies: " + item.copies.joined(separator: ", ") + ")"
            rows.append([String(index + 1), String(format: "%.3f", item.score), page, item.title, item.reasons.joined(separator: "; ") + copies])
        }
        return TextGrid(rows: rows, rightAligned: [0, 1]).render()
    }

    public static func json(_ items: [RelatedContent.Item]) -> String {
        let objects = items.map { item in
            "  {\"page\": \(StringLiteral.json(item.page)), \"anchor\": \(item.anchor.map(StringLiteral.json) ?? "null"), "
                + "\"title\": \(StringLiteral.json(item.title)), \"score\": \(CoverageReport.number(item.score)), "
                + "\"reasons\": [\(item.reasons.map(StringLiteral.json).joined(separator: ", "))], "
                + "\"copies\": [\(item.copies.map(StringLiteral.json).joined(separator: ", "))]}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
