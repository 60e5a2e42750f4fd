/// Why a query failed, in the openCypher TCK's vocabulary: an error type (`kind`), a detail
/// code, and whether it was found before (compile time) or while (runtime) running.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case semanticError = "SemanticError"
        case typeError = "TypeError"
        case argumentError = "ArgumentError"
        case arithmeticError = "ArithmeticError"
        case entityNotFound = "EntityNotFound"
        case parameterMissing = "ParameterMissing"
        case constraintVerificationFailed = "ConstraintVerificationFailed"
        case limitExceeded = "LimitExceeded"
        case procedureError = "ProcedureError"
    }

    public enum Phase: String, Sendable {
        case compileTime = "compile time"
        case runtime = "runtime"
    }

    public var kind: Kind
    /// The TCK detail code, e.g. `UndefinedVariable`.
    public var detail: String
    public var phase: Phase
    public var message: String
    public var position: SourcePosition?
    /// What the parser would have accepted at `position`, when known.
    public var expected: String?

    public init(
        _ kind: Kind, _ detail: String, phase: Phase, message: String,
        at position: SourcePosition? = nil, expected: String? = nil
    ) {
        self.kind = kind
        self.detail = detail
        self.phase = phase
        self.message = message
        self.position = position
        self.expected = expected
    }

    static func syntax(_ detail: String, _ message: String, at position: SourcePosition?, expected: String? = nil) -> QueryError {
        QueryError(.syntaxError, detail, phase: .compileTime, message: message, at: position, expected: expected)
    }

    static func runtime(_ kind: Kind, _ detail: String, _ message: String, at position: SourcePosition? = nil) -> QueryError {
        QueryError(kind, detail, phase: .runtime, message: message, at: position)
    }

    public var description: String {
        var text = "\(kind.rawValue) (\(detail)): \(message)"
        if let position { text += " at \(position)" }
        return text
    }

    /// The message, then the offending query line with a caret under the position and,
    /// when known, what was expected there.
    public func rendered(query: String) -> String {
        var lines = ["\(kind.rawValue) (\(detail), \(phase.rawValue)): \(message)"]
        if let position {
            let queryLines = query.split(separator: "\n", omittingEmptySubsequences: false)
            if position.line >= 1 && position.line <= queryLines.count {
                let line = String(queryLines[position.line - 1].filter { $0 != "\r" })
                lines.append("  " + line)
                lines.append("  " + String(repeating: " ", count: max(0, position.column - 1)) + "^")
            }
            lines.append("at \(position)")
        }
        if let expected { lines.append("expected \(expected)") }
        return lines.joined(separator: "\n")
    }
}
