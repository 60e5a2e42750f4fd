import Foundation
import GraphStore
import SiteHTML

extension Importer {
    /// Imports the site, reusing what `cache` holds (see `ImportCache`): the whole result when
    /// no page changed, else each unchanged page's extraction, parsing only the pages whose
    /// bytes are new; then records the site's state for the next import.
    public func run(site: URL, plan loaded: ImportCache.LoadedPlan, cache: ImportCache) throws(ImportError) -> ImportResult {
        let startedAt = Int(Date().timeIntervalSince1970 * 1e9)
        let listing = try SiteWalker().list(site)
        guard !listing.pages.isEmpty else { throw ImportError.noPages(path: site.path) }
        let folder = cache.folder(forSite: site)
        var warnings = loaded.warnings
        let previous = ResultCache.read(from: folder, warnings: &warnings)
        var hashes = listing.pages.indices.map { previous?.trustedHash(of: listing.pages[$0], stat: listing.pageStats[$0], racyWindow: cache.racyWindow) }
        if let previous {
            // Pages not trusted by their stat (touched, copied, just written) are hashed: when
            // their bytes are unchanged, so is the result.
            let untrusted = hashes.indices.filter { hashes[$0] == nil }
            for (index, hash) in zip(untrusted, Self.hashes(of: untrusted.map { listing.pages[$0] }, in: listing.root, threads: threads)) {
                hashes[index] = hash
            }
            if hashes.allSatisfy({ $0 != nil }), previous.key == ResultCache.key(plan: loaded.fingerprint, listing: listing, hashes: hashes.map { $0! }) {
                do {
                    var result = try previous.importResult(plan: loaded.plan)
                    if !untrusted.isEmpty {
                        let payload = ResultCache.payload(key: previous.key, startedAt: startedAt, listing: listing, hashes: hashes.map { $0! }, result: result)
                        warnings += cache.store(payload, kind: .result, at: folder.appendingPathComponent(ResultCache.fileName))
                    }
                    result.warnings = Self.skippedWarnings(listing) + result.warnings
                    result.cache = CacheUse(reusedResult: true, warnings: warnings)
                    result.derived = DerivedCache(folder: folder, key: previous.key, cache: cache)
                    progress?(listing.pages.count, listing.pages.count)
                    return result
                } catch {
                    warnings.append("\(folder.appendingPathComponent(ResultCache.fileName).path): ignored because its result is malformed (\(error)); the site was imported again and the cache rebuilt")
                }
            }
        }

        let extractor = PageExtractor(rules: loaded.plan.site.content)
        let pageCache = PageCache.read(from: folder, extractionKey: PageCache.extractionKey(extractor), warnings: &warnings)
        var pages: [CachedPage] = []
        let known = hashes
        var result = run(listing, plan: loaded.plan, into: &pages) { scanner, index in
            let path = listing.pages[index]
            if let hash = known[index] {
                let key = PageCache.Key(hash: hash, size: listing.pageStats[index].size)
                if let page = pageCache.page(key, path: path) { return (scanner.work(for: page), CachedPage(key: key)) }
            }
            switch scanner.read(path, root: listing.root) {
            case .failure(let problem):
                return (scanner.unreadable(path, reason: problem.reason), CachedPage(key: nil))
            case .success(let bytes):
                let key = PageCache.Key(hash: ContentHash.of(bytes), size: bytes.count)
                if let page = pageCache.page(key, path: path) { return (scanner.work(for: page), CachedPage(key: key)) }
                let page = scanner.extractor.extract(path: path, bytes: bytes)
                return (scanner.work(for: page), CachedPage(key: key, encoded: PageCache.encode(page)))
            }
        }
        result.parsedPages = pages.filter { $0.encoded != nil }.count
        // Only a result whose every page was read is recorded, and has a key.
        let key = result.errors.isEmpty ? ResultCache.key(plan: loaded.fingerprint, listing: listing, hashes: pages.map { $0.key!.hash }) : nil
        warnings += record(result, key: key, pages: pages, listing: listing, previous: pageCache, startedAt: startedAt, in: folder, cache: cache)
        result.cache = CacheUse(reusedResult: false, warnings: warnings)
        result.derived = key.map { DerivedCache(folder: folder, key: $0, cache: cache) }
        return result
    }

    /// The hash of each file's bytes, nil for one that cannot be read.
    private static func hashes(of paths: [String], in root: URL, threads: Int) -> [UInt64?] {
        parallelMap(paths, threads: threads) { path in
            (try? Data(contentsOf: root.appendingPathComponent(path), options: .mappedIfSafe)).map { data in
                data.withUnsafeBytes { ContentHash.of($0) }
            }
        }
    }

    /// One page's entry for the next page cache: its key, and its encoding when it is new.
    struct CachedPage: Sendable {
        var key: PageCache.Key?
        var encoded: [UInt8]?
    }

    /// Writes the page cache (every page now in the site) and, when every page was read (there
    /// is a `key`), the result with the site's state; returns what could not be written.
    private func record(
        _ result: ImportResult, key: UInt64?, pages: [CachedPage], listing: SiteWalker.Listing,
        previous: PageCache, startedAt: Int, in folder: URL, cache: ImportCache
    ) -> [String] {
        var next = PageCache(extractionKey: previous.extractionKey)
        for page in pages {
            guard let key = page.key else { continue }
            next.entries[key] = page.encoded ?? previous.entries[key]
        }
        var warnings: [String] = []
        if next.entries.count != previous.entries.count || pages.contains(where: { $0.encoded != nil }) {
            warnings += cache.store(next.payload, kind: .pages, at: folder.appendingPathComponent(PageCache.fileName))
        }
        guard let key else { return warnings }
        let hashes = pages.map { $0.key!.hash }
        var recorded = result
        recorded.warnings.removeFirst(listing.skipped.count)
        let payload = ResultCache.payload(key: key, startedAt: startedAt, listing: listing, hashes: hashes, result: recorded)
        return warnings + cache.store(payload, kind: .result, at: folder.appendingPathComponent(ResultCache.fileName))
    }
}
