import Foundation
import Testing

@Suite("The report and export commands")
struct ReportCommandTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let linux = FileManager.default.fileExists(atPath: "/sys/kernel")

    @Test("report --out writes the chosen formats and says where")
    func report() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report").path
        let outcome = try CommandRunner.run(["report", "--out", out, "--format", "md", "--format", "json"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Report: \(out)/report.md, \(out)/report.json\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [".gapgraph-output", "report.json", "report.md"])
    }

    @Test("report into a folder nobody may write is an error with exit code 1", .enabled(if: linux, "needs Linux's /sys"))
    func reportUnwritable() throws {
        let outcome = try CommandRunner.run(["report", "--out", "/sys/gapgraph-report"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: /sys/gapgraph-report: cannot be written: Operation not permitted; choose a folder you may write to\n")
    }

    @Test("the main job writes its report where --report-out says, and names the files")
    func mainJobReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("r").path
        let outcome = try CommandRunner.run(["--report-out", out])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("\nReport: \(out)/index.html (150 episode pages), \(out)/report.md, \(out)/report.json\n"))
        #expect(FileManager.default.fileExists(atPath: out + "/episodes/027.html"))
    }

    @Test("in a folder it may not write, the main job still succeeds and says why there is no report", .enabled(if: linux, "needs Linux's /sys"))
    func mainJobReadOnly() throws {
        let outcome = try CommandRunner.run([], in: URL(fileURLWithPath: "/sys"))
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("GapGraph: 35 pages from "))
        #expect(!outcome.standardOutput.contains("Report:"))
        #expect(outcome.standardError == "note: the report was not written: /sys/.gapgraph: cannot be written: Operation not permitted; "
            + "choose a folder you may write to; pass --report-out DIR or --no-report\n")
    }

    @Test("a report folder the user named must be written: the main job fails when it cannot be", .enabled(if: linux, "needs Linux's /sys"))
    func mainJobNamedFolder() throws {
        let outcome = try CommandRunner.run(["--report-out", "/sys/gapgraph-report"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("/sys/gapgraph-report: cannot be written: Operation not permitted"))
    }

    @Test("--no-report writes nothing and says nothing about a report")
    func noReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["--no-report"], in: folder)
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.contains("Report:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("export writes the graph with coverage, or without it, and says how much")
    func export() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("site.graphml").path
        let outcome = try CommandRunner.run(["export", "--format", "graphml", "--out", file])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Exported 1199 nodes and 4238 relationships as graphml: \(file)\n")
        let plain = try CommandRunner.run(["export", "--format", "csv", "--out", folder.appendingPathComponent("csv").path, "--without-coverage"])
        #expect(plain.status == 0)
        #expect(plain.standardOutput == "Exported 1199 nodes and 3765 relationships as csv: 46 files in \(folder.appendingPathComponent("csv").path)\n")
    }
}
