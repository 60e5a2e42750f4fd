import ArgumentParser
import Reports

/// Labels, relationship types and property keys of the imported graph, with counts.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the graph's labels, relationship types and property keys, with counts.",
        discussion: """
            Example:
              gapgraph schema --site ~/dstudio/site --format json
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let (result, graph, _) = try options.loadWithCoverage()
        let report = SchemaReport(graph)
        print(format == .json ? report.json() : report.text(), terminator: "")
        try failOnUnreadable(result)
    }
}
