@testable import Cypher
import Testing

/// The memory limit counts, in values of `ExecutionContext.valueBytes` each, what a query
/// buffers and the lists it builds; `budget` below is 30,000 values.
@Suite("The memory limit stops queries that would hold too much")
struct MemoryLimitTests {
    static let budget = QueryLimits(maxMemoryBytes: 30_000 * ExecutionContext.valueBytes)

    /// The single value of a one-cell result, the row count of a longer one, or the error.
    func outcome(_ query: String, limits: QueryLimits = budget) -> String {
        do {
            let rows = try QueryEngine(graph: socialGraph()).run(query, limits: limits).rows
            return rows.count == 1 && rows[0].count == 1 ? "\(rows[0][0])" : "\(rows.count) rows"
        } catch {
            return "\(error.detail) at \(error.position.map(\.description) ?? "no position")"
        }
    }

    @Test("range() larger than the memory left is refused before it is built")
    func hugeRange() {
        #expect(outcome("RETURN size(range(1, 300000000)) AS n", limits: .default) == "MemoryLimit at line 1, column 13")
    }

    @Test("ORDER BY holds every row it sorts")
    func sort() {
        #expect(outcome("UNWIND range(1, 20000) AS x WITH x RETURN count(*) AS n") == "int(20000)")
        #expect(outcome("UNWIND range(1, 20000) AS x WITH x ORDER BY x RETURN count(*) AS n") == "MemoryLimit at no position")
    }

    @Test("collect() holds what it collects")
    func collect() {
        #expect(outcome("UNWIND range(1, 20000) AS x RETURN size(collect(x)) AS n") == "int(20000)")
        #expect(outcome("UNWIND range(1, 20000) AS x RETURN size(collect(x)) + size(collect(x + 0)) AS n") == "MemoryLimit at no position")
    }

    @Test("DISTINCT holds the rows it has seen, the result its rows")
    func distinctAndResult() {
        #expect(outcome("UNWIND range(1, 20000) AS x RETURN x") == "20000 rows")
        #expect(outcome("UNWIND range(1, 20000) AS x RETURN DISTINCT x") == "MemoryLimit at no position")
        #expect(outcome("UNWIND range(1, 20000) AS x RETURN x, x AS y") == "MemoryLimit at no position")
    }

    @Test("a list or string built by + must fit")
    func concatenation() {
        #expect(outcome("RETURN size(reduce(a = [], x IN range(1, 10000) | a + [x])) AS n") == "int(10000)")
        #expect(outcome("RETURN size(reduce(a = [], x IN range(1, 20000) | a + [x, x])) AS n") == "MemoryLimit at line 1, column 51")
        let text = String(repeating: "x", count: 1000)
        let strings = QueryLimits(maxMemoryBytes: 1000 * ExecutionContext.valueBytes + 100_000)
        #expect(outcome("RETURN size(reduce(s = '', x IN range(1, 99) | s + '\(text)')) AS n", limits: strings) == "int(99000)")
        #expect(outcome("RETURN size(reduce(s = '', x IN range(1, 1000) | s + '\(text)')) AS n", limits: strings) == "MemoryLimit at line 1, column 50")
    }

    @Test("the message names the limit and what to do")
    func message() throws {
        let failure = error(of: "RETURN range(1, 300000000)")
        #expect(failure?.message == "the query would hold more than 1 GiB of rows and values; add LIMIT, aggregate sooner or raise the memory limit")
        #expect(failure?.kind == .limitExceeded)
    }
}
