internal import CLibXML2
import Foundation

/// Reads one HTML file into an `ExtractedPage`: head metadata, the content element's
/// sections with their signals, and its links. Never fails: what cannot be read becomes a warning.
public struct PageExtractor: Sendable {
    public var rules: ContentRules
    /// Deeper elements are skipped (and reported) so absurd nesting costs neither stack nor time.
    public var maxDepth: Int

    public init(rules: ContentRules = .mkdocsMaterial, maxDepth: Int = 512) {
        self.rules = rules
        self.maxDepth = maxDepth
    }

    public func extract(path: String, bytes: [UInt8]) -> ExtractedPage {
        var page = ExtractedPage(path: path)
        page.byteCount = bytes.count
        let prepared = ByteInspection.prepare(bytes)
        page.warnings = prepared.warnings
        guard prepared.usable else { return page }
        prepared.utf8.withUnsafeBytes { buffer in
            guard let document = HTMLDocument(utf8: buffer, url: path), let root = document.root else {
                page.warnings.append(.noParse)
                return
            }
            let content = readHead(root, into: &page)
            var walker = ContentWalker(rules: rules, maxDepth: maxDepth)
            walker.walk(content, into: &page)
        }
        return page
    }

    /// Reads title, description, canonical link and refresh target, and returns the content element.
    private func readHead(_ root: xmlNodePtr, into page: inout ExtractedPage) -> xmlNodePtr {
        var candidates = [xmlNodePtr?](repeating: nil, count: rules.selectors.count)
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if let next = node.nextSibling { stack.append(next) }
            guard node.isElement else { continue }
            let tag = node.tagName
            switch tag {
            case "title" where page.title == nil:
                page.title = ContentWalker.text(of: node, skipping: []).collapsedWhitespace
            case "meta":
                if node.attribute("name")?.lowercased() == "description", page.description == nil {
                    page.description = node.attribute("content")?.collapsedWhitespace
                }
                if node.attribute("http-equiv")?.lowercased() == "refresh", let content = node.attribute("content") {
                    page.redirect = Self.refreshTarget(content)
                }
            case "link":
                let relations = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if relations.contains("canonical"), page.canonical == nil {
                    page.canonical = node.attribute("href")
                }
            default:
                break
            }
            let id = node.attribute("id")
            let classList = node.attribute("class").map { Substring($0) }
            var isContent = false
            for (index, selector) in rules.selectors.enumerated() where candidates[index] == nil {
                if selector.matches(tag: tag, id: id, classList: classList) {
                    candidates[index] = node
                    isContent = true
                }
            }
            // Metadata lives outside the content; once the preferred selector has matched,
            // nothing inside its element can change the outcome.
            if isContent && candidates[0] != nil { continue }
            if let child = node.firstChild { stack.append(child) }
        }
        for (index, candidate) in candidates.enumerated() {
            if let candidate {
                page.contentSelector = rules.selectors[index].description
                return candidate
            }
        }
        page.warnings.append(.noContentElement(usedSelector: root.tagName))
        page.contentSelector = root.tagName
        return root
    }

    /// `0; url=../new/` → `../new/`.
    static func refreshTarget(_ content: String) -> String? {
        guard let range = content.range(of: "url=", options: .caseInsensitive) else { return nil }
        let target = content[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
        return target.isEmpty ? nil : target
    }
}

extension String {
    var collapsedWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
