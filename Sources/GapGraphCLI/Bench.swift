import Analysis
import ArgumentParser
import Foundation
import Reports
import SiteImport

/// Times the import against the parse-only floor, side by side in one run, and optionally
/// the saved queries on the imported graph.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark the import against the parse-only floor, and saved queries (min/median/max).",
        discussion: """
            Examples:
              gapgraph bench --site /tmp/dstudio --iterations 5
              gapgraph bench --site /tmp/dstudio --queries queries --iterations 50
              gapgraph bench --site /tmp/dstudio --latency --iterations 20
              gapgraph bench --site /tmp/dstudio --end-to-end --iterations 5
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "Runs of each measurement.")
    var iterations = 5

    @Option(help: "Time every .cypher file in this folder on the imported graph instead of the import.")
    var queries: String?

    @Flag(help: "Time the coverage of every episode on the imported graph instead of the import.")
    var coverage = false

    @Flag(help: "Time building the text index and a related query for every episode instead of the import.")
    var related = false

    @Flag(help: "One table of every operation on the imported graph: the saved queries (--queries DIR, default queries/), coverage of all episodes, related content.")
    var latency = false

    @Flag(help: "Time the whole job (plan, import, coverage of every episode, text index, related content of every episode), cold and from the cache.")
    var endToEnd = false

    @Flag(help: "With --end-to-end: one JSON object per run instead of the table (for Benchmarks/python-baseline/compare.py).")
    var json = false

    func validate() throws {
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1, got \(iterations)") }
    }

    func run() throws {
        if endToEnd {
            try benchEndToEnd()
        } else if latency {
            try benchLatency(DefaultPaths.resolve(queries, default: "queries"))
        } else if let queries {
            try benchQueries(in: URL(fileURLWithPath: queries))
        } else if coverage {
            try benchCoverage()
        } else if related {
            try benchRelated()
        } else {
            try benchImport()
        }
    }

    private func benchImport() throws {
        let plan = try options.loadPlan()
        let benchmark = ImportBenchmark(iterations: iterations, threads: options.threads)
        // A cache of its own, so that the warm import starts from what this run wrote.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = options.noCache ? nil : ImportCache(root: folder)
        let (measurements, pages, bytes) = try benchmark.run(site: options.siteURL, plan: plan, planDirectory: options.planURL, cache: cache)
        print("\(pages) pages, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of HTML, \(iterations) runs each\n")
        let nameWidth = measurements.map(\.name.count).max() ?? 0
        print("  " + "measurement".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "       min    median       max   ×floor")
        let floor = measurements.first?.median ?? 1
        for measurement in measurements {
            let figures = [measurement.min, measurement.median, measurement.max].map { String(format: "%8.3fs", $0) }.joined(separator: "  ")
            print("  " + measurement.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + figures
                + String(format: "  %6.2f", measurement.median / floor))
        }
    }

    private func benchCoverage() throws {
        let result = try options.load()
        var seconds: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = CoverageModel(graph: result.graph, plan: result.plan)
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let measurement = ImportBenchmark.Measurement(name: "coverage of \(result.plan.episodes.count) episodes", seconds: seconds)
        print(String(format: "%@: min %.1f ms, median %.1f ms, max %.1f ms (%d runs, after import)", measurement.name,
                     measurement.min * 1000, measurement.median * 1000, measurement.max * 1000, iterations))
    }

    private func benchRelated() throws {
        let result = try options.load()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        var build: [Double] = []
        var queries: [Double] = []
        for _ in 0..<iterations {
            var start = DispatchTime.now().uptimeNanoseconds
            let index = TextIndex(graph: result.graph)
            let related = RelatedContent(graph: result.graph, model: model, index: index)
            build.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            for episode in result.plan.episodes {
                start = DispatchTime.now().uptimeNanoseconds
                _ = related.forEpisode(episode.number, limit: 10)
                queries.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        for measurement in [
            ImportBenchmark.Measurement(name: "text index and link map", seconds: build),
            ImportBenchmark.Measurement(name: "related for one episode", seconds: queries),
        ] {
            print(String(format: "%@: min %.2f ms, median %.2f ms, max %.2f ms (%d runs)", measurement.name,
                         measurement.min * 1000, measurement.median * 1000, measurement.max * 1000, measurement.seconds.count))
        }
    }

    private func savedQueries(in folder: URL) throws -> [(name: String, text: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".cypher") }.sorted() ?? []
        guard !names.isEmpty else { throw ValidationError("\(folder.path): holds no .cypher files") }
        return try names.map { name in
            (name: String(name.dropLast(".cypher".count)), text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// Cold and warm runs interleaved; the warm ones use a cache of their own that a first,
    /// untimed run fills.
    private func benchEndToEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ImportCache(root: folder)
        let benchmark = EndToEndBenchmark(threads: options.threads)
        _ = try benchmark.run(site: options.siteURL, plan: options.planURL, cache: cache)
        var runs: [(kind: String, seconds: [String: Double])] = []
        for _ in 0..<iterations {
            for (kind, used) in [("cold", nil), ("warm", cache)] as [(String, ImportCache?)] {
                let seconds = try benchmark.run(site: options.siteURL, plan: options.planURL, cache: used)
                runs.append((kind, seconds))
                if json {
                    let fields = EndToEndBenchmark.phases.map { "\"\($0)\": \(String(format: "%.6f", seconds[$0] ?? 0))" }
                    print("{\"kind\": \"\(kind)\", " + fields.joined(separator: ", ") + "}")
                }
            }
        }
        guard !json else { return }
        print("end to end, \(options.threads) threads, \(iterations) runs of each; seconds, median (min–max)\n")
        print("  " + "phase".padding(toLength: 10, withPad: " ", startingAt: 0) + ["cold", "warm (from the cache)"].map { $0.padding(toLength: 26, withPad: " ", startingAt: 0) }.joined())
        for phase in EndToEndBenchmark.phases {
            let cells = ["cold", "warm"].map { kind in
                let measurement = ImportBenchmark.Measurement(name: phase, seconds: runs.filter { $0.kind == kind }.map { $0.seconds[phase] ?? 0 })
                return String(format: "%.3f (%.3f–%.3f)", measurement.median, measurement.min, measurement.max).padding(toLength: 26, withPad: " ", startingAt: 0)
            }
            print("  " + phase.padding(toLength: 10, withPad: " ", startingAt: 0) + cells.joined())
        }
    }

    private func benchLatency(_ folder: URL) throws {
        let queries = try savedQueries(in: folder)
        let (result, graph, engine) = try options.loadQueryEngine()
        print("\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships; \(iterations) runs each after one warm-up\n")
        do {
            let timings = try OperationBenchmark(iterations: iterations).run(queries, engine: engine, result: result)
            print(QueryBenchmark.table(timings, heading: "operation"), terminator: "")
        } catch {
            Terminal.standardError.write("error: \(error.message)\n")
            throw ExitCode.failure
        }
    }

    private func benchQueries(in folder: URL) throws {
        let queries = try savedQueries(in: folder)
        let (_, graph, engine) = try options.loadQueryEngine()
        print("\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships; \(iterations) runs each after one warm-up\n")
        do {
            print(QueryBenchmark.table(try QueryBenchmark(iterations: iterations).run(queries, on: engine)), terminator: "")
        } catch {
            Terminal.standardError.write("error: \(error.message)\n")
            throw ExitCode.failure
        }
    }
}
