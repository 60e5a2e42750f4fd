/// Splits query text into tokens, skipping whitespace and comments.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    static func tokenize(_ text: String) throws -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.nextToken()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var position: SourcePosition {
        SourcePosition(offset: index, line: line, column: index - lineStart + 1)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private mutating func skipTrivia() throws {
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                advance()
            } else if scalar == "/" && peek(1) == "/" {
                while let next = peek(), next != "\n" { _ = next; advance() }
            } else if scalar == "/" && peek(1) == "*" {
                let start = position
                advance(); advance()
                while !(peek() == "*" && peek(1) == "/") {
                    guard peek() != nil else { throw QueryError.syntax("UnexpectedSyntax", "unterminated comment", at: start, expected: "'*/'") }
                    advance()
                }
                advance(); advance()
            } else {
                return
            }
        }
    }

    private mutating func nextToken() throws -> Token {
        try skipTrivia()
        let start = position
        func token(_ kind: Token.Kind) -> Token { Token(kind: kind, position: start, endOffset: index) }
        guard let scalar = peek() else { return token(.end) }

        if Self.isIdentifierStart(scalar) {
            var name = ""
            while let next = peek(), Self.isIdentifierPart(next) { name.unicodeScalars.append(next); advance() }
            return token(.identifier(name))
        }
        if scalar == "`" {
            advance()
            var name = ""
            while true {
                guard let next = peek() else {
                    throw QueryError.syntax("UnexpectedSyntax", "unterminated quoted name", at: start, expected: "'`'")
                }
                advance()
                if next == "`" {
                    if peek() == "`" { name.append("`"); advance(); continue }
                    break
                }
                name.unicodeScalars.append(next)
            }
            return token(.quotedIdentifier(name))
        }
        if Self.isDigit(scalar) || (scalar == "." && peek(1).map(Self.isDigit) == true) {
            return token(lexNumber())
        }
        if scalar == "'" || scalar == "\"" {
            return token(.string(try lexString(quote: scalar, start: start)))
        }
        if scalar == "$" {
            advance()
            if let next = peek(), next == "`" {
                let quoted = try nextToken()
                return token(.parameter(quoted.name ?? ""))
            }
            var name = ""
            while let next = peek(), Self.isIdentifierPart(next) { name.unicodeScalars.append(next); advance() }
            guard !name.isEmpty else { throw QueryError.syntax("UnexpectedSyntax", "a parameter needs a name", at: start, expected: "parameter name") }
            return token(.parameter(name))
        }
        for symbol in ["..", "<=", ">=", "<>", "=~", "+=", "!="] {
            let pair = Array(symbol.unicodeScalars)
            if scalar == pair[0] && peek(1) == pair[1] {
                advance(); advance()
                return token(.symbol(symbol))
            }
        }
        if "()[]{},.:|;=<>+-*/%^&!".unicodeScalars.contains(scalar) {
            advance()
            return token(.symbol(String(scalar)))
        }
        if Self.lookalikes.contains(scalar.value) {
            throw QueryError.syntax(
                "InvalidUnicodeCharacter", "'\(scalar)' (U+\(String(scalar.value, radix: 16, uppercase: true))) is not a valid operator",
                at: start, expected: "an ASCII operator")
        }
        throw QueryError.syntax("UnexpectedSyntax", "unexpected character '\(scalar)'", at: start, expected: "a token")
    }

    /// Dashes, quotes and spaces that look like ASCII ones but are not.
    private static let lookalikes: Set<UInt32> = [
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D,
        0x2018, 0x2019, 0x201C, 0x201D,
    ]

    private mutating func lexNumber() -> Token.Kind {
        var text = ""
        func take() { text.unicodeScalars.append(scalars[index]); advance() }
        func swallowIdentifierTail() -> Bool {
            var swallowed = false
            while let next = peek(), Self.isIdentifierPart(next) { take(); swallowed = true }
            return swallowed
        }
        if peek() == "0", let marker = peek(1), marker == "x" || marker == "o" {
            take(); take()
            let valid: (Unicode.Scalar) -> Bool = marker == "x" ? { $0.properties.isASCIIHexDigit } : { ("0"..."7").contains($0) }
            var digits = 0
            while let next = peek(), valid(next) { take(); digits += 1 }
            if swallowIdentifierTail() || digits == 0 { return .invalidNumber(text) }
            return .integer(text)
        }
        var isFloat = false
        while let next = peek(), Self.isDigit(next) { take() }
        if peek() == ".", let after = peek(1), Self.isDigit(after) {
            isFloat = true
            take()
            while let next = peek(), Self.isDigit(next) { take() }
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "-" || peek(1) == "+"
            if let digit = peek(signed ? 2 : 1), Self.isDigit(digit) {
                isFloat = true
                take()
                if signed { take() }
                while let next = peek(), Self.isDigit(next) { take() }
            }
        }
        if swallowIdentifierTail() { return .invalidNumber(text) }
        return isFloat ? .float(text) : .integer(text)
    }

    private mutating func lexString(quote: Unicode.Scalar, start: SourcePosition) throws -> String {
        advance()
        var value = ""
        while true {
            guard let scalar = peek() else {
                throw QueryError.syntax("UnexpectedSyntax", "unterminated string literal", at: start, expected: "closing quote")
            }
            advance()
            if scalar == quote { return value }
            guard scalar == "\\" else { value.unicodeScalars.append(scalar); continue }
            let escapePosition = position
            guard let escaped = peek() else { continue }
            advance()
            switch escaped {
            case "n": value += "\n"
            case "t": value += "\t"
            case "r": value += "\r"
            case "b": value += "\u{8}"
            case "f": value += "\u{C}"
            case "'", "\"", "\\": value.unicodeScalars.append(escaped)
            case "u", "U":
                let width = escaped == "u" ? 4 : 8
                var hex = ""
                for _ in 0..<width {
                    guard let digit = peek(), digit.properties.isASCIIHexDigit else { break }
                    hex.unicodeScalars.append(digit)
                    advance()
                }
                guard hex.count == width, let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
                    throw QueryError.syntax(
                        "InvalidUnicodeLiteral", "invalid unicode escape", at: escapePosition,
                        expected: "\(width) hexadecimal digits")
                }
                value.unicodeScalars.append(decoded)
            default:
                value.unicodeScalars.append("\\")
                value.unicodeScalars.append(escaped)
            }
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || scalar.properties.numericType != nil || isDigit(scalar)
    }
}
