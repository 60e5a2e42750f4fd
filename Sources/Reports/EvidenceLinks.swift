import Foundation

/// Where a report's evidence links point: pages of the published site under a base URL, or
/// the built site's files by a path relative to the report page.
public struct EvidenceLinks: Sendable, Hashable {
    /// A URL prefix ending in `/`, or a relative path from an episode page's folder to the
    /// site's folder, ending in `/` (empty when they are the same folder).
    let prefix: String

    /// Links under a published site, e.g. `https://example.org/docs/`.
    public static func siteURL(_ url: String) -> EvidenceLinks {
        EvidenceLinks(prefix: url.hasSuffix("/") ? url : url + "/")
    }

    /// Relative file links from pages in `pageFolder` to the site's files in `site`, so the
    /// report opens the built site when both are moved together.
    public static func relative(from pageFolder: URL, toSite site: URL) -> EvidenceLinks {
        let from = canonicalComponents(pageFolder)
        let to = canonicalComponents(site)
        var shared = 0
        while shared < min(from.count, to.count), from[shared] == to[shared] { shared += 1 }
        let steps = Array(repeating: "..", count: from.count - shared) + to[shared...].map(HTMLText.percentEncodedPath)
        return EvidenceLinks(prefix: steps.map { $0 + "/" }.joined())
    }

    /// Path components with symbolic links resolved as far as the folders exist, so two paths
    /// to one folder compare equal.
    private static func canonicalComponents(_ url: URL) -> [String] {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return Array(existing.resolvingSymlinksInPath().pathComponents.dropFirst()) + missing
    }

    /// The link to a site page (a site-relative path such as `patterns/raft/index.html`) and
    /// optionally one of its sections.
    public func href(page: String, anchor: String?) -> String {
        prefix + HTMLText.percentEncodedPath(page) + (anchor.map { "#" + HTMLText.percentEncodedPath($0) } ?? "")
    }
}
