/// Why an import could not start or could not read a file.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case siteNotFound(path: String)
    case siteNotADirectory(path: String)
    case noPages(path: String)
    case unreadableDirectory(path: String, reason: String)
    case unreadableFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .siteNotFound(let path):
            return "\(path): no such folder; pass the folder of a built site with --site DIR"
        case .siteNotADirectory(let path):
            return "\(path): is a file, not a folder; pass the folder of a built site with --site DIR"
        case .noPages(let path):
            return "\(path): holds no .html files; pass the folder a site generator built (MkDocs writes site/)"
        case .unreadableDirectory(let path, let reason):
            return "\(path): folder cannot be read: \(reason)"
        case .unreadableFile(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        }
    }
}
