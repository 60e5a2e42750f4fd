import Cypher

/// Cuts shell input into statements ended by `;` and `:` commands ended by the end of their
/// line. A `;` inside a string, a quoted name or a comment ends nothing. A `:` where a
/// statement would start begins a command (no Cypher statement starts with one). Text can
/// arrive in pieces of any size; what is not complete waits for the next piece.
public struct StatementSplitter: Sendable {
    private enum State: Sendable {
        case code
        /// A `/` that may start a comment, or be division.
        case slash
        case quoted(Unicode.Scalar, escaped: Bool)
        case backtick
        case lineComment
        case blockComment(star: Bool)
        case command
    }

    private var state = State.code
    /// The scalars of the item under way, from just after the previous item.
    private var current: [Unicode.Scalar] = []
    /// Where in `current` the item's text starts (its first token, or the `:`), once it has one.
    private var start: Int?
    private var startPosition = SourcePosition(offset: 0, line: 1, column: 1)
    /// An unfinished block comment before any token, for the error about it at the end.
    private var commentStart: (index: Int, position: SourcePosition)?
    private var position = SourcePosition(offset: 0, line: 1, column: 1)
    private var slashPosition = SourcePosition(offset: 0, line: 1, column: 1)

    public init() {}

    /// True while the input so far ends inside a statement (no `;` yet, or an open string
    /// or comment): a shell then asks for another line rather than running anything.
    public var needsMore: Bool {
        switch state {
        case .command: return false
        case .code, .slash, .lineComment: return start != nil
        case .quoted, .backtick, .blockComment: return true
        }
    }

    private var isCommand: Bool {
        if case .command = state { return true }
        return false
    }

    /// An entry is whole when it leaves no statement unfinished: Enter at the prompt then runs it.
    public static func isComplete(_ text: String) -> Bool {
        var splitter = StatementSplitter()
        _ = splitter.feed(text)
        return !splitter.needsMore
    }

    /// The statements and commands that `text` completes.
    public mutating func feed(_ text: String) -> [ShellInput] {
        var items: [ShellInput] = []
        for scalar in text.unicodeScalars {
            if let item = take(scalar) { items.append(item) }
            advance(over: scalar)
        }
        return items
    }

    /// Ends the input: a last statement without `;` and a last command without a newline are
    /// complete now.
    public mutating func finish() -> [ShellInput] {
        defer { self = StatementSplitter() }
        if case .slash = state, start == nil { begin(at: current.count - 1, slashPosition) }
        if isCommand { return [command(upTo: current.count)] }
        if let start { return [.statement(Self.trimmed(current[start...]), at: startPosition)] }
        if case .blockComment = state, let commentStart {
            return [.statement(String(String.UnicodeScalarView(current[commentStart.index...])), at: commentStart.position)]
        }
        return []
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> ShellInput? {
        current.append(scalar)
        switch state {
        case .code:
            return code(scalar)
        case .slash:
            if scalar == "/" {
                state = .lineComment
            } else if scalar == "*" {
                if start == nil { commentStart = (current.count - 2, slashPosition) }
                state = .blockComment(star: false)
            } else {
                if start == nil { begin(at: current.count - 2, slashPosition) }
                state = .code
                return code(scalar)
            }
        case .quoted(let quote, let escaped):
            if escaped {
                state = .quoted(quote, escaped: false)
            } else if scalar == "\\" {
                state = .quoted(quote, escaped: true)
            } else if scalar == quote {
                state = .code
            }
        case .backtick:
            if scalar == "`" { state = .code }
        case .lineComment:
            if scalar == "\n" { state = .code }
        case .blockComment(let star):
            if star && scalar == "/" {
                state = .code
                commentStart = nil
            } else {
                state = .blockComment(star: scalar == "*")
            }
        case .command:
            if scalar == "\n" {
                let item = command(upTo: current.count - 1)
                reset()
                return item
            }
        }
        return nil
    }

    private mutating func code(_ scalar: Unicode.Scalar) -> ShellInput? {
        if scalar.properties.isWhitespace { return nil }
        switch scalar {
        case ";":
            defer { reset() }
            guard let start else { return nil }
            return .statement(Self.trimmed(current[start..<(current.count - 1)]), at: startPosition)
        case "/":
            state = .slash
            slashPosition = position
            return nil
        case ":" where start == nil:
            begin(at: current.count - 1, position)
            state = .command
            return nil
        case "'", "\"":
            state = .quoted(scalar, escaped: false)
        case "`":
            state = .backtick
        default:
            break
        }
        if start == nil { begin(at: current.count - 1, position) }
        return nil
    }

    private mutating func begin(at index: Int, _ at: SourcePosition) {
        start = index
        startPosition = at
        commentStart = nil
    }

    private mutating func reset() {
        state = .code
        current = []
        start = nil
        commentStart = nil
    }

    /// People type `:quit;` out of habit; the `;` is not part of the command.
    private func command(upTo end: Int) -> ShellInput {
        var scalars = current[(start! + 1)..<end]
        while let last = scalars.last, last == ";" || last.properties.isWhitespace { scalars = scalars.dropLast() }
        return .command(Self.trimmed(scalars), line: startPosition.line)
    }

    /// Columns count unicode scalars, as the query parser's do.
    private mutating func advance(over scalar: Unicode.Scalar) {
        if scalar == "\n" {
            position = SourcePosition(offset: position.offset + 1, line: position.line + 1, column: 1)
        } else {
            position = SourcePosition(offset: position.offset + 1, line: position.line, column: position.column + 1)
        }
    }

    private static func trimmed(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView(scalars)
        while let last = view.last, last.properties.isWhitespace { view.removeLast() }
        while let first = view.first, first.properties.isWhitespace { view.removeFirst() }
        return String(view)
    }
}
