import ArgumentParser
import Reports

/// Counts of what the import produced, the pages of one kind, or the broken links.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print node and relationship counts, list the pages of a kind, or list broken links.",
        discussion: """
            Examples:
              gapgraph stats --format json
              gapgraph stats --list Pattern --format json
              gapgraph stats --site ~/dstudio/site --broken-links
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "List the pages with this label (Law, Pillar, Pattern, CaseStudy, Redirect, Page).")
    var list: String?

    @Flag(help: "List internal links that lead to no page.")
    var brokenLinks = false

    func run() throws {
        let result = try options.load()
        if let label = list {
            let report = PageListReport(result, label: label)
            print(format == .json ? report.json() : report.text(), terminator: "")
        } else if brokenLinks {
            let report = BrokenLinksReport(result)
            print(format == .json ? report.json() : report.text(), terminator: "")
        } else {
            let report = StatsReport(result)
            print(format == .json ? report.json() : report.text(), terminator: "")
        }
        try failOnUnreadable(result)
    }
}
