import Analysis
import GraphStore
import SiteImport

/// What every report format shows, computed once by Analysis: the coverage model, the
/// planned-versus-actual comparison and the ranked gaps.
public struct ReportContent: Sendable {
    public let model: CoverageModel
    public let comparison: PlanComparison
    public let gaps: [GapList.Gap]
    public let pageCount: Int

    public init(model: CoverageModel, graph: FrozenGraph, pageCount: Int) {
        self.model = model
        comparison = PlanComparison(model: model, graph: graph)
        gaps = GapList(model: model).gaps
        self.pageCount = pageCount
    }

    public init(_ result: ImportResult) {
        self.init(model: CoverageModel(graph: result.graph, plan: result.plan), graph: result.graph, pageCount: result.pageCount)
    }

    /// Mean coverage and grade counts of a group of episodes (a series pillar, a phase).
    public struct Group: Sendable {
        public var number: Int
        public var name: String
        public var episodes: [EpisodeCoverage]

        public var mean: Double {
            episodes.isEmpty ? 0 : episodes.reduce(0) { $0 + $1.coverage } / Double(episodes.count)
        }

        public func count(_ grade: Grade) -> Int { episodes.filter { $0.grade == grade }.count }
    }

    public var seriesPillars: [Group] {
        model.plan.seriesPillars.map { pillar in
            Group(number: pillar.number, name: pillar.name, episodes: model.episodes.filter { $0.pillar == pillar.number })
        }
    }

    public var phases: [Group] {
        model.plan.phases.map { phase in
            Group(number: phase.number, name: phase.name, episodes: model.episodes.filter { $0.phase == phase.number })
        }
    }

    public func grades() -> (strong: Int, partial: Int, none: Int) {
        let episodes = model.episodes
        return (episodes.filter { $0.grade == .strong }.count, episodes.filter { $0.grade == .partial }.count,
                episodes.filter { $0.grade == .none }.count)
    }

    public func conceptName(_ id: String) -> String {
        model.concept(id)?.name ?? id
    }
}
