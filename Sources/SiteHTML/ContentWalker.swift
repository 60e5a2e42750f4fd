internal import CLibXML2
import Foundation

/// One pass over the content element in document order, splitting it into sections at
/// headings and counting what each section holds.
struct ContentWalker {
    let rules: ContentRules
    let maxDepth: Int
    /// Open sections, innermost last, to find a new heading's parent.
    private var open: [Int] = []
    private var current: Int?

    init(rules: ContentRules, maxDepth: Int) {
        self.rules = rules
        self.maxDepth = maxDepth
    }

    mutating func walk(_ content: xmlNodePtr, into page: inout ExtractedPage) {
        var tooDeep = false
        var stack: [(node: xmlNodePtr, depth: Int)] = []
        if let first = content.firstChild { stack.append((first, 1)) }
        while let (node, depth) = stack.popLast() {
            if let next = node.nextSibling { stack.append((next, depth)) }
            if node.isText {
                addProse(node.textContent, to: &page)
                continue
            }
            guard node.isElement, visit(node, page: &page) else { continue }
            guard let child = node.firstChild else { continue }
            if depth >= maxDepth {
                tooDeep = true
            } else {
                stack.append((child, depth + 1))
            }
        }
        if tooDeep { page.warnings.append(.tooDeep(limit: maxDepth)) }
    }

    /// Handles one element; returns whether its children are walked too.
    private mutating func visit(_ node: xmlNodePtr, page: inout ExtractedPage) -> Bool {
        let tag = node.tagName
        let classes = node.attribute("class") ?? ""
        if tag == "script", let type = node.attribute("type"), type.hasPrefix("math/tex") {
            update(&page) { type.contains("mode=display") ? ($0.mathBlocks += 1) : ($0.mathInline += 1) }
            return false
        }
        if isNotContent(node, tag: tag, classes: classes) { return false }
        let classList = classes.split(separator: " ")
        switch tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            startSection(node, level: Int(String(tag.last!))!, page: &page)
            return false
        case "pre":
            addPreformatted(node, classList: classList, page: &page)
            return false
        case "math":
            let block = node.attribute("display") == "block"
            update(&page) { block ? ($0.mathBlocks += 1) : ($0.mathInline += 1) }
            return false
        case "table" where classList.contains("highlighttable"):
            return true
        case "table":
            update(&page) { $0.tables += 1 }
            return true
        case "tr":
            if hasChildElement(node, named: "td") { update(&page) { $0.tableRows += 1 } }
            return true
        case "td" where classList.contains("linenos"):
            return false
        case "meta":
            // Browsers obey a refresh anywhere in the document; Markdown can put one in the content.
            if node.attribute("http-equiv")?.lowercased() == "refresh", let content = node.attribute("content") {
                page.redirect = page.redirect ?? PageExtractor.refreshTarget(content)
            }
            return false
        case "details":
            update(&page) { $0.admonitions += 1 }
            return true
        case "a":
            if let href = node.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty {
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

    private func isNotContent(_ node: xmlNodePtr, tag: String, classes: String) -> Bool {
        guard !rules.notContent.isEmpty else { return false }
        let id = node.attribute("id")
        let classList = Substring(classes)
        return rules.notContent.contains { $0.matches(tag: tag, id: id, classList: classList) }
    }

    private mutating func startSection(_ node: xmlNodePtr, level: Int, page: inout ExtractedPage) {
        while let last = open.last, page.sections[last].level >= level { open.removeLast() }
        var heading = Self.text(of: node, skipping: rules.notContent).collapsedWhitespace
        while heading.hasSuffix("¶") { heading = String(heading.dropLast()).trimmingCharacters(in: .whitespaces) }
        var anchor = node.attribute("id")
        if anchor == nil {
            anchor = firstChildAnchor(node)
        }
        let section = ExtractedSection(heading: heading, anchor: anchor, level: level, parent: open.last)
        page.sections.append(section)
        let index = page.sections.count - 1
        open.append(index)
        current = index
    }

    private func firstChildAnchor(_ node: xmlNodePtr) -> String? {
        var child = node.firstChild
        while let element = child {
            if element.isElement, element.tagName == "a", let name = element.attribute("id") ?? element.attribute("name") {
                return name
            }
            child = element.nextSibling
        }
        return nil
    }

    private mutating func addPreformatted(_ node: xmlNodePtr, classList: [Substring], page: inout ExtractedPage) {
        let codeChild = firstChildElement(node, named: "code")
        let codeClasses = codeChild.flatMap { $0.attribute("class") }?.split(separator: " ") ?? []
        if classList.contains("mermaid") || codeClasses.contains("language-mermaid") {
            update(&page) { $0.mermaidDiagrams += 1 }
            return
        }
        var language: String?
        let parentClasses = node.pointee.parent.map { UnsafeMutablePointer($0) }
            .flatMap { $0.isElement ? $0.attribute("class") : nil }?.split(separator: " ") ?? []
        for candidate in codeClasses + classList + parentClasses where candidate.hasPrefix("language-") {
            language = String(candidate.dropFirst("language-".count))
            break
        }
        let text = Self.text(of: node, skipping: [])
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
        if let current {
            change(&page.sections[current].signals)
        } else {
            change(&page.lead)
        }
    }

    private func hasChildElement(_ node: xmlNodePtr, named name: String) -> Bool {
        firstChildElement(node, named: name) != nil
    }

    private func firstChildElement(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        var child = node.firstChild
        while let element = child {
            if element.isElement, element.tagName == name { return element }
            child = element.nextSibling
        }
        return nil
    }

    /// The text under `node`, without the subtrees that `skipping` matches.
    static func text(of node: xmlNodePtr, skipping: [ElementSelector]) -> String {
        var result = ""
        var stack: [xmlNodePtr] = []
        if let first = node.firstChild { stack.append(first) }
        while let current = stack.popLast() {
            if let next = current.nextSibling { stack.append(next) }
            if current.isText {
                result += current.textContent
            } else if current.isElement {
                if !skipping.isEmpty {
                    let classList = current.attribute("class").map { Substring($0) }
                    let tag = current.tagName
                    let id = current.attribute("id")
                    if skipping.contains(where: { $0.matches(tag: tag, id: id, classList: classList) }) { continue }
                }
                if let child = current.firstChild { stack.append(child) }
            }
        }
        return result
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
