/// The text being edited, the cursor in it, and the history to move through: what each key
/// does, with no terminal involved. The text may hold several lines; Up and Down move between
/// them and reach the history only from the first or last line, as in fish or zsh.
public struct LineEditor: Sendable {
    public enum Outcome: Hashable, Sendable {
        case editing
        case submit(String)
        case endOfFile
        case interrupt
        case clearScreen
    }

    public private(set) var characters: [Character]
    /// An index into `characters`: the cursor stands before that character.
    public private(set) var cursor: Int
    private let history: [String]
    /// `history.count` while editing new text, else the entry shown.
    private var historyIndex: Int
    /// The new text, kept while the person looks through the history.
    private var draft: [Character] = []

    public init(history: [String] = [], text: String = "") {
        self.history = history
        historyIndex = history.count
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// The text's lines and the cursor's line and column (in characters) among them.
    public var lines: [[Character]] { characters.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init) }

    public var cursorPosition: (line: Int, column: Int) {
        let before = characters[..<cursor]
        let line = before.filter { $0 == "\n" }.count
        let column = cursor - ((before.lastIndex(of: "\n")).map { $0 + 1 } ?? 0)
        return (line, column)
    }

    /// `isComplete` decides whether Enter hands the text over or starts a new line in it.
    public mutating func handle(_ key: Key, isComplete: (String) -> Bool) -> Outcome {
        switch key {
        case .text(let inserted): insert(inserted)
        case .enter:
            if isComplete(text) { return .submit(text) }
            insert("\n")
        case .backspace:
            if cursor > 0 { remove(cursor - 1..<cursor) }
        case .delete:
            if cursor < characters.count { remove(cursor..<cursor + 1) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = lineStart
        case .end: cursor = lineEnd
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .deleteWordBackward: remove(wordStart(before: cursor)..<cursor)
        case .deleteToEnd: remove(cursor..<(cursor == lineEnd ? min(characters.count, cursor + 1) : lineEnd))
        case .deleteToStart: remove(lineStart..<cursor)
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .interrupt: return .interrupt
        case .endOfFile:
            if characters.isEmpty { return .endOfFile }
            if cursor < characters.count { remove(cursor..<cursor + 1) }
        case .clearScreen: return .clearScreen
        }
        return .editing
    }

    /// Inserting through a String lets a combining mark join the character before it.
    private mutating func insert(_ inserted: String) {
        let before = String(characters[..<cursor]) + inserted
        characters = Array(before + String(characters[cursor...]))
        cursor = before.count
    }

    private mutating func remove(_ range: Range<Int>) {
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    private var lineStart: Int {
        characters[..<cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
    }

    private var lineEnd: Int {
        characters[cursor...].firstIndex(of: "\n") ?? characters.count
    }

    private static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private func wordStart(before index: Int) -> Int {
        var position = index
        while position > 0, !Self.isWord(characters[position - 1]) { position -= 1 }
        while position > 0, Self.isWord(characters[position - 1]) { position -= 1 }
        return position
    }

    private func wordEnd(after index: Int) -> Int {
        var position = index
        while position < characters.count, !Self.isWord(characters[position]) { position += 1 }
        while position < characters.count, Self.isWord(characters[position]) { position += 1 }
        return position
    }

    private mutating func moveVertically(by step: Int) {
        let all = lines
        let (line, column) = cursorPosition
        let target = line + step
        guard all.indices.contains(target) else {
            step < 0 ? showOlder() : showNewer()
            return
        }
        let start = all[..<target].reduce(0) { $0 + $1.count + 1 }
        cursor = start + min(column, all[target].count)
    }

    private mutating func showOlder() {
        guard historyIndex > 0 else { return }
        if historyIndex == history.count { draft = characters }
        historyIndex -= 1
        characters = Array(history[historyIndex])
        cursor = characters.count
    }

    private mutating func showNewer() {
        guard historyIndex < history.count else { return }
        historyIndex += 1
        characters = historyIndex == history.count ? draft : Array(history[historyIndex])
        cursor = characters.count
    }
}
