import GraphStore
import SiteImport

/// The pages and sections of an imported graph, read once into arrays the coverage model
/// scans per concept: headings matched against the vocabulary, mentions per concept,
/// section trees, and which pages only mention things in passing.
struct SiteIndex: Sendable {
    struct Page: Sendable {
        var path: String
        var name: String
        var kind: String?
        var isCaseStudy: Bool
        /// Why the page never counts as depth, nil when it can.
        var shallow: String?
        /// Concept indexes named by the page's name: the page is about them.
        var subjects: Set<Int>
        /// All sections of the page, in document order.
        var sections: [Int]
    }

    struct Section: Sendable {
        var page: Int
        var heading: String
        var anchor: String?
        var words: Int
        var math: Int
        var code: Int
        var tables: Int
        /// Nested sections, directly below this one.
        var children: [Int]
        /// Concept indexes named by the heading.
        var subjects: Set<Int>
        /// Whether the heading announces trade-off, failure or production material (coverage.yaml's patterns).
        var tradeoff: Bool
        var failure: Bool
        var production: Bool
    }

    var pages: [Page] = []
    var sections: [Section] = []
    /// Per concept index: the sections mentioning it with the count.
    var mentions: [[(section: Int, count: Int)]]
    /// Per concept index: pages whose name, or sections whose heading, name it.
    var pageSubjects: [[Int]]
    var sectionSubjects: [[Int]]

    init(graph: FrozenGraph, plan: Plan) {
        let settings = plan.coverage
        let matcher = ConceptMatcher(concepts: plan.concepts)
        mentions = Array(repeating: [], count: plan.concepts.count)
        pageSubjects = Array(repeating: [], count: plan.concepts.count)
        sectionSubjects = Array(repeating: [], count: plan.concepts.count)
        var sectionOfNode: [NodeID: Int] = [:]

        for node in graph.nodes(withLabel: "Page") where !graph.hasLabel(node, named: "Redirect") {
            let path = Self.string(graph, "path", node) ?? ""
            let name = Self.string(graph, "name", node) ?? path
            let title = Self.string(graph, "title", node)
            let kind = Self.string(graph, "kind", node)
            let pageIndex = pages.count
            var page = Page(
                path: path, name: name, kind: kind, isCaseStudy: kind == PageKind.caseStudy.label, shallow: nil,
                subjects: Set(matcher.counts(in: name).keys), sections: [])
            var links = 0
            var words = 0
            // Section ids ascend in document order, so a depth-first walk taking children
            // by id visits sections as they stand on the page.
            var stack: [(node: NodeID, parent: Int?)] = graph.outgoing(from: node, type: "HAS_SECTION").reversed().map { (graph.target(of: $0), nil) }
            while let (sectionNode, parent) = stack.popLast() {
                let index = sections.count
                sectionOfNode[sectionNode] = index
                let heading = Self.string(graph, "heading", sectionNode) ?? ""
                let isLead = graph.property("lead", of: sectionNode) == .bool(true)
                sections.append(
                    Section(
                        page: pageIndex, heading: heading, anchor: Self.string(graph, "anchor", sectionNode),
                        words: Self.int(graph, "words", sectionNode),
                        math: Self.int(graph, "mathInline", sectionNode) + Self.int(graph, "mathBlocks", sectionNode),
                        code: Self.int(graph, "codeBlocks", sectionNode), tables: Self.int(graph, "tables", sectionNode),
                        children: [], subjects: isLead ? [] : Set(matcher.counts(in: heading).keys),
                        tradeoff: settings.depth.tradeoffHeadings.matches(heading),
                        failure: settings.depth.failureHeadings.matches(heading),
                        production: settings.depth.productionHeadings.matches(heading)))
                if let parent { sections[parent].children.append(index) }
                page.sections.append(index)
                words += sections[index].words
                for link in graph.outgoing(from: sectionNode, type: "LINKS_TO") {
                    if case .int(let count)? = graph.property("count", of: link) { links += Int(count) }
                }
                for concept in sections[index].subjects { sectionSubjects[concept].append(index) }
                stack += graph.outgoing(from: sectionNode, type: "HAS_SECTION").reversed().map { (graph.target(of: $0), index) }
            }
            page.shallow = Self.shallowReason(path: path, title: title, words: words, links: links, settings: settings)
            for concept in page.subjects { pageSubjects[concept].append(pageIndex) }
            pages.append(page)
        }
        var conceptNodes: [String: NodeID] = [:]
        for node in graph.nodes(withLabel: "Concept") {
            if let id = Self.string(graph, "id", node) { conceptNodes[id] = node }
        }
        for (index, concept) in plan.concepts.enumerated() {
            guard let conceptNode = conceptNodes[concept.id] else { continue }
            for relationship in graph.incoming(to: conceptNode, type: "MENTIONS") {
                guard let section = sectionOfNode[graph.source(of: relationship)],
                    case .int(let count)? = graph.property("count", of: relationship)
                else { continue }
                mentions[index].append((section, Int(count)))
            }
            mentions[index].sort { $0.section < $1.section }
        }
    }

    /// The reason a page never counts as depth: a shallow-page rule, or more internal links per
    /// 100 words than the settings allow (an index in all but name).
    static func shallowReason(path: String, title: String?, words: Int, links: Int, settings: CoverageSettings) -> String? {
        if let rule = settings.shallowRules.first(where: { $0.matches(path: path, title: title) }) { return rule.why }
        if words == 0 { return "the page has no prose" }
        let density = Double(links) * 100 / Double(words)
        if density > settings.maxLinksPer100Words {
            return "an index in all but name: \(links) internal links in \(words) words"
        }
        return nil
    }

    private static func string(_ graph: FrozenGraph, _ key: String, _ node: NodeID) -> String? {
        if case .string(let value)? = graph.property(key, of: node) { return value }
        return nil
    }

    private static func int(_ graph: FrozenGraph, _ key: String, _ node: NodeID) -> Int {
        if case .int(let value)? = graph.property(key, of: node) { return Int(value) }
        return 0
    }
}
