/// A class attribute's classes as `split(separator: " ")` gives them, asked about without
/// building the array when the attribute is ASCII (a space then is always its own Character).
struct ClassList {
    let text: String?

    init(_ text: String?) {
        self.text = text
    }

    func contains(_ wanted: String) -> Bool {
        first { $0 == wanted } != nil
    }

    /// The first class starting with `prefix`, without the prefix.
    func first(withPrefix prefix: String) -> String? {
        first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    private func first(where predicate: (Substring) -> Bool) -> Substring? {
        guard let text else { return nil }
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").first(where: predicate) }
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if start != index, predicate(text[start..<index]) { return text[start..<index] }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        return start != index && predicate(text[start..<index]) ? text[start..<index] : nil
    }
}
