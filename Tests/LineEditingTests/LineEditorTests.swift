import LineEditing
import Testing

@Suite("Editing a line")
struct LineEditorTests {
    /// Enter submits once the text ends with `;`, as the shell's rule roughly is.
    static func endsWithSemicolon(_ text: String) -> Bool { text.hasSuffix(";") }

    func edited(_ keys: [Key], history: [String] = [], text: String = "") -> LineEditor {
        var editor = LineEditor(history: history, text: text)
        for key in keys { _ = editor.handle(key, isComplete: Self.endsWithSemicolon) }
        return editor
    }

    @Test("typing inserts at the cursor; left, right and backspace edit in the middle")
    func insertInMiddle() {
        let editor = edited([.text("MATCH (p:Pattern RETURN p")] + Array(repeating: .left, count: 9) + [.text(")"), .right, .backspace])
        #expect(editor.text == "MATCH (p:Pattern)RETURN p")
        #expect(editor.cursor == 17)
    }

    @Test("Enter on an unfinished statement starts a new line; on a finished one it submits")
    func enter() {
        var editor = LineEditor()
        #expect(editor.handle(.text("MATCH (n)"), isComplete: Self.endsWithSemicolon) == .editing)
        #expect(editor.handle(.enter, isComplete: Self.endsWithSemicolon) == .editing)
        #expect(editor.handle(.text("RETURN n;"), isComplete: Self.endsWithSemicolon) == .editing)
        #expect(editor.handle(.enter, isComplete: Self.endsWithSemicolon) == .submit("MATCH (n)\nRETURN n;"))
    }

    @Test("Home and End go to the ends of the cursor's line, not of the whole text")
    func homeEnd() {
        var editor = edited([.up, .home], text: "MATCH (n)\nRETURN n")
        #expect(editor.cursorPosition == (0, 0))
        _ = editor.handle(.end, isComplete: Self.endsWithSemicolon)
        #expect(editor.cursor == 9)
    }

    @Test("Up and Down move between the lines of the text, keeping the column where they can")
    func vertical() {
        let editor = edited([.left, .left, .up], text: "MATCH (episode)\nRETURN e")
        #expect(editor.cursorPosition == (0, 6))
        let down = edited([.left, .left, .up, .down])
        #expect(down.text.isEmpty)
        let back = edited([.home, .up, .end, .down], text: "MATCH (n)\nRETURN n")
        #expect(back.cursorPosition == (1, 8))
    }

    @Test("Up on the first line shows older entries; Down comes back to what was being typed")
    func history() {
        let history = ["MATCH (l:Law) RETURN l;", "MATCH (p:Pattern) RETURN count(p);"]
        #expect(edited([.text("RET"), .up], history: history).text == "MATCH (p:Pattern) RETURN count(p);")
        #expect(edited([.text("RET"), .up, .up, .up], history: history).text == "MATCH (l:Law) RETURN l;")
        #expect(edited([.text("RET"), .up, .up, .down, .down], history: history).text == "RET")
        #expect(edited([.down], history: history).text == "")
    }

    @Test("a recalled multi-line entry is walked line by line before the next older one")
    func multiLineHistory() {
        let history = ["RETURN 1;", "MATCH (n)\nRETURN n;"]
        let once = edited([.up], history: history)
        #expect(once.text == "MATCH (n)\nRETURN n;")
        #expect(once.cursorPosition == (1, 9))
        let thrice = edited([.up, .up, .up], history: history)
        #expect(thrice.text == "RETURN 1;")
    }

    @Test("word keys move and delete by words")
    func words() {
        #expect(edited([.wordLeft, .wordLeft], text: "RETURN n.name AS name").cursor == 14)
        #expect(edited([.home, .wordRight, .wordRight], text: "RETURN n.name").cursor == 8)
        #expect(edited([.deleteWordBackward], text: "RETURN n.name").text == "RETURN n.")
    }

    @Test("Ctrl-U and Ctrl-K delete to the start and the end of the line")
    func kill() {
        #expect(edited([.left, .left, .deleteToStart], text: "MATCH (n)\nRETURN n").text == "MATCH (n)\n n")
        #expect(edited([.up, .home, .right, .deleteToEnd], text: "MATCH (n)\nRETURN n").text == "M\nRETURN n")
        #expect(edited([.up, .end, .deleteToEnd], text: "MATCH (n)\nRETURN n").text == "MATCH (n)RETURN n")
    }

    @Test("Ctrl-D ends the input on an empty line and deletes a character otherwise; Ctrl-C abandons")
    func endOfFile() {
        var empty = LineEditor()
        #expect(empty.handle(.endOfFile, isComplete: Self.endsWithSemicolon) == .endOfFile)
        var typed = LineEditor(text: "ab")
        _ = typed.handle(.home, isComplete: Self.endsWithSemicolon)
        #expect(typed.handle(.endOfFile, isComplete: Self.endsWithSemicolon) == .editing)
        #expect(typed.text == "b")
        #expect(typed.handle(.interrupt, isComplete: Self.endsWithSemicolon) == .interrupt)
    }

    @Test("a combining accent joins the letter before it: one character, one cursor step")
    func combining() {
        let editor = edited([.text("caf"), .text("e"), .text("\u{301}")])
        #expect(editor.characters.count == 4)
        #expect(editor.cursor == 4)
        #expect(edited([.backspace], text: "cafe\u{301}").text == "caf")
    }
}
