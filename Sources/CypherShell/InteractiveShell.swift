import FileOutput
import LineEditing
import Reports

/// The shell at a terminal: a prompt, entries read with editing and history, each entry's
/// statements and commands run in turn; results on standard output, errors (in red when the
/// style allows) on standard error. Every entry is added to the history file as soon as it
/// is read, so a crash or a closed window loses nothing.
public struct InteractiveShell<Source: LineSource> {
    public static var prompt: String { "gapgraph> " }
    public static var continuation: String { "     ...> " }

    public private(set) var session: ShellSession
    public private(set) var history: ShellHistory
    private var source: Source
    private let style: TextStyle
    private let output: (String) -> Void
    private let messages: (String) -> Void
    private let error: (String) -> Void
    private var historyFailed = false

    /// Rows go to `output`, confirmations to `messages` (a quiet shell drops them), errors to `error`.
    public init(
        session: ShellSession, source: Source, history: ShellHistory, style: TextStyle,
        output: @escaping (String) -> Void, messages: @escaping (String) -> Void, error: @escaping (String) -> Void
    ) {
        self.session = session
        self.source = source
        self.history = history
        self.style = style
        self.output = output
        self.messages = messages
        self.error = error
    }

    /// Reads and runs entries until `:quit` or Ctrl-D.
    public mutating func run() {
        while true {
            switch source.read(prompt: Self.prompt, continuation: Self.continuation, history: history.entries, isComplete: StatementSplitter.isComplete) {
            case .endOfFile:
                return
            case .interrupted:
                continue
            case .line(let text):
                var splitter = StatementSplitter()
                let inputs = splitter.feed(text) + splitter.finish()
                guard !inputs.isEmpty else { continue }
                // Up after starting the shell again should bring back a query, not the :quit that ended it.
                if case .command(let command, _) = inputs.first, inputs.count == 1, (try? ShellCommand.parse(command)) == .quit {
                    return
                }
                remember(text)
                for input in inputs {
                    switch session.run(input) {
                    case .result(let text): output(text + "\n")
                    case .message(let text): messages(text)
                    case .failure(let text): error(style.error(text) + "\n\n")
                    case .quit: return
                    }
                }
            }
        }
    }

    private mutating func remember(_ entry: String) {
        do {
            try history.add(entry)
        } catch {
            guard !historyFailed else { return }
            historyFailed = true
            self.error(style.error("history not saved: \(error)") + "\n")
        }
    }
}
