/// A `:` command of the shell.
public enum ShellCommand: Hashable, Sendable {
    case help
    case schema
    /// `:format` alone shows the format in use.
    case format(ResultFormat?)
    case quit

    /// The command and its one-line description, as `:help` lists them.
    public static let summaries: [(usage: String, purpose: String)] = [
        (":help", "this list"),
        (":schema", "labels, relationship types and property keys, with counts"),
        (":format table|json|csv", "how rows are printed (alone: the format in use)"),
        (":quit", "leave the shell (also :exit, or Ctrl-D on an empty line)"),
    ]

    /// Parses a command's text without its `:`, e.g. `format json`.
    public static func parse(_ text: String) throws(ShellCommandError) -> ShellCommand {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { throw .unknown("") }
        let arguments = Array(words.dropFirst())
        func noArguments(_ command: ShellCommand) throws(ShellCommandError) -> ShellCommand {
            guard arguments.isEmpty else { throw .unexpectedArgument(command: name, argument: arguments.joined(separator: " ")) }
            return command
        }
        switch name.lowercased() {
        case "help": return try noArguments(.help)
        case "schema": return try noArguments(.schema)
        case "quit", "exit": return try noArguments(.quit)
        case "format":
            guard let given = arguments.first else { return .format(nil) }
            guard arguments.count == 1, let format = ResultFormat(rawValue: given.lowercased()) else {
                throw .unknownFormat(arguments.joined(separator: " "))
            }
            return .format(format)
        default:
            throw .unknown(name)
        }
    }
}

/// Why a `:` command could not be run, and what would be right.
public enum ShellCommandError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknown(String)
    case unknownFormat(String)
    case unexpectedArgument(command: String, argument: String)

    public var description: String {
        switch self {
        case .unknown(let name):
            return ":\(name) is not a command; the commands are :help, :schema, :format table|json|csv and :quit"
        case .unknownFormat(let given):
            return "'\(given)' is not a format; :format takes table, json or csv"
        case .unexpectedArgument(let command, let argument):
            return ":\(command) takes nothing after it, got '\(argument)'"
        }
    }
}
