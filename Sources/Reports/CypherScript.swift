import Cypher
import GraphStore

/// Runs a script of Cypher statements separated by `;` on a mutable graph, as a shell
/// would: how a graph exported by `CypherExport` is rebuilt.
public enum CypherScript {
    /// A statement that failed, with its number (from 1) and the line it starts on.
    public struct Failure: Error, CustomStringConvertible {
        public var statement: Int
        public var line: Int
        public var error: QueryError
        public var text: String

        public var description: String {
            "statement \(statement) (line \(line)): " + error.rendered(query: text)
        }
    }

    /// Runs every statement in order and stops at the first that fails; returns how many ran.
    @discardableResult
    public static func run(_ script: String, on graph: MemoryGraph, limits: QueryLimits = .default) throws(Failure) -> Int {
        let engine = QueryEngine(graph: graph)
        let statements = statements(script)
        for (index, statement) in statements.enumerated() {
            do {
                _ = try engine.run(statement.text, limits: limits)
            } catch {
                throw Failure(statement: index + 1, line: statement.line, error: error, text: statement.text)
            }
        }
        return statements.count
    }

    /// The statements of a script: split at `;` outside strings, quoted names and comments;
    /// pieces holding only comments and white space are dropped.
    public static func statements(_ script: String) -> [(text: String, line: Int)] {
        enum State { case code, single, double, backtick, lineComment, blockComment }
        var state = State.code
        var result: [(text: String, line: Int)] = []
        var current = ""
        var hasCode = false
        var line = 1
        var startLine = 1
        let scalars = Array(script.unicodeScalars)
        var index = 0
        func finish() {
            if hasCode { result.append((current, startLine)) }
            current = ""
            hasCode = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "\n" { line += 1 }
            switch state {
            case .code:
                if scalar == ";" {
                    finish()
                    index += 1
                    continue
                }
                if scalar == "/", next == "/" { state = .lineComment }
                else if scalar == "/", next == "*" { state = .blockComment }
                else if !scalar.properties.isWhitespace {
                    if !hasCode { startLine = line }
                    hasCode = true
                    if scalar == "'" { state = .single } else if scalar == "\"" { state = .double } else if scalar == "`" { state = .backtick }
                }
            case .single, .double:
                if scalar == "\\", let next {
                    current.unicodeScalars.append(scalar)
                    current.unicodeScalars.append(next)
                    if next == "\n" { line += 1 }
                    index += 2
                    continue
                }
                if (state == .single && scalar == "'") || (state == .double && scalar == "\"") { state = .code }
            case .backtick:
                if scalar == "`" { state = .code }
            case .lineComment:
                if scalar == "\n" { state = .code }
            case .blockComment:
                if scalar == "*", next == "/" {
                    current += "*/"
                    index += 2
                    state = .code
                    continue
                }
            }
            current.unicodeScalars.append(scalar)
            index += 1
        }
        finish()
        return result
    }
}
