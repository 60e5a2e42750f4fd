import Foundation

/// The plan's YAML files, read into memory: what `PlanLoader` parses and what the import
/// cache fingerprints, so that a cached plan always belongs to the bytes it was made from.
struct PlanFiles: Sendable {
    static let names = ["series.yaml", "episodes.yaml", "concepts.yaml", "site.yaml", "coverage.yaml"]

    let directory: URL
    let contents: [String: [UInt8]]

    init(directory: URL) throws(PlanError) {
        self.directory = directory
        var contents: [String: [UInt8]] = [:]
        for name in Self.names {
            let url = directory.appendingPathComponent(name)
            let position = SourcePosition(file: url.path)
            guard FileManager.default.fileExists(atPath: url.path) else { throw PlanError.missingFile(position) }
            do {
                contents[name] = try [UInt8](Data(contentsOf: url))
            } catch {
                throw PlanError.unreadable(position, reason: error.localizedDescription)
            }
        }
        self.contents = contents
    }

    /// A hash of the folder's path and every file's name and bytes: positions in a loaded
    /// plan name the files, so the same files elsewhere are another plan.
    var fingerprint: UInt64 {
        var writer = [UInt8](directory.standardizedFileURL.path.utf8)
        for name in Self.names {
            writer += Array(name.utf8) + [0]
            writer += withUnsafeBytes(of: UInt64(contents[name]!.count).littleEndian, Array.init)
            writer += contents[name]!
        }
        return ContentHash.of(writer)
    }
}
