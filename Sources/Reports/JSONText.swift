import Foundation
import GraphStore

/// Pieces of JSON text for the reports: fields in the order given (the documented shapes
/// list them so), numbers with no trailing zeros, strings escaped as JSON requires.
enum JSONText {
    static func string(_ text: String) -> String { StringLiteral.json(text) }

    static func string(_ text: String?) -> String { text.map(StringLiteral.json) ?? "null" }

    /// At most `places` decimals: 45.5, 100, 0.1234.
    static func number(_ value: Double, places: Int = 2) -> String {
        var text = String(format: "%.\(places)f", value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(StringLiteral.json($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// An object over several lines, one field a line, for the top level of a document;
    /// nested documents are indented to fit.
    static func document(_ fields: [(String, String)], indent: String = "") -> String {
        guard !fields.isEmpty else { return "{}" }
        let inner = indent + "  "
        return "{\n" + fields.map { inner + StringLiteral.json($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    /// An array over several lines, one item a line.
    static func list(_ items: [String], indent: String = "") -> String {
        guard !items.isEmpty else { return "[]" }
        let inner = indent + "  "
        return "[\n" + items.map { inner + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    /// A finished JSON document re-indented to sit inside another at `indent`.
    static func nested(_ document: String, indent: String) -> String {
        var text = document
        while text.hasSuffix("\n") { text.removeLast() }
        return text.replacingOccurrences(of: "\n", with: "\n" + indent)
    }
}
