import Cypher
import Foundation
import Testing

/// Queries nested (or chained) 10,000 levels deep: each shape fails with `NestingTooDeep` at
/// a position, never with a stack overflow, in the parser, the binder or the evaluator.
@Suite("Deeply nested queries are an error, not a crash")
struct NestingLimitTests {
    static let depth = 10_000

    static func repeated(_ open: String, _ inner: String, _ close: String) -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    static let shapes: [(name: String, query: String)] = [
        ("parentheses", "RETURN " + repeated("(", "1", ")")),
        ("lists", "RETURN " + repeated("[", "1", "]")),
        ("maps", "RETURN " + repeated("{a: ", "1", "}")),
        ("function calls", "RETURN " + repeated("abs(", "1", ")")),
        ("NOT", "RETURN " + String(repeating: "NOT ", count: depth) + "true"),
        ("unary minus", "RETURN " + String(repeating: "- ", count: depth) + "x"),
        ("addition chain", "RETURN 1" + String(repeating: " + 1", count: depth)),
        ("OR chain", "RETURN false" + String(repeating: " OR false", count: depth)),
        ("comparison chain", "RETURN 1" + String(repeating: " < 2", count: depth)),
        ("IN chain", "RETURN 1" + String(repeating: " IN [1]", count: depth)),
        ("property chain", "WITH {a: 1} AS m RETURN m" + String(repeating: ".a", count: depth)),
        ("index chain", "RETURN [1]" + String(repeating: "[0]", count: depth)),
        ("label expression", "MATCH (n:" + repeated("(", "A", ")") + ") RETURN n"),
        ("label negation", "MATCH (n:" + String(repeating: "!", count: depth) + "A) RETURN n"),
        ("label alternatives", "MATCH (n:A" + String(repeating: "|A", count: depth) + ") RETURN n"),
        ("CASE", "RETURN " + repeated("CASE WHEN true THEN ", "1", " END")),
        ("list comprehension", "RETURN " + repeated("[x IN ", "[1]", " | x]")),
        ("EXISTS subquery", "MATCH (n) WHERE " + repeated("EXISTS { MATCH (m) WHERE ", "true", " }") + " RETURN n"),
        ("CALL subquery", repeated("CALL { ", "RETURN 1 AS x", " RETURN x }") + " RETURN x"),
    ]

    @Test("10,000 levels of nesting stop at the limit", arguments: shapes.map(\.name))
    func tooDeep(shape: String) {
        let query = Self.shapes.first { $0.name == shape }!.query
        let failure = onDefaultStack { error(of: query) }
        #expect(failure?.kind == .syntaxError)
        #expect(failure?.detail == "NestingTooDeep")
        #expect(failure?.phase == .compileTime)
        #expect(failure?.position != nil)
    }

    @Test("the error points at the token where the limit is crossed")
    func position() {
        let failure = error(of: "RETURN " + Self.repeated("(", "1", ")"))
        // The RETURN item opens level 1 and each parenthesis one more, so the limit is crossed
        // with the 256th parenthesis (column 263), at the token after it.
        #expect(failure?.position == SourcePosition(offset: 263, line: 1, column: 264))
        #expect(failure?.message.contains("more than 256 levels") == true)
    }

    @Test("at the limit, nesting and chains parse, bind and evaluate in an 8 MiB thread stack")
    func atTheLimit() throws {
        let parentheses = "RETURN " + String(repeating: "(", count: 255) + "7" + String(repeating: ")", count: 255) + " AS n"
        let lists = "RETURN size(" + String(repeating: "[", count: 254) + "7" + String(repeating: "]", count: 254) + ") AS n"
        let chain = "RETURN 1" + String(repeating: " + 1", count: 255) + " AS n"
        let rows = onDefaultStack { [parentheses, lists, chain].map { try? run($0).rows } }
        #expect(rows == [[[.int(7)]], [[.int(1)]], [[.int(256)]]])
    }

}

@Suite("Values and clause chains are bounded too")
struct ValueAndClauseLimitTests {
    @Test("reduce() cannot nest a value past the depth limit")
    func reduceNesting() {
        let failure = error(of: "RETURN size(reduce(a = [], x IN range(1, 100000) | [a])) AS n")
        #expect(failure?.detail == "NestingTooDeep")
        #expect(failure?.phase == .runtime)
        #expect(failure?.position == SourcePosition(offset: 12, line: 1, column: 13))
        #expect(try! run("RETURN size(reduce(a = [], x IN range(1, 200) | [a])) AS n").rows == [[.int(1)]])
    }

    @Test("a query of 1,000 clauses runs in an 8 MiB thread stack; one more is TooManyClauses")
    func clauses() throws {
        let chain = (0..<998).map { "WITH collect(x\($0)) AS x\($0 + 1)" }.joined(separator: "\n")
        let query = "UNWIND [1] AS x0\n" + chain + "\nRETURN size(x998) AS n"
        #expect(onDefaultStack { try? run(query).rows } == [[.int(1)]])
        let failure = error(of: "WITH 1 AS x\n" + query)
        #expect(failure?.detail == "TooManyClauses")
        #expect(failure?.position?.line == 1001)
    }
}

@Suite("A 1 MB query is read in full")
struct LargeQueryTests {
    static let megabyte = 1 << 20

    @Test("a 1 MB string literal")
    func longString() throws {
        let query = "RETURN size('" + String(repeating: "x", count: Self.megabyte) + "') AS n"
        #expect(try run(query).rows == [[.int(Int64(Self.megabyte))]])
    }

    @Test("a 1 MB list literal of half a million elements")
    func longList() throws {
        let count = Self.megabyte / 2
        let query = "RETURN size([" + Array(repeating: "1", count: count).joined(separator: ",") + "]) AS n"
        #expect(try run(query).rows == [[.int(Int64(count))]])
    }

    @Test("a syntax error at the end of 100,000 lines is placed on the last line")
    func errorAtTheEnd() {
        let query = "RETURN size([" + Array(repeating: "1", count: 100_000).joined(separator: ",\n") + "]) AS"
        let failure = error(of: query)
        #expect(failure?.detail == "UnexpectedSyntax")
        #expect(failure?.position?.line == 100_000)
        #expect(failure?.position?.column == 7)
    }
}

/// Runs `body` on a thread with an 8 MiB stack, the Linux default for a program's main thread,
/// where gapgraph runs its queries. The test runner's own threads may have less: under
/// ThreadSanitizer the 10,000-deep shapes overflowed one. A debug build needs up to 16 KiB a
/// level of expression, so 4 MiB is too little.
func onDefaultStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: T?
    let thread = Thread {
        result = body()
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    done.wait()
    return result!
}
