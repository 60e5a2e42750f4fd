import Foundation
import GraphStore
import SiteHTML

/// Extracted pages by the hash and size of their bytes, encoded (`ExtractedPage+Coding`), for
/// one set of content rules: an entry is decoded only for a page that needs it.
struct PageCache {
    static let fileName = "pages.cache"

    struct Key: Hashable, Sendable {
        var hash: UInt64
        var size: Int
    }

    /// A hash of what extraction depends on besides the bytes.
    let extractionKey: UInt64
    var entries: [Key: [UInt8]] = [:]

    init(extractionKey: UInt64) {
        self.extractionKey = extractionKey
    }

    static func extractionKey(_ extractor: PageExtractor) -> UInt64 {
        let rules = extractor.rules
        let text = rules.selectors.map(\.description).joined(separator: "\n")
            + "\n--\n" + rules.notContent.map(\.description).joined(separator: "\n") + "\n--\n\(extractor.maxDepth)"
        return ContentHash.of(Array(text.utf8))
    }

    /// The cache in `folder`, or an empty one; what could not be used is said in `warnings`.
    static func read(from folder: URL, extractionKey: UInt64, warnings: inout [String]) -> PageCache {
        let url = folder.appendingPathComponent(fileName)
        let consequence = "the pages were parsed again and the cache rebuilt"
        var cache = PageCache(extractionKey: extractionKey)
        guard var reader = CacheFile.payload(of: url, kind: .pages, consequence: consequence, warnings: &warnings) else { return cache }
        do throws(BinaryReader.Malformed) {
            // Other content rules: every page is extracted anew.
            guard try reader.readUInt64() == extractionKey else { return cache }
            for _ in 0..<(try reader.readCount()) {
                let key = Key(hash: try reader.readUInt64(), size: try reader.readInt())
                cache.entries[key] = try reader.readRaw()
            }
            return cache
        } catch {
            warnings.append("\(url.path): ignored because it is malformed (\(error)); \(consequence)")
            return PageCache(extractionKey: extractionKey)
        }
    }

    func page(_ key: Key, path: String) -> ExtractedPage? {
        guard let bytes = entries[key] else { return nil }
        var reader = BinaryReader(bytes)
        guard let page = try? ExtractedPage(path: path, decoding: &reader), reader.isAtEnd else { return nil }
        return page
    }

    static func encode(_ page: ExtractedPage) -> [UInt8] {
        var writer = BinaryWriter()
        page.encode(into: &writer)
        return writer.bytes
    }

    var payload: [UInt8] {
        var writer = BinaryWriter(capacity: entries.values.reduce(64) { $0 + $1.count + 24 })
        writer.write(extractionKey)
        writer.write(UInt64(entries.count))
        for key in entries.keys.sorted(by: { ($0.hash, $0.size) < ($1.hash, $1.size) }) {
            writer.write(key.hash)
            writer.write(key.size)
            writer.write(raw: entries[key]!)
        }
        return writer.bytes
    }
}
