import Analysis
import ArgumentParser
import Reports

/// The main job: import the site with the plan and say what the graph holds.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import the site and the plan and print a summary (the default command).",
        discussion: """
            Example:
              gapgraph summary --site ~/dstudio/site
            """
    )

    @OptionGroup var options: GraphOptions

    func run() throws {
        let result = try options.load()
        print("GapGraph: \(result.pageCount) pages from \(options.siteURL.path), plan from \(options.planURL.path)\n")
        print(StatsReport(result).text(), terminator: "")
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        print("")
        print(SummaryReport.text(PlanComparison(model: model, graph: result.graph), model: model), terminator: "")
        print("\nPer-episode coverage: gapgraph coverage; ranked gaps: gapgraph gaps; the terms behind a number: gapgraph explain episode N")
        if !result.warnings.isEmpty {
            print("\nWarnings:")
            for warning in result.warnings.prefix(20) { print("  \(warning)") }
            if result.warnings.count > 20 { print("  … and \(result.warnings.count - 20) more (gapgraph import lists all)") }
        }
        try failOnUnreadable(result)
    }
}
