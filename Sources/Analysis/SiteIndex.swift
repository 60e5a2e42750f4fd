import GraphStore
import SiteImport

/// The pages and sections of an imported graph, read once into arrays the coverage model
/// scans per concept. The import already found what pages and headings are ABOUT, what each
/// section MENTIONS, which headings announce trade-offs, failures or production use, and which
/// pages are shallow; this only arranges it by concept.
struct SiteIndex: Sendable {
    struct Page: Sendable {
        var path: String
        var node: NodeID
        var name: String
        var isCaseStudy: Bool
        /// Why the page never counts as depth, nil when it can.
        var shallow: String?
        /// Concept indexes the page's name names: the page is about them.
        var subjects: Set<Int>
        /// All sections of the page, in document order.
        var sections: [Int]
    }

    struct Section: Sendable {
        var page: Int
        var node: NodeID
        var heading: String
        var anchor: String?
        var words: Int
        var math: Int
        var code: Int
        var tables: Int
        /// Nested sections, directly below this one.
        var children: [Int]
        /// Concept indexes the heading names.
        var subjects: Set<Int>
        var tradeoff: Bool
        var failure: Bool
        var production: Bool
    }

    var pages: [Page] = []
    var sections: [Section] = []
    /// Per concept index: the sections mentioning it with the count.
    var mentions: [[(section: Int, count: Int)]]
    /// Per concept index: pages whose name, and sections whose heading, name it.
    var pageSubjects: [[Int]]
    var sectionSubjects: [[Int]]

    init(graph: FrozenGraph, plan: Plan) {
        var conceptOfNode: [NodeID: Int] = [:]
        let conceptIndex = Dictionary(uniqueKeysWithValues: plan.concepts.enumerated().map { ($1.id, $0) })
        for node in graph.nodes(withLabel: "Concept") {
            if let id = Self.string(graph, "id", node), let index = conceptIndex[id] { conceptOfNode[node] = index }
        }
        mentions = Array(repeating: [], count: plan.concepts.count)
        pageSubjects = Array(repeating: [], count: plan.concepts.count)
        sectionSubjects = Array(repeating: [], count: plan.concepts.count)
        func about(_ node: NodeID) -> Set<Int> {
            Set(graph.outgoing(from: node, type: "ABOUT").compactMap { conceptOfNode[graph.target(of: $0)] })
        }

        for node in graph.nodes(withLabel: "Page") where !graph.hasLabel(node, named: "Redirect") {
            let pageIndex = pages.count
            var page = Page(
                path: Self.string(graph, "path", node) ?? "", node: node, name: Self.string(graph, "name", node) ?? "",
                isCaseStudy: graph.hasLabel(node, named: PageKind.caseStudy.label), shallow: Self.string(graph, "shallow", node),
                subjects: about(node), sections: [])
            // Section ids ascend in document order, so a depth-first walk taking children by id
            // visits sections as they stand on the page.
            var stack: [(node: NodeID, parent: Int?)] = graph.outgoing(from: node, type: "HAS_SECTION").reversed().map { (graph.target(of: $0), nil) }
            while let (sectionNode, parent) = stack.popLast() {
                let index = sections.count
                var topics: [String] = []
                if case .list(let values)? = graph.property("headingTopics", of: sectionNode) {
                    for case .string(let topic) in values { topics.append(topic) }
                }
                let subjects = about(sectionNode)
                sections.append(
                    Section(
                        page: pageIndex, node: sectionNode, heading: Self.string(graph, "heading", sectionNode) ?? "",
                        anchor: Self.string(graph, "anchor", sectionNode), words: Self.int(graph, "words", sectionNode),
                        math: Self.int(graph, "mathInline", sectionNode) + Self.int(graph, "mathBlocks", sectionNode),
                        code: Self.int(graph, "codeBlocks", sectionNode), tables: Self.int(graph, "tables", sectionNode),
                        children: [], subjects: subjects, tradeoff: topics.contains("trade-off"), failure: topics.contains("failure"),
                        production: topics.contains("production")))
                if let parent { sections[parent].children.append(index) }
                page.sections.append(index)
                for concept in subjects { sectionSubjects[concept].append(index) }
                for relationship in graph.outgoing(from: sectionNode, type: "MENTIONS") {
                    guard let concept = conceptOfNode[graph.target(of: relationship)],
                        case .int(let count)? = graph.property("count", of: relationship)
                    else { continue }
                    mentions[concept].append((index, Int(count)))
                }
                stack += graph.outgoing(from: sectionNode, type: "HAS_SECTION").reversed().map { (graph.target(of: $0), index) }
            }
            for concept in page.subjects { pageSubjects[concept].append(pageIndex) }
            pages.append(page)
        }
    }

    private static func string(_ graph: FrozenGraph, _ key: String, _ node: NodeID) -> String? {
        guard let id = graph.keyID(key), case .string(let value)? = graph.property(id, of: node) else { return nil }
        return value
    }

    private static func int(_ graph: FrozenGraph, _ key: String, _ node: NodeID) -> Int {
        guard let id = graph.keyID(key), case .int(let value)? = graph.property(id, of: node) else { return 0 }
        return Int(value)
    }
}
