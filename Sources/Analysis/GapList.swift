/// The critical gaps, ranked: episodes the site covers least, weighted by how early they are
/// scheduled and by their phase's target, and concepts many episodes need that the site lacks.
public struct GapList: Sendable {
    public struct Gap: Sendable {
        public enum Kind: String, Sendable {
            case episode
            case concept
        }

        public var kind: Kind
        public var name: String
        public var priority: Double
        public var reason: String
    }

    public var gaps: [Gap]

    /// Episode priority = (1 − coverage) × phase target × earliness, where earliness runs from 1
    /// for the first episode to 1/N for the last. Concept priority = (1 − best combined score) ×
    /// the weight of all needs of it ÷ the largest such weight, scaled by the mean phase target.
    public init(model: CoverageModel) {
        let plan = model.plan
        let targets = Dictionary(uniqueKeysWithValues: plan.phases.map { ($0.number, Double($0.claimedExistingContent) / 100) })
        let count = Double(max(plan.episodes.count, 1))
        var gaps: [Gap] = []
        for episode in model.episodes where episode.grade != .strong {
            let target = targets[episode.phase] ?? 1
            let earliness = (count - Double(episode.number) + 1) / count
            let priority = (1 - episode.coverage / 100) * target * earliness
            let reason = "episode \(episode.number) (phase \(episode.phase), target \(Int(target * 100))%): "
                + String(format: "%.1f%% covered, grade %@; %@", episode.coverage, episode.grade.rawValue, episode.gradeReason)
            gaps.append(Gap(kind: .episode, name: "\(episode.number) \(episode.title)", priority: priority, reason: reason))
        }
        var demand: [String: (weight: Int, episodes: [Int])] = [:]
        for episode in plan.episodes {
            for need in episode.needs {
                demand[need.concept, default: (0, [])].weight += need.weight
                demand[need.concept]!.episodes.append(episode.number)
            }
        }
        let heaviest = Double(demand.values.map(\.weight).max() ?? 1)
        let meanTarget = targets.values.reduce(0, +) / Double(max(targets.count, 1))
        let weights = plan.coverage.parts.map(\.weight)
        for concept in model.concepts where concept.grade == .none {
            guard let need = demand[concept.id] else { continue }
            let best = concept.evidence.first { $0.shallow == nil }.map { $0.combined(weights) } ?? 0
            let priority = (1 - best) * Double(need.weight) / heaviest * meanTarget
            let episodes = need.episodes.map(String.init).joined(separator: ", ")
            gaps.append(
                Gap(kind: .concept, name: concept.name, priority: priority,
                    reason: "needed by episode\(need.episodes.count == 1 ? "" : "s") \(episodes) (total weight \(need.weight)); \(concept.gradeReason)"))
        }
        self.gaps = gaps.sorted { ($0.priority, $1.name) > ($1.priority, $0.name) }
    }
}
