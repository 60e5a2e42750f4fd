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
        var nothing: [Void] = []
        return run(listing, plan: plan, into: &nothing) { scanner, index in
            (scanner.scan(path: listing.pages[index], root: listing.root), ())
        }
    }

    /// Imports the pages of a listing, each page's work made by `scan` in parallel and added to
    /// the graph in path order; what else `scan` returns is kept in `extras`, in page order.
    func run<Extra: Sendable>(
        _ listing: SiteWalker.Listing, plan: Plan, into extras: inout [Extra],
        scan: @Sendable (PageScanner, Int) -> (PageWork, Extra)
    ) -> ImportResult {
        let scanner = PageScanner(plan: plan, resolver: LinkResolver(pages: Set(listing.pages), files: Set(listing.files)))
        let done = Counter()
        let total = listing.pages.count
        let progress = self.progress
        var state = (assembler: GraphAssembler(plan: plan), extras: extras)
        parallelForEach(Array(listing.pages.indices), threads: threads, into: &state) { index in
            defer { progress?(done.take() + 1, total) }
            return scan(scanner, index)
        } consume: { state, item in
            state.assembler.add(item.0)
            state.extras.append(item.1)
        }
        extras = state.extras
        var result = state.assembler.finish()
        result.warnings = Self.skippedWarnings(listing) + result.warnings
        return result
    }

    static func skippedWarnings(_ listing: SiteWalker.Listing) -> [ImportWarning] {
        listing.skipped.map { ImportWarning(path: $0.path, message: "skipped: \($0.reason)") }
    }
}
