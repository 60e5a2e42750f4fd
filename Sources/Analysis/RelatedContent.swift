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

    private let graph: FrozenGraph
    private let model: CoverageModel
    private let index: TextIndex
    private let matcher: ConceptMatcher
    private let names: [String: String]
    /// Pages linked to or from each page, sections folded into their page.
    private let links: [String: Set<String>]
    /// Pages linking to each page, and each page's outgoing links, for co-citation.
    private let linkedFrom: [String: Set<String>]
    private let linksOut: [String: Set<String>]
    /// Pattern category of each pattern page.
    private let categories: [String: String]
    /// Each concept's name and aliases as index terms, for query expansion.
    private let conceptTerms: [String: [String]]

    public init(graph: FrozenGraph, model: CoverageModel, index: TextIndex) {
        self.graph = graph
        self.model = model
        self.index = index
        matcher = ConceptMatcher(concepts: model.plan.concepts)
        var pageOf: [NodeID: String] = [:]
        var names: [String: String] = [:]
        var categories: [String: String] = [:]
        for page in graph.nodes(withLabel: "Page") {
            guard case .string(let path)? = graph.property("path", of: page) else { continue }
            if case .string(let name)? = graph.property("name", of: page) { names[path] = name }
            if graph.hasLabel(page, named: PageKind.pattern.label), case .string(let category)? = graph.property("category", of: page) {
                categories[path] = category
            }
            pageOf[page] = path
            var pending = graph.outgoing(from: page, type: "HAS_SECTION").map { graph.target(of: $0) }
            while let section = pending.popLast() {
                pageOf[section] = path
                pending += graph.outgoing(from: section, type: "HAS_SECTION").map { graph.target(of: $0) }
            }
        }
        var links: [String: Set<String>] = [:]
        var linkedFrom: [String: Set<String>] = [:]
        var linksOut: [String: Set<String>] = [:]
        for relationship in 0..<graph.relationshipCount {
            let id = RelationshipID(relationship)
            guard graph.typeName(of: id) == "LINKS_TO", let from = pageOf[graph.source(of: id)], let to = pageOf[graph.target(of: id)],
                from != to
            else { continue }
            links[from, default: []].insert(to)
            links[to, default: []].insert(from)
            linkedFrom[to, default: []].insert(from)
            linksOut[from, default: []].insert(to)
        }
        conceptTerms = Dictionary(model.plan.concepts.map { concept in
            (concept.id, ([concept.name] + concept.aliases).flatMap { TextIndex.tokens($0) })
        }, uniquingKeysWith: { first, _ in first })
        self.names = names
        self.links = links
        self.linkedFrom = linkedFrom
        self.linksOut = linksOut
        self.categories = categories
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

    private func rank(text: String, needs: [(concept: String, weight: Double)], excluding: String?, limit: Int) -> [Item] {
        // Query: the text's words, plus each needed concept's name and aliases at its weight.
        var query: [String: Float] = [:]
        for token in TextIndex.tokens(text) { query[token] = max(query[token] ?? 0, 1) }
        for need in needs {
            for token in conceptTerms[need.concept] ?? [] { query[token] = max(query[token] ?? 0, Float(need.weight / 5)) }
        }
        // Each page's best section, gathered by page position rather than by hashing its path.
        var best = [(score: Double, document: Int)?](repeating: nil, count: index.pages.count)
        for (document, score) in index.scores(query) {
            let page = index.documents[document].pageIndex
            if Double(score) > best[page]?.score ?? 0 { best[page] = (Double(score), document) }
        }
        var textScore: [String: (score: Double, anchor: String?)] = [:]
        for case let (score, document)? in best { textScore[index.documents[document].page] = (score, index.documents[document].anchor) }
        let bestText = textScore.values.map(\.score).max() ?? 1

        var conceptScore: [String: Double] = [:]
        var conceptReasons: [String: [(concept: String, level: PageEvidence.Level, mentions: Int)]] = [:]
        var shallow: [String: Bool] = [:]
        var caseStudy: Set<String> = []
        let totalWeight = max(needs.reduce(0) { $0 + $1.weight }, 1)
        for need in needs {
            guard let concept = model.concept(need.concept) else { continue }
            for evidence in concept.evidence {
                shallow[evidence.page] = evidence.shallow != nil
                if evidence.isCaseStudy { caseStudy.insert(evidence.page) }
                let strength: Double
                switch evidence.level {
                case .page: strength = 1
                case .section: strength = 0.7
                case .mention: strength = 0.1 + 0.04 * Double(min(evidence.mentions, 5))
                }
                conceptScore[evidence.page, default: 0] += need.weight * strength / totalWeight
                conceptReasons[evidence.page, default: []].append((concept.name, evidence.level, evidence.mentions))
            }
        }
        let bestConcept = max(conceptScore.values.max() ?? 1, 1e-9)

        var base: [String: Double] = [:]
        for page in Set(textScore.keys).union(conceptScore.keys) where page != excluding {
            var score = Self.textWeight * (textScore[page]?.score ?? 0) / bestText + Self.conceptWeight * (conceptScore[page] ?? 0) / bestConcept
            if shallow[page] == true { score *= Self.shallowFactor }
            base[page] = score
        }
        // Link proximity: pages linked to or from the five strongest matches.
        let leaders = base.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5).map(\.key)
        var linked: [String: [String]] = [:]
        for leader in leaders {
            for neighbour in neighbours(of: leader) where neighbour != leader {
                linked[neighbour, default: []].append(leader)
            }
        }
        // Co-citation: pages that a focused page (one with few links) cites together with a leader.
        var cocited: [String: Int] = [:]
        for leader in leaders {
            for citing in linkedFrom[leader] ?? [] where (linksOut[citing]?.count ?? 0) <= Self.focusedLinks {
                for other in linksOut[citing] ?? [] where other != leader { cocited[other, default: 0] += 1 }
            }
        }
        let leaderCategories = Set(leaders.prefix(3).compactMap { categories[$0] })
        var totals: [(page: String, score: Double)] = []
        for (page, score) in base {
            let proximity = min(1, (Double(linked[page]?.count ?? 0) + 0.5 * Double(cocited[page] ?? 0)) / 3)
            let sameCategory = categories[page].map { leaderCategories.contains($0) } ?? false
            totals.append((page, score + Self.linkWeight * proximity + (sameCategory ? Self.categoryBonus : 0)))
        }
        totals.sort { $0.score != $1.score ? $0.score > $1.score : $0.page < $1.page }
        // Reasons are written only for the entries that can reach the list, copies included.
        var items: [Item] = []
        for (page, total) in totals.prefix(limit * 3) {
            var reasons: [String] = []
            if let text = textScore[page] { reasons.append(String(format: "text match %.2f (BM25)", text.score / bestText)) }
            reasons += (conceptReasons[page] ?? []).prefix(4).map { item in
                item.level == .mention ? "mentions \(item.concept) ×\(item.mentions)" : "about \(item.concept) (\(item.level.rawValue))"
            }
            if caseStudy.contains(page) && conceptScore[page] != nil { reasons.append("case study using it") }
            if let leadersLinked = linked[page] { reasons.append("linked with \(leadersLinked.count) of the top matches") }
            if let count = cocited[page] { reasons.append("cited together with the top matches \(count)×") }
            if let category = categories[page], leaderCategories.contains(category) { reasons.append("same pattern category (\(category))") }
            if shallow[page] == true { reasons.append("an index, quiz or overview page: scaled down") }
            items.append(Item(page: page, anchor: textScore[page]?.anchor, title: name(of: page), score: (total * 1000).rounded() / 1000,
                              reasons: reasons, copies: []))
        }
        return Array(Self.fold(items).prefix(limit))
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

    private func name(of path: String) -> String {
        names[path] ?? path
    }

    private func neighbours(of path: String) -> Set<String> {
        links[path] ?? []
    }
}
