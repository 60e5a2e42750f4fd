import Foundation
import Testing

@Suite("The command line")
struct CommandLineTests {
    @Test("a missing site folder is an error naming it, with exit code 1 and no stack trace")
    func missingSite() throws {
        let outcome = try CommandRunner.run(["stats", "--site", "/nonexistent/site"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("/nonexistent/site: no such folder; pass the folder of a built site with --site DIR"))
        #expect(!outcome.standardError.contains("Fatal error"))
    }

    @Test("a broken YAML file is an error naming file, line and column")
    func brokenYAML() throws {
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: plan) }
        try FileManager.default.createDirectory(at: plan, withIntermediateDirectories: true)
        for name in ["series.yaml", "episodes.yaml", "concepts.yaml", "site.yaml", "coverage.yaml"] {
            try FileManager.default.copyItem(
                at: CommandRunner.packageRoot.appendingPathComponent("graph/\(name)"), to: plan.appendingPathComponent(name))
        }
        try "concepts:\n  - id: raft\n    name: Raft\n   broader: [consensus]\n".write(
            to: plan.appendingPathComponent("concepts.yaml"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["stats", "--plan", plan.path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("\(plan.path)/concepts.yaml:4:"))
        #expect(outcome.standardError.contains("invalid YAML"))
    }

    @Test("stats --format json has the documented shape")
    func statsJSON() throws {
        let outcome = try CommandRunner.run(["stats", "--format", "json"])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let nodes = try #require(object?["nodes"] as? [String: Int])
        #expect(nodes["Page"] == 35)
        #expect(nodes["Law"] == 3)
        #expect(nodes["Episode"] == 150)
        #expect((object?["relationships"] as? [String: Int])?["HAS_SECTION"] != nil)
        #expect(object?["warnings"] as? Int == 0)
    }

    @Test("stats --list prints the pages of one kind and their count")
    func list() throws {
        let outcome = try CommandRunner.run(["stats", "--list", "Law"])
        #expect(outcome.standardOutput == """
            core-principles/laws/asynchronous-reality/index.html\t\tLaw 2: Asynchronous Reality
            core-principles/laws/correlated-failure/index.html\t\tLaw 1: Correlated Failure
            core-principles/laws/economic-reality/index.html\t\tLaw 3: Economic Reality
            3 pages labelled Law

            """)
    }

    @Test("no progress bar when standard error is not a terminal")
    func noProgressOffTerminal() throws {
        let outcome = try CommandRunner.run(["import"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
    }

    @Test("the main job runs with no arguments and summarises the default site")
    func mainJob() throws {
        let outcome = try CommandRunner.run([])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("GapGraph: 35 pages from "))
    }

    @Test("import --dump writes the graph in id order, the same bytes on every import")
    func dump() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let first = folder.appendingPathComponent("first.txt")
        let second = folder.appendingPathComponent("second.txt")
        #expect(try CommandRunner.run(["import", "--dump", first.path, "--threads", "2"]).status == 0)
        #expect(try CommandRunner.run(["import", "--dump", second.path, "--threads", "1"]).status == 0)
        let text = try String(contentsOf: first, encoding: .utf8)
        #expect(text.hasPrefix("(0:Phase {claimedExistingContent: 85, months: '1-4', name: 'Foundation', number: 1})\n"))
        #expect(text.split(separator: "\n").count == 1199 + 3765)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test("import --dump into a missing folder is an error naming the path")
    func dumpIntoMissingFolder() throws {
        let outcome = try CommandRunner.run(["import", "--dump", "/nonexistent/folder/graph.txt"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("/nonexistent/folder/graph.txt: its folder does not exist"))
    }
}
