import Foundation
import GraphStore
import SiteImport

/// What the site has that relates to an episode, a page or a free-text question, ranked and
/// explained: text relevance (BM25 with concept aliases as query expansion), shared concepts
/// (pages about or mentioning what is needed), and link proximity to the strongest matches.
public struct RelatedContent: Sendable {
    public struct Item: Sendable {
        public init(page: String, anchor: String?, title: String, score: Double, reasons: [String], copies: [String]) {
            self.page = page
            self.anchor = anchor
            self.title = title
            self.score = score
            self.reasons = reasons
            self.copies = copies
        }

        public var page: String
        public var anchor: String?
        public var title: String
        public var score: Double
        public var reasons: [String]
        /// Near-duplicate pages folded into this entry.
        public var copies: [String]
    }

    /// How the three signals combine; shallow pages (indexes, quizzes) are scaled down.
    static let textWeight = 0.4
    static let conceptWeight = 0.5
    static let linkWeight = 0.1
    static let shallowFactor = 0.4
    static let categoryBonus = 0.05
    /// A citing page with more links than this is an index: its co-citations say little.
    static let focusedLinks = 30

    let graph: FrozenGraph
    let model: CoverageModel
    let index: TextIndex
    let matcher: ConceptMatcher
    let table: LinkTable
    /// The page number of each of the index's pages.
    let indexPage: [Int]
    /// Each concept's evidence by page number, by concept id.
    let evidence: [String: ConceptEvidence]
    /// Each concept's name and aliases as index terms, for query expansion.
    let conceptTerms: [String: [String]]

    /// What ranking reads of one concept's evidence, without copying the evidence itself.
    struct ConceptEvidence: Sendable {
        struct Hint: Sendable {
            var page: Int
            var level: PageEvidence.Level
            var mentions: Int
            var shallow: Bool
            var isCaseStudy: Bool
        }

        var name: String
        var hints: [Hint]
    }

    public init(graph: FrozenGraph, model: CoverageModel, index: TextIndex) {
        self.graph = graph
        self.model = model
        self.index = index
        matcher = ConceptMatcher(concepts: model.plan.concepts)
        var table = LinkTable(graph: graph)
        indexPage = index.pages.map { table.add($0) }
        var evidence: [String: ConceptEvidence] = [:]
        for concept in model.concepts where evidence[concept.id] == nil {
            evidence[concept.id] = ConceptEvidence(name: concept.name, hints: concept.evidence.map { item in
                ConceptEvidence.Hint(
                    page: table.add(item.page), level: item.level, mentions: item.mentions, shallow: item.shallow != nil,
                    isCaseStudy: item.isCaseStudy)
            })
        }
        self.table = table
        self.evidence = evidence
        conceptTerms = Dictionary(model.plan.concepts.map { concept in
            (concept.id, ([concept.name] + concept.aliases).flatMap { TextIndex.tokens($0) })
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Related pages for an episode: its title and needed concepts (weighted by need).
    public func forEpisode(_ number: Int, limit: Int) -> [Item] {
        guard let episode = model.plan.episodes.first(where: { $0.number == number }) else { return [] }
        let needs = episode.needs.map { ($0.concept, Double($0.weight)) }
        return rank(text: episode.title, needs: needs, excluding: nil, limit: limit)
    }

    /// The earlier episodes an episode builds on, so a writer knows what the audience already
    /// heard: its prerequisites (and theirs), then earlier episodes sharing needed concepts,
    /// ranked by the weight they share.
    public func chain(forEpisode number: Int) -> [(number: Int, title: String, reason: String)] {
        let episodes = Dictionary(uniqueKeysWithValues: model.plan.episodes.map { ($0.number, $0) })
        guard let episode = episodes[number] else { return [] }
        var result: [(Int, String, String)] = []
        var seen: Set<Int> = [number]
        var pending = episode.prerequisites
        while let prerequisite = pending.popLast() {
            guard seen.insert(prerequisite).inserted, let earlier = episodes[prerequisite] else { continue }
            let direct = episode.prerequisites.contains(prerequisite)
            result.append((prerequisite, earlier.title, direct ? "prerequisite" : "prerequisite of a prerequisite"))
            pending += earlier.prerequisites
        }
        let needs = Dictionary(uniqueKeysWithValues: episode.needs.map { ($0.concept, $0.weight) })
        var shared: [(Int, Int, [String])] = []
        for earlier in model.plan.episodes where earlier.number < number && !seen.contains(earlier.number) {
            let common = earlier.needs.filter { needs[$0.concept] != nil }
            guard !common.isEmpty else { continue }
            let weight = common.reduce(0) { $0 + min($1.weight, needs[$1.concept]!) }
            shared.append((earlier.number, weight, common.map(\.concept)))
        }
        shared.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        for (earlier, _, concepts) in shared.prefix(5) {
            result.append((earlier, episodes[earlier]!.title, "shares " + concepts.joined(separator: ", ")))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Related pages for free text: the words, and the concepts they name.
    public func forText(_ text: String, limit: Int) -> [Item] {
        let needs = matcher.counts(in: text).keys.sorted().map { (model.plan.concepts[$0].id, 5.0) }
        return rank(text: text, needs: needs, excluding: nil, limit: limit)
    }

    /// Related pages for a page (or one of its sections): its name and the concepts it is about or mentions most.
    public func forPage(_ path: String, anchor: String?, limit: Int) -> [Item]? {
        guard let page = graph.nodes(withLabel: "Page").first(where: { graph.property("path", of: $0) == .string(path) }) else { return nil }
        var counts: [String: Double] = [:]
        var text = ""
        if case .string(let name)? = graph.property("name", of: page) { text = name }
        var pending = graph.outgoing(from: page, type: "HAS_SECTION").map { graph.target(of: $0) }
        while let section = pending.popLast() {
            pending += graph.outgoing(from: section, type: "HAS_SECTION").map { graph.target(of: $0) }
            if let anchor, graph.property("anchor", of: section) != .string(anchor) { continue }
            if anchor != nil, case .string(let heading)? = graph.property("heading", of: section) { text = heading }
            for relationship in graph.outgoing(from: section, type: "MENTIONS") {
                guard case .string(let id)? = graph.property("id", of: graph.target(of: relationship)),
                    case .int(let count)? = graph.property("count", of: relationship)
                else { continue }
                counts[id, default: 0] += Double(count)
            }
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(8)
        let heaviest = top.first?.value ?? 1
        return rank(text: text, needs: top.map { ($0.key, 5 * $0.value / heaviest) }, excluding: path, limit: limit)
    }

    /// Near-duplicates (the same name once lower-cased and stripped of edition words) fold into
    /// the better-ranked entry, which lists its copies.
    public static func fold(_ items: [Item]) -> [Item] {
        var result: [Item] = []
        var seen: [String: Int] = [:]
        for item in items {
            let key = item.title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .filter { $0 != "pattern" && $0 != "gold" }.joined(separator: " ")
            if !key.isEmpty, let first = seen[key] {
                result[first].copies.append(item.page)
            } else {
                seen[key] = result.count
                result.append(item)
            }
        }
        return result
    }
}
