import FileOutput
import Foundation

/// The shell's earlier entries, kept in a file across sessions: one entry per line, with a
/// newline inside an entry written `\n` and a backslash `\\`. Adding an entry reads the file
/// again first, so two shells open at once both keep what they were given, and the file is
/// replaced atomically (AtomicFile), so a crash leaves the old history or the new, never half.
public struct ShellHistory: Sendable {
    /// Older entries are dropped beyond this many.
    public static let limit = 1000

    /// Nil: history for this session only.
    public let url: URL?
    public private(set) var entries: [String]

    public init(url: URL?) {
        self.url = url
        entries = url.map(Self.read) ?? []
    }

    /// `$XDG_STATE_HOME/gapgraph/history` when XDG_STATE_HOME is set, else `~/.gapgraph_history`.
    public static func defaultURL(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return URL(fileURLWithPath: state).appendingPathComponent("gapgraph").appendingPathComponent("history")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".gapgraph_history")
    }

    /// Adds an entry (unless it repeats the last one) and saves the file.
    public mutating func add(_ entry: String) throws(OutputError) {
        guard let url else {
            if entries.last != entry { entries.append(entry) }
            return
        }
        var saved = Self.read(url)
        if saved.last != entry { saved.append(entry) }
        entries = Array(saved.suffix(Self.limit))
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            // As the XDG base directory spec asks: missing folders are made, readable by the user only.
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        try AtomicFile().write(entries.map(Self.encode).joined(separator: "\n") + "\n", to: url)
        // Queries can name things people would rather keep to themselves, as shells' histories do.
        chmod(url.path, 0o600)
    }

    static func read(_ url: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { decode(String($0)) }
    }

    static func encode(_ entry: String) -> String {
        var line = ""
        for character in entry {
            switch character {
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r\n": line += "\\n"
            default: line.append(character)
            }
        }
        return line
    }

    static func decode(_ line: String) -> String {
        var entry = ""
        var escaped = false
        for character in line {
            if escaped {
                entry += character == "n" ? "\n" : String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                entry.append(character)
            }
        }
        return entry
    }
}
