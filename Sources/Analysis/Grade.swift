/// How well the site covers an episode or a concept.
public enum Grade: String, Comparable, Sendable, CaseIterable {
    /// At most mentioned in passing.
    case none
    /// A short section, or spread thinly over broader pages.
    case partial
    /// A page substantially about it, with depth.
    case strong

    private var rank: Int { Grade.allCases.firstIndex(of: self)! }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rank < rhs.rank }
}
