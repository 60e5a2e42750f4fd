import GraphStore
import SiteImport

/// The site's pages by number, with what related content needs of each: its name, its pattern
/// category, and its links with sections folded into their page. Ranking then works on arrays
/// indexed by page number instead of hashing paths.
struct LinkTable: Sendable {
    private(set) var paths: [String] = []
    private(set) var number: [String: Int] = [:]
    private(set) var names: [String?] = []
    /// Pattern category of each page as a number into `categoryNames`, -1 for none.
    private(set) var category: [Int] = []
    private(set) var categoryNames: [String] = []
    /// Pages linked to or from each page; pages linking to it; pages it links to. Sorted.
    private(set) var neighbours: [[Int]] = []
    private(set) var linkedFrom: [[Int]] = []
    private(set) var linksOut: [[Int]] = []

    init(graph: FrozenGraph) {
        var pageOf: [NodeID: Int] = [:]
        var categoryNumber: [String: Int] = [:]
        for page in graph.nodes(withLabel: "Page") {
            guard case .string(let path)? = graph.property("path", of: page) else { continue }
            let pageNumber = add(path)
            if case .string(let name)? = graph.property("name", of: page) { names[pageNumber] = name }
            if graph.hasLabel(page, named: PageKind.pattern.label), case .string(let name)? = graph.property("category", of: page) {
                if categoryNumber[name] == nil {
                    categoryNumber[name] = categoryNames.count
                    categoryNames.append(name)
                }
                category[pageNumber] = categoryNumber[name]!
            }
            pageOf[page] = pageNumber
            var pending = graph.outgoing(from: page, type: "HAS_SECTION").map { graph.target(of: $0) }
            while let section = pending.popLast() {
                pageOf[section] = pageNumber
                pending += graph.outgoing(from: section, type: "HAS_SECTION").map { graph.target(of: $0) }
            }
        }
        var neighbours = [Set<Int>](repeating: [], count: paths.count)
        var linkedFrom = [Set<Int>](repeating: [], count: paths.count)
        var linksOut = [Set<Int>](repeating: [], count: paths.count)
        for relationship in 0..<graph.relationshipCount {
            let id = RelationshipID(relationship)
            guard graph.typeName(of: id) == "LINKS_TO", let from = pageOf[graph.source(of: id)], let to = pageOf[graph.target(of: id)],
                from != to
            else { continue }
            neighbours[from].insert(to)
            neighbours[to].insert(from)
            linkedFrom[to].insert(from)
            linksOut[from].insert(to)
        }
        self.neighbours = neighbours.map { $0.sorted() }
        self.linkedFrom = linkedFrom.map { $0.sorted() }
        self.linksOut = linksOut.map { $0.sorted() }
    }

    /// The number of `path`, which gets one (with no name, category or links) when it is new.
    mutating func add(_ path: String) -> Int {
        if let known = number[path] { return known }
        number[path] = paths.count
        paths.append(path)
        names.append(nil)
        category.append(-1)
        neighbours.append([])
        linkedFrom.append([])
        linksOut.append([])
        return paths.count - 1
    }
}
