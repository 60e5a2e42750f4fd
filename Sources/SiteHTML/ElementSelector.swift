/// The small CSS subset site.yaml uses: `tag`, `.class`, `#id`, and combinations such as
/// `article.md-content__inner` or `div.admonition.note`. No combinators: a rule names one element.
public struct ElementSelector: Hashable, Sendable, Codable, CustomStringConvertible {
    public let tag: String?
    public let id: String?
    public let classes: [String]
    public let description: String

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case invalid(String, reason: String)

        public var description: String {
            switch self {
            case .invalid(let text, let reason):
                return "invalid selector `\(text)`: \(reason); expected tag, .class, #id or tag.class"
            }
        }
    }

    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ParseError.invalid(text, reason: "it is empty") }
        var tag: String?
        var id: String?
        var classes: [String] = []
        var current = ""
        var kind: Character = " "
        func flush() throws {
            if kind != " " && current.isEmpty {
                throw ParseError.invalid(text, reason: "`\(kind)` is not followed by a name")
            }
            switch kind {
            case " ": if !current.isEmpty { tag = current.lowercased() }
            case ".": classes.append(current)
            default: id = current
            }
            current = ""
        }
        for character in trimmed {
            if character == "." || character == "#" {
                try flush()
                kind = character
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                current.append(character)
            } else {
                throw ParseError.invalid(text, reason: "`\(character)` is not supported")
            }
        }
        try flush()
        self.tag = tag
        self.id = id
        self.classes = classes
        self.description = trimmed
    }

    public init(from decoder: Decoder) throws {
        try self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    func matches(tag elementTag: String, id elementID: String?, classList: Substring?) -> Bool {
        if let tag, tag != elementTag { return false }
        if let id, id != elementID { return false }
        guard !classes.isEmpty else { return true }
        guard let classList else { return false }
        let present = classList.split(whereSeparator: \.isWhitespace)
        return classes.allSatisfy { wanted in present.contains { $0 == wanted } }
    }
}
