import Analysis
import ArgumentParser
import Reports

/// What the site has that relates to an episode, a page or a question.
struct Related: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the pages related to an episode, a page or free text, with the reasons.",
        discussion: """
            Examples:
              gapgraph related --episode 27
              gapgraph related --page pattern-library/coordination/consensus/index.html#raft
              gapgraph related "how do vector clocks detect concurrent writes" --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var options: GraphOptions

    @Argument(help: "Free text to find related content for.")
    var text: String?

    @Option(help: "An episode number.")
    var episode: Int?

    @Option(help: "A site-relative page path, optionally with #anchor.")
    var page: String?

    @Option(help: "How many entries.")
    var limit = 10

    @Option(help: "table or json.")
    var format: Format = .table

    func validate() throws {
        let given = [text != nil, episode != nil, page != nil].filter { $0 }.count
        guard given == 1 else { throw ValidationError("give exactly one of --episode N, --page PATH or a text") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
    }

    func run() throws {
        let result = try options.load()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        let related = RelatedContent(graph: result.graph, model: model, index: options.textIndex(for: result))
        let items: [RelatedContent.Item]
        if let episode {
            guard result.plan.episodes.contains(where: { $0.number == episode }) else {
                throw ValidationError("no episode \(episode); episodes are numbered 1–\(result.plan.episodes.count)")
            }
            items = related.forEpisode(episode, limit: limit)
        } else if let page {
            let parts = page.split(separator: "#", maxSplits: 1).map(String.init)
            guard let found = related.forPage(parts[0], anchor: parts.count > 1 ? parts[1] : nil, limit: limit) else {
                throw ValidationError("no page \(parts[0]) in the site; give its site-relative path (gapgraph stats --list Page)")
            }
            items = found
        } else {
            items = related.forText(text ?? "", limit: limit)
        }
        if format == .table, let episode {
            let chain = related.chain(forEpisode: episode)
            if !chain.isEmpty {
                print("Builds on: " + chain.map { "\($0.number) \($0.title) (\($0.reason))" }.joined(separator: "; ") + "\n")
            }
        }
        print(format == .json ? RelatedReport.json(items) : RelatedReport.table(items), terminator: "")
        try failOnUnreadable(result)
    }
}
