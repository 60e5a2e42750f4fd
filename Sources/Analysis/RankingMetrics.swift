import Foundation

/// Quality of a ranking against graded judgements (relevance 0, 1, 2 per page).
public enum RankingMetrics {
    /// Normalised discounted cumulative gain of the first `k` results.
    public static func ndcg(_ ranking: [String], judged: [String: Int], k: Int) -> Double {
        func dcg(_ gains: [Int]) -> Double {
            gains.prefix(k).enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset) + 2) }
        }
        let ideal = dcg(judged.values.sorted(by: >))
        guard ideal > 0 else { return 0 }
        return dcg(ranking.map { judged[$0] ?? 0 }) / ideal
    }

    /// Share of the relevant pages found in the first `k` results.
    public static func recall(_ ranking: [String], judged: [String: Int], k: Int) -> Double {
        let relevant = Set(judged.filter { $0.value > 0 }.keys)
        guard !relevant.isEmpty else { return 0 }
        return Double(Set(ranking.prefix(k)).intersection(relevant).count) / Double(relevant.count)
    }
}
