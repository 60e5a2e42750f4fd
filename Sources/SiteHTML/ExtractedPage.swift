/// Everything GapGraph reads from one HTML file, as plain values.
public struct ExtractedPage: Hashable, Sendable {
    /// Site-relative path, `/`-separated, such as `pattern-library/coordination/consensus/index.html`.
    public var path: String
    public var title: String?
    public var description: String?
    public var canonical: String?
    /// The target of a `<meta http-equiv="refresh">`, which marks a redirect stub.
    public var redirect: String?
    /// The selector from `ContentRules.selectors` that found the content element.
    public var contentSelector: String?
    /// Content before the first heading.
    public var lead = ContentSignals()
    public var leadText = ""
    public var sections: [ExtractedSection] = []
    public var links: [ExtractedLink] = []
    public var warnings: [ExtractionWarning] = []
    public var byteCount = 0

    public init(path: String) {
        self.path = path
    }

    /// Lead and every section added up.
    public var totalSignals: ContentSignals {
        sections.reduce(into: lead) { $0.add($1.signals) }
    }
}
