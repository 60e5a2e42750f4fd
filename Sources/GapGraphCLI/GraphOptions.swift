import Analysis
import ArgumentParser
import Cypher
import Foundation
import GraphStore
import Reports
import SiteImport

/// Where the site and the plan are, shared by every command that reads the graph.
struct GraphOptions: ParsableArguments {
    @Option(help: "The built site's folder (default: imports/).", completion: .directory)
    var site: String?

    @Option(help: "The folder with the plan's YAML files (default: graph/).", completion: .directory)
    var plan: String?

    @Option(help: "Threads that parse pages (default: one per core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The import cache's folder (default: $GAPGRAPH_CACHE, else .gapgraph/ beside the site folder).", completion: .directory)
    var cache: String?

    @Flag(help: "Import without the cache: parse every page and leave the cache as it is.")
    var noCache = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if noCache, cache != nil { throw ValidationError("--cache and --no-cache exclude each other; give one") }
    }

    /// The cache the import uses, nil with --no-cache.
    var importCache: ImportCache? {
        guard !noCache else { return nil }
        if let cache { return ImportCache(root: URL(fileURLWithPath: cache)) }
        if let folder = ProcessInfo.processInfo.environment["GAPGRAPH_CACHE"], !folder.isEmpty {
            return ImportCache(root: URL(fileURLWithPath: folder))
        }
        return ImportCache(root: ImportCache.root(besideSite: siteURL))
    }

    var siteURL: URL { DefaultPaths.resolve(site, default: "imports") }
    var planURL: URL { DefaultPaths.resolve(plan, default: "graph") }

    func loadPlan() throws -> Plan {
        try PlanLoader.load(directory: planURL)
    }

    /// Imports the site with a progress bar on a terminal; unreadable files end the command
    /// with an error after everything else was imported.
    /// Problems with the cache are warnings on standard error: the import went on without it.
    func load() throws -> ImportResult {
        let bar = !output.quiet && Terminal.standardError.isInteractive ? ProgressBar(label: "importing") : nil
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { done, total in bar.update(done, of: total) } }
        let importer = Importer(threads: threads, progress: progress)
        let result: ImportResult
        if let cache = importCache {
            result = try importer.run(site: siteURL, plan: try cache.loadPlan(directory: planURL), cache: cache)
        } else {
            result = try importer.run(site: siteURL, plan: try loadPlan())
        }
        bar?.finish()
        for warning in result.cache?.warnings ?? [] { Terminal.standardError.write("warning: \(warning)\n") }
        return result
    }
}

extension GraphOptions {
    /// The imported graph with the coverage results added, for commands that query it.
    func loadWithCoverage() throws -> (result: ImportResult, graph: FrozenGraph, model: CoverageModel) {
        let result = try load()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        return (result, model.annotate(result.graph), model)
    }

    /// A query engine over the graph with coverage added, with GapGraph's procedures
    /// (`gapgraph.related`, `gapgraph.relatedToEpisode`), as `query` and `bench --queries` use it.
    func loadQueryEngine() throws -> (result: ImportResult, graph: FrozenGraph, engine: QueryEngine) {
        let (result, graph, model) = try loadWithCoverage()
        let related = RelatedContent(graph: result.graph, model: model, index: textIndex(for: result))
        return (result, graph, QueryEngine(graph: graph, procedures: QueryProcedures.make(graph: graph, related: related)))
    }

    /// The text index of related content, from the import's cache when it holds this graph's.
    func textIndex(for result: ImportResult) -> TextIndex {
        var warnings: [String] = []
        let index = TextIndex.cached(for: result, warnings: &warnings)
        for warning in warnings { Terminal.standardError.write("warning: \(warning)\n") }
        return index
    }
}

/// Paths given on the command line, or the project's defaults: the folder in the current
/// directory when it exists (as under `swift run`), else the one beside the package's sources.
enum DefaultPaths {
    static func resolve(_ given: String?, default name: String) -> URL {
        if let given { return URL(fileURLWithPath: given) }
        let local = URL(fileURLWithPath: name)
        if FileManager.default.fileExists(atPath: local.path) { return local }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let beside = packageRoot.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: beside.path) ? beside : local
    }
}
