/// Turns the bytes a terminal sends in raw mode into keys: UTF-8 text, control characters,
/// CSI and SS3 escape sequences (arrows, Home, End, Delete, Ctrl- and Alt-arrows) and
/// bracketed paste. Bytes that end part-way through a sequence wait for the next call.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    /// The bytes of a bracketed paste so far, while one is under way.
    private var paste: [UInt8]?

    private static let escape: UInt8 = 0x1B
    private static let pasteEnd: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    public init() {}

    /// The keys the bytes complete, in order; runs of typed text come as one `.text`.
    public mutating func decode(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var index = 0
        func add(_ key: Key) {
            if case .text(let more) = key, case .text(let text)? = keys.last {
                keys[keys.count - 1] = .text(text + more)
            } else {
                keys.append(key)
            }
        }
        while index < pending.count {
            if paste != nil {
                let rest = pending[index...]
                if rest.starts(with: Self.pasteEnd) {
                    add(.text(Self.pastedText(paste!)))
                    paste = nil
                    index += Self.pasteEnd.count
                } else if rest.count < Self.pasteEnd.count && Self.pasteEnd.starts(with: rest) {
                    break
                } else {
                    paste!.append(pending[index])
                    index += 1
                }
                continue
            }
            switch Self.match(pending[index...]) {
            case .incomplete:
                pending.removeFirst(index)
                return keys
            case .key(let key, let length):
                if let key { add(key) }
                index += length
            case .pasteStart(let length):
                paste = []
                index += length
            }
        }
        pending.removeFirst(index)
        return keys
    }

    private enum Match {
        /// A key (nil: bytes that mean nothing to the editor) and how many bytes it took.
        case key(Key?, Int)
        case pasteStart(Int)
        case incomplete
    }

    private static func match(_ bytes: ArraySlice<UInt8>) -> Match {
        let first = bytes[bytes.startIndex]
        switch first {
        case escape: return matchEscape(bytes)
        case 0x0D:
            let next = bytes.index(after: bytes.startIndex)
            return .key(.enter, next < bytes.endIndex && bytes[next] == 0x0A ? 2 : 1)
        case 0x20..<0x7F: return .key(.text(String(UnicodeScalar(first))), 1)
        case 0x7F: return .key(.backspace, 1)
        case 0x80...: return matchUTF8(bytes)
        default: return .key(control(first), 1)
        }
    }

    private static func control(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x01: return .home
        case 0x02: return .left
        case 0x03: return .interrupt
        case 0x04: return .endOfFile
        case 0x05: return .end
        case 0x06: return .right
        case 0x08: return .backspace
        // A tab would make every column after it depend on tab stops; four spaces keep widths simple.
        case 0x09: return .text("    ")
        case 0x0A: return .enter
        case 0x0B: return .deleteToEnd
        case 0x0C: return .clearScreen
        case 0x0E: return .down
        case 0x10: return .up
        case 0x15: return .deleteToStart
        case 0x17: return .deleteWordBackward
        default: return nil
        }
    }

    private static func matchUTF8(_ bytes: ArraySlice<UInt8>) -> Match {
        let first = bytes[bytes.startIndex]
        let length: Int
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .key(nil, 1)
        }
        guard bytes.count >= length else { return .incomplete }
        let sequence = bytes.prefix(length)
        guard sequence.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return .key(nil, 1) }
        return .key(.text(String(decoding: sequence, as: UTF8.self)), length)
    }

    private static func matchEscape(_ bytes: ArraySlice<UInt8>) -> Match {
        guard bytes.count >= 2 else { return .incomplete }
        let second = bytes[bytes.startIndex + 1]
        switch second {
        case UInt8(ascii: "["): return matchCSI(bytes)
        case UInt8(ascii: "O"):
            guard bytes.count >= 3 else { return .incomplete }
            return .key(final(bytes[bytes.startIndex + 2], parameters: ""), 3)
        case UInt8(ascii: "b"): return .key(.wordLeft, 2)
        case UInt8(ascii: "f"): return .key(.wordRight, 2)
        case 0x7F, 0x08: return .key(.deleteWordBackward, 2)
        // A lone Escape, or Alt with a key the editor has no use for: drop the Escape only.
        default: return .key(nil, 1)
        }
    }

    /// `ESC [ parameters intermediates final`, as ECMA-48 lays it out.
    private static func matchCSI(_ bytes: ArraySlice<UInt8>) -> Match {
        var index = bytes.startIndex + 2
        var parameters = ""
        while index < bytes.endIndex, (0x30...0x3F).contains(bytes[index]) {
            parameters.unicodeScalars.append(UnicodeScalar(bytes[index]))
            index += 1
        }
        while index < bytes.endIndex, (0x20...0x2F).contains(bytes[index]) { index += 1 }
        guard index < bytes.endIndex else { return .incomplete }
        let length = index - bytes.startIndex + 1
        let finalByte = bytes[index]
        guard (0x40...0x7E).contains(finalByte) else { return .key(nil, length) }
        if finalByte == UInt8(ascii: "~") && parameters == "200" { return .pasteStart(length) }
        return .key(final(finalByte, parameters: parameters), length)
    }

    private static func final(_ byte: UInt8, parameters: String) -> Key? {
        let modified = parameters.hasSuffix(";5") || parameters.hasSuffix(";3")
        switch UnicodeScalar(byte) {
        case "A": return .up
        case "B": return .down
        case "C": return modified ? .wordRight : .right
        case "D": return modified ? .wordLeft : .left
        case "H": return .home
        case "F": return .end
        case "~":
            switch parameters {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            default: return nil
            }
        default: return nil
        }
    }

    private static func pastedText(_ bytes: [UInt8]) -> String {
        var text = ""
        var previousWasReturn = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\r": text += "\n"
            case "\n": if !previousWasReturn { text += "\n" }
            case "\t": text += "    "
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { text.unicodeScalars.append(scalar) }
            }
        }
        return text
    }
}
