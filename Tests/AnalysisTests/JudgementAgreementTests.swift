import Analysis
import Foundation
import SiteImport
import Testing
import Yams

/// Grades on the real corpus against hand judgements made by reading the site
/// (Judgements/episodes.yaml). A floor, not a target: the judgements were not used to set
/// any weight or threshold.
@Suite("Agreement with hand judgements of the real corpus")
struct JudgementAgreementTests {
    static let floor = 19

    @Test("grades agree with the hand judgements on at least the floor's number of episodes")
    func agreement() throws {
        let archive = AnalysisFixture.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/dstudio-site.tar.xz")
        guard FileManager.default.fileExists(atPath: archive.path) else {
            print("skipped: \(archive.path) is absent")
            return
        }
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-judged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xJf", archive.path, "-C", site.path]
        try tar.run()
        tar.waitUntilExit()

        let plan = try PlanLoader.load(directory: AnalysisFixture.root.appendingPathComponent("graph"))
        let model = CoverageModel(graph: try Importer(threads: 2).run(site: site, plan: plan).graph, plan: plan)
        let text = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Judgements/episodes.yaml"),
            encoding: .utf8)
        let judged = try #require((try Yams.load(yaml: text) as? [String: Any])?["episodes"] as? [[String: Any]])
        var agreed = 0
        var disagreements: [String] = []
        for entry in judged {
            guard let number = entry["episode"] as? Int, let grade = entry["grade"] as? String,
                let episode = model.episode(number)
            else { continue }
            if episode.grade.rawValue == grade {
                agreed += 1
            } else {
                disagreements.append("\(number): judged \(grade), graded \(episode.grade.rawValue)")
            }
        }
        print("grade agreement: \(agreed) of \(judged.count); disagreements: \(disagreements.joined(separator: "; "))")
        #expect(judged.count == 25)
        #expect(agreed >= Self.floor)
    }
}
