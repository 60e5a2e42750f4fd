import Analysis
import ArgumentParser
import Foundation
import Reports

/// The main job: import the site with the plan and say what the graph holds.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import the site and the plan and print a summary (the default command).",
        discussion: """
            Examples:
              gapgraph summary --site ~/dstudio/site
              gapgraph summary --format json
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "Write the report (HTML, Markdown, JSON) here (default: .gapgraph/report, skipped with a note when it cannot be written).")
    var reportOut: String?

    @Flag(help: "Do not write the report.")
    var noReport = false

    func validate() throws {
        if noReport, reportOut != nil { throw ValidationError("--no-report and --report-out exclude each other") }
    }

    func run() throws {
        let result = try options.load()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        let content = ReportContent(model: model, graph: result.graph, pageCount: result.pageCount)
        if format == .json {
            print(MainJobReport.json(result, comparison: content.comparison, model: model), terminator: "")
            if !noReport { try writeReport(content) }
            return try failOnUnreadable(result)
        }
        print("GapGraph: \(result.pageCount) pages from \(options.siteURL.path), plan from \(options.planURL.path)\n")
        print(StatsReport(result).text(), terminator: "")
        print("")
        print(SummaryReport.text(content.comparison, model: model), terminator: "")
        print("\nPer-episode coverage: gapgraph coverage; ranked gaps: gapgraph gaps; the terms behind a number: gapgraph explain episode N")
        if !noReport { try writeReport(content) }
        if !result.warnings.isEmpty {
            print("\nWarnings:")
            for warning in result.warnings.prefix(20) { print("  \(warning)") }
            if result.warnings.count > 20 { print("  … and \(result.warnings.count - 20) more (gapgraph import lists all)") }
        }
        try failOnUnreadable(result)
    }

    /// The default folder is a convenience: when it cannot be written (a read-only checkout)
    /// the summary still succeeds and says why. A folder the user named must be written.
    private func writeReport(_ content: ReportContent) throws {
        let folder = reportOut ?? ReportLocation.defaultFolder
        let url = URL(fileURLWithPath: folder)
        do {
            if reportOut == nil { try ReportLocation.makeParent(of: url) }
            let written = try ReportFiles().write(content, to: url, site: options.siteURL)
            // Standard output holds only the JSON document when that is the format.
            if format == .json {
                if !options.output.quiet { Terminal.standardError.write(ReportLocation.describe(folder: folder, files: written) + "\n") }
            } else {
                print("\n" + ReportLocation.describe(folder: folder, files: written))
            }
        } catch {
            guard reportOut == nil else { throw error }
            if !options.output.quiet {
                Terminal.standardError.write("note: the report was not written: \(error); pass --report-out DIR or --no-report\n")
            }
        }
    }
}
