import ArgumentParser
import FileOutput
import Foundation
import Reports
import SiteImport

/// Imports a site and reports every warning; exits non-zero when a file could not be read.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a built site with the plan and report problems with the input.",
        discussion: """
            Examples:
              gapgraph import --site ~/dstudio/site --plan graph
              gapgraph import --format json
              gapgraph import --site ~/dstudio/site --dump before.txt
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "text or json (json has no timing, so the same input gives the same bytes).")
    var format: OutputFormat = .text

    @Option(help: "Write the graph, one line per node and relationship in id order, to this file (to compare two imports byte for byte).")
    var dump: String?

    func run() throws {
        let start = Date()
        let result = try options.load()
        try writeDump(result)
        if format == .json {
            print(ImportSummaryReport.json(result), terminator: "")
            return try failOnUnreadable(result)
        }
        let seconds = Date().timeIntervalSince(start)
        for warning in result.warnings { print("warning: \(warning)") }
        print(
            "Imported \(result.pageCount) pages: \(result.graph.nodeCount) nodes, \(result.graph.relationshipCount) relationships, "
                + "\(result.warnings.count) warnings, \(result.brokenLinks.count) broken links in "
                + String(format: "%.2f", seconds) + " s" + Self.cacheNote(result))
        try failOnUnreadable(result)
    }

    /// How the cache helped, when it did.
    static func cacheNote(_ result: ImportResult) -> String {
        guard let cache = result.cache else { return "" }
        if cache.reusedResult { return " (unchanged since the last import: from the cache)" }
        guard result.parsedPages < result.pageCount else { return "" }
        return " (parsed \(result.parsedPages) of \(result.pageCount) pages, the rest from the cache)"
    }

    private func writeDump(_ result: ImportResult) throws {
        guard let dump else { return }
        do {
            try AtomicFile().write(result.graph.dump(), to: URL(fileURLWithPath: dump))
        } catch {
            Terminal.standardError.writeError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

/// Files that could not be read were left out; the command says so and fails.
func failOnUnreadable(_ result: ImportResult) throws {
    guard !result.errors.isEmpty else { return }
    reportUnreadable(result)
    throw ExitCode.failure
}

func reportUnreadable(_ result: ImportResult) {
    for error in result.errors { Terminal.standardError.writeError("error: \(error)") }
}
