/// Reads entries line by line with a prompt and no editing, for a terminal that cannot take
/// control sequences (`TERM=dumb`): lines are joined until the entry is complete.
public struct PlainLineReader: LineSource {
    private let write: (String) -> Void

    public init(write: @escaping (String) -> Void) {
        self.write = write
    }

    public mutating func read(prompt: String, continuation: String, history: [String], isComplete: (String) -> Bool) -> LineRead {
        var lines: [String] = []
        while true {
            write(lines.isEmpty ? prompt : continuation)
            guard let line = readLine() else { return lines.isEmpty ? .endOfFile : .line(lines.joined(separator: "\n")) }
            lines.append(line)
            let text = lines.joined(separator: "\n")
            if isComplete(text) { return .line(text) }
        }
    }
}
