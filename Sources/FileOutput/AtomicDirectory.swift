import Foundation

/// Writes a folder of output files (a report) all at once: the files are written into a
/// temporary folder beside the target, which then replaces the target. A failure part-way
/// leaves the previous folder as it was and no temporary folder behind.
public struct AtomicDirectory: Sendable {
    private let file: AtomicFile

    public init(file: AtomicFile = AtomicFile()) {
        self.file = file
    }

    /// `files` maps relative paths ("episodes/27.html") to their bytes.
    public func write(_ files: [(path: String, bytes: [UInt8])], to url: URL) throws(OutputError) {
        let path = url.path
        try AtomicFile.checkParent(of: url)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue { throw .isAFile(path: path) }

        var stagingPath = ""
        var made = false
        for attempt in 0..<100 {
            stagingPath = AtomicFile.temporaryName(for: url, attempt: attempt)
            made = mkdir(stagingPath, 0o777) == 0
            if made || errno != EEXIST { break }
        }
        guard made else { throw .notWritable(path: path, reason: AtomicFile.reason(errno)) }
        let staging = URL(fileURLWithPath: stagingPath)
        do throws(OutputError) {
            for entry in files {
                let target = staging.appendingPathComponent(entry.path)
                do {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw OutputError.writeFailed(path: path, reason: "cannot create \(entry.path)'s folder")
                }
                do {
                    try file.write(entry.bytes, to: target)
                } catch {
                    throw OutputError.writeFailed(path: path + "/" + entry.path, reason: Self.cause(of: error))
                }
            }
            try replace(url, with: staging, targetExists: exists)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Renames the staging folder into place; an existing target is first moved aside and
    /// removed only after the new folder stands.
    private func replace(_ url: URL, with staging: URL, targetExists: Bool) throws(OutputError) {
        guard targetExists else {
            guard rename(staging.path, url.path) == 0 else { throw .writeFailed(path: url.path, reason: AtomicFile.reason(errno)) }
            return
        }
        let aside = staging.path + ".old"
        guard rename(url.path, aside) == 0 else { throw .notWritable(path: url.path, reason: AtomicFile.reason(errno)) }
        guard rename(staging.path, url.path) == 0 else {
            let code = errno
            rename(aside, url.path)
            throw .writeFailed(path: url.path, reason: AtomicFile.reason(code))
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    private static func cause(of error: OutputError) -> String {
        switch error {
        case .writeFailed(_, let reason), .notWritable(_, let reason): return reason
        default: return error.description
        }
    }
}
