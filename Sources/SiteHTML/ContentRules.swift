/// Where a page's content is and what inside it is not content, from site.yaml.
public struct ContentRules: Hashable, Sendable {
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
