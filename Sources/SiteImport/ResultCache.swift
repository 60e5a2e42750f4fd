import Foundation
import GraphStore

/// The last import of a site: what its pages were then (stat and hash of each) and what it
/// produced, under a key of everything the result depends on.
struct ResultCache {
    static let fileName = "result.cache"

    struct Entry {
        var stat: FileStat
        var hash: UInt64
    }

    let key: UInt64
    /// When the recording import started reading the site, in nanoseconds since 1970.
    let startedAt: Int
    let entries: [String: Entry]
    /// The encoded result, decoded only when the key matches.
    private let result: BinaryReader

    /// The hash a page had last time, when its stat says it is unchanged and it was not
    /// modified in the racy window (nanoseconds) before the recording import started.
    func trustedHash(of path: String, stat: FileStat, racyWindow: Int) -> UInt64? {
        guard let entry = entries[path], entry.stat == stat,
            stat.modified < startedAt - racyWindow, stat.changed < startedAt - racyWindow
        else { return nil }
        return entry.hash
    }

    /// Everything an import's result depends on: the plan, which files the site has (links
    /// resolve against them) and the bytes of every page.
    static func key(plan: UInt64, listing: SiteWalker.Listing, hashes: [UInt64]) -> UInt64 {
        var writer = BinaryWriter()
        writer.write(plan)
        writer.write(listing.files)
        writer.write(listing.pages)
        writer.write(hashes)
        return ContentHash.of(writer.bytes)
    }

    static func read(from folder: URL, warnings: inout [String]) -> ResultCache? {
        let url = folder.appendingPathComponent(fileName)
        let consequence = "the site was imported again and the cache rebuilt"
        guard var reader = CacheFile.payload(of: url, kind: .result, consequence: consequence, warnings: &warnings) else { return nil }
        do throws(BinaryReader.Malformed) {
            let key = try reader.readUInt64()
            let startedAt = try reader.readInt()
            var entries: [String: Entry] = [:]
            for _ in 0..<(try reader.readCount()) {
                let path = try reader.readString()
                let stat = FileStat(
                    size: try reader.readInt(), modified: try reader.readInt(), changed: try reader.readInt(),
                    inode: try reader.readUInt64(), device: try reader.readUInt64())
                entries[path] = Entry(stat: stat, hash: try reader.readUInt64())
            }
            return ResultCache(key: key, startedAt: startedAt, entries: entries, result: reader)
        } catch {
            warnings.append("\(url.path): ignored because it is malformed (\(error)); \(consequence)")
            return nil
        }
    }

    /// The recorded result, with the plan it was imported with.
    func importResult(plan: Plan) throws(BinaryReader.Malformed) -> ImportResult {
        var reader = result
        let graph = try FrozenGraph(decoding: &reader)
        let pageCount = try reader.readInt()
        var warnings: [ImportWarning] = []
        for _ in 0..<(try reader.readCount()) { warnings.append(ImportWarning(path: try reader.readString(), message: try reader.readString())) }
        var broken: [BrokenLink] = []
        for _ in 0..<(try reader.readCount()) {
            broken.append(
                BrokenLink(
                    page: try reader.readString(), section: try reader.readOptionalString(), href: try reader.readString(),
                    resolved: try reader.readOptionalString(), viaMarkdown: try reader.readBool()))
        }
        var links = LinkCounts()
        links.internalLinks = try reader.readInt()
        links.markdownResolved = try reader.readInt()
        links.broken = try reader.readInt()
        links.brokenMarkdown = try reader.readInt()
        links.outsideSite = try reader.readInt()
        links.assets = try reader.readInt()
        links.external = try reader.readInt()
        var kinds: [String: PageKind] = [:]
        for _ in 0..<(try reader.readCount()) {
            let path = try reader.readString()
            guard let kind = PageKind(rawValue: try reader.readString()) else { throw BinaryReader.Malformed(offset: reader.offset, what: "page kind") }
            kinds[path] = kind
        }
        guard reader.isAtEnd else { throw BinaryReader.Malformed(offset: reader.offset, what: "end") }
        return ImportResult(
            graph: graph, plan: plan, pageCount: pageCount, warnings: warnings, errors: [], brokenLinks: broken, links: links, kinds: kinds)
    }

    static func payload(
        key: UInt64, startedAt: Int, listing: SiteWalker.Listing, hashes: [UInt64], result: ImportResult
    ) -> [UInt8] {
        var writer = BinaryWriter(capacity: 1 << 20)
        writer.write(key)
        writer.write(startedAt)
        writer.write(UInt64(listing.pages.count))
        for (index, path) in listing.pages.enumerated() {
            let stat = listing.pageStats[index]
            writer.write(path)
            for number in [stat.size, stat.modified, stat.changed] { writer.write(number) }
            writer.write(stat.inode)
            writer.write(stat.device)
            writer.write(hashes[index])
        }
        result.graph.encode(into: &writer)
        writer.write(result.pageCount)
        writer.write(UInt64(result.warnings.count))
        for warning in result.warnings {
            writer.write(warning.path)
            writer.write(warning.message)
        }
        writer.write(UInt64(result.brokenLinks.count))
        for link in result.brokenLinks {
            writer.write(link.page)
            writer.write(link.section)
            writer.write(link.href)
            writer.write(link.resolved)
            writer.write(link.viaMarkdown)
        }
        let links = result.links
        for count in [links.internalLinks, links.markdownResolved, links.broken, links.brokenMarkdown, links.outsideSite, links.assets, links.external] {
            writer.write(count)
        }
        writer.write(UInt64(result.kinds.count))
        for path in result.kinds.keys.sorted() {
            writer.write(path)
            writer.write(result.kinds[path]!.rawValue)
        }
        return writer.bytes
    }
}
