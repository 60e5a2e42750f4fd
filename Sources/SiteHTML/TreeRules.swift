internal import CLibXML2

/// How libxml2's HTML parser opens and closes elements, for the scanner that decides whether
/// a page's content element can be parsed on its own. libxml2 answers through its public API
/// where it has one; the two facts it does not export are written down here and checked
/// against libxml2's trees by the tests (TreeRulesTests). Names are numbered per page so that
/// following thousands of tags costs an array index each, not a hash of the name.
struct TreeRules {
    /// A page with more distinct element names than this is parsed whole.
    static let capacity = 128
    private var names: [TagName] = []
    private var empty: [Bool] = []
    private var priorities: [Int] = []
    /// Open addressing from a name's hash to its number.
    private var slots = [Int16](repeating: -1, count: 512)
    /// Whether start tag `new` closes open `old`, at `new * capacity + old`: -1 not yet asked.
    private var closes = [Int8](repeating: -1, count: capacity * capacity)

    /// The name's number on this page; nil when the page has too many names.
    mutating func number(_ name: TagName) -> Int? {
        var slot = name.mixed & (slots.count - 1)
        while slots[slot] >= 0 {
            if names[Int(slots[slot])] == name { return Int(slots[slot]) }
            slot = (slot + 1) & (slots.count - 1)
        }
        guard names.count < Self.capacity else { return nil }
        slots[slot] = Int16(names.count)
        names.append(name)
        empty.append(Self.isEmpty(name))
        priorities.append(Self.endPriority(name))
        return names.count - 1
    }

    func name(_ number: Int) -> TagName { names[number] }
    func isEmpty(_ number: Int) -> Bool { empty[number] }
    func endPriority(_ number: Int) -> Int { priorities[number] }

    /// Whether the start tag `new` implicitly closes the open element `old` (`<li>` an open `li`,
    /// `<div>` an open `p`).
    mutating func startTag(_ new: Int, closes old: Int) -> Bool {
        let index = new * Self.capacity + old
        if closes[index] < 0 { closes[index] = Self.startTag(names[new], closes: names[old]) ? 1 : 0 }
        return closes[index] == 1
    }

    // MARK: What libxml2 says

    /// Elements libxml2 never gives children (`br`, `img`, `meta`, …).
    static func isEmpty(_ name: TagName) -> Bool {
        name.withCString { htmlTagLookup($0)?.pointee.empty ?? 0 } != 0
    }

    static func startTag(_ new: TagName, closes old: TagName) -> Bool {
        if new == old { return closingItsOwnKind.contains(new) }
        // htmlAutoCloseTag(doc, old, element) asks libxml2's start-close table whether `element`'s
        // name closes `old`; a childless element makes it ask about that one name only.
        return new.withCString { newName in
            old.withCString { oldName in
                var element = xmlNode()
                element.name = newName
                return htmlAutoCloseTag(nil, oldName, &element) == 1
            }
        }
    }

    /// The elements whose start tag closes an open element of the same name. libxml2's
    /// htmlAutoCloseTag answers `no` whenever the names are equal, so these are listed.
    static let closingItsOwnKind: Set<TagName> = [
        TagName("a")!, TagName("col")!, TagName("colgroup")!, TagName("form")!, TagName("li")!, TagName("option")!,
        TagName("p")!, TagName("tbody")!, TagName("td")!, TagName("th")!, TagName("tr")!,
    ]

    /// An end tag closes the open elements above its own only when none of them has a higher
    /// priority; otherwise libxml2 ignores it. libxml2 keeps this table (htmlEndPriority) private.
    static func endPriority(_ name: TagName) -> Int {
        endPriorities[name] ?? 100
    }

    private static let endPriorities: [TagName: Int] = [
        TagName("div")!: 150, TagName("td")!: 160, TagName("th")!: 160, TagName("tr")!: 170,
        TagName("thead")!: 180, TagName("tbody")!: 180, TagName("tfoot")!: 180, TagName("table")!: 190,
        .head: 200, .body: 200, .html: 220,
    ]
}
