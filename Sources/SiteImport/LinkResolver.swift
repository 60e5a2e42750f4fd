import Foundation

/// Where an `href` on a page leads, given the set of files the site has.
public enum LinkTarget: Hashable, Sendable {
    /// Another page (or the same one) of the site, with the fragment if any.
    /// `viaMarkdown` marks a link that still named a Markdown source (`../consensus.md`).
    case page(path: String, anchor: String?, viaMarkdown: Bool)
    /// A non-HTML file of the site (an image, a PDF).
    case asset(path: String)
    case external(url: String)
    /// An internal link to nothing that exists; `resolved` is where it pointed.
    case broken(resolved: String, viaMarkdown: Bool)
    /// A relative link that climbs above the site's root; never followed.
    case outsideSite
}

/// Resolves links the way a browser would on the built site, and links to Markdown
/// sources the way MkDocs would have had it rewritten them.
public struct LinkResolver: Sendable {
    private let pages: Set<String>
    private let files: Set<String>

    /// `pages`: site-relative paths of the HTML pages; `files`: every file of the site.
    public init(pages: Set<String>, files: Set<String>) {
        self.pages = pages
        self.files = files
    }

    public func resolve(_ href: String, from page: String) -> LinkTarget {
        resolve(href, from: page, directory: Self.directory(of: page))
    }

    /// The folder segments of a page, to resolve many of its links with `resolve(_:from:directory:)`.
    static func directory(of page: String) -> [Substring] {
        Array(page.split(separator: "/").dropLast())
    }

    func resolve(_ href: String, from page: String, directory pageDirectory: [Substring]) -> LinkTarget {
        if Self.hasScheme(href) || href.hasPrefix("//") { return .external(url: href) }
        var rest = Substring(href)
        var anchor: String?
        if let hash = rest.firstIndex(of: "#") {
            let fragment = String(rest[rest.index(after: hash)...])
            anchor = fragment.isEmpty ? nil : Self.percentDecoded(fragment)
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        let target = Self.percentDecoded(String(rest))
        if target.isEmpty { return .page(path: page, anchor: anchor, viaMarkdown: false) }

        let lower = target.lowercased()
        if lower.hasSuffix(".md") {
            return resolveMarkdown(target, pageDirectory: pageDirectory, anchor: anchor, absolute: target.hasPrefix("/"))
        }
        guard let segments = Self.normalize(target, base: target.hasPrefix("/") ? [] : pageDirectory) else {
            return .outsideSite
        }
        let joined = segments.joined(separator: "/")
        for candidate in Self.candidates(joined, directoryForm: target.hasSuffix("/") || joined.isEmpty) {
            if pages.contains(candidate) { return .page(path: candidate, anchor: anchor, viaMarkdown: false) }
        }
        if files.contains(joined) { return .asset(path: joined) }
        return .broken(resolved: joined, viaMarkdown: false)
    }

    /// A Markdown link is tried from the built page's folder (how a browser reads it) and from
    /// the folder of the page's source file (how its author wrote it): the first that names a
    /// built page wins.
    private func resolveMarkdown(_ target: String, pageDirectory: [Substring], anchor: String?, absolute: Bool) -> LinkTarget {
        var bases: [[Substring]] = [absolute ? [] : pageDirectory]
        if !absolute && !pageDirectory.isEmpty { bases.append(Array(pageDirectory.dropLast())) }
        var firstResolved: String?
        var sawInsideSite = false
        for base in bases {
            guard var segments = Self.normalize(target, base: base) else { continue }
            sawInsideSite = true
            let file = segments.removeLast()
            let stem = file.dropLast(3)
            var candidates: [String] = []
            let folder = segments.joined(separator: "/")
            let prefix = folder.isEmpty ? "" : folder + "/"
            if stem.lowercased() == "index" || stem.lowercased() == "readme" {
                candidates.append(prefix + "index.html")
            } else {
                candidates.append(prefix + stem + "/index.html")
                candidates.append(prefix + stem + ".html")
            }
            if firstResolved == nil { firstResolved = candidates[0] }
            if let hit = candidates.first(where: pages.contains) {
                return .page(path: hit, anchor: anchor, viaMarkdown: true)
            }
        }
        guard sawInsideSite, let firstResolved else { return .outsideSite }
        return .broken(resolved: firstResolved, viaMarkdown: true)
    }

    private static func candidates(_ path: String, directoryForm: Bool) -> [String] {
        if path.isEmpty { return ["index.html"] }
        if directoryForm { return [path + "/index.html"] }
        let last = path.split(separator: "/").last ?? ""
        if last.contains(".") { return [path, path + "/index.html"] }
        return [path + "/index.html", path + ".html", path]
    }

    /// Applies `.` and `..` to `path` relative to `base`; nil when it climbs above the root.
    static func normalize(_ path: String, base: [Substring]) -> [Substring]? {
        var segments = base
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments
    }

    /// Foundation's decoding is slow and changes nothing without a `%`.
    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    private static func hasScheme(_ href: String) -> Bool {
        guard let colon = href.firstIndex(of: ":") else { return false }
        let scheme = href[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
