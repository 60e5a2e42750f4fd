import Analysis
import ArgumentParser
import Reports

/// The terms behind an episode's coverage, or the evidence for one concept.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every term behind an episode's coverage, or all evidence for a concept.",
        discussion: """
            Examples:
              gapgraph explain episode 27
              gapgraph explain concept raft
              gapgraph explain concept "vector clock" --format json
            """
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case episode, concept
    }

    @OptionGroup var options: GraphOptions

    @Argument(help: "episode or concept.")
    var subject: Subject

    @Argument(help: "The episode's number, or the concept's id, name or alias.")
    var name: String

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let result = try options.load()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        switch subject {
        case .episode:
            guard let number = Int(name), let episode = model.episode(number) else {
                throw ValidationError("no episode \(name); episodes are numbered 1–\(result.plan.episodes.count)")
            }
            print(format == .json ? ExplainReport.episodeJSON(episode, model: model) : ExplainReport.episode(episode, model: model), terminator: "")
        case .concept:
            guard let concept = model.concept(name) else {
                throw ValidationError("no concept \(name) in graph/concepts.yaml; give its id, name or an alias")
            }
            print(format == .json ? ExplainReport.conceptJSON(concept, model: model) : ExplainReport.concept(concept, model: model), terminator: "")
        }
        try failOnUnreadable(result)
    }
}
