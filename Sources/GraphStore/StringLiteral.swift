/// String literals in the two syntaxes GapGraph writes: Cypher's single-quoted strings
/// (dumps, exports) and JSON's double-quoted ones (reports, query results). They escape alike
/// but for the quote, so one routine serves both.
public enum StringLiteral {
    public static func cypher(_ text: String) -> String { escaped(text, quote: "'") }

    public static func json(_ text: String) -> String { escaped(text, quote: "\"") }

    private static func escaped(_ text: String, quote: Unicode.Scalar) -> String {
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case quote: result += "\\" + String(quote)
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result.unicodeScalars.append(quote)
        return result
    }
}
