import Cypher
import GraphStore
import Reports

/// The shell's state between inputs (the result format) and what each input does: a
/// statement runs on the engine within the limits, a command changes the format, shows the
/// schema or the help, or ends the session. No terminal is involved, so tests drive it directly.
public struct ShellSession {
    public private(set) var format: ResultFormat
    public let limits: QueryLimits
    private let engine: QueryEngine
    private let graph: FrozenGraph

    /// `engine` should run on `graph` (with whatever procedures it offers); `:schema` describes `graph`.
    public init(engine: QueryEngine, graph: FrozenGraph, format: ResultFormat = .table, limits: QueryLimits = .default) {
        self.engine = engine
        self.graph = graph
        self.format = format
        self.limits = limits
    }

    public mutating func run(_ input: ShellInput) -> ShellReply {
        switch input {
        case .statement(let text, let position):
            return run(statement: Self.placed(text, at: position))
        case .command(let text, _):
            do {
                return run(try ShellCommand.parse(text))
            } catch {
                return .failure(error.description)
            }
        }
    }

    private func run(statement: String) -> ShellReply {
        do {
            let result = try engine.run(statement, limits: limits)
            switch format {
            case .table: return .result(result.table())
            case .json: return .result(result.json())
            case .csv: return .result(result.csv())
            }
        } catch {
            return .failure(error.rendered(query: statement))
        }
    }

    private mutating func run(_ command: ShellCommand) -> ShellReply {
        switch command {
        case .help:
            return .result(Self.help)
        case .schema:
            let report = SchemaReport(graph)
            return .result(format == .json ? report.json() : report.text())
        case .format(nil):
            return .result("\(format.rawValue)\n")
        case .format(let chosen?):
            format = chosen
            return .message("Rows are now printed as \(chosen.rawValue).\n")
        case .quit:
            return .quit
        }
    }

    /// The statement preceded by blank lines and spaces up to where it stood, so that the
    /// line and column of an error (and its caret) are those of the input, not of the statement.
    static func placed(_ text: String, at position: SourcePosition) -> String {
        String(repeating: "\n", count: max(0, position.line - 1)) + String(repeating: " ", count: max(0, position.column - 1)) + text
    }

    public static let help: String = {
        let width = ShellCommand.summaries.map(\.usage.count).max() ?? 0
        var lines = ["Type a Cypher statement ended by ; (it may span several lines), or a command:"]
        for (usage, purpose) in ShellCommand.summaries {
            lines.append("  " + usage + String(repeating: " ", count: width - usage.count + 2) + purpose)
        }
        lines += [
            "Keys: ← → Home End move, ↑ ↓ go through earlier statements, Ctrl-W deletes a word,",
            "Ctrl-U / Ctrl-K delete to the start / end of the line, Ctrl-C abandons the statement.",
            "Procedures: CALL gapgraph.related(text, limit), CALL gapgraph.relatedToEpisode(number, limit).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }()
}
