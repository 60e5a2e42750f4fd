/// Finds the id of one of a frozen graph's names (labels, relationship types, property keys:
/// tens of them, not thousands). Queries look names up on every row, and hashing a string
/// costs more than comparing it with the few names of the same UTF-8 length, which for short
/// names is a comparison of two machine words.
struct NameLookup: Sendable {
    private let names: [String]
    /// Ids of the names of each UTF-8 length, longer names sharing the last bucket.
    private let byLength: [[NameID]]

    private static let longest = 32

    init(_ names: [String]) {
        self.names = names
        var buckets = [[NameID]](repeating: [], count: Self.longest + 1)
        for (id, name) in names.enumerated() { buckets[Self.bucket(name)].append(NameID(id)) }
        byLength = buckets
    }

    func id(of name: String) -> NameID? {
        for id in byLength[Self.bucket(name)] where names[Int(id)] == name { return id }
        return nil
    }

    private static func bucket(_ name: String) -> Int {
        min(name.utf8.count, longest)
    }
}
