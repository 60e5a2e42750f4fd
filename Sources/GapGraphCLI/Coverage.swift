import Analysis
import ArgumentParser
import Reports

/// How much of each episode the site covers, or the planned-vs-actual summary.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Coverage of every episode: %, grade, the four parts and the best evidence.",
        discussion: """
            Examples:
              gapgraph coverage --pillar 2
              gapgraph coverage --site /tmp/dstudio --format json
              gapgraph coverage --summary --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var options: GraphOptions

    @Option(help: "Only the episodes of this series pillar (1–6).")
    var pillar: Int?

    @Option(help: "table, json or csv.")
    var format: Format = .table

    @Flag(help: "The framework's claims beside what the site shows, claimed and unclaimed gaps, and grade sensitivity.")
    var summary = false

    func validate() throws {
        if summary && format == .csv { throw ValidationError("--summary prints a table or json; csv has no shape for it") }
    }

    func run() throws {
        let result = try options.load()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        if let pillar, !result.plan.seriesPillars.contains(where: { $0.number == pillar }) {
            throw ValidationError("--pillar \(pillar): the plan's series pillars are \(result.plan.seriesPillars.map { String($0.number) }.joined(separator: ", "))")
        }
        if summary {
            let comparison = PlanComparison(model: model, graph: result.graph)
            switch format {
            case .table: print(SummaryReport.text(comparison, model: model), terminator: "")
            case .json: print(SummaryReport.json(comparison, model: model), terminator: "")
            case .csv: preconditionFailure("validate() rejects --summary with csv")
            }
        } else {
            let report = CoverageReport(model, pillar: pillar)
            switch format {
            case .table: print(report.table(style: Terminal.standardOutput.style), terminator: "")
            case .json: print(report.json(), terminator: "")
            case .csv: print(report.csv(), terminator: "")
            }
        }
        try failOnUnreadable(result)
    }
}
