import Foundation

/// The part of a page that libxml2 needs to build the same head metadata and the same
/// content element as from the whole page: the bytes up to the end of the `<body>` start tag,
/// then the content element from its start tag to its end tag. What lies between and after
/// (on a MkDocs site the navigation repeated on every page, about 45% of the bytes) is left
/// out. `locate` finds the slice only when it can tell that nothing left out would change the
/// parse of what is kept; otherwise it returns nil and the page is parsed whole.
struct ContentSlice: Hashable {
    var prefix: Range<Int>
    var content: Range<Int>

    func bytes(of page: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(prefix.count + content.count)
        result += page[prefix]
        result += page[content]
        return result
    }

    /// The slice for the first element that `selector` matches, when all of this holds:
    /// - libxml2 would read every byte as the lexer does (no NUL byte, no markup it does not mirror);
    /// - the element comes after a `<body>` start tag, and no `title`, `meta` or `link` start tag
    ///   comes after that tag outside the element (the head reader would see those in the whole page);
    /// - the element is not one libxml2 may create by itself (`html`, `head`, `body`, `p`) nor empty;
    /// - from `<body>` on, no `html`, `head` or `body` tag, and the element is closed by its own
    ///   end tag, not implicitly by a start tag nor along with an element around it.
    /// Between `<body>` and the element the open elements are followed as libxml2 keeps them,
    /// so an end tag inside the element that libxml2 settles on the elements around it is seen
    /// to do the same in the slice (where `<body>` stands around it). `PageExtractor` checks the
    /// one thing left, that `<body>` opened the body, on the parsed slice.
    static func locate(in page: UnsafeBufferPointer<UInt8>, selector: ElementSelector) -> ContentSlice? {
        guard let base = page.baseAddress, memchr(base, 0, page.count) == nil else { return nil }
        var target: TagName?
        if let tag = selector.tag {
            guard let name = TagName(tag), ![TagName.html, .head, .body, TagName("p")!].contains(name) else { return nil }
            target = name
        }
        func isContent(_ tag: MarkupLexer.StartTag) -> Bool? {
            if let target, tag.name != target { return false }
            return matches(tag, selector: selector, in: page)
        }
        var lexer = MarkupLexer(page)
        var bodyEnd: Int?
        while bodyEnd == nil, let token = lexer.next() {
            switch token {
            case .unsupported:
                return nil
            case .end:
                continue
            case .start(let tag):
                if tag.name == .body {
                    bodyEnd = tag.range.upperBound
                } else if isContent(tag) != false {
                    return nil
                }
            }
        }
        guard let bodyEnd else { return nil }
        var open = OpenElements()
        var start: MarkupLexer.StartTag?
        while start == nil, let token = lexer.next() {
            switch token {
            case .unsupported:
                return nil
            case .start(let tag):
                if tag.name == .title || tag.name == .meta || tag.name == .link { return nil }
                guard let found = isContent(tag) else { return nil }
                if found {
                    start = tag
                } else if open.open(tag) == nil {
                    return nil
                }
            case .end(let name, _):
                if open.close(name) == nil { return nil }
            }
        }
        guard let start, !start.selfClosing, !open.isEmpty(start.name), let content = open.open(start) else { return nil }
        var end: Int?
        while end == nil, let token = lexer.next() {
            switch token {
            case .unsupported:
                return nil
            case .start(let tag):
                guard let below = open.open(tag), below > content else { return nil }
            case .end(let name, let range):
                switch open.close(name) {
                case nil:
                    return nil
                case .ignored:
                    continue
                case .closed(let index):
                    guard index >= content else { return nil }
                    if index == content { end = range.upperBound }
                }
            }
        }
        guard let end else { return nil }
        while let token = lexer.next() {
            switch token {
            case .unsupported:
                return nil
            case .start(let tag) where tag.name == .title || tag.name == .meta || tag.name == .link:
                return nil
            default:
                continue
            }
        }
        return ContentSlice(prefix: 0..<bodyEnd, content: start.range.lowerBound..<end)
    }

    /// Whether the start tag matches the selector; nil when its id or class holds an entity or
    /// non-ASCII bytes, which libxml2 and the selector might read differently from the bytes.
    private static func matches(_ tag: MarkupLexer.StartTag, selector: ElementSelector, in page: UnsafeBufferPointer<UInt8>) -> Bool? {
        func text(_ range: Range<Int>?) -> String?? {
            guard let range else { return .some(nil) }
            let bytes = page[range]
            if bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "&") }) { return nil }
            return .some(String(decoding: bytes, as: UTF8.self))
        }
        guard let id = text(tag.id), let classes = text(tag.classes) else { return nil }
        let name = String(decoding: tag.name.bytes, as: UTF8.self)
        return selector.matches(tag: name, id: id, classList: classes.map { Substring($0) })
    }
}
