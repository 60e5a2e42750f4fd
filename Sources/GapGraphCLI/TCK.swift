import ArgumentParser
import Foundation
import TCK

/// Runs openCypher TCK feature files against the query engine.
struct TCK: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tck",
        abstract: "Run the openCypher TCK features under a folder and report passed/failed/skipped.",
        discussion: """
            Examples:
              gapgraph tck ../shared/tck/features --filter Match
              gapgraph tck ../shared/tck/features --format json
            """
    )

    @Argument(help: "A folder of .feature files.", completion: .directory)
    var directory: String

    @Option(help: "Only scenarios whose feature or name contains this text.")
    var filter: String?

    @Flag(help: "Show each failure's expected and actual results.")
    var verbose = false

    @Option(help: "text or json (json always lists failures and skips).")
    var format: OutputFormat = .text

    /// Accepted as on every command; the TCK run writes nothing to standard error to silence.
    @OptionGroup var output: OutputOptions

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(directory): no such folder of .feature files")
        }
        let report = TCKRunner().run(directory: URL(fileURLWithPath: directory), filter: filter)
        print(format == .json ? report.json() : report.rendered(verbose: verbose), terminator: "")
        if report.failed > 0 { throw ExitCode.failure }
    }
}
