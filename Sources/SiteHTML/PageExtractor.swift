import Foundation

/// Reads one HTML file into an `ExtractedPage`: head metadata, the content element's
/// sections with their signals, and its links. Never fails: what cannot be read becomes a warning.
public struct PageExtractor: Sendable {
    public var rules: ContentRules
    /// Deeper elements are skipped (and reported) so absurd nesting costs neither stack nor time.
    public var maxDepth: Int
    /// Parse only the head and the content element when `ContentSlice` can tell that this
    /// builds the same page as parsing the whole file; off, every page is parsed whole.
    public var slicesContent: Bool

    public init(rules: ContentRules = .mkdocsMaterial, maxDepth: Int = 512, slicesContent: Bool = true) {
        self.rules = rules
        self.maxDepth = maxDepth
        self.slicesContent = slicesContent
    }

    public func extract(path: String, bytes: [UInt8]) -> ExtractedPage {
        var page = ExtractedPage(path: path)
        page.byteCount = bytes.count
        let prepared = ByteInspection.prepare(bytes)
        page.warnings = prepared.warnings
        guard prepared.usable else { return page }
        if let slice = contentSlice(prepared.utf8) {
            var reader = reader(for: .selector(0), everywhere: false, page: page)
            // A slice whose content element does not open the body shows that libxml2 had
            // opened a body before `<body>` in the whole page: read that page whole.
            if slice.bytes(of: prepared.utf8).withUnsafeBytes({ reader.parse($0) }), reader.contentOpensBody {
                return reader.finish()
            }
        }
        return prepared.utf8.withUnsafeBytes { read($0, page: page) }
    }

    /// The part of the page parsed instead of the whole, or nil when the page is parsed whole.
    func contentSlice(_ utf8: [UInt8]) -> ContentSlice? {
        guard slicesContent, let selector = rules.selectors.first else { return nil }
        return utf8.withUnsafeBufferPointer { ContentSlice.locate(in: $0, selector: selector) }
    }

    /// The whole page. The content element is the first one the first selector matches; when
    /// it matches none, the page is read again for the first match of the first selector that
    /// matched anything, or for the root element, with metadata read everywhere.
    private func read(_ utf8: UnsafeRawBufferPointer, page: ExtractedPage) -> ExtractedPage {
        var first = reader(for: .selector(0), everywhere: false, page: page)
        guard first.parse(utf8), first.sawElement else {
            var unparsed = page
            unparsed.warnings.append(.noParse)
            return unparsed
        }
        if first.foundContent { return first.finish() }
        let target = first.matched.firstIndex(of: true).map(PageReader.Target.selector) ?? .root
        var second = reader(for: target, everywhere: true, page: page)
        _ = second.parse(utf8)
        return second.finish()
    }

    private func reader(for target: PageReader.Target, everywhere: Bool, page: ExtractedPage) -> PageReader {
        PageReader(rules: rules, maxDepth: maxDepth, target: target, metadataEverywhere: everywhere, page: page)
    }

    /// `0; url=../new/` → `../new/`.
    static func refreshTarget(_ content: String) -> String? {
        guard let range = content.range(of: "url=", options: .caseInsensitive) else { return nil }
        let target = content[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
        return target.isEmpty ? nil : target
    }
}

extension String {
    /// Whitespace runs made one space, none at the ends; ASCII text without building words.
    var collapsedWhitespace: String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            // Character.isWhitespace in ASCII: tab, line feed, vertical tab, form feed, return, space.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
