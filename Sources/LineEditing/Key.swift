/// One thing the person at the keyboard did, decoded from the bytes the terminal sent.
public enum Key: Hashable, Sendable {
    /// Text to insert: a typed character, or a whole bracketed paste.
    case text(String)
    case enter
    case backspace
    case delete
    case left, right, up, down
    case home, end
    case wordLeft, wordRight
    case deleteWordBackward
    case deleteToEnd, deleteToStart
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfFile
    /// Ctrl-L.
    case clearScreen
}
