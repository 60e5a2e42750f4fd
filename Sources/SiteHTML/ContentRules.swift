/// Where a page's content is and what inside it is not content, from site.yaml.
public struct ContentRules: Hashable, Sendable, Codable {
    /// Tried in order; the first element matching one is the content.
    public var selectors: [ElementSelector]
    /// Elements skipped with everything inside them.
    public var notContent: [ElementSelector] {
        didSet { notContentSet = SelectorSet(notContent) }
    }
    /// `notContent`, sorted for trying on every element.
    private(set) var notContentSet: SelectorSet

    public init(selectors: [ElementSelector], notContent: [ElementSelector]) {
        self.selectors = selectors
        self.notContent = notContent
        self.notContentSet = SelectorSet(notContent)
    }

    private enum CodingKeys: String, CodingKey {
        case selectors, notContent
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            selectors: try container.decode([ElementSelector].self, forKey: .selectors),
            notContent: try container.decode([ElementSelector].self, forKey: .notContent))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(selectors, forKey: .selectors)
        try container.encode(notContent, forKey: .notContent)
    }

    /// MkDocs Material's article, then `main`, then `body`; navigation chrome skipped.
    public static let mkdocsMaterial: ContentRules = {
        let selectors = ["article.md-content__inner", "main", "body"]
        let notContent = [
            "nav", "header", "footer", "script", "style", "noscript", "template",
            ".headerlink", ".md-content__button", ".md-sidebar", ".md-source-file",
        ]
        // The literals above are valid selectors; a failure here is a programming error.
        return ContentRules(
            selectors: selectors.map { try! ElementSelector($0) },
            notContent: notContent.map { try! ElementSelector($0) }
        )
    }()
}
