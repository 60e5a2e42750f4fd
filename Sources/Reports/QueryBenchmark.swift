import Cypher
import Foundation
import GraphStore
import SiteImport

/// Latency of saved queries on an imported graph: parse, bind, plan and execute, each query
/// run once to warm its indexes, then timed `iterations` times, under the default limits.
public struct QueryBenchmark: Sendable {
    public struct Timing: Sendable {
        public var measurement: ImportBenchmark.Measurement
        public var rows: Int
        /// For a query, the rows its scans and expansions produced (`QueryResult.intermediateRows`).
        public var touched: Int?

        public init(name: String, seconds: [Double], rows: Int, touched: Int? = nil) {
            measurement = ImportBenchmark.Measurement(name: name, seconds: seconds)
            self.rows = rows
            self.touched = touched
        }
    }

    public var iterations: Int

    public init(iterations: Int) {
        self.iterations = max(1, iterations)
    }

    /// The engine carries the graph and the procedures the queries may CALL.
    public func run(_ queries: [(name: String, text: String)], on engine: QueryEngine) throws(QueryError) -> [Timing] {
        var timings: [Timing] = []
        for query in queries {
            let warmUp = try engine.run(query.text, limits: .default)
            var seconds: [Double] = []
            for _ in 0..<iterations {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try engine.run(query.text, limits: .default)
                seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            timings.append(Timing(name: query.name, seconds: seconds, rows: warmUp.rows.count, touched: warmUp.intermediateRows))
        }
        return timings
    }

    /// One line a query: name, rows, rows touched, min, median and max in milliseconds.
    public static func table(_ timings: [Timing], heading: String = "query") -> String {
        let width = max(heading.count, timings.map(\.measurement.name.count).max() ?? 0)
        var lines = [
            "  " + heading.padding(toLength: width, withPad: " ", startingAt: 0) + "      rows   touched     min ms  median ms     max ms"
        ]
        for timing in timings {
            let m = timing.measurement
            let touched = timing.touched.map { String($0) } ?? ""
            lines.append(
                "  " + m.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %8d  ", timing.rows)
                    + String(repeating: " ", count: max(0, 8 - touched.count)) + touched
                    + String(format: "  %9.3f  %9.3f  %9.3f", m.min * 1000, m.median * 1000, m.max * 1000))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
