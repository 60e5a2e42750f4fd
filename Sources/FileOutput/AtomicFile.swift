import Foundation

/// Writes an output file so that a reader sees either the old file or the whole new one:
/// the bytes go to a temporary file beside the target, are flushed to disk, and the
/// temporary file is renamed over the target. On any failure the temporary file is removed
/// and the target is untouched.
public struct AtomicFile: Sendable {
    /// Writes bytes to an open descriptor and returns how many were written, or -1 with
    /// `errno` set; a seam so tests can simulate a full disk.
    public typealias WriteCall = @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int

    public static let posixWrite: WriteCall = { descriptor, bytes in
        Foundation.write(descriptor, bytes.baseAddress, bytes.count)
    }

    private let writeCall: WriteCall

    public init(writeCall: @escaping WriteCall = AtomicFile.posixWrite) {
        self.writeCall = writeCall
    }

    public func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Array(text.utf8), to: url)
    }

    public func write(_ bytes: [UInt8], to url: URL) throws(OutputError) {
        let path = url.path
        try Self.checkParent(of: url)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .isADirectory(path: path)
        }
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 0..<100 {
            temporary = Self.temporaryName(for: url, attempt: attempt)
            // 0666 under the umask: an output is as readable as any other file the user writes.
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .notWritable(path: path, reason: Self.reason(errno)) }
        do throws(OutputError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw OutputError.writeFailed(path: path, reason: Self.reason(errno)) }
            close(descriptor)
            descriptor = -1
            guard rename(temporary, path) == 0 else { throw OutputError.writeFailed(path: path, reason: Self.reason(errno)) }
        } catch {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// A hidden name beside the target, unique to this process and call.
    static func temporaryName(for url: URL, attempt: Int) -> String {
        url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(TemporaryCounter.next())-\(attempt)"
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                writeCall(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, reason: Self.reason(errno))
            }
            if written == 0 { throw .writeFailed(path: path, reason: Self.reason(ENOSPC)) }
            offset += written
        }
    }

    static func checkParent(of url: URL) throws(OutputError) {
        let parent = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) else {
            throw .parentMissing(path: url.path)
        }
        guard isDirectory.boolValue else { throw .parentNotADirectory(path: url.path, parent: parent) }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Numbers temporary names so that two writes in one process never pick the same one.
enum TemporaryCounter {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var value = 0

    static func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
