import SiteImport

/// Internal links that lead nowhere, one per line: page, section anchor, href, where it pointed.
public struct BrokenLinksReport: Sendable {
    public let links: [BrokenLink]

    public init(_ result: ImportResult) {
        links = result.brokenLinks
    }

    public func text() -> String {
        var lines = links.map { link in
            let section = link.section.map { "#" + $0 } ?? ""
            let resolved = link.resolved.map { "→ " + $0 } ?? "→ (above the site's root)"
            return "\(link.page)\(section)\t\(link.href)\t\(resolved)\(link.viaMarkdown ? "\t(.md source)" : "")"
        }
        let markdown = links.filter(\.viaMarkdown).count
        lines.append("\(links.count) broken internal links (\(markdown) to .md sources)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[{page, section, href, resolved, markdown}]`; `resolved` is null for a link above the site's root.
    public func json() -> String {
        let items = links.map { link in
            JSONText.object([
                ("page", JSONText.string(link.page)), ("section", JSONText.string(link.section)), ("href", JSONText.string(link.href)),
                ("resolved", JSONText.string(link.resolved)), ("markdown", link.viaMarkdown ? "true" : "false"),
            ])
        }
        return JSONText.list(items) + "\n"
    }
}
