import SiteHTML

/// A page's links resolved against the site and grouped as the graph holds them: one group
/// per source section and target (a page with its anchor, or an external URL), in the order
/// of the group's first link, counting repeats. Done with the page in the parallel stage, so
/// that building the graph only looks up node ids.
struct PageLinks: Sendable {
    enum Target: Hashable, Sendable {
        case page(path: String, anchor: String?)
        case url(String)
    }

    struct Group: Sendable {
        /// The section holding the links; nil for the lead (or the page when it has none).
        var section: Int?
        var target: Target
        var count: Int
        /// The first link's href, and whether it named a Markdown source.
        var href: String
        var markdown: Bool
    }

    var groups: [Group] = []
    /// The page a refresh redirects to, when it leads to one.
    var redirect: String?
    var counts = LinkCounts()
    /// Internal links, for telling index pages by link density.
    var internalLinks = 0
    var broken: [BrokenLink] = []

    init(page: ExtractedPage, resolver: LinkResolver) {
        if let redirect = page.redirect, case .page(let target, _, _) = resolver.resolve(redirect, from: page.path) {
            self.redirect = target
        }
        var index: [Key: Int] = [:]
        let directory = LinkResolver.directory(of: page.path)
        for link in page.links {
            let target: Target
            var markdown = false
            switch resolver.resolve(link.href, from: page.path, directory: directory) {
            case .page(let path, let anchor, let viaMarkdown):
                counts.internalLinks += 1
                internalLinks += 1
                if viaMarkdown { counts.markdownResolved += 1 }
                target = .page(path: path, anchor: anchor)
                markdown = viaMarkdown
            case .asset:
                counts.assets += 1
                continue
            case .external(let url):
                counts.external += 1
                target = .url(url)
            case .broken(let resolved, let viaMarkdown):
                counts.broken += 1
                if viaMarkdown { counts.brokenMarkdown += 1 }
                broken.append(BrokenLink(page: page.path, section: Self.anchor(of: link, in: page), href: link.href, resolved: resolved, viaMarkdown: viaMarkdown))
                continue
            case .outsideSite:
                let viaMarkdown = link.href.lowercased().contains(".md")
                counts.broken += 1
                counts.outsideSite += 1
                if viaMarkdown { counts.brokenMarkdown += 1 }
                broken.append(BrokenLink(page: page.path, section: Self.anchor(of: link, in: page), href: link.href, resolved: nil, viaMarkdown: viaMarkdown))
                continue
            }
            let key = Key(section: link.section, target: target)
            if let known = index[key] {
                groups[known].count += 1
            } else {
                index[key] = groups.count
                groups.append(Group(section: link.section, target: target, count: 1, href: link.href, markdown: markdown))
            }
        }
    }

    private struct Key: Hashable {
        var section: Int?
        var target: Target
    }

    private static func anchor(of link: ExtractedLink, in page: ExtractedPage) -> String? {
        link.section.flatMap { page.sections[$0].anchor }
    }
}
