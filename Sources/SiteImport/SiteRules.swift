import Foundation
import SiteHTML

/// One classification rule of site.yaml: which pages it takes and what kind they are.
public struct ClassificationRule: Sendable, Codable {
    /// nil for a `kind: none` rule, which keeps matching pages from any kind.
    public var kind: PageKind?
    public var why: String
    public var paths: [PathGlob]
    public var titles: [TitlePattern]
    /// The 0-based path segment naming a pattern's category.
    public var categorySegment: Int?
    public var position: SourcePosition

    func matches(path: String, title: String?) -> Bool {
        if !paths.isEmpty && !paths.contains(where: { $0.matches(path) }) { return false }
        if !titles.isEmpty {
            guard let title, titles.contains(where: { $0.matches(title) }) else { return false }
        }
        return true
    }
}

/// A regular expression on page titles.
public struct TitlePattern: @unchecked Sendable, Codable {
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    private let expression: NSRegularExpression
    public let source: String

    public init(_ source: String) throws {
        self.source = source
        self.expression = try NSRegularExpression(pattern: source)
    }

    public func matches(_ title: String) -> Bool {
        expression.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)) != nil
    }

    public init(from decoder: Decoder) throws {
        try self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(source)
    }
}

/// How to read and classify the site, from site.yaml.
public struct SiteRules: Sendable, Codable {
    public var content: ContentRules
    public var rules: [ClassificationRule]

    public init(content: ContentRules, rules: [ClassificationRule]) {
        self.content = content
        self.rules = rules
    }
}
