import GraphStore
import SiteHTML

/// A warning about one page or file, with its site-relative path.
public struct ImportWarning: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// An internal link that leads nowhere.
public struct BrokenLink: Hashable, Sendable {
    public var page: String
    /// The anchor of the section holding the link, nil before the first heading.
    public var section: String?
    public var href: String
    /// Where the link pointed inside the site, or nil when it climbed above the site's root.
    public var resolved: String?
    public var viaMarkdown: Bool
}

/// Link counts by how they resolved.
public struct LinkCounts: Hashable, Sendable {
    public var internalLinks = 0
    /// Internal links that named a Markdown source and were resolved to its built page.
    public var markdownResolved = 0
    public var broken = 0
    public var brokenMarkdown = 0
    public var outsideSite = 0
    public var assets = 0
    public var external = 0

    mutating func add(_ other: LinkCounts) {
        internalLinks += other.internalLinks
        markdownResolved += other.markdownResolved
        broken += other.broken
        brokenMarkdown += other.brokenMarkdown
        outsideSite += other.outsideSite
        assets += other.assets
        external += other.external
    }
}

/// What an import produced: the graph and everything worth telling about the input.
public struct ImportResult: Sendable {
    public var graph: FrozenGraph
    public var plan: Plan
    public var pageCount: Int
    public var warnings: [ImportWarning]
    /// Files that could not be read at all; the rest of the site was imported.
    public var errors: [ImportError]
    public var brokenLinks: [BrokenLink]
    public var links: LinkCounts
    public var kinds: [String: PageKind]
    /// Pages parsed by this import; the others' extraction came from the cache.
    public var parsedPages = 0
    /// What the cache did, when the import used one.
    public var cache: CacheUse?
    /// Where later stages keep what they compute from this graph; nil without a cache, or
    /// when a page could not be read (such a result is not cached either).
    public var derived: DerivedCache?
}

/// How an import used its cache.
public struct CacheUse: Sendable {
    /// The site was unchanged: the whole result came from the cache.
    public var reusedResult: Bool
    /// Problems with the cache files, which were then not used and rebuilt.
    public var warnings: [String]
}
