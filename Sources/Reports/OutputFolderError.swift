import FileOutput

/// Why an output folder was not written.
public enum OutputFolderError: Error, Hashable, Sendable, CustomStringConvertible {
    case output(OutputError)
    /// The folder exists with files GapGraph did not write; replacing it would lose them.
    case notOurs(path: String)

    public var description: String {
        switch self {
        case .output(let error): return error.description
        case .notOurs(let path):
            return "\(path): is a folder with files gapgraph did not write; gapgraph replaces its output folder whole, so give a new or empty folder"
        }
    }
}
