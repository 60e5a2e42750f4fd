import Cypher

/// One thing for the shell to do: a Cypher statement or a `:` command.
public enum ShellInput: Hashable, Sendable {
    /// The statement's text without its `;`, and where its first token stands in the input.
    case statement(String, at: SourcePosition)
    /// The command's line without the leading `:` or a trailing `;`, and its line in the input.
    case command(String, line: Int)
}
