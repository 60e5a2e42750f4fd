/// One pass over the content element in document order, splitting it into sections at
/// headings and counting what each section holds. It is fed libxml2's parse events for what
/// lies inside the content element (`PageReader`) and reads what a walk of the tree below it
/// would: an element's children are walked unless the element is skipped or stands at the
/// depth limit; a heading's and a code block's text is gathered from everything below them.
struct ContentWalker {
    let rules: ContentRules
    let maxDepth: Int
    /// The content element's classes: a top-level code block's parent's.
    let contentClasses: String?
    /// Open sections, innermost last, to find a new heading's parent.
    private var open: [Int] = []
    private var current: Int?
    /// Open elements below the content element, innermost last.
    private var elements: [Element] = []
    /// The heading or code block whose text is being gathered.
    private var capture: Capture?
    private(set) var tooDeep = false

    private enum Role {
        /// Its children are walked.
        case walked
        /// Its children would be walked but lie beyond the depth limit.
        case atDepthLimit
        /// Its children are not walked.
        case notWalked
    }

    private struct Element {
        var role: Role
        var classes: String?
        /// For a table row: the section it counts in, and whether a `td` child was seen.
        var row: (section: Int?, hasCell: Bool)?
    }

    private struct Capture {
        enum Kind {
            case heading(section: Int, id: String?)
            case preformatted(classes: [Substring], parentClasses: String?)
        }
        var kind: Kind
        /// Depth of the heading or `pre` element.
        var depth: Int
        var text = ""
        /// Depth of a skipped (not-content) element inside a heading, whose text is left out.
        var skipping: Int?
        /// A heading's first child `a` with an id or a name; a code block's first child `code`'s classes.
        var firstChild: String??
    }

    init(rules: ContentRules, maxDepth: Int, contentClasses: String?) {
        self.rules = rules
        self.maxDepth = maxDepth
        self.contentClasses = contentClasses
    }

    // MARK: Events

    /// An element starts at `depth` below the content element (its children are at depth 1).
    mutating func start(_ element: StartTagEvent, depth: Int, page: inout ExtractedPage) {
        if capture != nil {
            gather(element, depth: depth)
            elements.append(Element(role: .notWalked))
            return
        }
        let tag = element.tag
        if tag == "td", let row = elements.last?.row, !row.hasCell {
            elements[elements.count - 1].row = (row.section, true)
        }
        switch elements.last?.role ?? .walked {
        case .walked:
            break
        case .atDepthLimit:
            tooDeep = true
            elements.append(Element(role: .notWalked))
            return
        case .notWalked:
            elements.append(Element(role: .notWalked))
            return
        }
        let classes = element.attribute("class")
        var entry = Element(role: .notWalked, classes: classes)
        if visit(element, tag: tag, classes: classes, depth: depth, entry: &entry, page: &page) {
            entry.role = depth >= maxDepth ? .atDepthLimit : .walked
        }
        elements.append(entry)
    }

    mutating func end(depth: Int, page: inout ExtractedPage) {
        let element = elements.removeLast()
        if let row = element.row, row.hasCell { update(&page, in: row.section) { $0.tableRows += 1 } }
        guard let capture else { return }
        if capture.depth == depth {
            finish(capture, page: &page)
            self.capture = nil
        } else if capture.skipping == depth {
            self.capture?.skipping = nil
        }
    }

    /// A text node (all adjacent character data), directly inside the innermost open element.
    mutating func text(_ text: String, page: inout ExtractedPage) {
        if let capture {
            if capture.skipping == nil { self.capture?.text += text }
            return
        }
        switch elements.last?.role ?? .walked {
        case .walked: addProse(text, to: &page)
        case .atDepthLimit: tooDeep = true
        case .notWalked: break
        }
    }

    /// A comment or processing instruction: no text, but a child all the same.
    mutating func otherNode() {
        if capture == nil, case .atDepthLimit = elements.last?.role ?? .walked { tooDeep = true }
    }

    // MARK: Elements

    /// Handles one element reached by the walk; returns whether its children are walked too.
    private mutating func visit(
        _ element: StartTagEvent, tag: String, classes: String?, depth: Int, entry: inout Element, page: inout ExtractedPage
    ) -> Bool {
        let id = element.attribute("id")
        if tag == "script", let type = element.attribute("type"), type.hasPrefix("math/tex") {
            update(&page) { type.contains("mode=display") ? ($0.mathBlocks += 1) : ($0.mathInline += 1) }
            return false
        }
        if isNotContent(tag: tag, id: id, classes: classes ?? "") { return false }
        let classList = (classes ?? "").split(separator: " ")
        switch tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            startSection(level: Int(String(tag.last!))!, id: id, depth: depth, page: &page)
            return false
        case "pre":
            let parentClasses = elements.isEmpty ? contentClasses : elements[elements.count - 1].classes
            capture = Capture(kind: .preformatted(classes: classList, parentClasses: parentClasses), depth: depth)
            return false
        case "math":
            let block = element.attribute("display") == "block"
            update(&page) { block ? ($0.mathBlocks += 1) : ($0.mathInline += 1) }
            return false
        case "table" where classList.contains("highlighttable"):
            return true
        case "table":
            update(&page) { $0.tables += 1 }
            return true
        case "tr":
            entry.row = (current, false)
            return true
        case "td" where classList.contains("linenos"):
            return false
        case "meta":
            // Browsers obey a refresh anywhere in the document; Markdown can put one in the content.
            if element.attribute("http-equiv")?.lowercased() == "refresh", let content = element.attribute("content") {
                page.redirect = page.redirect ?? PageExtractor.refreshTarget(content)
            }
            return false
        case "details":
            update(&page) { $0.admonitions += 1 }
            return true
        case "a":
            if let href = element.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty {
                page.links.append(ExtractedLink(href: href, section: current))
            }
            return true
        default:
            break
        }
        if classList.contains("mermaid") {
            update(&page) { $0.mermaidDiagrams += 1 }
            return false
        }
        if classList.contains("arithmatex") {
            let block = tag == "div"
            update(&page) { block ? ($0.mathBlocks += 1) : ($0.mathInline += 1) }
            return false
        }
        if classList.contains("admonition") {
            update(&page) { $0.admonitions += 1 }
        }
        return true
    }

    private func isNotContent(tag: String, id: String?, classes: String) -> Bool {
        guard !rules.notContent.isEmpty else { return false }
        let classList = Substring(classes)
        return rules.notContent.contains { $0.matches(tag: tag, id: id, classList: classList) }
    }

    /// Inside a heading or a code block: notes the first child that names an anchor or a
    /// language, and in a heading where a not-content element starts.
    private mutating func gather(_ element: StartTagEvent, depth: Int) {
        guard var capture else { return }
        if depth == capture.depth + 1, capture.firstChild == nil {
            switch capture.kind {
            case .heading:
                if element.tag == "a", let name = element.attribute("id") ?? element.attribute("name") { capture.firstChild = .some(name) }
            case .preformatted:
                if element.tag == "code" { capture.firstChild = .some(element.attribute("class")) }
            }
        }
        if case .heading = capture.kind, capture.skipping == nil {
            let classList = element.attribute("class").map { Substring($0) }
            let tag = element.tag
            let id = element.attribute("id")
            if rules.notContent.contains(where: { $0.matches(tag: tag, id: id, classList: classList) }) { capture.skipping = depth }
        }
        self.capture = capture
    }

    // MARK: Sections and code blocks

    /// Opens the section now, so that what follows the heading counts in it; its heading text
    /// and anchor are known when the heading ends.
    private mutating func startSection(level: Int, id: String?, depth: Int, page: inout ExtractedPage) {
        while let last = open.last, page.sections[last].level >= level { open.removeLast() }
        page.sections.append(ExtractedSection(heading: "", anchor: nil, level: level, parent: open.last))
        let index = page.sections.count - 1
        open.append(index)
        current = index
        capture = Capture(kind: .heading(section: index, id: id), depth: depth)
    }

    private mutating func finish(_ capture: Capture, page: inout ExtractedPage) {
        switch capture.kind {
        case .heading(let section, let id):
            var heading = capture.text.collapsedWhitespace
            while heading.hasSuffix("¶") { heading = String(heading.dropLast()).trimmingCharacters(in: .whitespaces) }
            page.sections[section].heading = heading
            page.sections[section].text = heading
            page.sections[section].anchor = id ?? capture.firstChild ?? nil
        case .preformatted(let classList, let parentClasses):
            addPreformatted(capture.text, classList: classList, codeClasses: capture.firstChild ?? nil, parentClasses: parentClasses, page: &page)
        }
    }

    private mutating func addPreformatted(
        _ text: String, classList: [Substring], codeClasses: String?, parentClasses: String?, page: inout ExtractedPage
    ) {
        let codeClassList = codeClasses?.split(separator: " ") ?? []
        if classList.contains("mermaid") || codeClassList.contains("language-mermaid") {
            update(&page) { $0.mermaidDiagrams += 1 }
            return
        }
        var language: String?
        let parentClassList = parentClasses?.split(separator: " ") ?? []
        for candidate in codeClassList + classList + parentClassList where candidate.hasPrefix("language-") {
            language = String(candidate.dropFirst("language-".count))
            break
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        update(&page) { signals in
            signals.codeBlocks += 1
            signals.codeLines += lines.count
            if let language { signals.codeLanguages[language, default: 0] += 1 }
        }
    }

    private mutating func addProse(_ text: String, to page: inout ExtractedPage) {
        let words = Self.countWords(text)
        guard words > 0 else { return }
        if let current {
            page.sections[current].signals.proseWords += words
            page.sections[current].text.append(" ")
            page.sections[current].text.append(text)
        } else {
            page.lead.proseWords += words
            if !page.leadText.isEmpty { page.leadText.append(" ") }
            page.leadText.append(text)
        }
    }

    private func update(_ page: inout ExtractedPage, _ change: (inout ContentSignals) -> Void) {
        update(&page, in: current, change)
    }

    private func update(_ page: inout ExtractedPage, in section: Int?, _ change: (inout ContentSignals) -> Void) {
        if let section {
            change(&page.sections[section].signals)
        } else {
            change(&page.lead)
        }
    }

    /// Words are runs of letters and digits; `trade-off` counts as two, `don't` as two.
    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar: Bool
            if scalar.isASCII {
                let value = scalar.value
                isWordScalar = (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
            } else {
                isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}
