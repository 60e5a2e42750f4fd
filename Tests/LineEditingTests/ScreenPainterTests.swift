import LineEditing
import Testing

@Suite("Drawing the line being edited")
struct ScreenPainterTests {
    @Test("a one-line entry: clear, prompt and text, cursor placed after the prompt's width")
    func oneLine() {
        var painter = ScreenPainter()
        let output = painter.draw(prompt: "gg> ", continuation: "... ", editor: LineEditor(text: "RETURN 1"), columns: 80)
        #expect(output == "\r\u{1B}[Jgg> RETURN 1\r\u{1B}[12C")
    }

    @Test("the next drawing first goes back up to the top of the last one")
    func redraw() {
        var painter = ScreenPainter()
        _ = painter.draw(prompt: "gg> ", continuation: "... ", editor: LineEditor(text: "MATCH (n)\nRETURN n"), columns: 80)
        let output = painter.draw(prompt: "gg> ", continuation: "... ", editor: LineEditor(text: "MATCH (n)\nRETURN n;"), columns: 80)
        #expect(output == "\u{1B}[1A\r\u{1B}[Jgg> MATCH (n)\r\n... RETURN n;\r\u{1B}[13C")
    }

    @Test("a cursor on an earlier line is moved up from the end of the drawing")
    func cursorUp() {
        var painter = ScreenPainter()
        var editor = LineEditor(text: "MATCH (n)\nRETURN n")
        _ = editor.handle(.up, isComplete: { _ in false })
        let output = painter.draw(prompt: "gg> ", continuation: "... ", editor: editor, columns: 80)
        #expect(output == "\r\u{1B}[Jgg> MATCH (n)\r\n... RETURN n\u{1B}[1A\r\u{1B}[12C")
    }

    @Test("a line longer than the terminal wraps, and its rows are counted")
    func wrapping() {
        var painter = ScreenPainter()
        // 4 columns of prompt and 12 of text on a 10-column terminal: two rows, cursor at column 6 of the second.
        let output = painter.draw(prompt: "gg> ", continuation: "... ", editor: LineEditor(text: "RETURN 12345"), columns: 10)
        #expect(output == "\r\u{1B}[Jgg> RETURN 12345\r\u{1B}[6C")
        #expect(painter.draw(prompt: "gg> ", continuation: "... ", editor: LineEditor(text: "RETURN 1"), columns: 10)
            == "\u{1B}[1A\r\u{1B}[Jgg> RETURN 1\r\u{1B}[2C")
    }

    @Test("a line that exactly fills the row moves on to the next, so the cursor has a place")
    func exactFill() {
        var painter = ScreenPainter()
        let output = painter.draw(prompt: "gg> ", continuation: "... ", editor: LineEditor(text: "RETURN"), columns: 10)
        #expect(output == "\r\u{1B}[Jgg> RETURN\r\n\r")
        #expect(painter.finish() == "\r\n")
    }

    @Test("finishing moves below the drawing from wherever the cursor is")
    func finish() {
        var painter = ScreenPainter()
        var editor = LineEditor(text: "MATCH (n)\nWHERE n.x\nRETURN n")
        _ = editor.handle(.up, isComplete: { _ in false })
        _ = editor.handle(.up, isComplete: { _ in false })
        _ = painter.draw(prompt: "gg> ", continuation: "... ", editor: editor, columns: 80)
        #expect(painter.finish() == "\u{1B}[2B\r\n")
    }

    @Test("wide characters take two columns")
    func wide() {
        #expect(DisplayWidth.of("データ") == 6)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
    }
}
