/// Outcomes of a TCK run: per scenario, summed per folder, with failure details for verbose output.
public struct TCKReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        case passed
        case failed(String)
        case skipped(String)
    }

    public struct Entry: Sendable {
        public var folder: String
        public var feature: String
        public var scenario: String
        public var outcome: Outcome
    }

    public var entries: [Entry] = []

    public var passed: Int { entries.filter { $0.outcome == .passed }.count }
    public var failed: Int { entries.filter { if case .failed = $0.outcome { return true } else { return false } }.count }
    public var skipped: Int { entries.filter { if case .skipped = $0.outcome { return true } else { return false } }.count }

    /// A table of passed/failed/skipped per folder, then `N passed, N failed, N skipped`.
    /// Verbose output first lists each failure with its expected and actual outcome.
    public func rendered(verbose: Bool = false) -> String {
        var lines: [String] = []
        if verbose {
            for entry in entries {
                switch entry.outcome {
                case .failed(let detail):
                    lines.append("FAILED \(entry.folder) › \(entry.feature) › \(entry.scenario)")
                    lines.append(contentsOf: detail.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 })
                case .skipped(let reason):
                    lines.append("SKIPPED \(entry.folder) › \(entry.feature) › \(entry.scenario): \(reason)")
                case .passed: break
                }
            }
            if !lines.isEmpty { lines.append("") }
        }
        var folders: [String] = []
        var counts: [String: (passed: Int, failed: Int, skipped: Int)] = [:]
        for entry in entries {
            if counts[entry.folder] == nil { folders.append(entry.folder) }
            var count = counts[entry.folder] ?? (0, 0, 0)
            switch entry.outcome {
            case .passed: count.passed += 1
            case .failed: count.failed += 1
            case .skipped: count.skipped += 1
            }
            counts[entry.folder] = count
        }
        let width = max(6, folders.map(\.count).max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String { text + String(repeating: " ", count: max(0, size - text.count)) }
        func number(_ value: Int) -> String { let text = String(value); return String(repeating: " ", count: max(0, 7 - text.count)) + text }
        lines.append(pad("folder", width) + "  passed  failed skipped")
        for folder in folders.sorted() {
            let count = counts[folder]!
            lines.append(pad(folder, width) + " " + number(count.passed) + " " + number(count.failed) + " " + number(count.skipped))
        }
        lines.append("\(passed) passed, \(failed) failed, \(skipped) skipped")
        return lines.joined(separator: "\n") + "\n"
    }
}
