import GraphStore

/// How one page treats one concept: where the concept appears, what the sections about it
/// hold, and the resulting score on each of the framework's four parts (0…1).
public struct PageEvidence: Hashable, Sendable {
    public enum Level: String, Sendable {
        /// The page's name names the concept.
        case page
        /// A section heading names it; that section and its subsections are about it.
        case section
        /// Only the text mentions it.
        case mention
    }

    public var page: String
    public var pageName: String
    /// The graph node the evidence points at: the first section in scope, else the page.
    public var node: NodeID
    /// The first section about (or mentioning) the concept.
    public var anchor: String?
    public var level: Level
    /// Why the page counts only as a mention, when it is shallow.
    public var shallow: String?
    public var isCaseStudy: Bool
    /// Signals of the sections in scope (the whole page, the subject sections, or the mentioning ones).
    public var words: Int
    public var mentions: Int
    public var math: Int
    public var codeBlocks: Int
    public var tables: Int
    public var tradeoffHeading: String?
    public var failureHeading: String?
    public var productionHeading: String?
    /// Scores per part, in the order of `CoverageSettings.parts`.
    public var parts: [Double]

    /// The four parts' scores combined by the episode structure's weights, 0…1.
    public func combined(_ weights: [Int]) -> Double {
        zip(parts, weights).reduce(0) { $0 + $1.0 * Double($1.1) } / 100
    }

    /// A depth signal besides prose: math, code, trade-off or failure analysis, or a case study.
    public var hasDepthSignal: Bool {
        math > 0 || codeBlocks > 0 || tables > 0 || tradeoffHeading != nil || failureHeading != nil || isCaseStudy
    }
}
