import Foundation
import Testing

/// `--format json` on every command that prints data, each in its documented shape.
@Suite("JSON output of every command")
struct JSONOutputTests {
    func json(_ arguments: [String], input: String = "") throws -> Any {
        let outcome = try CommandRunner.run(arguments, input: input)
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    }

    @Test("every command that prints data prints valid JSON with --format json", arguments: [
        ["summary"], ["import"], ["stats"], ["stats", "--list", "Law"], ["stats", "--broken-links"], ["coverage"], ["coverage", "--summary"],
        ["gaps"], ["explain", "episode", "27"], ["explain", "concept", "raft"], ["related", "--episode", "27"], ["schema"],
        ["query", "MATCH (l:Law) RETURN l.name AS law"],
    ])
    func valid(arguments: [String]) throws {
        _ = try json(arguments + ["--format", "json"])
    }

    @Test("summary: pages, stats, plan and warnings")
    func summary() throws {
        let object = try #require(try json(["summary", "--format", "json"]) as? [String: Any])
        #expect(object["pages"] as? Int == 35)
        #expect(((object["stats"] as? [String: Any])?["nodes"] as? [String: Int])?["Law"] == 3)
        let plan = try #require(object["plan"] as? [String: Any])
        let grades = try #require(plan["grades"] as? [String: Int])
        #expect(grades.values.reduce(0, +) == 150)
        #expect((plan["claims"] as? [[String: String]])?.first?["claimed"] == "70%")
        #expect((object["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test("import: counts, warnings and unreadable files, without timing")
    func importSummary() throws {
        let object = try #require(try json(["import", "--format", "json"]) as? [String: Any])
        #expect(object["pages"] as? Int == 35)
        #expect(object["brokenLinks"] as? Int == 4)
        #expect(Set(object.keys) == ["pages", "nodes", "relationships", "brokenLinks", "warnings", "unreadable"])
    }

    @Test("stats --list: the label and its pages")
    func list() throws {
        let object = try #require(try json(["stats", "--list", "Law", "--format", "json"]) as? [String: Any])
        #expect(object["label"] as? String == "Law")
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.map { $0["title"] as? String } == ["Law 2: Asynchronous Reality", "Law 1: Correlated Failure", "Law 3: Economic Reality"])
    }

    @Test("explain episode: the terms add up to the coverage")
    func explainEpisode() throws {
        let object = try #require(try json(["explain", "episode", "27", "--format", "json"]) as? [String: Any])
        #expect(object["title"] as? String == "Raft Consensus")
        let terms = try #require(object["terms"] as? [[String: Any]])
        let points = terms.compactMap { $0["points"] as? Double }.reduce(0, +)
        let coverage = try #require(object["coverage"] as? Double)
        #expect(abs(points - coverage) < 0.005 * Double(terms.count))
        #expect((object["parts"] as? [[String: Any]])?.count == 4)
    }

    @Test("explain concept: the best page per part and every page's evidence")
    func explainConcept() throws {
        let object = try #require(try json(["explain", "concept", "raft", "--format", "json"]) as? [String: Any])
        #expect(object["concept"] as? String == "raft")
        #expect((object["best"] as? [[String: Any]])?.count == 4)
        let evidence = try #require(object["evidence"] as? [[String: Any]])
        #expect(evidence.first?["page"] as? String == "pattern-library/coordination/consensus/index.html")
    }

    @Test("tck: totals, folders, failures and skips", .enabled(if: FileManager.default.fileExists(atPath: tckFeatures.path), "../shared/tck is absent"))
    func tck() throws {
        let object = try #require(try json(["tck", tckFeatures.path, "--filter", "Match1", "--format", "json"]) as? [String: Any])
        #expect(object["failed"] as? Int == 0)
        #expect((object["passed"] as? Int ?? 0) > 0)
        #expect((object["folders"] as? [[String: Any]])?.first?["folder"] as? String == "clauses/match")
    }

    @Test("coverage --summary cannot be csv, and says so")
    func summaryCSV() throws {
        let outcome = try CommandRunner.run(["coverage", "--summary", "--format", "csv"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("--summary prints a table or json; csv has no shape for it"))
    }
}

let tckFeatures = CommandRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tck/features")
