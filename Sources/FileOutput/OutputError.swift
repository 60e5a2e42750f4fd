/// Why an output file or folder could not be written. Each case names the path the user
/// gave and says what would make it work; nothing half-written is left behind.
public enum OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    case parentMissing(path: String)
    case parentNotADirectory(path: String, parent: String)
    case isADirectory(path: String)
    case isAFile(path: String)
    case notWritable(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var path: String {
        switch self {
        case .parentMissing(let path), .parentNotADirectory(let path, _), .isADirectory(let path), .isAFile(let path),
            .notWritable(let path, _), .writeFailed(let path, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case .parentMissing(let path):
            return "\(path): its folder does not exist; create it first or choose another path"
        case .parentNotADirectory(let path, let parent):
            return "\(path): \(parent) is a file, not a folder; choose a path inside a folder"
        case .isADirectory(let path):
            return "\(path): is a folder; give a file path"
        case .isAFile(let path):
            return "\(path): is a file; give a folder path (it is created when missing)"
        case .notWritable(let path, let reason):
            return "\(path): cannot be written: \(reason); choose a folder you may write to"
        case .writeFailed(let path, let reason):
            return "\(path): writing failed: \(reason); nothing was written"
        }
    }
}
