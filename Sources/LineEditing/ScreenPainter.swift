/// Draws a prompt and the text being edited, over what it drew before, with ANSI sequences:
/// back to the top of the last drawing, clear to the end of the screen, write every line
/// after its prompt, then place the cursor. Lines longer than the terminal wrap; the painter
/// counts the rows they take so that the next drawing starts at the right place.
public struct ScreenPainter: Sendable {
    /// Rows between the top of the last drawing and the cursor, and the drawing's last row.
    private var cursorRow = 0
    private var endRow = 0

    public init() {}

    public mutating func draw(prompt: String, continuation: String, editor: LineEditor, columns: Int) -> String {
        let columns = max(1, columns)
        var output = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
        output += "\r\u{1B}[J"
        let lines = editor.lines
        var startRows: [Int] = []
        var row = 0
        var lastWidth = 0
        for (index, line) in lines.enumerated() {
            let lead = index == 0 ? prompt : continuation
            if index > 0 { output += "\r\n" }
            startRows.append(row)
            output += lead + String(line)
            lastWidth = DisplayWidth.of(lead) + DisplayWidth.of(line)
            row += lastWidth == 0 ? 1 : (lastWidth + columns - 1) / columns
        }
        // A line that exactly fills its last row leaves the terminal waiting to wrap;
        // moving to the next row makes the end position the same on every terminal.
        var endColumn = lastWidth % columns
        endRow = row - 1
        if lastWidth > 0 && endColumn == 0 {
            output += "\r\n"
            endRow = row
        }
        let (line, column) = editor.cursorPosition
        let offset = DisplayWidth.of(line == 0 ? prompt : continuation) + DisplayWidth.of(lines[line][..<column])
        cursorRow = startRows[line] + offset / columns
        endColumn = offset % columns
        if endRow > cursorRow { output += "\u{1B}[\(endRow - cursorRow)A" }
        output += "\r"
        if endColumn > 0 { output += "\u{1B}[\(endColumn)C" }
        return output
    }

    /// Moves below the drawing, so that what follows starts on a fresh line.
    public mutating func finish() -> String {
        let down = endRow - cursorRow
        cursorRow = 0
        endRow = 0
        return (down > 0 ? "\u{1B}[\(down)B" : "") + "\r\n"
    }

    /// Clears the screen; the next drawing starts at its top.
    public mutating func clearScreen() -> String {
        cursorRow = 0
        endRow = 0
        return "\u{1B}[H\u{1B}[2J"
    }
}
