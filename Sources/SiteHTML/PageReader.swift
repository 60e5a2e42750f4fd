/// Reads one page from libxml2's parse events, as a walk of the tree libxml2 would build reads
/// it: the head metadata (title, description, canonical link, refresh) from every element but
/// those inside the content element, and the content element's sections through `ContentWalker`.
/// The content element is the first element matching `target`; no tree is built or freed.
struct PageReader {
    enum Target {
        /// The first element matching this selector of the rules.
        case selector(Int)
        /// The document's root element: no selector matched.
        case root
    }

    let rules: ContentRules
    let maxDepth: Int
    let target: Target
    /// Read metadata inside the content element too: the head reader searched the whole page
    /// when the preferred selector matched nothing.
    let metadataEverywhere: Bool
    private(set) var page: ExtractedPage
    /// Whether any element matched each selector before the content element was found.
    private(set) var matched: [Bool]
    private(set) var sawElement = false
    private(set) var foundContent = false
    /// The content element came straight after a `<body>` start tag inside the root element:
    /// what a page sliced by `ContentSlice` must show.
    private(set) var contentOpensBody = false

    private var depth = 0
    private var contentDepth: Int?
    private var walker: ContentWalker?
    private var titleDepth: Int?
    private var titleText: [UInt8] = []
    private var headRedirect: String??
    private var pendingText: [UInt8] = []
    private var pendingIsCDATA = false
    private var lastWasBodyStart = false
    private var rootClosed = false

    init(rules: ContentRules, maxDepth: Int, target: Target, metadataEverywhere: Bool, page: ExtractedPage) {
        self.rules = rules
        self.maxDepth = maxDepth
        self.target = target
        self.metadataEverywhere = metadataEverywhere
        self.page = page
        self.matched = Array(repeating: false, count: rules.selectors.count)
    }

    // MARK: Events

    mutating func startElement(_ element: StartTagEvent) {
        flushText()
        depth += 1
        sawElement = true
        let startsBody = depth == 2 && !rootClosed && element.tag == "body"
        defer { lastWasBodyStart = startsBody }
        if let contentDepth {
            if metadataEverywhere { readMetadata(element) }
            walker?.start(element, depth: depth - contentDepth, page: &page)
            return
        }
        readMetadata(element)
        guard !foundContent, isContent(element) else { return }
        foundContent = true
        contentDepth = depth
        contentOpensBody = lastWasBodyStart && depth == 3
        walker = ContentWalker(rules: rules, maxDepth: maxDepth, contentClasses: element.attribute("class"))
    }

    mutating func endElement() {
        flushText()
        if let contentDepth {
            if depth == contentDepth {
                closeContent()
            } else {
                walker?.end(depth: depth - contentDepth, page: &page)
            }
        }
        if depth == titleDepth {
            page.title = String(decoding: titleText, as: UTF8.self).collapsedWhitespace
            titleDepth = nil
        }
        if depth == 1 { rootClosed = true }
        depth -= 1
        lastWasBodyStart = false
    }

    /// Character data; libxml2's tree would join adjacent pieces of one kind into one node.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, cdata: Bool) {
        lastWasBodyStart = false
        // Text outside the content element and the title is read by nobody.
        guard contentDepth != nil || titleDepth != nil else { return }
        if cdata != pendingIsCDATA { flushText() }
        pendingIsCDATA = cdata
        pendingText.append(contentsOf: bytes)
    }

    mutating func otherNode() {
        flushText()
        if contentDepth != nil { walker?.otherNode() }
        lastWasBodyStart = false
    }

    /// The page once the document ended, with the refresh target the head gives precedence.
    mutating func finish() -> ExtractedPage {
        flushText()
        if contentDepth != nil { closeContent() }
        if let headRedirect { page.redirect = headRedirect ?? page.redirect }
        return page
    }

    private mutating func closeContent() {
        walker?.finish(page: &page)
        if walker?.tooDeep == true { page.warnings.append(.tooDeep(limit: maxDepth)) }
        walker = nil
        contentDepth = nil
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        if titleDepth != nil { titleText += pendingText }
        if contentDepth != nil { walker?.text(pendingText, page: &page) }
        pendingText.removeAll(keepingCapacity: true)
    }

    // MARK: The head and the content element

    private mutating func readMetadata(_ element: StartTagEvent) {
        switch element.tag {
        case "title" where page.title == nil && titleDepth == nil:
            titleDepth = depth
            titleText = []
        case "meta":
            if element.attribute("name")?.lowercased() == "description", page.description == nil {
                page.description = element.attribute("content")?.collapsedWhitespace
            }
            if element.attribute("http-equiv")?.lowercased() == "refresh", let content = element.attribute("content") {
                headRedirect = .some(PageExtractor.refreshTarget(content))
            }
        case "link":
            let relations = element.attribute("rel")?.lowercased().split(separator: " ") ?? []
            if relations.contains("canonical"), page.canonical == nil {
                page.canonical = element.attribute("href")
            }
        default:
            break
        }
    }

    private mutating func isContent(_ element: StartTagEvent) -> Bool {
        switch target {
        case .root:
            guard depth == 1 else { return false }
            page.contentSelector = element.tag
            page.warnings.append(.noContentElement(usedSelector: element.tag))
            return true
        case .selector(let wanted):
            let tag = element.tag
            let id = element.attribute("id")
            let classList = element.attribute("class").map { Substring($0) }
            for (index, selector) in rules.selectors.enumerated() where !matched[index] || index == wanted {
                guard selector.matches(tag: tag, id: id, classList: classList) else { continue }
                matched[index] = true
                if index == wanted {
                    page.contentSelector = selector.description
                    return true
                }
            }
            return false
        }
    }
}
