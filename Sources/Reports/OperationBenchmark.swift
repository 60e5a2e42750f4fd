import Analysis
import Cypher
import Foundation
import GraphStore
import SiteImport

/// Latency of what a user asks of an imported graph, one row per operation: every saved query
/// (parse, bind, plan, execute), the coverage of every episode, and the related content of one
/// episode and of every episode in turn. Each runs once to warm up, then `iterations` times.
public struct OperationBenchmark: Sendable {
    public var iterations: Int

    public init(iterations: Int) {
        self.iterations = max(1, iterations)
    }

    public func run(
        _ queries: [(name: String, text: String)], engine: QueryEngine, result: ImportResult
    ) throws(QueryError) -> [QueryBenchmark.Timing] {
        var timings = try QueryBenchmark(iterations: iterations).run(queries, on: engine)
        let episodes = result.plan.episodes
        var model = CoverageModel(graph: result.graph, plan: result.plan)
        let coverage = Self.times(iterations) { model = CoverageModel(graph: result.graph, plan: result.plan) }
        timings.append(QueryBenchmark.Timing(name: "coverage of all \(episodes.count) episodes", seconds: coverage, rows: episodes.count))
        let related = RelatedContent(graph: result.graph, model: model, index: TextIndex(graph: result.graph))
        var each: [Double] = []
        var rows = 0
        let all = Self.times(iterations) {
            for episode in episodes {
                let start = DispatchTime.now().uptimeNanoseconds
                rows = related.forEpisode(episode.number, limit: 10).count
                each.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        timings.append(QueryBenchmark.Timing(name: "related content of one episode", seconds: Array(each.dropFirst(episodes.count)), rows: rows))
        timings.append(QueryBenchmark.Timing(name: "related content of all \(episodes.count) episodes", seconds: all, rows: episodes.count))
        return timings
    }

    /// Seconds of `iterations` runs after one warm-up run.
    private static func times(_ iterations: Int, _ body: () -> Void) -> [Double] {
        body()
        return (0..<iterations).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
    }
}
