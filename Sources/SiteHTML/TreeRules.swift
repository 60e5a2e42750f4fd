internal import CLibXML2

/// How libxml2's HTML parser opens and closes elements, for the scanner that decides whether
/// a page's content element can be parsed on its own. libxml2 answers through its public API
/// where it has one; the two facts it does not export are written down here and checked
/// against libxml2's trees by the tests (TreeRulesTests).
struct TreeRules {
    private var empty: [TagName: Bool] = [:]
    private var closes: [Pair: Bool] = [:]

    private struct Pair: Hashable {
        var new: TagName
        var old: TagName
    }

    /// Elements libxml2 never gives children (`br`, `img`, `meta`, …).
    mutating func isEmpty(_ name: TagName) -> Bool {
        if let known = empty[name] { return known }
        let value = name.withCString { htmlTagLookup($0)?.pointee.empty ?? 0 } != 0
        empty[name] = value
        return value
    }

    /// Whether the start tag `new` implicitly closes the open element `old` (`<li>` an open `li`,
    /// `<div>` an open `p`).
    mutating func startTag(_ new: TagName, closes old: TagName) -> Bool {
        if new == old { return Self.closingItsOwnKind.contains(new) }
        let pair = Pair(new: new, old: old)
        if let known = closes[pair] { return known }
        // htmlAutoCloseTag(doc, old, element) asks libxml2's start-close table whether `element`'s
        // name closes `old`; a childless element makes it ask about that one name only.
        let value = new.withCString { newName in
            old.withCString { oldName in
                var element = xmlNode()
                element.name = newName
                return htmlAutoCloseTag(nil, oldName, &element) == 1
            }
        }
        closes[pair] = value
        return value
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
