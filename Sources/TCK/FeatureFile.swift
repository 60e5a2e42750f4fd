import Foundation

/// One step of a scenario: its text (after Given/When/Then/And/But), doc string and table.
struct Step: Sendable {
    var text: String
    var docString: String?
    var table: [[String]]
}

/// A scenario after Background and Scenario Outline expansion.
struct Scenario: Sendable {
    var feature: String
    var name: String
    var steps: [Step]
}

/// A minimal Gherkin reader for the TCK's feature files.
enum FeatureFile {
    static func scenarios(in text: String, file: String) -> [Scenario] {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0.filter { $0 != "\r" })) }
        var feature = file
        var background: [Step] = []
        var scenarios: [Scenario] = []
        var index = 0

        func readSteps() -> [Step] {
            var steps: [Step] = []
            while index < lines.count {
                let line = lines[index].trimmingWhitespace()
                if line.isEmpty || line.hasPrefix("#") { index += 1; continue }
                if line.hasPrefix("\"\"\"") {
                    let indent = lines[index].prefix { $0 == " " }.count
                    index += 1
                    var doc: [String] = []
                    while index < lines.count, !lines[index].trimmingWhitespace().hasPrefix("\"\"\"") {
                        doc.append(String(lines[index].dropFirst(min(indent, lines[index].prefix { $0 == " " }.count))))
                        index += 1
                    }
                    index += 1
                    if !steps.isEmpty { steps[steps.count - 1].docString = doc.joined(separator: "\n") }
                    continue
                }
                if line.hasPrefix("|") {
                    if !steps.isEmpty { steps[steps.count - 1].table.append(tableCells(line)) }
                    index += 1
                    continue
                }
                if let keyword = ["Given ", "When ", "Then ", "And ", "But "].first(where: { line.hasPrefix($0) }) {
                    steps.append(Step(text: String(line.dropFirst(keyword.count)), docString: nil, table: []))
                    index += 1
                    continue
                }
                return steps
            }
            return steps
        }

        while index < lines.count {
            let line = lines[index].trimmingWhitespace()
            if line.hasPrefix("Feature:") {
                feature = line.dropFirst("Feature:".count).trimmingWhitespace()
                index += 1
            } else if line.hasPrefix("Background:") {
                index += 1
                background = readSteps()
            } else if line.hasPrefix("Scenario Outline:") || line.hasPrefix("Scenario Template:") {
                let name = line.drop { $0 != ":" }.dropFirst().trimmingWhitespace()
                index += 1
                let steps = readSteps()
                var number = 0
                while index < lines.count {
                    let next = lines[index].trimmingWhitespace()
                    if next.isEmpty || next.hasPrefix("#") || next.hasPrefix("@") { index += 1; continue }
                    guard next.hasPrefix("Examples:") || next.hasPrefix("Scenarios:") else { break }
                    index += 1
                    var rows: [[String]] = []
                    while index < lines.count {
                        let row = lines[index].trimmingWhitespace()
                        if row.hasPrefix("|") { rows.append(tableCells(row)); index += 1 }
                        else if row.isEmpty || row.hasPrefix("#") { index += 1 }
                        else { break }
                    }
                    guard let header = rows.first else { continue }
                    for values in rows.dropFirst() {
                        number += 1
                        let substitute: (String) -> String = { text in
                            var result = text
                            for (key, value) in zip(header, values) { result = result.replacingAll("<\(key)>", with: value) }
                            return result
                        }
                        let expanded = steps.map { step in
                            Step(text: substitute(step.text), docString: step.docString.map(substitute), table: step.table.map { $0.map(substitute) })
                        }
                        scenarios.append(Scenario(feature: feature, name: "\(name) #\(number)", steps: background + expanded))
                    }
                }
            } else if line.hasPrefix("Scenario:") || line.hasPrefix("Example:") {
                let name = line.drop { $0 != ":" }.dropFirst().trimmingWhitespace()
                index += 1
                scenarios.append(Scenario(feature: feature, name: name, steps: background + readSteps()))
            } else {
                index += 1
            }
        }
        return scenarios
    }

    /// The cells of a `| a | b |` row, with Gherkin's escapes `\|`, `\\` and `\n` resolved.
    static func tableCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                switch character {
                case "|", "\\": cell.append(character)
                case "n": cell.append("\n")
                default: cell += "\\" + String(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingWhitespace())
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
