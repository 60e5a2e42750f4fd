import FileOutput
import Foundation

/// A folder GapGraph writes whole (a report, a CSV export): written atomically, and never
/// put in place of a folder that holds something else.
public struct OutputFolder: Sendable {
    /// The file that marks a folder as GapGraph's, so writing again may replace it.
    public static let marker = ".gapgraph-output"

    public enum Kind: String, Sendable {
        case report, export
    }

    public let url: URL
    public let kind: Kind

    public init(url: URL, kind: Kind) {
        self.url = url
        self.kind = kind
    }

    /// Replaces the folder with exactly these files; a failure leaves the old folder as it was.
    public func write(_ files: [(path: String, text: String)], directory: AtomicDirectory = AtomicDirectory()) throws(OutputFolderError) {
        try checkReplaceable()
        let entries = [(path: Self.marker, bytes: Array("GapGraph \(kind.rawValue); gapgraph replaces this folder whole when it writes it again\n".utf8))]
            + files.map { (path: $0.path, bytes: Array($0.text.utf8)) }
        do {
            try directory.write(entries, to: url)
        } catch {
            throw .output(error)
        }
    }

    /// An existing folder may be replaced when it is empty or GapGraph wrote it.
    private func checkReplaceable() throws(OutputFolderError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        guard contents.isEmpty || contents.contains(Self.marker) else { throw .notOurs(path: url.path) }
    }
}
