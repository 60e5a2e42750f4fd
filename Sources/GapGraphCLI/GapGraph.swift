import ArgumentParser
import Foundation

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
        subcommands: [Summary.self, Import.self, Stats.self, Coverage.self, Gaps.self, Explain.self, Related.self, Schema.self, Query.self, Shell.self, Report.self, Export.self, TCK.self, Bench.self],
        defaultSubcommand: Summary.self
    )

    public init() {}

    /// ArgumentParser's main, with its error messages in red on a terminal. Help, the
    /// version and completion scripts, and every exit code, are left as ArgumentParser has them.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let message = fullMessage(for: error)
            let style = Terminal.standardError.style
            guard exitCode(for: error) != .success, !message.isEmpty, style.colour else { exit(withError: error) }
            var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[0] = style.error(lines[0])
            Terminal.standardError.write(lines.joined(separator: "\n") + "\n")
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }
}
