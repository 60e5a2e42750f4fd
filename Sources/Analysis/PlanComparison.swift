import GraphStore

/// The framework's claims about the site beside what the site shows, the claimed critical
/// gaps with what the site has on them, the gaps it did not claim, and how stable the grades are.
public struct PlanComparison: Sendable {
    public struct Claim: Sendable {
        public var claim: String
        public var claimed: String
        public var actual: String
    }

    public struct ClaimedGap: Sendable {
        public enum Verdict: String, Sendable {
            /// Most of its episodes are graded strong: the site already covers it.
            case alreadyCovered = "already covered"
            /// Most have some coverage (strong or partial), but not most strong.
            case partlyCovered = "partly covered"
            /// Most are graded none.
            case realGap = "a real gap"
        }

        public var name: String
        public var episodes: [(number: Int, title: String, grade: Grade, coverage: Double)]
        public var verdict: Verdict
    }

    public var claims: [Claim]
    public var gaps: [ClaimedGap]
    /// Episodes graded none that no claimed gap names.
    public var unclaimedGaps: [(number: Int, title: String, block: String)]
    /// Needed concepts that pages or sections in more than one area of the site treat, with the
    /// areas: the same topic written more than once (counted once in coverage).
    public var duplicated: [(concept: String, areas: [String])]
    /// Episodes whose grade changes when every threshold moves by −10% or +10%.
    public var sensitivity: (lower: Int, upper: Int, either: Int)

    public init(model: CoverageModel, graph: FrozenGraph) {
        let settings = model.plan.coverage
        let episodes = model.episodes
        let strong = episodes.filter { $0.grade == .strong }.count
        let counts = graph.labelCounts
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "0%" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
        }
        var claims = [
            Claim(
                claim: "episodes with a strong foundation in the site", claimed: "\(settings.claims.strongShare)%",
                actual: "\(percent(strong, episodes.count)) (\(strong) of \(episodes.count) graded strong)"),
            Claim(claim: "patterns", claimed: "\(settings.claims.patterns)", actual: "\(counts["Pattern", default: 0]) pattern pages"),
            Claim(claim: "case studies", claimed: "\(settings.claims.caseStudies)+", actual: "\(counts["CaseStudy", default: 0]) case-study pages"),
            Claim(claim: "fundamental laws", claimed: "\(settings.claims.laws)", actual: "\(counts["Law", default: 0]) law pages"),
        ]
        for phase in model.plan.phases {
            let inPhase = episodes.filter { $0.phase == phase.number }
            let mean = inPhase.isEmpty ? 0 : inPhase.reduce(0) { $0 + $1.coverage } / Double(inPhase.count)
            claims.append(
                Claim(
                    claim: "phase \(phase.number) (\(phase.name), episodes \(phase.firstEpisode)–\(phase.lastEpisode)) existing content",
                    claimed: "\(phase.claimedExistingContent)%",
                    actual: String(format: "%.1f%% mean coverage; %d strong, %d partial, %d none", mean,
                                   inPhase.filter { $0.grade == .strong }.count, inPhase.filter { $0.grade == .partial }.count,
                                   inPhase.filter { $0.grade == .none }.count)))
        }
        self.claims = claims

        var named = Set<Int>()
        gaps = settings.claims.gaps.map { gap in
            named.formUnion(gap.episodes)
            let items = gap.episodes.compactMap { number in model.episode(number) }.map { ($0.number, $0.title, $0.grade, $0.coverage) }
            let strong = items.filter { $0.2 == .strong }.count
            let some = items.filter { $0.2 != .none }.count
            let verdict: ClaimedGap.Verdict = strong * 2 > items.count ? .alreadyCovered : (some * 2 > items.count ? .partlyCovered : .realGap)
            return ClaimedGap(name: gap.name, episodes: items, verdict: verdict)
        }
        unclaimedGaps = episodes.filter { $0.grade == .none && !named.contains($0.number) }.map { ($0.number, $0.title, $0.block) }

        let needed = Set(model.plan.episodes.flatMap { $0.needs.map(\.concept) })
        duplicated = model.concepts.filter { needed.contains($0.id) && !$0.duplicatedIn.isEmpty }
            .map { ($0.name, $0.duplicatedIn.keys.sorted()) }
            .sorted { ($0.areas.count, $1.concept) > ($1.areas.count, $0.concept) }

        let baseline = Dictionary(uniqueKeysWithValues: episodes.map { ($0.number, $0.grade) })
        func changed(_ factor: Double) -> Set<Int> {
            Set(model.withThresholds(scaledBy: factor).episodes.filter { baseline[$0.number] != $0.grade }.map(\.number))
        }
        let lower = changed(0.9)
        let upper = changed(1.1)
        sensitivity = (lower.count, upper.count, lower.union(upper).count)
    }
}
