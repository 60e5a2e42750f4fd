/// Interns names (labels, types, property keys) and string values, so each distinct
/// string is stored once and compared by number.
struct NameTable: Sendable {
    private(set) var names: [String] = []
    private var ids: [String: NameID] = [:]

    mutating func intern(_ name: String) -> NameID {
        if let id = ids[name] { return id }
        precondition(names.count < Int(NameID.max), "more than \(NameID.max) distinct names")
        let id = NameID(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    func id(of name: String) -> NameID? { ids[name] }
}

/// Shares one storage buffer among equal strings (Swift strings are copy-on-write): the
/// names, paths and words that recur on thousands of nodes. Long strings (section texts) are
/// nearly all distinct, and hashing each in full cost more than sharing the few equal ones saves.
struct StringPool: Sendable {
    static let longest = 128
    private var pool: Set<String> = []

    mutating func share(_ value: PropertyValue) -> PropertyValue {
        switch value {
        case .string(let text):
            guard text.utf8.count <= Self.longest else { return value }
            if let existing = pool.firstIndex(of: text) { return .string(pool[existing]) }
            pool.insert(text)
            return value
        case .list(let values):
            return .list(values.map { share($0) })
        default:
            return value
        }
    }
}
