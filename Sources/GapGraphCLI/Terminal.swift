import Foundation
import Reports

/// Standard input, output or error, and whether a person is watching it.
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardInput = Terminal(descriptor: STDIN_FILENO)
    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// A terminal that understands control sequences: not a pipe or file, not `TERM=dumb`.
    var isInteractive: Bool {
        isTerminal && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Colour on this stream, or none (a pipe, a file, `TERM=dumb`, `NO_COLOR`).
    var style: TextStyle {
        TextStyle.forOutput(isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)
    }

    /// An error for the person reading: `error: …`, red on a terminal.
    func writeError(_ message: String) {
        write(style.error(message) + "\n")
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }
}

/// A one-line progress bar redrawn in place on standard error.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var lastDrawn = -1

    init(label: String) {
        self.label = label
    }

    func update(_ done: Int, of total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.standardError.write("\r\(label) \(bar) \(done)/\(total)")
    }

    func finish() {
        Terminal.standardError.write("\r\u{1B}[2K")
    }
}
