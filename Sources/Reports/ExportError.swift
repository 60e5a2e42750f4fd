/// Why a graph could not be exported in a format.
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A property key equals a name the format uses for labels or types.
    case reservedName(format: String, name: String)
    /// Every array delimiter the CSV layouts may use occurs inside some list element.
    case noArrayDelimiter

    public var description: String {
        switch self {
        case .reservedName(let format, let name):
            return "the graph has a property named \(name), which \(format) export uses for labels or relationship types; rename the property"
        case .noArrayDelimiter:
            return "every array delimiter (; | and U+001F) occurs inside some list element, so CSV lists could not be split again"
        }
    }
}
