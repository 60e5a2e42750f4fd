import FileOutput
import Foundation
import GraphStore

/// One file of the import cache: a header that says what it is, which format, how long and
/// with what checksum, then the payload. A file that is not one of ours, from another format
/// version, cut short or altered is rejected with the reason, never read.
enum CacheFile {
    /// Bump whenever what is cached or how it is encoded changes, or when extraction or graph
    /// building change what a page gives: a cache from before is then rebuilt.
    static let formatVersion: UInt32 = 1
    private static let magic = Array("GAPGRAPH-CACHE\n".utf8)
    private static let headerSize = magic.count + 4 + 1 + 8 + 8

    enum Kind: UInt8 {
        case plan = 1, pages = 2, result = 3, derived = 4
    }

    enum Outcome {
        case absent
        /// The payload, read from its offset in the file's bytes.
        case payload(BinaryReader)
        /// Why the file was not used, for the warning.
        case rejected(String)
    }

    static func read(_ url: URL, kind: Kind) -> Outcome {
        guard FileManager.default.fileExists(atPath: url.path) else { return .absent }
        guard let bytes = contents(of: url) else { return .rejected("it cannot be read") }
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return .rejected("it is not a GapGraph cache file") }
        guard bytes.count >= headerSize else { return .rejected("it is truncated") }
        var offset = magic.count
        let version = UInt32(integer(bytes, at: offset, width: 4))
        offset += 4
        guard version == formatVersion else { return .rejected("it was written in cache format \(version), this is format \(formatVersion)") }
        guard bytes[offset] == kind.rawValue else { return .rejected("it holds another kind of cache data") }
        offset += 1
        let length = integer(bytes, at: offset, width: 8)
        offset += 8
        let checksum = integer(bytes, at: offset, width: 8)
        offset += 8
        guard UInt64(bytes.count - offset) == length else {
            return .rejected(UInt64(bytes.count - offset) < length ? "it is truncated" : "it has bytes past its end")
        }
        let sum = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
        guard sum == checksum else { return .rejected("its checksum does not match (the file is corrupt)") }
        return .payload(BinaryReader(bytes, offset: offset))
    }

    /// The whole file in one buffer, without going through `Data`.
    private static func contents(of url: URL) -> [UInt8]? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let count = Foundation.read(descriptor, buffer.baseAddress! + done, size - done)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                done += count
            }
            complete = done == size
            initialized = done
        }
        return complete ? bytes : nil
    }

    /// The payload of a file that can be used; nil when there is none or it was rejected,
    /// which `warnings` then says with what happens instead (`consequence`).
    static func payload(of url: URL, kind: Kind, consequence: String, warnings: inout [String]) -> BinaryReader? {
        switch read(url, kind: kind) {
        case .absent:
            return nil
        case .rejected(let reason):
            warnings.append("\(url.path): ignored because \(reason); \(consequence)")
            return nil
        case .payload(let reader):
            return reader
        }
    }

    static func write(_ payload: [UInt8], kind: Kind, to url: URL) throws(OutputError) {
        var bytes = magic
        bytes.reserveCapacity(headerSize + payload.count)
        append(UInt64(formatVersion), width: 4, to: &bytes)
        bytes.append(kind.rawValue)
        append(UInt64(payload.count), width: 8, to: &bytes)
        append(ContentHash.of(payload), width: 8, to: &bytes)
        bytes += payload
        try AtomicFile().write(bytes, to: url)
    }

    private static func integer(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt64 {
        (0..<width).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[offset + $1]) }
    }

    private static func append(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
        for index in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(8 * index))) }
    }
}
