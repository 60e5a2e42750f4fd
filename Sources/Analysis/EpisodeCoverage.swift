/// One episode's coverage: the parts, the total, the grade, and every term behind them.
public struct EpisodeCoverage: Sendable {
    /// One concept's contribution to one part, in hundredths of a percentage point of coverage.
    public struct Term: Sendable {
        public var concept: String
        public var weight: Int
        public var part: Int
        /// The concept's best score on the part (0…1) and the page it came from.
        public var score: Double
        public var page: String?
        public var hundredths: Int
    }

    public struct Evidence: Sendable {
        public var page: String
        public var anchor: String?
        public var concept: String
        public var score: Double
    }

    public var number: Int
    public var title: String
    public var pillar: Int
    public var block: String
    public var phase: Int
    public var terms: [Term]
    public var grade: Grade
    public var gradeReason: String
    public var evidence: [Evidence]
    /// Concepts the episode needs that the series first teaches in a later episode.
    public var laterPrerequisites: [(concept: String, taughtIn: Int)]

    /// Coverage in hundredths of a percent: exactly the sum of the terms.
    public var hundredths: Int { terms.reduce(0) { $0 + $1.hundredths } }
    public var coverage: Double { Double(hundredths) / 100 }

    /// A part's share of the episode's coverage, scaled to 0…100 of that part.
    public func part(_ index: Int, weight: Int) -> Double {
        guard weight > 0 else { return 0 }
        let points = terms.filter { $0.part == index }.reduce(0) { $0 + $1.hundredths }
        return (Double(points) * 100 / Double(weight)).rounded() / 100
    }
}
