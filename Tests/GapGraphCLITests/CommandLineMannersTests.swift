import Foundation
import GapGraphCLI
import Testing

/// The manners of a good command-line tool: help with examples, versions, completion scripts,
/// colour and progress only on a terminal, `NO_COLOR`, `--quiet`.
@Suite("Command-line manners")
struct CommandLineMannersTests {
    static let subcommands = GapGraph.configuration.subcommands.map { $0.configuration.commandName ?? "" }

    /// A terminal that takes colour, whatever the tests themselves run under.
    static let colourTerminal: [String: String?] = ["TERM": "xterm-256color", "NO_COLOR": nil]

    /// An SGR sequence, the kind that sets colours (a progress bar's line clearing is not one).
    static func hasColour(_ text: String) -> Bool {
        text.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
    }

    @Test("every command's --help shows at least one example", arguments: subcommands)
    func helpHasExample(command: String) throws {
        let outcome = try CommandRunner.run([command, "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Example"), "\(command) --help has no example")
        #expect(outcome.standardOutput.contains("  gapgraph \(command)"), "\(command) --help shows no example of itself")
    }

    @Test("--version prints the version, after a subcommand too")
    func version() throws {
        #expect(try CommandRunner.run(["--version"]).standardOutput == "0.1.0\n")
        #expect(try CommandRunner.run(["coverage", "--version"]).standardOutput == "0.1.0\n")
    }

    @Test("the bash completion script completes the subcommands and their options")
    func bashCompletion() throws {
        let outcome = try CommandRunner.run(["--generate-completion-script", "bash"])
        #expect(outcome.status == 0)
        let script = outcome.standardOutput
        #expect(script.hasPrefix("#!/bin/bash"))
        #expect(script.contains("\ncomplete -o filenames -F _gapgraph gapgraph\n"))
        for command in ["shell", "coverage", "explain", "query"] { #expect(script.contains("\n_gapgraph_\(command)() {\n")) }
        #expect(script.contains("--format"))
        #expect(script.contains("--quiet"))
    }

    @Test("zsh and fish completion scripts are produced too", arguments: ["zsh", "fish"])
    func otherCompletions(shell: String) throws {
        let outcome = try CommandRunner.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("gapgraph"))
        #expect(outcome.standardOutput.contains("shell"))
    }

    @Test("on a terminal the coverage grades are coloured, and the columns still line up")
    func colourOnTerminal() throws {
        let outcome = try CommandRunner.runOnTerminal(["coverage", "--pillar", "2"], environment: Self.colourTerminal)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("\u{1B}[32mstrong\u{1B}[0m "))
        #expect(outcome.standardOutput.contains("\u{1B}[31mnone\u{1B}[0m    "))
        let piped = try CommandRunner.run(["coverage", "--pillar", "2"])
        let plain = outcome.standardOutput.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(plain.hasSuffix(piped.standardOutput))
    }

    @Test("no colour in a pipe, with NO_COLOR set to anything, or on TERM=dumb")
    func noColour() throws {
        #expect(!Self.hasColour(try CommandRunner.run(["coverage", "--pillar", "2"], environment: Self.colourTerminal).standardOutput))
        for environment: [String: String?] in [["TERM": "xterm", "NO_COLOR": "1"], ["TERM": "xterm", "NO_COLOR": "yes"], ["TERM": "dumb", "NO_COLOR": nil]] {
            let outcome = try CommandRunner.runOnTerminal(["coverage", "--pillar", "2"], environment: environment)
            #expect(outcome.status == 0)
            #expect(!Self.hasColour(outcome.standardOutput), "colour with \(environment)")
        }
    }

    @Test("an empty NO_COLOR does not turn colour off, as no-color.org says")
    func emptyNoColour() throws {
        let outcome = try CommandRunner.runOnTerminal(["coverage", "--pillar", "2"], environment: ["TERM": "xterm", "NO_COLOR": ""])
        #expect(outcome.standardOutput.contains("\u{1B}[32mstrong"))
    }

    @Test("on a terminal an error is red; in a pipe it is plain")
    func redError() throws {
        let outcome = try CommandRunner.runOnTerminal(["stats", "--site", "/nonexistent/site"], environment: Self.colourTerminal)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("\u{1B}[31mError: /nonexistent/site: no such folder"))
        let piped = try CommandRunner.run(["stats", "--site", "/nonexistent/site"], environment: Self.colourTerminal)
        #expect(piped.standardError.hasPrefix("Error: /nonexistent/site: no such folder"))
    }

    @Test("on a terminal import draws a progress bar; --quiet draws none and still prints the data")
    func quiet() throws {
        let shown = try CommandRunner.runOnTerminal(["import"], environment: Self.colourTerminal)
        #expect(shown.standardOutput.contains("importing "))
        let quiet = try CommandRunner.runOnTerminal(["import", "--quiet"], environment: Self.colourTerminal)
        #expect(quiet.status == 0)
        #expect(!quiet.standardOutput.contains("importing "))
        #expect(quiet.standardOutput.hasPrefix("Imported 35 pages: "))
    }

    @Test("every command takes --quiet", arguments: ["summary", "import", "stats", "coverage", "gaps", "schema"])
    func quietEverywhere(command: String) throws {
        let outcome = try CommandRunner.run([command, "-q"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        #expect(!outcome.standardOutput.isEmpty)
    }
}
