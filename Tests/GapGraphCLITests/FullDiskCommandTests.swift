import Foundation
import Testing

private let canMount = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

/// report and export onto a really full disk, a 64 KiB tmpfs (root only; skipped elsewhere).
@Suite("report and export onto a full disk", .serialized, .enabled(if: canMount, "needs root to mount a tmpfs"))
struct FullDiskCommandTests {
    func withFullDisk(_ body: (URL) throws -> Void) throws {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-tmpfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: point) }
        try #require(tool("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point.path]) == 0, "mount refused")
        defer { _ = tool("/bin/umount", [point.path]) }
        try body(point)
    }

    func tool(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("a report larger than the disk fails with exit code 1, naming the file, and leaves nothing")
    func report() throws {
        try withFullDisk { disk in
            let out = disk.appendingPathComponent("report").path
            let outcome = try CommandRunner.run(["report", "--out", out])
            #expect(outcome.status == 1)
            #expect(outcome.standardError.hasPrefix("Error: \(out)/"))
            #expect(outcome.standardError.contains("No space left on device"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == [])
        }
    }

    @Test("an export larger than the disk fails with exit code 1 and leaves the old file whole")
    func export() throws {
        try withFullDisk { disk in
            let file = disk.appendingPathComponent("site.graphml")
            try "old export\n".write(to: file, atomically: false, encoding: .utf8)
            let outcome = try CommandRunner.run(["export", "--format", "graphml", "--out", file.path])
            #expect(outcome.status == 1)
            #expect(outcome.standardError.contains("\(file.path)"))
            #expect(outcome.standardError.contains("No space left on device"))
            #expect(try String(contentsOf: file, encoding: .utf8) == "old export\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["site.graphml"])
        }
    }
}
