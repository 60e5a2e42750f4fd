/// One lexical token. Keywords are identifiers: the parser recognises them case-insensitively,
/// since most can also name properties, labels and map keys.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        /// A backtick-quoted name: never a keyword.
        case quotedIdentifier(String)
        case integer(String)
        case float(String)
        /// Digits run into letters (`123abc`): only an error if used as a number.
        case invalidNumber(String)
        case string(String)
        case parameter(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: SourcePosition
    /// Offset just past the token, in unicode scalars.
    var endOffset: Int

    func isKeyword(_ word: String) -> Bool {
        if case .identifier(let name) = kind { return name.equalsIgnoringCase(word) }
        return false
    }

    func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol(symbol)
    }

    var name: String? {
        switch kind {
        case .identifier(let name), .quotedIdentifier(let name): return name
        default: return nil
        }
    }

    var display: String {
        switch kind {
        case .identifier(let name), .integer(let name), .float(let name), .invalidNumber(let name), .symbol(let name):
            return "'\(name)'"
        case .quotedIdentifier(let name): return "`\(name)`"
        case .string: return "string literal"
        case .parameter(let name): return "'$\(name)'"
        case .end: return "end of input"
        }
    }
}

extension String {
    func equalsIgnoringCase(_ other: String) -> Bool {
        count == other.count && lowercased() == other.lowercased()
    }
}
