/// Parses result-table cells: Cypher literals plus `(:L {k: v})` nodes, `[:T {k: v}]`
/// relationships and `<(…)-[…]->(…)>` paths.
struct TCKValueParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> TCKValue {
        var parser = TCKValueParser(scalars: Array(text.unicodeScalars))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.scalars.count else { throw Failure(description: "trailing text in '\(text)'") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func skipSpace() { while let c = current, c == " " || c == "\t" || c == "\n" { index += 1 } }

    private mutating func accept(_ text: String) -> Bool {
        skipSpace()
        let target = Array(text.unicodeScalars)
        guard index + target.count <= scalars.count, Array(scalars[index..<index + target.count]) == target else { return false }
        index += target.count
        return true
    }

    private mutating func expect(_ text: String) throws {
        guard accept(text) else { throw Failure(description: "expected '\(text)' at \(index)") }
    }

    private mutating func value() throws -> TCKValue {
        skipSpace()
        guard let c = current else { throw Failure(description: "unexpected end") }
        switch c {
        case "'", "\"": return .string(try string())
        case "[":
            if index + 1 < scalars.count, scalars[index + 1] == ":" {
                return try relationship()
            }
            index += 1
            var elements: [TCKValue] = []
            if !accept("]") {
                repeat { elements.append(try value()) } while accept(",")
                try expect("]")
            }
            return .list(elements)
        case "{": return .map(try properties())
        case "(": return try node()
        case "<": return try path()
        default:
            let word = identifier(allowingSign: true)
            switch word {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "NaN": return .float(.nan)
            case "Inf", "Infinity": return .float(.infinity)
            case "-Inf", "-Infinity": return .float(-.infinity)
            default:
                if let integer = Int64(word) { return .int(integer) }
                if let number = Double(word) { return .float(number) }
                throw Failure(description: "cannot read value '\(word)'")
            }
        }
    }

    private mutating func identifier(allowingSign: Bool = false) -> String {
        skipSpace()
        var text = ""
        if current == "`" {
            index += 1
            while let c = current, c != "`" { text.unicodeScalars.append(c); index += 1 }
            index += 1
            return text
        }
        while let c = current, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "." || (allowingSign && (c == "-" || c == "+")) {
            text.unicodeScalars.append(c)
            index += 1
        }
        return text
    }

    private mutating func string() throws -> String {
        let quote = current!
        index += 1
        var text = ""
        while let c = current, c != quote {
            index += 1
            if c == "\\", let next = current {
                index += 1
                switch next {
                case "n": text += "\n"
                case "t": text += "\t"
                case "r": text += "\r"
                case "b": text += "\u{8}"
                case "f": text += "\u{C}"
                case "u":
                    let hex = String(String.UnicodeScalarView(scalars[index..<min(index + 4, scalars.count)]))
                    index += 4
                    if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { text.unicodeScalars.append(scalar) }
                default: text.unicodeScalars.append(next)
                }
            } else {
                text.unicodeScalars.append(c)
            }
        }
        index += 1
        return text
    }

    private mutating func properties() throws -> [String: TCKValue] {
        try expect("{")
        var result: [String: TCKValue] = [:]
        if accept("}") { return result }
        repeat {
            let key = identifier()
            try expect(":")
            result[key] = try value()
        } while accept(",")
        try expect("}")
        return result
    }

    private mutating func node() throws -> TCKValue {
        try expect("(")
        var labels = Set<String>()
        while accept(":") { labels.insert(identifier()) }
        skipSpace()
        let properties = current == "{" ? try self.properties() : [:]
        try expect(")")
        return .node(labels: labels, properties: properties)
    }

    private mutating func relationship() throws -> TCKValue {
        try expect("[")
        try expect(":")
        let type = identifier()
        skipSpace()
        let properties = current == "{" ? try self.properties() : [:]
        try expect("]")
        return .relationship(type: type, properties: properties)
    }

    private mutating func path() throws -> TCKValue {
        try expect("<")
        let start = try node()
        var hops: [(relationship: TCKValue, forward: Bool, node: TCKValue)] = []
        while !accept(">") {
            if accept("<-") {
                let relationship = try self.relationship()
                try expect("-")
                hops.append((relationship, false, try node()))
            } else {
                try expect("-")
                let relationship = try self.relationship()
                try expect("->")
                hops.append((relationship, true, try node()))
            }
        }
        return .path(start, hops)
    }
}
