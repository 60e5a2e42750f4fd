/// What reading one entry gave.
public enum LineRead: Hashable, Sendable {
    case line(String)
    /// Ctrl-C: the entry was abandoned.
    case interrupted
    /// Ctrl-D on an empty entry, or the input ended.
    case endOfFile
}

/// Where a shell gets its next entry from: a terminal with editing, a plain terminal, or a
/// script in tests.
public protocol LineSource {
    /// Reads one entry; `isComplete` says whether what was typed so far is a whole entry,
    /// or Enter should continue it on a new line after `continuation`.
    mutating func read(prompt: String, continuation: String, history: [String], isComplete: (String) -> Bool) -> LineRead
}
