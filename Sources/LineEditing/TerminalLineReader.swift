import Foundation

/// Reads entries from a terminal with line editing: the keys of `KeyDecoder`, the editing of
/// `LineEditor`, the drawing of `ScreenPainter`, in raw mode only while an entry is read, so
/// that output and Ctrl-C behave as usual while a query runs.
///
/// Why our own editor rather than libedit: it needs no system library on the build machine,
/// it edits multi-line statements as one entry, and everything but the read and write calls
/// is plain values that tests drive key by key.
public struct TerminalLineReader: LineSource {
    private let input: Int32
    private let output: Int32

    public init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// A terminal that can be driven this way: both descriptors are terminals.
    public static func canEdit(input: Int32, output: Int32) -> Bool {
        isatty(input) == 1 && isatty(output) == 1
    }

    public mutating func read(prompt: String, continuation: String, history: [String], isComplete: (String) -> Bool) -> LineRead {
        guard let rawMode = RawMode(descriptor: input) else { return .endOfFile }
        defer { withExtendedLifetime(rawMode) {} }
        write("\u{1B}[?2004h")
        defer { write("\u{1B}[?2004l") }
        var editor = LineEditor(history: history)
        var painter = ScreenPainter()
        var decoder = KeyDecoder()
        var buffer = [UInt8](repeating: 0, count: 1024)
        write(painter.draw(prompt: prompt, continuation: continuation, editor: editor, columns: columns))
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR {
                write(painter.draw(prompt: prompt, continuation: continuation, editor: editor, columns: columns))
                continue
            }
            guard count > 0 else {
                write(painter.finish())
                return .endOfFile
            }
            for key in decoder.decode(Array(buffer[..<count])) {
                switch editor.handle(key, isComplete: isComplete) {
                case .editing:
                    continue
                case .submit(let text):
                    write(painter.draw(prompt: prompt, continuation: continuation, editor: LineEditor(text: text), columns: columns))
                    write(painter.finish())
                    return .line(text)
                case .endOfFile:
                    write(painter.finish())
                    return .endOfFile
                case .interrupt:
                    write(painter.draw(prompt: prompt, continuation: continuation, editor: LineEditor(text: editor.text), columns: columns))
                    write("^C" + painter.finish())
                    return .interrupted
                case .clearScreen:
                    write(painter.clearScreen())
                }
            }
            write(painter.draw(prompt: prompt, continuation: continuation, editor: editor, columns: columns))
        }
    }

    private var columns: Int {
        var size = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Foundation.write(output, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }
}
