import Foundation

/// Splits a page's UTF-8 bytes into start and end tags exactly where libxml2's HTML parser
/// (2.9, recovery mode) does, without building anything: comments, `<!DOCTYPE>`, script and
/// style text, quoted attribute values and stray `<` are skipped as libxml2 skips them.
/// Markup whose handling it does not mirror comes out as `.unsupported`, and the caller
/// then lets libxml2 parse the whole page.
struct MarkupLexer {
    struct StartTag {
        var name: TagName
        /// The name did not fit a `TagName`, or has a `.`, which libxml2 reads in two ways.
        var unusualName: Bool
        var range: Range<Int>
        var selfClosing: Bool
        /// The first `id` and `class` values, as byte ranges.
        var id: Range<Int>?
        var classes: Range<Int>?
    }

    enum Token {
        case start(StartTag)
        case end(TagName, range: Range<Int>)
        case unsupported(at: Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// After a script or style start tag: its text runs up to `</` and this name.
    private var rawText: TagName?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Token? {
        if let raw = rawText {
            rawText = nil
            guard skipRawText(named: raw) else { return .unsupported(at: position) }
        }
        let count = bytes.count
        while position < count {
            guard let open = nextOpenBracket(from: position) else {
                position = count
                return nil
            }
            position = open
            let following = byte(at: open + 1)
            if following == UInt8(ascii: "/") {
                if let token = endTag() { return token }
            } else if Self.isLetter(following) {
                return startTag()
            } else if following == UInt8(ascii: "!") {
                if let token = declaration() { return token }
            } else if following == UInt8(ascii: "?") {
                return .unsupported(at: open)
            } else {
                position = open + 1
            }
        }
        return nil
    }

    // MARK: Tags

    private mutating func startTag() -> Token {
        let start = position
        position += 1
        var tag = StartTag(name: TagName(), unusualName: false, range: start..<start, selfClosing: false)
        readName(into: &tag.name, unusual: &tag.unusualName)
        skipBlanks()
        while position < bytes.count, bytes[position] != UInt8(ascii: ">"), !atSelfClosingEnd {
            readAttribute(into: &tag)
            skipBlanks()
        }
        guard position < bytes.count else { return .unsupported(at: start) }
        if atSelfClosingEnd {
            tag.selfClosing = true
            position += 2
        } else {
            position += 1
        }
        tag.range = start..<position
        let name = tag.name
        if !tag.selfClosing, name == .script || name == .style { rawText = name }
        return .start(tag)
    }

    /// `</name …>`; libxml2 skips anything up to the `>`. Without a name it drops the `</` and
    /// reads on as text, so nil.
    private mutating func endTag() -> Token? {
        let start = position
        position += 2
        guard Self.isNameStart(byte(at: position)) else { return nil }
        var name = TagName()
        var unusual = false
        readName(into: &name, unusual: &unusual)
        guard !unusual, let close = find(UInt8(ascii: ">"), from: position) else { return .unsupported(at: start) }
        position = close + 1
        return .end(name, range: start..<position)
    }

    /// `<!--` comments end at the first `-->` or `--!>` after the opening; a `<!DOCTYPE` at its `>`.
    /// Any other `<!` is text to libxml2.
    private mutating func declaration() -> Token? {
        let start = position
        if byte(at: start + 2) == UInt8(ascii: "-"), byte(at: start + 3) == UInt8(ascii: "-") {
            var index = start + 4
            while index + 2 < bytes.count {
                if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-") {
                    if bytes[index + 2] == UInt8(ascii: ">") {
                        position = index + 3
                        return nil
                    }
                    if bytes[index + 2] == UInt8(ascii: "!"), byte(at: index + 3) == UInt8(ascii: ">") {
                        position = index + 4
                        return nil
                    }
                }
                index += 1
            }
            return .unsupported(at: start)
        }
        if matchesCaseInsensitive("doctype", at: start + 2) {
            var index = start + 9
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                // A quoted public or system id may hold a `>`; libxml2 reads those as strings.
                if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { return .unsupported(at: start) }
                index += 1
            }
            guard index < bytes.count else { return .unsupported(at: start) }
            position = index + 1
            return nil
        }
        position = start + 1
        return nil
    }

    /// An attribute as htmlParseAttribute reads it; only `id` and `class` values are kept.
    private mutating func readAttribute(into tag: inout StartTag) {
        guard Self.isNameStart(bytes[position]) else {
            // A bogus attribute is dropped up to the next blank or the end of the tag.
            while position < bytes.count, !Self.isBlank(bytes[position]), bytes[position] != UInt8(ascii: ">"), !atSelfClosingEnd {
                position += 1
            }
            return
        }
        let nameStart = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        let nameRange = nameStart..<position
        skipBlanks()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return }
        position += 1
        skipBlanks()
        guard position < bytes.count else { return }
        let value: Range<Int>
        let quote = bytes[position]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let valueStart = position + 1
            position = find(quote, from: valueStart) ?? bytes.count
            value = valueStart..<position
            if position < bytes.count { position += 1 }
        } else {
            let valueStart = position
            while position < bytes.count, !Self.isBlank(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
            value = valueStart..<position
        }
        if tag.id == nil, matchesCaseInsensitive("id", in: nameRange) {
            tag.id = value
        } else if tag.classes == nil, matchesCaseInsensitive("class", in: nameRange) {
            tag.classes = value
        }
    }

    /// htmlParseHTMLName: letters, digits, `:`, `-`, `_`, `.`, lower-cased.
    private mutating func readName(into name: inout TagName, unusual: inout Bool) {
        while position < bytes.count, Self.isNameByte(bytes[position]) {
            let byte = bytes[position]
            if byte == UInt8(ascii: ".") { unusual = true }
            if !name.append(Self.lowercased(byte)) { unusual = true }
            position += 1
        }
    }

    /// Script and style text ends where `</` is followed by the element's name, in any case.
    private mutating func skipRawText(named name: TagName) -> Bool {
        let bytes = name.bytes
        return bytes.withUnsafeBufferPointer { skipRawText(until: $0) }
    }

    private mutating func skipRawText(until pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        // Content that starts with `</` is read by libxml2 as an end tag even inside a script.
        if byte(at: position) == UInt8(ascii: "<"), byte(at: position + 1) == UInt8(ascii: "/") {
            return matchesCaseInsensitive(pattern, at: position + 2) && !Self.isNameByte(byte(at: position + 2 + pattern.count))
        }
        var index = position
        while let open = nextOpenBracket(from: index) {
            if byte(at: open + 1) == UInt8(ascii: "/"), matchesCaseInsensitive(pattern, at: open + 2) {
                position = open
                // `</scripts` ends the text too, but its end tag does not close the script.
                return !Self.isNameByte(byte(at: open + 2 + pattern.count))
            }
            index = open + 1
        }
        return false
    }

    // MARK: Bytes

    private var atSelfClosingEnd: Bool {
        bytes[position] == UInt8(ascii: "/") && byte(at: position + 1) == UInt8(ascii: ">")
    }

    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    private func nextOpenBracket(from index: Int) -> Int? {
        find(UInt8(ascii: "<"), from: index)
    }

    private func find(_ byte: UInt8, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + index, Int32(byte), bytes.count - index) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    private mutating func skipBlanks() {
        while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
    }

    private func matchesCaseInsensitive(_ word: StaticString, at index: Int) -> Bool {
        matchesCaseInsensitive(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount), at: index)
    }

    private func matchesCaseInsensitive(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for offset in 0..<word.count where Self.lowercased(bytes[index + offset]) != word[offset] { return false }
        return true
    }

    private func matchesCaseInsensitive(_ word: StaticString, in range: Range<Int>) -> Bool {
        range.count == word.utf8CodeUnitCount && matchesCaseInsensitive(word, at: range.lowerBound)
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
