/// How coverage is scored, from coverage.yaml: the framework's four episode parts, how depth
/// is measured, the grade thresholds and which pages count only as mentions.
public struct CoverageSettings: Sendable, Codable {
    public struct Part: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        /// Share of the episode in percent; the parts add up to 100.
        public var weight: Int
    }

    public struct Depth: Sendable, Codable {
        public var pageFactor: Double
        public var sectionFactor: Double
        public var mentionFactor: Double
        public var fullWords: Double
        public var proseShare: Double
        public var fullMath: Double
        public var productionWords: Double
        public var productionMention: Double
        /// Phrases that, in a heading, announce trade-off, failure or production material.
        public var tradeoffHeadings: [String]
        public var failureHeadings: [String]
        public var productionHeadings: [String]
    }

    public struct Grades: Sendable, Codable {
        public var coreWeight: Int
        public var strongWords: Double
        public var partialWords: Double
        public var spreadPages: Int

        /// Every threshold multiplied by `factor`, for the sensitivity check.
        public func scaled(by factor: Double) -> Grades {
            Grades(
                coreWeight: coreWeight, strongWords: strongWords * factor, partialWords: partialWords * factor,
                spreadPages: Int((Double(spreadPages) * factor).rounded()))
        }
    }

    public struct ShallowRule: Sendable, Codable {
        public var why: String
        public var paths: [PathGlob]
        public var titles: [TitlePattern]

        public func matches(path: String, title: String?) -> Bool {
            if paths.contains(where: { $0.matches(path) }) { return true }
            guard let title else { return false }
            return titles.contains { $0.matches(title) }
        }
    }

    /// The framework's claims about the site, to set beside what it shows.
    public struct Claims: Sendable, Codable {
        public struct Gap: Hashable, Sendable, Codable {
            public var name: String
            public var episodes: [Int]
        }

        public var strongShare: Int
        public var patterns: Int
        public var caseStudies: Int
        public var laws: Int
        public var gaps: [Gap]
    }

    public var parts: [Part]
    /// Needs of at least this weight are what an episode relies on, for the recording order.
    public var reliesWeight: Int
    public var depth: Depth
    public var grades: Grades
    public var maxLinksPer100Words: Double
    public var shallowRules: [ShallowRule]
    public var claims: Claims

    /// Why a page never counts as depth: a shallow-page rule, no prose, or more internal links
    /// per 100 words than allowed (an index in all but name); nil when it can count.
    public func shallowReason(path: String, title: String?, words: Int, links: Int) -> String? {
        if let rule = shallowRules.first(where: { $0.matches(path: path, title: title) }) { return rule.why }
        if words == 0 { return "the page has no prose" }
        if Double(links) * 100 / Double(words) > maxLinksPer100Words {
            return "an index in all but name: \(links) internal links in \(words) words"
        }
        return nil
    }
}
