import Foundation
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

    /// Property keys and relationship types resolved once, not per node.
    private struct Names: Sendable {
        let graph: FrozenGraph
        let keys: [String: NameID]
        let about, hasSection, mentions: NameID?

        init(_ graph: FrozenGraph) {
            self.graph = graph
            keys = Dictionary(uniqueKeysWithValues: graph.propertyKeys.enumerated().map { ($1, NameID($0)) })
            about = graph.typeID("ABOUT")
            hasSection = graph.typeID("HAS_SECTION")
            mentions = graph.typeID("MENTIONS")
        }

        func string(_ key: String, _ node: NodeID) -> String? {
            guard let id = keys[key], case .string(let value)? = graph.property(id, of: node) else { return nil }
            return value
        }

        func int(_ key: String, _ node: NodeID) -> Int {
            guard let id = keys[key], case .int(let value)? = graph.property(id, of: node) else { return 0 }
            return Int(value)
        }

        func outgoing(_ node: NodeID, _ type: NameID?) -> [RelationshipID] {
            type.map { graph.outgoing(from: node, typeID: $0) } ?? []
        }
    }

    init(graph: FrozenGraph, plan: Plan) {
        let names = Names(graph)
        var conceptOfNode: [NodeID: Int] = [:]
        let conceptIndex = Dictionary(uniqueKeysWithValues: plan.concepts.enumerated().map { ($1.id, $0) })
        for node in graph.nodes(withLabel: "Concept") {
            if let id = names.string("id", node), let index = conceptIndex[id] { conceptOfNode[node] = index }
        }
        mentions = Array(repeating: [], count: plan.concepts.count)
        pageSubjects = Array(repeating: [], count: plan.concepts.count)
        sectionSubjects = Array(repeating: [], count: plan.concepts.count)
        // Pages are read on all cores, each into its own part with page-local section numbers;
        // the parts are then joined in page order, so the index never depends on timing.
        let pageNodes = graph.nodes(withLabel: "Page").filter { !graph.hasLabel($0, named: "Redirect") }
        let concepts = conceptOfNode
        let parts = parallelMap(pageNodes, threads: ProcessInfo.processInfo.activeProcessorCount) { node in
            Self.read(page: node, graph: graph, names: names, conceptOfNode: concepts)
        }
        for part in parts {
            let pageIndex = pages.count
            let offset = sections.count
            var page = part.page
            page.sections = page.sections.map { $0 + offset }
            for var section in part.sections {
                section.page = pageIndex
                section.children = section.children.map { $0 + offset }
                for concept in section.subjects { sectionSubjects[concept].append(sections.count) }
                sections.append(section)
            }
            for (concept, section, count) in part.mentions { mentions[concept].append((section + offset, count)) }
            for concept in page.subjects { pageSubjects[concept].append(pageIndex) }
            pages.append(page)
        }
    }

    /// One page and its sections, numbered from 0 within the page.
    private struct PagePart: Sendable {
        var page: Page
        var sections: [Section]
        var mentions: [(concept: Int, section: Int, count: Int)]
    }

    private static func read(page node: NodeID, graph: FrozenGraph, names: Names, conceptOfNode: [NodeID: Int]) -> PagePart {
        func about(_ node: NodeID) -> Set<Int> {
            Set(names.outgoing(node, names.about).compactMap { conceptOfNode[graph.target(of: $0)] })
        }
        var page = Page(
            path: names.string("path", node) ?? "", node: node, name: names.string("name", node) ?? "",
            isCaseStudy: graph.hasLabel(node, named: PageKind.caseStudy.label), shallow: names.string("shallow", node),
            subjects: about(node), sections: [])
        var sections: [Section] = []
        var mentions: [(concept: Int, section: Int, count: Int)] = []
        // Section ids ascend in document order, so a depth-first walk taking children by id
        // visits sections as they stand on the page.
        var stack: [(node: NodeID, parent: Int?)] = names.outgoing(node, names.hasSection).reversed().map { (graph.target(of: $0), nil) }
        while let (sectionNode, parent) = stack.popLast() {
            let index = sections.count
            var topics: [String] = []
            if case .list(let values)? = graph.property("headingTopics", of: sectionNode) {
                for case .string(let topic) in values { topics.append(topic) }
            }
            sections.append(
                Section(
                    page: 0, node: sectionNode, heading: names.string("heading", sectionNode) ?? "",
                    anchor: names.string("anchor", sectionNode), words: names.int("words", sectionNode),
                    math: names.int("mathInline", sectionNode) + names.int("mathBlocks", sectionNode),
                    code: names.int("codeBlocks", sectionNode), tables: names.int("tables", sectionNode),
                    children: [], subjects: about(sectionNode), tradeoff: topics.contains("trade-off"),
                    failure: topics.contains("failure"), production: topics.contains("production")))
            if let parent { sections[parent].children.append(index) }
            page.sections.append(index)
            for relationship in names.outgoing(sectionNode, names.mentions) {
                guard let concept = conceptOfNode[graph.target(of: relationship)],
                    case .int(let count)? = graph.property("count", of: relationship)
                else { continue }
                mentions.append((concept, index, Int(count)))
            }
            stack += names.outgoing(sectionNode, names.hasSection).reversed().map { (graph.target(of: $0), index) }
        }
        return PagePart(page: page, sections: sections, mentions: mentions)
    }
}
