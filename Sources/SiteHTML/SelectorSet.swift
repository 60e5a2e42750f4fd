/// Selectors tried together on every element, as `ElementSelector.matches` would try them one
/// by one, but sorted by what they ask for: a tag alone is a set lookup, a single class is
/// looked up once per class of the element, and the rest are tried only on their tag.
struct SelectorSet: Hashable, Sendable {
    private var tags: Set<String> = []
    private var singleClasses: Set<Substring> = []
    private var byTag: [String: [ElementSelector]] = [:]
    private var untagged: [ElementSelector] = []

    init(_ selectors: [ElementSelector]) {
        for selector in selectors {
            switch (selector.tag, selector.id, selector.classes.count) {
            case (let tag?, nil, 0): tags.insert(tag)
            case (nil, nil, 1): singleClasses.insert(Substring(selector.classes[0]))
            case (let tag?, _, _): byTag[tag, default: []].append(selector)
            case (nil, _, _): untagged.append(selector)
            }
        }
    }

    var isEmpty: Bool { tags.isEmpty && singleClasses.isEmpty && byTag.isEmpty && untagged.isEmpty }

    func matches(tag: String, id: String?, classes: String?) -> Bool {
        if tags.contains(tag) { return true }
        if let classes, !singleClasses.isEmpty, Self.anyClass(of: classes, in: singleClasses) { return true }
        let classList = classes.map { Substring($0) }
        if let candidates = byTag[tag], candidates.contains(where: { $0.matches(tag: tag, id: id, classList: classList) }) { return true }
        return untagged.contains { $0.matches(tag: tag, id: id, classList: classList) }
    }

    /// Whether one of the whitespace-separated classes is in `wanted`, splitting as
    /// `ElementSelector` does (on Character.isWhitespace); ASCII lists without allocating.
    private static func anyClass(of classes: String, in wanted: Set<Substring>) -> Bool {
        let utf8 = classes.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return classes.split(whereSeparator: \.isWhitespace).contains { wanted.contains($0) }
        }
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if start != index, wanted.contains(classes[start..<index]) { return true }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        return start != index && wanted.contains(classes[start..<index])
    }
}
