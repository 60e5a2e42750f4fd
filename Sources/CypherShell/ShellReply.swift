/// What the shell says back to one input.
public enum ShellReply: Hashable, Sendable {
    /// Rows, the schema or the help: what was asked for, on standard output.
    case result(String)
    /// A confirmation for the person at the terminal; a script does not print it.
    case message(String)
    /// A failed query or command, with what went wrong; on standard error.
    case failure(String)
    case quit
}
