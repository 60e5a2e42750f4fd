import Foundation
import GraphStore
import SiteImport

/// The coverage of every episode by the imported site, computed from the graph and the plan's
/// settings (coverage.yaml). Every figure is a sum of terms that `explain` lists.
public struct CoverageModel: Sendable {
    public let plan: Plan
    public let concepts: [ConceptCoverage]
    public let episodes: [EpisodeCoverage]
    private let conceptIndex: [String: Int]
    private let index: SiteIndex

    public init(graph: FrozenGraph, plan: Plan) {
        self.init(index: SiteIndex(graph: graph, plan: plan), plan: plan, grades: plan.coverage.grades)
    }

    init(index: SiteIndex, plan: Plan, grades: CoverageSettings.Grades) {
        self.plan = plan
        self.index = index
        conceptIndex = Dictionary(uniqueKeysWithValues: plan.concepts.enumerated().map { ($1.id, $0) })
        let scorer = EvidenceScorer(index: index, settings: plan.coverage, grades: grades)
        // Concepts are scored independently; each result lands in its own slot, so the order
        // and the bytes do not depend on thread timing.
        let concepts = parallelMap(Array(plan.concepts.indices), threads: ProcessInfo.processInfo.activeProcessorCount) {
            scorer.coverage(of: $0, concept: plan.concepts[$0])
        }
        self.concepts = concepts
        let firstTaught = Self.firstTaught(plan)
        let lookup = conceptIndex
        episodes = plan.episodes.map { episode in
            Self.episodeCoverage(episode, concepts: concepts, lookup: lookup, plan: plan, firstTaught: firstTaught)
        }
    }

    /// The same model with every grade threshold multiplied by `factor`.
    public func withThresholds(scaledBy factor: Double) -> CoverageModel {
        CoverageModel(index: index, plan: plan, grades: plan.coverage.grades.scaled(by: factor))
    }

    public func concept(_ idOrName: String) -> ConceptCoverage? {
        if let index = conceptIndex[idOrName] { return concepts[index] }
        let lowered = idOrName.lowercased()
        return concepts.first { $0.name.lowercased() == lowered }
            ?? plan.concepts.firstIndex { $0.aliases.contains { $0.lowercased() == lowered } }.map { concepts[$0] }
    }

    public func episode(_ number: Int) -> EpisodeCoverage? {
        episodes.first { $0.number == number }
    }

    /// For each concept, the first episode whose core subject (weight 5) it is.
    private static func firstTaught(_ plan: Plan) -> [String: Int] {
        var first: [String: Int] = [:]
        for episode in plan.episodes {
            for need in episode.needs where need.weight == 5 && first[need.concept] == nil {
                first[need.concept] = episode.number
            }
        }
        return first
    }

    private static func episodeCoverage(
        _ episode: Episode, concepts: [ConceptCoverage], lookup: [String: Int], plan: Plan, firstTaught: [String: Int]
    ) -> EpisodeCoverage {
        let partWeights = plan.coverage.parts.map(\.weight)
        let totalWeight = episode.needs.reduce(0) { $0 + $1.weight }
        var terms: [EpisodeCoverage.Term] = []
        for need in episode.needs {
            let concept = concepts[lookup[need.concept]!]
            for (part, partWeight) in partWeights.enumerated() {
                let best = concept.best[part]
                // weight of the part (percent) × the concept's share of the episode × its score,
                // in hundredths of a percentage point.
                let exact = Double(partWeight) * Double(need.weight) / Double(max(totalWeight, 1)) * best.score * 100
                terms.append(
                    .init(concept: concept.id, weight: need.weight, part: part, score: best.score, page: best.page,
                          hundredths: Int(exact.rounded())))
            }
        }
        let core = episode.needs.filter { $0.weight >= plan.coverage.grades.coreWeight }.map { concepts[lookup[$0.concept]!] }
        let best = core.max { $0.grade < $1.grade }
        let grade = best?.grade ?? .none
        let reason = best.map { "\($0.name): \($0.gradeReason)" } ?? "no core concept (weight ≥ \(plan.coverage.grades.coreWeight))"

        // Best first: each concept's best page, ranked by its score weighted by the concept's weight.
        var ranked: [(weighted: Double, evidence: EpisodeCoverage.Evidence)] = []
        for need in episode.needs {
            let concept = concepts[lookup[need.concept]!]
            guard let top = concept.evidence.first, top.shallow == nil else { continue }
            let score = (top.combined(partWeights) * 1000).rounded() / 1000
            guard score > 0 else { continue }
            ranked.append((score * Double(need.weight), .init(page: top.page, anchor: top.anchor, concept: concept.id, score: score)))
        }
        ranked.sort { ($0.weighted, $1.evidence.concept) > ($1.weighted, $0.evidence.concept) }
        let evidence = ranked.map(\.evidence)

        let later = episode.needs.compactMap { need -> (String, Int)? in
            guard need.weight >= plan.coverage.reliesWeight, let taught = firstTaught[need.concept], taught > episode.number
            else { return nil }
            return (need.concept, taught)
        }
        return EpisodeCoverage(
            number: episode.number, title: episode.title, pillar: episode.pillar, block: episode.block, phase: episode.phase,
            terms: terms, grade: grade, gradeReason: reason, evidence: evidence, laterPrerequisites: later)
    }
}
