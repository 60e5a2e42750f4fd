/// The elements libxml2's HTML parser holds open above `<body>` while it reads a page, followed
/// tag by tag with its rules for implied end tags (`TreeRules`), so that the scanner knows
/// which element an end tag closes without building the tree.
struct OpenElements {
    private(set) var names: [TagName] = []
    private var rules = TreeRules()

    enum Closing: Equatable {
        /// libxml2 drops the end tag: an element of higher priority stands above its own.
        case ignored
        /// The element at this index closed, and every element above it.
        case closed(at: Int)
    }

    var count: Int { names.count }

    /// Opens the element of a start tag after closing what it implicitly closes, and returns how
    /// many elements that left open below it; nil for a tag whose handling is not followed here
    /// (`html`, `head`, `body`, an unusual name, or one that would close `<body>`).
    mutating func open(_ tag: MarkupLexer.StartTag) -> Int? {
        let name = tag.name
        guard !tag.unusualName, name != .html, name != .head, name != .body else { return nil }
        while let top = names.last, rules.startTag(name, closes: top) { names.removeLast() }
        if names.isEmpty, rules.startTag(name, closes: .body) { return nil }
        let below = names.count
        if !tag.selfClosing && !rules.isEmpty(name) { names.append(name) }
        return below
    }

    /// What an end tag does; nil for `html`, `head` and `body`, whose handling is not followed.
    mutating func close(_ name: TagName) -> Closing? {
        guard name != .html, name != .head, name != .body else { return nil }
        let priority = TreeRules.endPriority(name)
        var index = names.count - 1
        while index >= 0 {
            if names[index] == name {
                names.removeSubrange(index...)
                return .closed(at: index)
            }
            if TreeRules.endPriority(names[index]) > priority { return .ignored }
            index -= 1
        }
        // Below lies <body>, whose priority is above that of every other name but html's.
        return .ignored
    }

    mutating func isEmpty(_ name: TagName) -> Bool {
        rules.isEmpty(name)
    }
}
