/// A heading and the content up to the next heading of the same or a higher level.
/// Counts and text are the section's own; its subsections hold theirs.
public struct ExtractedSection: Hashable, Sendable {
    /// Heading text without the permalink mark.
    public var heading: String
    /// The heading's `id`, the target of `page.html#anchor` links.
    public var anchor: String?
    /// 1 for h1 … 6 for h6.
    public var level: Int
    /// Index of the enclosing section in `ExtractedPage.sections`, nil for a top-level one.
    public var parent: Int?
    public var signals = ContentSignals()
    /// Heading and prose text, whitespace-separated, for matching concepts and ranking.
    public var text: String

    public init(heading: String, anchor: String?, level: Int, parent: Int?) {
        self.heading = heading
        self.anchor = anchor
        self.level = level
        self.parent = parent
        self.text = heading
    }
}
