import Foundation
import Testing
import FileOutput

@Suite("Writing output files atomically")
struct AtomicFileTests {
    func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a new file holds exactly the bytes, and no temporary file is left")
    func writesNewFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("coverage.json")
        try AtomicFile().write("[1, 2]\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "[1, 2]\n")
        #expect(try listing(folder) == ["coverage.json"])
    }

    @Test("a full disk is an error naming the file, and the old file stays whole")
    func diskFull() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("gaps.md")
        try AtomicFile().write("old report\n", to: target)
        let fullAfterTenBytes = AtomicFile { descriptor, bytes in
            var stat = stat()
            fstat(descriptor, &stat)
            if stat.st_size >= 10 { errno = ENOSPC; return -1 }
            return Foundation.write(descriptor, bytes.baseAddress, min(bytes.count, 10 - Int(stat.st_size)))
        }
        #expect(throws: OutputError.writeFailed(path: target.path, reason: "No space left on device")) {
            try fullAfterTenBytes.write(String(repeating: "new ", count: 100), to: target)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old report\n")
        #expect(try listing(folder) == ["gaps.md"])
    }

    @Test("a missing folder, a folder in place of the file and a file in place of the folder are errors")
    func badPaths() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/out.json")
        #expect(throws: OutputError.parentMissing(path: missing.path)) { try AtomicFile().write("x", to: missing) }
        #expect(throws: OutputError.isADirectory(path: folder.path)) { try AtomicFile().write("x", to: folder) }
        let file = folder.appendingPathComponent("plain")
        try AtomicFile().write("x", to: file)
        let below = file.appendingPathComponent("out.json")
        #expect(throws: OutputError.parentNotADirectory(path: below.path, parent: file.path)) { try AtomicFile().write("x", to: below) }
    }

    /// Root may write to any folder, so this runs only for other users.
    @Test("a folder without write permission is an error that says so", .enabled(if: getuid() != 0, "running as root, which may write to any folder"))
    func unwritable() throws {
        let folder = try makeFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o555)
        let target = folder.appendingPathComponent("out.json")
        #expect(throws: OutputError.notWritable(path: target.path, reason: "Permission denied")) { try AtomicFile().write("x", to: target) }
    }

    @Test("a report folder replaces the old one whole")
    func replacesFolder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        try AtomicDirectory().write([("index.html", Array("old".utf8)), ("stale.html", Array("gone".utf8))], to: report)
        try AtomicDirectory().write([("index.html", Array("new".utf8)), ("episodes/27.html", Array("raft".utf8))], to: report)
        #expect(try listing(report) == ["episodes", "index.html"])
        #expect(try String(contentsOf: report.appendingPathComponent("episodes/27.html"), encoding: .utf8) == "raft")
        #expect(try listing(folder) == ["report"])
    }

    @Test("a report folder that fails part-way leaves the old folder and nothing else")
    func failedFolderLeavesOld() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        try AtomicDirectory().write([("index.html", Array("old".utf8))], to: report)
        let failing = AtomicDirectory(file: AtomicFile { _, _ in errno = ENOSPC; return -1 })
        #expect(throws: OutputError.writeFailed(path: report.path + "/index.html", reason: "No space left on device")) {
            try failing.write([("index.html", Array("new".utf8))], to: report)
        }
        #expect(try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try listing(folder) == ["report"])
    }

    @Test("a file where the report folder should go is an error")
    func fileInPlaceOfFolder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        try AtomicFile().write("x", to: report)
        #expect(throws: OutputError.isAFile(path: report.path)) { try AtomicDirectory().write([("a", [1])], to: report) }
    }
}
