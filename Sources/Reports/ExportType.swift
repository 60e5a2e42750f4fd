import GraphStore

/// The one type a property key takes across a set of nodes or relationships, for formats
/// that declare types (GraphML keys, Kùzu columns, neo4j-admin headers). Integers and floats
/// together are floats; lists keep their element type; any other mix is text.
indirect enum ExportType: Hashable, Sendable {
    case boolean
    case integer
    case double
    case string
    case list(ExportType)

    static func of(_ value: PropertyValue) -> ExportType {
        switch value {
        case .bool: return .boolean
        case .int: return .integer
        case .double: return .double
        case .string: return .string
        case .list(let items):
            // Nested lists have no column type anywhere: the whole value becomes text.
            guard !items.contains(where: \.isList) else { return .string }
            var element: ExportType?
            for item in items { element = element.map { unify($0, of(item)) } ?? of(item) }
            return .list(element ?? .string)
        }
    }

    static func unify(_ a: ExportType, _ b: ExportType) -> ExportType {
        switch (a, b) {
        case _ where a == b: return a
        case (.integer, .double), (.double, .integer): return .double
        case (.list(let x), .list(let y)): return .list(unify(x, y))
        default: return .string
        }
    }

    /// The type of every value of one key; nil when no value has it. An empty list fits any
    /// list type.
    static func infer(_ values: some Sequence<PropertyValue>) -> ExportType? {
        var result: ExportType?
        var emptyList = false
        for value in values {
            if case .list(let items) = value, items.isEmpty {
                emptyList = true
                continue
            }
            let type = of(value)
            result = result.map { unify($0, type) } ?? type
        }
        guard emptyList else { return result }
        guard let result else { return .list(.string) }
        return result.isList ? result : .string
    }

    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    /// A value as plain text in this type: numbers in Swift's shortest round-trip form,
    /// strings as they are, a value that does not fit the type in Cypher literal syntax.
    static func text(_ value: PropertyValue) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number.isFinite ? String(number) : value.description
        case .string(let text): return text
        case .list: return value.description
        }
    }

    /// The value converted to this scalar type's text (an integer in a float column gets `.0`).
    func scalarText(_ value: PropertyValue) -> String {
        if self == .double, case .int(let number) = value { return String(Double(number)) }
        if self == .string, case .string(let text) = value { return text }
        if self == .string { return value.description }
        return Self.text(value)
    }

    /// Whether some integer needs more than 32 bits (GraphML `long`, neo4j-admin `long`).
    static func needsWideIntegers(_ values: some Sequence<PropertyValue>) -> Bool {
        values.contains { value in
            switch value {
            case .int(let number): return number < Int64(Int32.min) || number > Int64(Int32.max)
            case .list(let items): return needsWideIntegers(items)
            default: return false
            }
        }
    }
}

extension PropertyValue {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
