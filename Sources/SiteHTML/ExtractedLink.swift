/// An `<a href>` found in a page's content, before it is resolved against the site.
public struct ExtractedLink: Hashable, Sendable {
    public var href: String
    /// The section the link stands in; nil for content before the first heading.
    public var section: Int?

    public init(href: String, section: Int?) {
        self.href = href
        self.section = section
    }
}
