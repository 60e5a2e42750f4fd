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
    /// Each section's text and the lead's, as UTF-8, made strings when the content ends.
    private var sectionTexts: [[UInt8]] = []
    private var leadText: [UInt8] = []
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
            case preformatted(classes: String?, parentClasses: String?)
        }
        var kind: Kind
        /// Depth of the heading or `pre` element.
        var depth: Int
        var text: [UInt8] = []
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

    /// A text node (all adjacent character data, UTF-8), directly inside the innermost open element.
    mutating func text(_ text: [UInt8], page: inout ExtractedPage) {
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

    /// The content element ended: the texts become the sections'.
    mutating func finish(page: inout ExtractedPage) {
        for (index, text) in sectionTexts.enumerated() { page.sections[index].text = String(decoding: text, as: UTF8.self) }
        page.leadText = String(decoding: leadText, as: UTF8.self)
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
        if rules.notContentSet.matches(tag: tag, id: id, classes: classes) { return false }
        let classList = ClassList(classes)
        switch tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            startSection(level: Int(String(tag.last!))!, id: id, depth: depth, page: &page)
            return false
        case "pre":
            let parentClasses = elements.isEmpty ? contentClasses : elements[elements.count - 1].classes
            capture = Capture(kind: .preformatted(classes: classes, parentClasses: parentClasses), depth: depth)
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

    /// Inside a heading or a code block: notes the first child that names an anchor or a
    /// language, and in a heading where a not-content element starts.
    private mutating func gather(_ element: StartTagEvent, depth: Int) {
        guard let capture else { return }
        let isHeading: Bool
        if case .heading = capture.kind { isHeading = true } else { isHeading = false }
        // Most elements met here are a code block's highlighting spans: nothing to note.
        guard (depth == capture.depth + 1 && capture.firstChild == nil) || (isHeading && capture.skipping == nil) else { return }
        let tag = element.tag
        if depth == capture.depth + 1, capture.firstChild == nil {
            if isHeading {
                if tag == "a", let name = element.attribute("id") ?? element.attribute("name") { self.capture?.firstChild = .some(name) }
            } else if tag == "code" {
                self.capture?.firstChild = .some(element.attribute("class"))
            }
        }
        if isHeading, capture.skipping == nil,
            rules.notContentSet.matches(tag: tag, id: element.attribute("id"), classes: element.attribute("class"))
        {
            self.capture?.skipping = depth
        }
    }

    // MARK: Sections and code blocks

    /// Opens the section now, so that what follows the heading counts in it; its heading text
    /// and anchor are known when the heading ends.
    private mutating func startSection(level: Int, id: String?, depth: Int, page: inout ExtractedPage) {
        while let last = open.last, page.sections[last].level >= level { open.removeLast() }
        page.sections.append(ExtractedSection(heading: "", anchor: nil, level: level, parent: open.last))
        sectionTexts.append([])
        let index = page.sections.count - 1
        open.append(index)
        current = index
        capture = Capture(kind: .heading(section: index, id: id), depth: depth)
    }

    private mutating func finish(_ capture: Capture, page: inout ExtractedPage) {
        switch capture.kind {
        case .heading(let section, let id):
            var heading = String(decoding: capture.text, as: UTF8.self).collapsedWhitespace
            while heading.hasSuffix("¶") { heading = String(heading.dropLast()).trimmingCharacters(in: .whitespaces) }
            page.sections[section].heading = heading
            sectionTexts[section] = Array(heading.utf8)
            page.sections[section].anchor = id ?? capture.firstChild ?? nil
        case .preformatted(let classes, let parentClasses):
            addPreformatted(String(decoding: capture.text, as: UTF8.self), classes: classes, codeClasses: capture.firstChild ?? nil, parentClasses: parentClasses, page: &page)
        }
    }

    private mutating func addPreformatted(
        _ text: String, classes: String?, codeClasses: String?, parentClasses: String?, page: inout ExtractedPage
    ) {
        if ClassList(classes).contains("mermaid") || ClassList(codeClasses).contains("language-mermaid") {
            update(&page) { $0.mermaidDiagrams += 1 }
            return
        }
        let language = [codeClasses, classes, parentClasses].lazy.compactMap { ClassList($0).first(withPrefix: "language-") }.first
        let lines = Self.countLines(text)
        update(&page) { signals in
            signals.codeBlocks += 1
            signals.codeLines += lines
            if let language { signals.codeLanguages[language, default: 0] += 1 }
        }
    }

    /// Lines as `split(separator: "\n", omittingEmptySubsequences: false)` counts them, less the
    /// whitespace-only lines at the end. A "\r\n" is one Character, so it does not split there.
    static func countLines(_ text: String) -> Int {
        var ends: [String.Index] = []
        let utf8 = text.utf8
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D { ends.append(index) }
            previous = byte
            index = utf8.index(after: index)
        }
        var count = ends.count + 1
        var lineEnd = text.endIndex
        while count > 0 {
            let lineStart = count > 1 ? utf8.index(after: ends[count - 2]) : text.startIndex
            guard text[lineStart..<lineEnd].allSatisfy(\.isWhitespace) else { break }
            count -= 1
            if count > 0 { lineEnd = ends[count - 1] }
        }
        return count
    }

    private mutating func addProse(_ text: [UInt8], to page: inout ExtractedPage) {
        let words = Self.countWords(text)
        guard words > 0 else { return }
        if let current {
            page.sections[current].signals.proseWords += words
            sectionTexts[current].append(UInt8(ascii: " "))
            sectionTexts[current] += text
        } else {
            page.lead.proseWords += words
            if !leadText.isEmpty { leadText.append(UInt8(ascii: " ")) }
            leadText += text
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
    /// Read from valid UTF-8 (libxml2's output), decoding only what is not ASCII.
    static func countWords(_ text: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        while index < text.count {
            let lead = text[index]
            let isWordScalar: Bool
            if lead < 0x80 {
                isWordScalar = (lead >= 48 && lead <= 57) || (lead | 0x20 >= 97 && lead | 0x20 <= 122)
                index += 1
            } else {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < text.count { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
                index += length
                let properties = Unicode.Scalar(value).map(\.properties)
                isWordScalar = properties.map { $0.isAlphabetic || $0.numericType != nil } ?? false
            }
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}
