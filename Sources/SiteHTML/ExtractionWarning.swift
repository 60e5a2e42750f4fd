/// Something wrong with a page that did not stop it from being imported as far as it could be.
public enum ExtractionWarning: Hashable, Sendable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case invalidUTF8(offset: Int, declared: String?)
    case notUTF8(declared: String)
    case utf16
    case noContentElement(usedSelector: String)
    case noParse
    case tooDeep(limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty; imported as a page with no content"
        case .binary(let offset):
            return "the file looks binary (a NUL byte at offset \(offset)); imported with no content"
        case .invalidUTF8(let offset, let declared):
            let what = declared.map { "declared \($0) but" } ?? "no charset declared and"
            return "\(what) invalid UTF-8 at byte \(offset); the bytes were read as Windows-1252"
        case .notUTF8(let declared):
            return "encoded as \(declared), not UTF-8; decoded from \(declared)"
        case .utf16:
            return "encoded as UTF-16 (byte order mark); decoded from UTF-16"
        case .noContentElement(let usedSelector):
            return "none of the content selectors matched; used `\(usedSelector)`"
        case .noParse:
            return "libxml2 could not build a document from the file; imported with no content"
        case .tooDeep(let limit):
            return "elements nested deeper than \(limit) levels were skipped"
        }
    }
}
