/// The elements libxml2's HTML parser holds open above `<body>` while it reads a page, followed
/// tag by tag with its rules for implied end tags (`TreeRules`), so that the scanner knows
/// which element an end tag closes without building the tree.
struct OpenElements {
    /// Name numbers (`TreeRules.number`), innermost last.
    private var open: [Int] = []
    private var rules = TreeRules()
    private let body: Int

    enum Closing: Equatable {
        /// libxml2 drops the end tag: an element of higher priority stands above its own.
        case ignored
        /// The element at this index closed, and every element above it.
        case closed(at: Int)
    }

    init() {
        body = rules.number(.body)!
    }

    var count: Int { open.count }

    /// Opens the element of a start tag after closing what it implicitly closes, and returns how
    /// many elements that left open below it; nil for a tag whose handling is not followed here
    /// (`html`, `head`, `body`, an unusual name, one that would close `<body>`, too many names).
    mutating func open(_ tag: MarkupLexer.StartTag) -> Int? {
        let name = tag.name
        guard !tag.unusualName, name != .html, name != .head, name != .body, let number = rules.number(name) else { return nil }
        while let top = open.last, rules.startTag(number, closes: top) { open.removeLast() }
        if open.isEmpty, rules.startTag(number, closes: body) { return nil }
        let below = open.count
        if !tag.selfClosing && !rules.isEmpty(number) { open.append(number) }
        return below
    }

    /// What an end tag does; nil for `html`, `head` and `body`, whose handling is not followed.
    mutating func close(_ name: TagName) -> Closing? {
        guard name != .html, name != .head, name != .body, let number = rules.number(name) else { return nil }
        let priority = rules.endPriority(number)
        var index = open.count - 1
        while index >= 0 {
            if open[index] == number {
                open.removeSubrange(index...)
                return .closed(at: index)
            }
            if rules.endPriority(open[index]) > priority { return .ignored }
            index -= 1
        }
        // Below lies <body>, whose priority is above that of every other name but html's.
        return .ignored
    }

    /// Whether libxml2 gives the element no children; true for a name beyond the table's capacity.
    mutating func isEmpty(_ name: TagName) -> Bool {
        guard let number = rules.number(name) else { return true }
        return rules.isEmpty(number)
    }
}
