/// CSV fields as RFC 4180 writes them: quoted when they hold a comma, quote, line break or
/// outer space, or when `forceQuotes` (an empty string that must not read as empty), quotes doubled.
enum CSVField {
    static func encode(_ text: String, forceQuotes: Bool = false) -> String {
        let needs = forceQuotes || text.isEmpty || text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needs ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",")
    }
}
