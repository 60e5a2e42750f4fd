import ArgumentParser
import Foundation
import Reports

/// Writes the coverage report as HTML pages, Markdown and JSON into one folder.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the coverage report (HTML pages, Markdown, JSON) into a folder, atomically.",
        discussion: """
            The folder gets index.html and episodes/NNN.html (self-contained pages), report.md \
            and report.json; --format picks some of them. It is replaced whole, so it must be \
            new, empty, or a folder gapgraph wrote before.

            Examples:
              gapgraph report --out /tmp/report
              gapgraph report --out docs/coverage --format md --site-url https://example.org/docs/
              gapgraph report --site /tmp/dstudio --out /tmp/dstudio-report --format html --format json
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "The report folder (default: .gapgraph/report).")
    var out: String = ReportLocation.defaultFolder

    @Option(help: "html, md or json; repeat for several (default: all three).")
    var format: [ReportFormat] = []

    @Option(help: "The published site's base URL for evidence links (default: relative links to the --site folder).")
    var siteURL: String?

    @Option(help: "How many critical gaps the HTML and Markdown list (report.json has all).")
    var gapLimit = 25

    func validate() throws {
        guard gapLimit >= 1 else { throw ValidationError("--gap-limit must be at least 1, got \(gapLimit)") }
    }

    func run() throws {
        let result = try options.load()
        let folder = URL(fileURLWithPath: out)
        if out == ReportLocation.defaultFolder { try ReportLocation.makeParent(of: folder) }
        let files = ReportFiles(formats: format.isEmpty ? ReportFormat.allCases : format, siteURL: siteURL, gapLimit: gapLimit)
        let written = try files.write(ReportContent(result), to: folder, site: options.siteURL)
        print(ReportLocation.describe(folder: out, files: written))
        try failOnUnreadable(result)
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// Where reports go by default, and how a command says where one went.
enum ReportLocation {
    static let defaultFolder = ".gapgraph/report"

    /// The default folder's parent, `.gapgraph`, is made on first use.
    static func makeParent(of folder: URL) throws {
        let parent = folder.deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: parent.path) else { return }
        guard mkdir(parent.path, 0o777) == 0 || errno == EEXIST else {
            throw OutputFolderError.output(.notWritable(path: parent.path, reason: String(cString: strerror(errno))))
        }
    }

    static func describe(folder: String, files: [String]) -> String {
        var entry: [String] = []
        if files.contains("index.html") { entry.append(folder + "/index.html (\(files.filter { $0.hasPrefix("episodes/") }.count) episode pages)") }
        for name in ["report.md", "report.json"] where files.contains(name) { entry.append(folder + "/" + name) }
        return "Report: " + entry.joined(separator: ", ")
    }
}
