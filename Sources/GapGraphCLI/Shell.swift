import ArgumentParser
import CypherShell
import Foundation
import LineEditing

/// An interactive Cypher shell on the imported graph, or a runner of piped statements.
struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "An interactive Cypher shell on the imported graph, with coverage added.",
        discussion: """
            Statements end with ; and may span several lines. Commands: :help, :schema, \
            :format table|json|csv, :quit (or Ctrl-D). Earlier statements are kept in \
            $XDG_STATE_HOME/gapgraph/history, or ~/.gapgraph_history without XDG_STATE_HOME.

            When standard input is not a terminal, the shell runs the statements it reads and \
            prints each one's rows as gapgraph query would, with no prompt and no colour; errors \
            go to standard error, and the exit code is 1 when any statement failed.

            Examples:
              gapgraph shell
              gapgraph shell --site /tmp/dstudio --format json
              echo 'MATCH (l:Law) RETURN l.name AS law ORDER BY law;' | gapgraph shell
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "table, json or csv, until :format changes it.")
    var format: ResultFormat = .table

    @OptionGroup var limits: QueryLimitOptions

    func run() throws {
        let (result, graph, engine) = try options.loadQueryEngine()
        let session = ShellSession(engine: engine, graph: graph, format: format, limits: limits.limits)
        guard Terminal.standardInput.isTerminal else {
            var script = ShellScript(session: session, output: Terminal.standardOutput.write, error: Terminal.standardError.write)
            let failures = script.run { readLine() }
            try failOnUnreadable(result)
            if failures > 0 { throw ExitCode.failure }
            return
        }
        let screen = Terminal.standardOutput.isTerminal ? Terminal.standardOutput : Terminal.standardError
        reportUnreadable(result)
        if !options.output.quiet {
            screen.write("\(result.pageCount) pages: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships. "
                + "End statements with ; — :help lists the commands.\n")
        }
        let history = ShellHistory(url: ShellHistory.defaultURL(environment: ProcessInfo.processInfo.environment))
        let output: (String) -> Void = Terminal.standardOutput.write
        let quiet = options.output.quiet
        let messages: (String) -> Void = { if !quiet { screen.write($0) } }
        if Terminal.standardOutput.isInteractive {
            var shell = InteractiveShell(
                session: session, source: TerminalLineReader(input: STDIN_FILENO, output: STDOUT_FILENO), history: history,
                style: Terminal.standardError.style, output: output, messages: messages, error: Terminal.standardError.write)
            shell.run()
        } else {
            var shell = InteractiveShell(
                session: session, source: PlainLineReader(write: screen.write), history: history,
                style: Terminal.standardError.style, output: output, messages: messages, error: Terminal.standardError.write)
            shell.run()
        }
    }
}

extension ResultFormat: ExpressibleByArgument {}
