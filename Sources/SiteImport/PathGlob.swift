/// A glob on site-relative paths: `*` matches within one segment, `**` any number of
/// segments (zero included), `?` one character.
public struct PathGlob: Hashable, Sendable, Codable, CustomStringConvertible {
    private let segments: [Segment]
    public let description: String

    private struct Segment: Hashable, Sendable {
        var text: Substring
        /// The UTF-8 bytes when the segment is ASCII.
        var ascii: [UInt8]?
    }

    public init(_ pattern: String) {
        description = pattern
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { segment in
            Segment(text: segment, ascii: segment.utf8.allSatisfy { $0 < 0x80 } ? Array(segment.utf8) : nil)
        }
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<Segment>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head.text == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(head, segment) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// One segment against one pattern segment, character by character. ASCII on both sides
    /// (every path here) is compared byte by byte, where a byte is a character.
    private static func matchSegment(_ pattern: Segment, _ text: Substring) -> Bool {
        if let ascii = pattern.ascii, text.utf8.allSatisfy({ $0 < 0x80 }),
            let matched = text.utf8.withContiguousStorageIfAvailable({ matchSegment(ascii, $0, any: UInt8(ascii: "?"), many: UInt8(ascii: "*")) })
        {
            return matched
        }
        return matchSegment(Array(pattern.text), Array(text), any: "?", many: "*")
    }

    private static func matchSegment<Units: RandomAccessCollection<Unit>, Unit: Equatable>(
        _ pattern: [Unit], _ text: Units, any: Unit, many: Unit
    ) -> Bool where Units.Index == Int {
        let base = text.startIndex
        var p = 0
        var t = 0
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == any || pattern[p] == text[base + t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == many {
                star = p
                resume = t
                p += 1
            } else if let starAt = star {
                p = starAt + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == many { p += 1 }
        return p == pattern.count
    }
}
