import GraphStore

extension TCKReport {
    /// `{passed, failed, skipped, folders: [{folder, passed, failed, skipped}],
    /// failures: [{folder, feature, scenario, detail}], skips: [{folder, feature, scenario, reason}]}`.
    public func json() -> String {
        var folders: [String: (passed: Int, failed: Int, skipped: Int)] = [:]
        var failures: [String] = []
        var skips: [String] = []
        func place(_ entry: Entry) -> String {
            "\"folder\": \(StringLiteral.json(entry.folder)), \"feature\": \(StringLiteral.json(entry.feature)), "
                + "\"scenario\": \(StringLiteral.json(entry.scenario))"
        }
        for entry in entries {
            var count = folders[entry.folder] ?? (0, 0, 0)
            switch entry.outcome {
            case .passed:
                count.passed += 1
            case .failed(let detail):
                count.failed += 1
                failures.append("    {\(place(entry)), \"detail\": \(StringLiteral.json(detail))}")
            case .skipped(let reason):
                count.skipped += 1
                skips.append("    {\(place(entry)), \"reason\": \(StringLiteral.json(reason))}")
            }
            folders[entry.folder] = count
        }
        let rows = folders.keys.sorted().map { folder in
            let count = folders[folder]!
            return "    {\"folder\": \(StringLiteral.json(folder)), \"passed\": \(count.passed), \"failed\": \(count.failed), \"skipped\": \(count.skipped)}"
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]" }
        return "{\n  \"passed\": \(passed),\n  \"failed\": \(failed),\n  \"skipped\": \(skipped),\n  \"folders\": \(list(rows)),\n"
            + "  \"failures\": \(list(failures)),\n  \"skips\": \(list(skips))\n}\n"
    }
}
