import Analysis
import ArgumentParser
import Reports

/// The critical gaps, ranked.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The critical gaps, ranked by how early and how thinly covered, each with a reason.",
        discussion: """
            Example:
              gapgraph gaps --limit 20 --site /tmp/dstudio
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "How many gaps to list.")
    var limit = 25

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
    }

    func run() throws {
        let result = try options.load()
        let gaps = Array(GapList(model: CoverageModel(graph: result.graph, plan: result.plan)).gaps.prefix(limit))
        print(format == .json ? GapsReport.json(gaps) : GapsReport.table(gaps), terminator: "")
        try failOnUnreadable(result)
    }
}
