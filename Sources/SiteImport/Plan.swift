import SiteHTML

/// One of the series' six pillars of episodes (not one of the site's conceptual pillars).
public struct SeriesPillar: Hashable, Sendable, Codable {
    public var number: Int
    public var name: String
    public var firstEpisode: Int
    public var lastEpisode: Int
    public var blocks: [String]
}

/// A production phase of the series' timeline.
public struct Phase: Hashable, Sendable, Codable {
    public var number: Int
    public var name: String
    public var months: String
    public var firstEpisode: Int
    public var lastEpisode: Int
    /// The framework's claim of how much of the phase existing content covers, in percent.
    public var claimedExistingContent: Int
}

public struct ConceptNeed: Hashable, Sendable, Codable {
    public var concept: String
    public var weight: Int
}

public struct Episode: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String
    public var pillar: Int
    public var block: String
    public var phase: Int
    public var needs: [ConceptNeed]
    public var prerequisites: [Int]
}

public struct Concept: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var aliases: [String]
    /// Ids of more general concepts.
    public var broader: [String]

    public init(id: String, name: String, aliases: [String] = [], broader: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.broader = broader
    }
}

/// The curated plan and vocabulary from graph/.
public struct Plan: Sendable, Codable {
    public var seriesPillars: [SeriesPillar]
    public var phases: [Phase]
    public var episodes: [Episode]
    public var concepts: [Concept]
    public var site: SiteRules
    public var coverage: CoverageSettings
}
