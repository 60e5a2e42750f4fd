import FileOutput
import Foundation
import GraphStore

/// Where imports keep what they can reuse: the loaded plan, each page's extraction by the
/// hash of its bytes, and the whole result with the state of the files it came from.
///
/// An unchanged site is recognised without reading its pages: a page whose `stat` (size,
/// modification and change times, inode) is what the last import recorded, and which had not
/// been modified within two seconds of that import's start, is taken to hold the bytes it
/// held then (git's racy-index rule: a later edit within the same timestamp tick could
/// otherwise go unseen). Other pages are read and hashed; only those whose hash is new are
/// parsed. Every cache file carries a format version and a checksum, and one that is foreign,
/// from another version, truncated or corrupt is reported and rebuilt, never trusted.
public struct ImportCache: Sendable {
    public let root: URL
    /// A page modified this close (nanoseconds) before the import that recorded it started is
    /// hashed again: filesystems keep times to a second or two, and a later edit in the same
    /// tick would leave the same stat.
    var racyWindow = 2_000_000_000

    public init(root: URL) {
        self.root = root
    }

    /// `.gapgraph/` in the site folder's parent.
    public static func root(besideSite site: URL) -> URL {
        site.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".gapgraph")
    }

    /// A loaded plan with the fingerprint of the files it came from.
    public struct LoadedPlan: Sendable {
        public var plan: Plan
        public var fingerprint: UInt64
        /// Problems with the cache, which was then not used.
        public var warnings: [String]
    }

    /// The plan in `directory`: from the cache when its YAML files are unchanged, else parsed
    /// and stored for the next time.
    public func loadPlan(directory: URL) throws(PlanError) -> LoadedPlan {
        let files = try PlanFiles(directory: directory)
        let fingerprint = files.fingerprint
        let url = root.appendingPathComponent("plan-\(Self.name(directory)).cache")
        var warnings: [String] = []
        let consequence = "the plan was loaded again and the cache rebuilt"
        // Another fingerprint: the plan was edited since, and is simply loaded again.
        if var reader = CacheFile.payload(of: url, kind: .plan, consequence: consequence, warnings: &warnings),
            (try? reader.readUInt64()) == fingerprint
        {
            if let json = try? reader.readRaw(), let plan = try? JSONDecoder().decode(Plan.self, from: Data(json)) {
                return LoadedPlan(plan: plan, fingerprint: fingerprint, warnings: [])
            }
            warnings.append("\(url.path): the cached plan could not be read; \(consequence)")
        }
        let plan = try PlanLoader.load(files)
        var writer = BinaryWriter()
        writer.write(fingerprint)
        if let json = try? JSONEncoder().encode(plan) {
            writer.write(raw: [UInt8](json))
            warnings += store(writer.bytes, kind: .plan, at: url)
        }
        return LoadedPlan(plan: plan, fingerprint: fingerprint, warnings: warnings)
    }

    /// The folder for one site's files.
    func folder(forSite site: URL) -> URL {
        root.appendingPathComponent(site.standardizedFileURL.lastPathComponent + "-" + Self.name(site))
    }

    /// Writes a cache file, creating the folders; a failure is a warning, not an error: the
    /// import it would speed up has succeeded.
    func store(_ payload: [UInt8], kind: CacheFile.Kind, at url: URL) -> [String] {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try CacheFile.write(payload, kind: kind, to: url)
            return []
        } catch {
            return ["\(url.path): the cache could not be written (\(error)); the next import will not be faster (--cache DIR keeps it elsewhere, --no-cache goes without)"]
        }
    }

    /// A short name for a folder, from the hash of its absolute path.
    private static func name(_ folder: URL) -> String {
        let hash = ContentHash.of(Array(folder.standardizedFileURL.path.utf8))
        return String(hash, radix: 16)
    }
}
