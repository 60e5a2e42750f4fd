import Foundation
import GraphStore

/// The non-aggregating functions, by lower-case name. Null in gives null out unless noted.
enum ScalarFunctions {
    static let arity: [String: ClosedRange<Int>] = [
        "id": 1...1, "labels": 1...1, "type": 1...1, "keys": 1...1, "properties": 1...1, "size": 1...1, "length": 1...1,
        "nodes": 1...1, "relationships": 1...1, "startnode": 1...1, "endnode": 1...1, "head": 1...1, "last": 1...1,
        "tail": 1...1, "range": 2...3, "reverse": 1...1, "coalesce": 1...Int.max, "tointeger": 1...1, "tofloat": 1...1,
        "tostring": 1...1, "toboolean": 1...1, "tointegerornull": 1...1, "tofloatornull": 1...1, "tostringornull": 1...1,
        "tobooleanornull": 1...1, "tolower": 1...1, "toupper": 1...1, "lower": 1...1, "upper": 1...1, "trim": 1...1,
        "ltrim": 1...1, "rtrim": 1...1, "replace": 3...3, "substring": 2...3, "left": 2...2, "right": 2...2, "split": 2...2,
        "abs": 1...1, "ceil": 1...1, "floor": 1...1, "round": 1...1, "sign": 1...1, "sqrt": 1...1, "exp": 1...1, "log": 1...1,
        "log10": 1...1, "sin": 1...1, "cos": 1...1, "tan": 1...1, "cot": 1...1, "asin": 1...1, "acos": 1...1, "atan": 1...1,
        "atan2": 2...2, "haversin": 1...1, "degrees": 1...1, "radians": 1...1, "pi": 0...0, "e": 0...0, "rand": 0...0,
        "isempty": 1...1, "char_length": 1...1, "character_length": 1...1, "elementid": 1...1,
    ].merging(TemporalFunctions.arity) { first, _ in first }

    static func call(_ name: String, _ arguments: [CypherValue], context: ExecutionContext, at position: SourcePosition) throws -> CypherValue {
        func typeError(_ expected: String) -> QueryError {
            let got = arguments.map(\.typeName).joined(separator: ", ")
            // The TCK reports conversions of unconvertible types as invalid values, other misuse as invalid types.
            // labels() and type() of a value whose type is only known at runtime report the value.
            let reportsValue = (name.hasPrefix("to") && !["tolower", "toupper"].contains(name)) || ["labels", "type"].contains(name)
            let detail = reportsValue ? "InvalidArgumentValue" : "InvalidArgumentType"
            return QueryError.runtime(.typeError, detail, "\(name)() expects \(expected), got \(got)", at: position)
        }
        let graph = context.graph
        let first = arguments.first ?? .null
        switch name {
        case "coalesce": return arguments.first { !$0.isNull } ?? .null
        case "pi": return .float(Double.pi)
        case "e": return .float(M_E)
        case "rand": return .float(context.random())
        case "range": return try range(arguments, context: context, at: position)
        default: break
        }
        if let result = try TemporalFunctions.call(name, arguments, now: context.statementTime, at: position) { return result }
        if first.isNull { return .null }
        switch name {
        case "id", "elementid":
            switch first {
            case .node(let id): return name == "id" ? .int(Int64(id.raw)) : .string(String(id.raw))
            case .relationship(let id): return name == "id" ? .int(Int64(id.raw)) : .string(String(id.raw))
            default: throw typeError("a node or relationship")
            }
        case "labels":
            guard case .node(let id) = first else { throw typeError("a node") }
            return .list(graph.labelNames(of: try context.node(id, at: position)).map(CypherValue.string))
        case "type":
            guard case .relationship(let id) = first else { throw typeError("a relationship") }
            return .string(graph.typeName(of: id))
        case "keys":
            guard let properties = try context.properties(of: first, at: position) else { throw typeError("a node, relationship or map") }
            return .list(properties.keys.sorted().map(CypherValue.string))
        case "properties":
            guard let properties = try context.properties(of: first, at: position) else { throw typeError("a node, relationship or map") }
            return .map(properties)
        case "size", "char_length", "character_length":
            switch first {
            case .list(let elements) where name == "size": return .int(Int64(elements.count))
            case .string(let text): return .int(Int64(text.unicodeScalars.count))
            default: throw typeError(name == "size" ? "a list or string" : "a string")
            }
        case "length":
            switch first {
            case .path(let path): return .int(Int64(path.relationships.count))
            case .string(let text): return .int(Int64(text.unicodeScalars.count))
            case .list(let elements): return .int(Int64(elements.count))
            default: throw typeError("a path")
            }
        case "isempty":
            switch first {
            case .list(let elements): return .bool(elements.isEmpty)
            case .string(let text): return .bool(text.isEmpty)
            case .map(let values): return .bool(values.isEmpty)
            default: throw typeError("a list, string or map")
            }
        case "nodes":
            guard case .path(let path) = first else { throw typeError("a path") }
            return .list(path.nodes.map(CypherValue.node))
        case "relationships":
            guard case .path(let path) = first else { throw typeError("a path") }
            return .list(path.relationships.map(CypherValue.relationship))
        case "startnode", "endnode":
            guard case .relationship(let id) = first else { throw typeError("a relationship") }
            return .node(name == "startnode" ? graph.source(of: id) : graph.target(of: id))
        case "head", "last", "tail":
            guard case .list(let elements) = first else { throw typeError("a list") }
            switch name {
            case "head": return elements.first ?? .null
            case "last": return elements.last ?? .null
            default: return .list(Array(elements.dropFirst()))
            }
        case "reverse":
            switch first {
            case .list(let elements): return .list(elements.reversed())
            case .string(let text): return .string(String(text.reversed()))
            default: throw typeError("a list or string")
            }
        case "tointeger", "tointegerornull":
            if let value = toInteger(first) { return value }
            if name == "tointegerornull" || first.isString { return .null }
            throw typeError("a number, string or boolean")
        case "tofloat", "tofloatornull":
            switch first {
            case .float: return first
            case .int(let value): return .float(Double(value))
            case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces)).map(CypherValue.float) ?? .null
            default:
                if name == "tofloatornull" { return .null }
                throw typeError("a number or string")
            }
        case "tostring", "tostringornull":
            switch first {
            case .string: return first
            case .int, .float, .bool: return .string(first.plainText)
            case .temporal(let value): return .string(value.description)
            default:
                if name == "tostringornull" { return .null }
                throw typeError("a number, string or boolean")
            }
        case "toboolean", "tobooleanornull":
            switch first {
            case .bool: return first
            case .string(let text):
                switch text.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .null
                }
            case .int(let value): return .bool(value != 0)
            default:
                if name == "tobooleanornull" { return .null }
                throw typeError("a string, integer or boolean")
            }
        case "tolower", "toupper", "lower", "upper", "trim", "ltrim", "rtrim":
            guard case .string(let text) = first else { throw typeError("a string") }
            switch name {
            case "tolower", "lower": return .string(text.lowercased())
            case "toupper", "upper": return .string(text.uppercased())
            case "trim": return .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
            case "ltrim": return .string(String(text.drop { $0.isWhitespace }))
            default: return .string(String(text.reversed().drop { $0.isWhitespace }.reversed()))
            }
        case "replace":
            if arguments.contains(where: \.isNull) { return .null }
            guard case .string(let text) = first, case .string(let search) = arguments[1], case .string(let replacement) = arguments[2] else {
                throw typeError("strings")
            }
            if search.isEmpty { return first }
            return .string(text.replacingOccurrences(of: search, with: replacement))
        case "substring", "left", "right":
            if arguments.dropFirst().contains(where: \.isNull) {
                if name == "substring" { throw typeError("a string and integers") }
                return .null
            }
            guard case .string(let text) = first else { throw typeError("a string") }
            let scalars = Array(text.unicodeScalars)
            var integers: [Int] = []
            for argument in arguments.dropFirst() {
                guard case .int(let value) = argument else { throw typeError("a string and integers") }
                guard value >= 0 else {
                    throw QueryError.runtime(.argumentError, "NegativeIntegerArgument", "\(name)() needs non-negative integers", at: position)
                }
                integers.append(Int(clamping: value))
            }
            let slice: ArraySlice<Unicode.Scalar>
            switch name {
            case "left": slice = scalars.prefix(integers[0])
            case "right": slice = scalars.suffix(integers[0])
            default:
                let start = min(integers[0], scalars.count)
                let end = integers.count > 1 ? min(scalars.count, start + integers[1]) : scalars.count
                slice = scalars[start..<end]
            }
            var result = ""
            result.unicodeScalars.append(contentsOf: slice)
            return .string(result)
        case "split":
            if arguments[1].isNull { return .null }
            guard case .string(let text) = first, case .string(let separator) = arguments[1] else { throw typeError("strings") }
            if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
            return .list(text.components(separatedBy: separator).map(CypherValue.string))
        case "abs":
            switch first {
            case .int(let value):
                guard value != .min else { throw context.overflow(at: position) }
                return .int(Swift.abs(value))
            case .float(let value): return .float(Swift.abs(value))
            default: throw typeError("a number")
            }
        case "sign":
            switch first {
            case .int(let value): return .int(value.signum())
            case .float(let value): return .int(value > 0 ? 1 : (value < 0 ? -1 : 0))
            default: throw typeError("a number")
            }
        case "ceil", "floor", "round":
            switch first {
            case .int(let value): return .float(Double(value))
            case .float(let value):
                switch name {
                case "ceil": return .float(value.rounded(.up))
                case "floor": return .float(value.rounded(.down))
                default: return .float(value.rounded(.toNearestOrAwayFromZero))
                }
            default: throw typeError("a number")
            }
        case "atan2":
            if arguments[1].isNull { return .null }
            guard let y = first.double, let x = arguments[1].double else { throw typeError("numbers") }
            return .float(atan2(y, x))
        default:
            guard let value = first.double else { throw typeError("a number") }
            switch name {
            case "sqrt": return .float(value.squareRoot())
            case "exp": return .float(Foundation.exp(value))
            case "log": return .float(Foundation.log(value))
            case "log10": return .float(Foundation.log10(value))
            case "sin": return .float(Foundation.sin(value))
            case "cos": return .float(Foundation.cos(value))
            case "tan": return .float(Foundation.tan(value))
            case "cot": return .float(1 / Foundation.tan(value))
            case "asin": return .float(Foundation.asin(value))
            case "acos": return .float(Foundation.acos(value))
            case "atan": return .float(Foundation.atan(value))
            case "haversin": return .float((1 - Foundation.cos(value)) / 2)
            case "degrees": return .float(value * 180 / Double.pi)
            case "radians": return .float(value * Double.pi / 180)
            default:
                throw QueryError.runtime(.syntaxError, "UnknownFunction", "unknown function \(name)", at: position)
            }
        }
    }

    private static func toInteger(_ value: CypherValue) -> CypherValue? {
        switch value {
        case .int: return value
        case .float(let number):
            guard number.isFinite, number < 9.223372036854775807e18, number >= -9.223372036854775808e18 else { return nil }
            return .int(Int64(number.rounded(.towardZero)))
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let integer = Int64(trimmed) { return .int(integer) }
            if let number = Double(trimmed) { return toInteger(.float(number)) ?? .null }
            return .null
        default: return nil
        }
    }

    private static func range(_ arguments: [CypherValue], context: ExecutionContext, at position: SourcePosition) throws -> CypherValue {
        var integers: [Int64] = []
        for argument in arguments {
            guard case .int(let value) = argument else {
                let got = arguments.map(\.typeName).joined(separator: ", ")
                throw QueryError.runtime(.argumentError, "InvalidArgumentType", "range() expects integers, got \(got)")
            }
            integers.append(value)
        }
        let step = integers.count > 2 ? integers[2] : 1
        guard step != 0 else {
            throw QueryError.runtime(.argumentError, "NumberOutOfRange", "range() step cannot be zero")
        }
        let span = (Int128(integers[1]) - Int128(integers[0])) / Int128(step)
        try context.reserve(values: span < 0 ? 0 : Int(clamping: span + 1), at: position)
        var result: [CypherValue] = []
        var current = integers[0]
        while step > 0 ? current <= integers[1] : current >= integers[1] {
            result.append(.int(current))
            let (next, overflow) = current.addingReportingOverflow(step)
            if overflow { break }
            current = next
        }
        return .list(result)
    }
}

extension CypherValue {
    var double: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }

    var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// Text for toString() and string concatenation: strings unquoted, floats as the TCK
    /// (after Java) writes them — plain between 1e-3 and 1e7, else `1.0E10` style.
    var plainText: String {
        switch self {
        case .string(let text): return text
        case .float(let value): return Self.scientificText(value)
        default: return literalText
        }
    }

    private static func scientificText(_ value: Double) -> String {
        let magnitude = Swift.abs(value)
        if !value.isFinite || magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e7) { return floatText(value) }
        // Shortest round-trip digits, then placed as d.dddE±x.
        let text = String(magnitude)
        let parts = text.lowercased().split(separator: "e")
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let mantissa = parts[0]
        let integerPart = mantissa.split(separator: ".", omittingEmptySubsequences: false)[0]
        let fractionPart = mantissa.contains(".") ? String(mantissa.split(separator: ".")[1]) : ""
        var digits = String(integerPart) + fractionPart
        exponent += integerPart.count - 1
        let leadingZeros = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leadingZeros)
        exponent -= leadingZeros
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        let rest = digits.dropFirst()
        return (value < 0 ? "-" : "") + String(digits.prefix(1)) + "." + (rest.isEmpty ? "0" : String(rest)) + "E" + String(exponent)
    }
}
