import FileOutput
import Foundation
import Testing

/// A real full disk: a 64 KiB tmpfs mounted for the suite (root only; skipped elsewhere).
/// The seam in AtomicFileTests simulates ENOSPC; this checks the kernel's own.
private let canMount = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

@Suite("Writing to a file system that is really full", .serialized, .enabled(if: canMount, "needs root to mount a tmpfs"))
struct TmpfsDiskFullTests {
    /// Mounts a fresh 64 KiB tmpfs, runs `body` in it, unmounts it.
    func withFullDisk(_ body: (URL) throws -> Void) throws {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-tmpfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: point) }
        try #require(run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point.path]) == 0, "mount refused")
        defer { _ = run("/bin/umount", [point.path]) }
        try body(point)
    }

    func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a file larger than the disk is an error naming it; the old file stays whole, no temporary is left")
    func file() throws {
        try withFullDisk { disk in
            let target = disk.appendingPathComponent("graph.json")
            try AtomicFile().write("old graph\n", to: target)
            #expect(throws: OutputError.writeFailed(path: target.path, reason: "No space left on device")) {
                try AtomicFile().write([UInt8](repeating: 0x41, count: 256 << 10), to: target)
            }
            #expect(try String(contentsOf: target, encoding: .utf8) == "old graph\n")
            #expect(try listing(disk) == ["graph.json"])
        }
    }

    @Test("a report folder that fills the disk leaves the old folder and nothing else")
    func folder() throws {
        try withFullDisk { disk in
            let report = disk.appendingPathComponent("report")
            try AtomicDirectory().write([("index.html", Array("old".utf8))], to: report)
            let files = (0..<8).map { (path: "episodes/\($0).html", bytes: [UInt8](repeating: 0x42, count: 16 << 10)) }
            #expect(throws: OutputError.self) { try AtomicDirectory().write(files, to: report) }
            #expect(try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8) == "old")
            #expect(try listing(disk) == ["report"])
        }
    }
}
