/// The shell reading from a pipe or a file: statements and commands as they complete, each
/// statement's rows exactly as `gapgraph query` prints them, errors on standard error, no
/// prompt, no colour and no confirmations. `:quit` ends the script early.
public struct ShellScript {
    public private(set) var session: ShellSession
    public private(set) var failures = 0
    private var splitter = StatementSplitter()
    private var finished = false
    private let output: (String) -> Void
    private let error: (String) -> Void

    public init(session: ShellSession, output: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.session = session
        self.output = output
        self.error = error
    }

    /// Runs every line until the input or a `:quit` ends it; returns how many inputs failed.
    public mutating func run(lines next: () -> String?) -> Int {
        while !finished, let line = next() {
            feed(line + "\n")
        }
        if !finished { run(splitter.finish()) }
        return failures
    }

    /// Runs what `text` completes; text may come in pieces of any size.
    public mutating func feed(_ text: String) {
        guard !finished else { return }
        run(splitter.feed(text))
    }

    private mutating func run(_ inputs: [ShellInput]) {
        for input in inputs where !finished {
            switch session.run(input) {
            case .result(let text): output(text)
            case .message: break
            case .failure(let text):
                failures += 1
                // A statement's error names its line and column already; a command's does not.
                let place = if case .command(_, let line) = input { "line \(line): " } else { "" }
                error(place + (text.hasSuffix("\n") ? text : text + "\n"))
            case .quit: finished = true
            }
        }
    }
}
