import Analysis

/// Colour for text on a terminal, used sparingly and only where it means something: errors
/// in red, coverage grades in green, yellow and red. Everywhere else, and whenever output
/// goes to a pipe or a file, text is plain and byte for byte what the tests expect.
public struct TextStyle: Hashable, Sendable {
    public var colour: Bool

    public static let plain = TextStyle(colour: false)

    public init(colour: Bool) {
        self.colour = colour
    }

    /// Colour only on a terminal that understands it (not `TERM=dumb`), and never when
    /// `NO_COLOR` is set to anything but the empty string (https://no-color.org).
    public static func forOutput(isTerminal: Bool, environment: [String: String]) -> TextStyle {
        let disabled = environment["TERM"] == "dumb" || !(environment["NO_COLOR"] ?? "").isEmpty
        return TextStyle(colour: isTerminal && !disabled)
    }

    public func error(_ text: String) -> String {
        paint(text, "31")
    }

    public func grade(_ grade: Grade, _ text: String) -> String {
        switch grade {
        case .strong: return paint(text, "32")
        case .partial: return paint(text, "33")
        case .none: return paint(text, "31")
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
