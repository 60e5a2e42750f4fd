import Foundation
import GraphStore

/// What later stages compute from an imported graph (the text index of related content), kept
/// with the import's cache under the key of the result it was computed from: a stored payload
/// is used only for the very graph it belongs to, and computed again whenever that changes.
public struct DerivedCache: Sendable {
    let folder: URL
    let key: UInt64
    let cache: ImportCache

    /// The payload stored under `name` for this graph; nil when there is none, when it belongs to
    /// another graph, or when the file is rejected (the reason then goes to `warnings`).
    public func read(_ name: String, warnings: inout [String]) -> BinaryReader? {
        let consequence = "it was computed again and the cache rebuilt"
        guard var reader = CacheFile.payload(of: url(name), kind: .derived, consequence: consequence, warnings: &warnings),
            (try? reader.readUInt64()) == key
        else { return nil }
        return reader
    }

    /// Stores `payload` under `name` for this graph; returns what could not be written.
    public func write(_ name: String, _ payload: [UInt8]) -> [String] {
        var writer = BinaryWriter(capacity: payload.count + 10)
        writer.write(key)
        return cache.store(writer.bytes + payload, kind: .derived, at: url(name))
    }

    private func url(_ name: String) -> URL {
        folder.appendingPathComponent(name + ".cache")
    }
}
