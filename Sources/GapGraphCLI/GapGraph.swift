import ArgumentParser

/// `gapgraph`: how much of a planned series a documentation site already covers.
public struct GapGraph: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gapgraph",
        abstract: "Import a documentation site and a series plan into one graph, and measure coverage.",
        discussion: """
            With no subcommand, imports the default site (imports/) with the default plan (graph/) \
            and prints a summary.

            Example:
              gapgraph stats --site ~/site --format json
            """,
        version: "0.1.0",
        subcommands: [Summary.self, Import.self, Stats.self, Coverage.self, Gaps.self, Explain.self, Related.self, Schema.self, Query.self, Report.self, Export.self, TCK.self, Bench.self],
        defaultSubcommand: Summary.self
    )

    public init() {}
}
