import Cypher
import Foundation

/// Runs the openCypher TCK's `.feature` files against a fresh `MemoryGraph` per scenario.
public struct TCKRunner: Sendable {
    public init() {}

    /// Every scenario of every `.feature` file under `directory` (recursively), optionally only
    /// those whose feature or scenario name contains `filter`.
    public func run(directory: URL, filter: String? = nil) -> TCKReport {
        var report = TCKReport()
        let files = Self.featureFiles(in: directory)
        // The TCK keeps its named graphs (`Given the binary-tree-1 graph`) next to `features/`.
        let graphs = directory.deletingLastPathComponent().appendingPathComponent("graphs")
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let relative = file.deletingLastPathComponent().path.dropFirst(directory.path.count).drop { $0 == "/" }
            let folder = relative.isEmpty ? "." : String(relative)
            for scenario in FeatureFile.scenarios(in: text, file: file.lastPathComponent) {
                if let filter, !scenario.feature.contains(filter), !scenario.name.contains(filter), !folder.contains(filter) { continue }
                let outcome = ScenarioExecution(scenario: scenario, graphs: graphs).run()
                report.entries.append(.init(folder: folder, feature: scenario.feature, scenario: scenario.name, outcome: outcome))
            }
        }
        return report
    }

    static func featureFiles(in directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "feature" { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }
}
