import Analysis
import Foundation
import GraphStore
import SiteImport
import Testing
import Yams

/// Related-content ranking on the real corpus against the pages a teammate judged relevant by
/// reading the site (Judgements/episodes.yaml), beside plain BM25 on whole-page text with the
/// episode title as the query. The judgements set no weight of the ranking.
@Suite("Related content against hand judgements")
struct RelatedQualityTests {
    @Test("nDCG@10 of the related ranking beats plain BM25 on page text")
    func quality() throws {
        let archive = AnalysisFixture.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/dstudio-site.tar.xz")
        guard FileManager.default.fileExists(atPath: archive.path) else {
            print("skipped: \(archive.path) is absent")
            return
        }
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-related-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xJf", archive.path, "-C", site.path]
        try tar.run()
        tar.waitUntilExit()
        let plan = try PlanLoader.load(directory: AnalysisFixture.root.appendingPathComponent("graph"))
        let graph = try Importer(threads: 2).run(site: site, plan: plan).graph
        let related = RelatedContent(graph: graph, model: CoverageModel(graph: graph, plan: plan), index: TextIndex(graph: graph))
        let baseline = PlainPageBM25(graph: graph)

        let text = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Judgements/episodes.yaml"),
            encoding: .utf8)
        let judged = try #require((try Yams.load(yaml: text) as? [String: Any])?["episodes"] as? [[String: Any]])
        var ours = (ndcg: 0.0, recall: 0.0), plain = (ndcg: 0.0, recall: 0.0)
        var count = 0
        for entry in judged {
            guard let number = entry["episode"] as? Int, let relevant = entry["relevant"] as? [[String: Any]], !relevant.isEmpty else { continue }
            let grades = Dictionary(relevant.compactMap { item -> (String, Int)? in
                guard let page = item["page"] as? String, let relevance = item["relevance"] as? Int else { return nil }
                return (page, relevance)
            }, uniquingKeysWith: max)
            let ranking = related.forEpisode(number, limit: 10).flatMap { [$0.page] + $0.copies }
            let title = plan.episodes.first { $0.number == number }!.title
            let plainRanking = baseline.rank(title, limit: 10)
            ours.ndcg += RankingMetrics.ndcg(ranking, judged: grades, k: 10)
            ours.recall += RankingMetrics.recall(ranking, judged: grades, k: 10)
            plain.ndcg += RankingMetrics.ndcg(plainRanking, judged: grades, k: 10)
            plain.recall += RankingMetrics.recall(plainRanking, judged: grades, k: 10)
            count += 1
        }
        let n = Double(max(count, 1))
        print(String(format: "related over %d judged episodes: nDCG@10 %.3f, recall@10 %.3f; plain BM25: nDCG@10 %.3f, recall@10 %.3f",
                     count, ours.ndcg / n, ours.recall / n, plain.ndcg / n, plain.recall / n))
        #expect(count >= 15)
        #expect(ours.ndcg > plain.ndcg)
    }
}

/// The baseline: BM25 (k1 1.2, b 0.75) over each page's whole text, no fields, no expansion.
struct PlainPageBM25 {
    var pages: [(path: String, frequencies: [String: Double], length: Double)] = []
    var documentFrequency: [String: Double] = [:]
    var averageLength = 1.0

    init(graph: FrozenGraph) {
        for page in graph.nodes(withLabel: "Page") where !graph.hasLabel(page, named: "Redirect") {
            guard case .string(let path)? = graph.property("path", of: page) else { continue }
            var frequencies: [String: Double] = [:]
            var length = 0.0
            var pending = graph.outgoing(from: page, type: "HAS_SECTION").map { graph.target(of: $0) }
            while let section = pending.popLast() {
                pending += graph.outgoing(from: section, type: "HAS_SECTION").map { graph.target(of: $0) }
                guard case .string(let text)? = graph.property("text", of: section) else { continue }
                for token in TextIndex.tokens(text) {
                    frequencies[token, default: 0] += 1
                    length += 1
                }
            }
            for token in frequencies.keys { documentFrequency[token, default: 0] += 1 }
            pages.append((path, frequencies, max(length, 1)))
        }
        averageLength = pages.reduce(0) { $0 + $1.length } / Double(max(pages.count, 1))
    }

    func rank(_ query: String, limit: Int) -> [String] {
        let terms = Set(TextIndex.tokens(query))
        let count = Double(pages.count)
        let scored = pages.map { page -> (String, Double) in
            var score = 0.0
            for term in terms {
                guard let frequency = page.frequencies[term], let df = documentFrequency[term] else { continue }
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                score += idf * frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * page.length / averageLength))
            }
            return (page.path, score)
        }
        return scored.filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }
}
