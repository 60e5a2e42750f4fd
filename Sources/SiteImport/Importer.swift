import Foundation
import GraphStore
import SiteHTML

/// Reads a site folder and the plan into one graph. Pages are read, parsed, classified,
/// scanned for concepts and their links resolved in parallel; the graph is built meanwhile in
/// sorted path order, so the same input gives the same node ids whatever the thread timing.
public struct Importer: Sendable {
    public var threads: Int
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.threads = max(1, threads)
        self.progress = progress
    }

    public func run(site: URL, plan: Plan) throws(ImportError) -> ImportResult {
        let listing = try SiteWalker().list(site)
        guard !listing.pages.isEmpty else { throw ImportError.noPages(path: site.path) }
        return run(listing, plan: plan)
    }

    /// Imports the files of a listing; one that cannot be read by then (it vanished, or its
    /// permissions changed) becomes an error in the result while the others are imported.
    func run(_ listing: SiteWalker.Listing, plan: Plan) -> ImportResult {
        let scanner = PageScanner(plan: plan, resolver: LinkResolver(pages: Set(listing.pages), files: Set(listing.files)))
        let done = Counter()
        let total = listing.pages.count
        let progress = self.progress
        let root = listing.root
        var assembler = GraphAssembler(plan: plan)
        parallelForEach(listing.pages, threads: threads, into: &assembler) { path in
            defer { progress?(done.take() + 1, total) }
            return scanner.scan(path: path, root: root)
        } consume: { assembler, work in
            assembler.add(work)
        }
        var result = assembler.finish()
        result.warnings = listing.skipped.map { ImportWarning(path: $0.path, message: "skipped: \($0.reason)") } + result.warnings
        return result
    }
}
