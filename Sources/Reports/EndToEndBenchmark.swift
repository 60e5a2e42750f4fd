import Analysis
import Foundation
import GraphStore
import SiteImport

/// The whole job, as Benchmarks/python-baseline/baseline.py does it: load the plan, import the
/// site, score the coverage of every episode, build the text index, find the related content of
/// every episode (on `threads` threads). Cold parses every page and builds the index; warm
/// imports from a cache the first run filled, and reads the index from it.
public struct EndToEndBenchmark: Sendable {
    public static let phases = ["plan", "import", "coverage", "index", "related", "total"]

    public var threads: Int

    public init(threads: Int) {
        self.threads = max(1, threads)
    }

    /// Seconds per phase (`phases`) of one run; with a cache, from it.
    public func run(site: URL, plan directory: URL, cache: ImportCache?) throws -> [String: Double] {
        var seconds: [String: Double] = [:]
        let started = DispatchTime.now().uptimeNanoseconds
        var clock = started
        func lap(_ phase: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            seconds[phase] = Double(now - clock) / 1e9
            clock = now
        }
        let importer = Importer(threads: threads)
        let result: ImportResult
        if let cache {
            let plan = try cache.loadPlan(directory: directory)
            lap("plan")
            result = try importer.run(site: site, plan: plan, cache: cache)
        } else {
            let plan = try PlanLoader.load(directory: directory)
            lap("plan")
            result = try importer.run(site: site, plan: plan)
        }
        lap("import")
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        lap("coverage")
        var warnings: [String] = []
        let related = RelatedContent(graph: result.graph, model: model, index: TextIndex.cached(for: result, warnings: &warnings))
        lap("index")
        let lists = parallelMap(result.plan.episodes.map(\.number), threads: threads) { related.forEpisode($0, limit: 10) }
        precondition(lists.count == result.plan.episodes.count)
        lap("related")
        seconds["total"] = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return seconds
    }
}
