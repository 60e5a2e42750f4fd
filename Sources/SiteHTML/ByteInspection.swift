import Foundation

/// Turns a file's bytes into UTF-8 for libxml2, and says what was wrong with them.
/// Decoding here rather than in libxml2 makes the result independent of libxml2's
/// guesses and lets every oddity be reported with the file's name.
enum ByteInspection {
    struct Outcome {
        var utf8: [UInt8]
        var warnings: [ExtractionWarning]
        var usable: Bool
    }

    static func prepare(_ bytes: [UInt8]) -> Outcome {
        if bytes.isEmpty { return Outcome(utf8: [], warnings: [.empty], usable: false) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: Data(bytes), encoding: .utf16) {
                return Outcome(utf8: Array(text.utf8), warnings: [.utf16], usable: true)
            }
        }
        if let zero = bytes.prefix(8192).firstIndex(of: 0) {
            return Outcome(utf8: [], warnings: [.binary(offset: zero)], usable: false)
        }
        var body = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let declared = declaredCharset(in: body)
        if let declared, let encoding = singleByteEncoding(named: declared) {
            let text = String(data: Data(body), encoding: encoding) ?? String(decoding: body, as: UTF8.self)
            return Outcome(utf8: Array(text.utf8), warnings: [.notUTF8(declared: declared)], usable: true)
        }
        if let offset = firstInvalidUTF8(body) {
            let text = String(data: Data(body), encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)
            return Outcome(utf8: Array(text.utf8), warnings: [.invalidUTF8(offset: offset, declared: declared)], usable: true)
        }
        return Outcome(utf8: body, warnings: [], usable: true)
    }

    /// The charset named by `<meta charset>` or `http-equiv` content in the first 4 KB.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var name = ""
        for character in head[range.upperBound...] {
            if character == "\"" || character == "'" {
                if name.isEmpty { continue }
                break
            }
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                name.append(character)
            } else {
                break
            }
        }
        return name.isEmpty ? nil : name
    }

    private static func singleByteEncoding(named name: String) -> String.Encoding? {
        switch name {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "l1": return .isoLatin1
        case "windows-1252", "cp1252": return .windowsCP1252
        case "iso-8859-2", "latin2": return .isoLatin2
        default: return nil
        }
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time: most of a page is.
            if index + 8 <= count,
                bytes.withUnsafeBytes({ $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > count { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            if lead == 0xE0 && bytes[index + 1] < 0xA0 { return index }
            if lead == 0xED && bytes[index + 1] > 0x9F { return index }
            if lead == 0xF0 && bytes[index + 1] < 0x90 { return index }
            if lead == 0xF4 && bytes[index + 1] > 0x8F { return index }
            index += length
        }
        return nil
    }
}
