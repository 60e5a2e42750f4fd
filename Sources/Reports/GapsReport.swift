import Analysis
import Foundation
import GraphStore

/// The ranked critical gaps with a one-line reason each.
public enum GapsReport {
    public static func table(_ gaps: [GapList.Gap]) -> String {
        var rows = [["rank", "kind", "gap", "priority", "reason"]]
        for (index, gap) in gaps.enumerated() {
            rows.append([String(index + 1), gap.kind.rawValue, gap.name, String(format: "%.3f", gap.priority), gap.reason])
        }
        return TextGrid(rows: rows, rightAligned: [0, 3]).render()
    }

    public static func json(_ gaps: [GapList.Gap]) -> String {
        let objects = gaps.enumerated().map { index, gap in
            "  {\"rank\": \(index + 1), \"kind\": \(StringLiteral.json(gap.kind.rawValue)), \"gap\": \(StringLiteral.json(gap.name)), "
                + "\"priority\": \(String(format: "%.4f", gap.priority)), \"reason\": \(StringLiteral.json(gap.reason))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
