import Foundation
import SiteHTML

/// Reads graph/ (series.yaml, episodes.yaml, concepts.yaml, site.yaml) into a checked `Plan`:
/// every reference resolves, ids are unique, hierarchies have no cycles.
public enum PlanLoader {
    public static func load(directory: URL) throws(PlanError) -> Plan {
        try load(PlanFiles(directory: directory))
    }

    /// The plan from files read into memory, so that what is loaded is what was fingerprinted.
    static func load(_ files: PlanFiles) throws(PlanError) -> Plan {
        let series = try parse(files, "series.yaml")
        let episodesFile = try parse(files, "episodes.yaml")
        let conceptsFile = try parse(files, "concepts.yaml")
        let siteFile = try parse(files, "site.yaml")
        let coverageFile = try parse(files, "coverage.yaml")

        let pillars = try seriesPillars(series)
        let phases = try phases(series)
        let concepts = try concepts(conceptsFile)
        let episodes = try episodes(episodesFile, pillars: pillars, phases: phases, concepts: concepts)
        let site = try siteRules(siteFile)
        let coverage = try CoverageLoader.settings(coverageFile)
        let numbers = Set(episodes.map(\.number))
        for gap in coverage.claims.gaps {
            for episode in gap.episodes where !numbers.contains(episode) {
                throw PlanError.unknownReference(
                    coverageFile.position, what: "episode in the claimed gap `\(gap.name)`", value: String(episode),
                    known: "an episode number from episodes.yaml")
            }
        }
        return Plan(seriesPillars: pillars, phases: phases, episodes: episodes, concepts: concepts, site: site, coverage: coverage)
    }

    private static func parse(_ files: PlanFiles, _ name: String) throws(PlanError) -> YAMLNode {
        let url = files.directory.appendingPathComponent(name)
        guard let text = String(data: Data(files.contents[name]!), encoding: .utf8) else {
            throw PlanError.unreadable(SourcePosition(file: url.path), reason: "it is not UTF-8 text")
        }
        return try YAMLNode.load(text, file: url.path)
    }

    // MARK: series.yaml

    private static func seriesPillars(_ file: YAMLNode) throws(PlanError) -> [SeriesPillar] {
        var pillars: [SeriesPillar] = []
        var positions: [Int: SourcePosition] = [:]
        for item in try file.required("series_pillars", in: "series.yaml").list("series_pillars") {
            try item.rejectUnknownKeys(["number", "name", "first_episode", "last_episode", "blocks"], in: "a series pillar")
            let numberNode = try item.required("number", in: "a series pillar")
            let number = try numberNode.int("number", in: 1...99)
            if let first = positions[number] {
                throw PlanError.duplicate(numberNode.position, what: "series pillar", value: String(number), first: first)
            }
            positions[number] = numberNode.position
            pillars.append(
                SeriesPillar(
                    number: number,
                    name: try item.required("name", in: "a series pillar").string("name"),
                    firstEpisode: try item.required("first_episode", in: "a series pillar").int("first_episode", in: 1...10_000),
                    lastEpisode: try item.required("last_episode", in: "a series pillar").int("last_episode", in: 1...10_000),
                    blocks: try item.required("blocks", in: "a series pillar").strings("blocks")
                ))
        }
        return pillars
    }

    private static func phases(_ file: YAMLNode) throws(PlanError) -> [Phase] {
        var phases: [Phase] = []
        for item in try file.required("phases", in: "series.yaml").list("phases") {
            try item.rejectUnknownKeys(
                ["number", "name", "months", "first_episode", "last_episode", "claimed_existing_content"], in: "a phase")
            phases.append(
                Phase(
                    number: try item.required("number", in: "a phase").int("number", in: 1...99),
                    name: try item.required("name", in: "a phase").string("name"),
                    months: try item.required("months", in: "a phase").string("months"),
                    firstEpisode: try item.required("first_episode", in: "a phase").int("first_episode", in: 1...10_000),
                    lastEpisode: try item.required("last_episode", in: "a phase").int("last_episode", in: 1...10_000),
                    claimedExistingContent: try item.required("claimed_existing_content", in: "a phase")
                        .int("claimed_existing_content", in: 0...100)
                ))
        }
        return phases
    }

    // MARK: concepts.yaml

    private static func concepts(_ file: YAMLNode) throws(PlanError) -> [Concept] {
        var concepts: [Concept] = []
        var positions: [String: SourcePosition] = [:]
        var phrases: [String: (id: String, position: SourcePosition)] = [:]
        for item in try file.required("concepts", in: "concepts.yaml").list("concepts") {
            try item.rejectUnknownKeys(["id", "name", "aliases", "broader"], in: "a concept")
            let idNode = try item.required("id", in: "a concept")
            let id = try idNode.string("id")
            guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
                throw PlanError.invalidValue(idNode.position, key: "id", value: "`\(id)`", expected: "lower-case letters, digits and hyphens")
            }
            if let first = positions[id] {
                throw PlanError.duplicate(idNode.position, what: "concept id", value: id, first: first)
            }
            positions[id] = idNode.position
            let name = try item.required("name", in: "concept `\(id)`").string("name")
            let aliasNode = item.child("aliases")
            let aliases = try aliasNode?.strings("aliases") ?? []
            let broader = try item.child("broader")?.strings("broader") ?? []
            for phrase in [name] + aliases {
                let forms = ConceptMatcher.forms(phrase)
                let position = aliasNode.flatMap { phrase == name ? nil : $0.position } ?? item.position
                guard !forms.isEmpty else {
                    throw PlanError.invalidValue(position, key: "aliases", value: "`\(phrase)`", expected: "a name with letters or digits")
                }
                for form in forms {
                    if let other = phrases[form], other.id != id {
                        throw PlanError.duplicate(
                            position, what: "name or alias (matching the same words for `\(other.id)` and `\(id)`)", value: phrase,
                            first: other.position)
                    }
                    phrases[form] = (id, position)
                }
            }
            concepts.append(Concept(id: id, name: name, aliases: aliases, broader: broader))
        }
        for concept in concepts {
            for id in concept.broader where positions[id] == nil {
                throw PlanError.unknownReference(
                    positions[concept.id]!, what: "broader concept of `\(concept.id)`", value: id, known: "an id defined in concepts.yaml")
            }
        }
        try rejectCycles(
            Dictionary(uniqueKeysWithValues: concepts.map { ($0.id, $0.broader) }),
            what: "broader links", position: { positions[$0]! })
        return concepts
    }

    // MARK: episodes.yaml

    private static func episodes(
        _ file: YAMLNode, pillars: [SeriesPillar], phases: [Phase], concepts: [Concept]
    ) throws(PlanError) -> [Episode] {
        let conceptIDs = Set(concepts.map(\.id))
        var episodes: [Episode] = []
        var positions: [Int: SourcePosition] = [:]
        var prerequisitePositions: [Int: SourcePosition] = [:]
        for item in try file.required("episodes", in: "episodes.yaml").list("episodes") {
            try item.rejectUnknownKeys(["number", "title", "pillar", "block", "phase", "needs", "prerequisites"], in: "an episode")
            let numberNode = try item.required("number", in: "an episode")
            let number = try numberNode.int("number", in: 1...10_000)
            if let first = positions[number] {
                throw PlanError.duplicate(numberNode.position, what: "episode number", value: String(number), first: first)
            }
            positions[number] = numberNode.position
            let context = "episode \(number)"
            let pillarNode = try item.required("pillar", in: context)
            let pillarNumber = try pillarNode.int("pillar", in: 1...99)
            guard let pillar = pillars.first(where: { $0.number == pillarNumber }) else {
                throw PlanError.unknownReference(
                    pillarNode.position, what: "series pillar", value: String(pillarNumber),
                    known: "one of \(pillars.map { String($0.number) }.joined(separator: ", ")) (series.yaml)")
            }
            let blockNode = try item.required("block", in: context)
            let block = try blockNode.string("block")
            guard pillar.blocks.contains(block) else {
                throw PlanError.unknownReference(
                    blockNode.position, what: "block of series pillar \(pillarNumber)", value: block,
                    known: pillar.blocks.map { "`\($0)`" }.joined(separator: ", "))
            }
            let phaseNode = try item.required("phase", in: context)
            let phase = try phaseNode.int("phase", in: 1...99)
            guard phases.contains(where: { $0.number == phase }) else {
                throw PlanError.unknownReference(
                    phaseNode.position, what: "phase", value: String(phase),
                    known: "one of \(phases.map { String($0.number) }.joined(separator: ", ")) (series.yaml)")
            }
            var needs: [ConceptNeed] = []
            for need in try item.child("needs")?.list("needs") ?? [] {
                try need.rejectUnknownKeys(["concept", "weight"], in: "a need of \(context)")
                let conceptNode = try need.required("concept", in: "a need of \(context)")
                let concept = try conceptNode.string("concept")
                guard conceptIDs.contains(concept) else {
                    throw PlanError.unknownReference(conceptNode.position, what: "concept", value: concept, known: "an id defined in concepts.yaml")
                }
                if needs.contains(where: { $0.concept == concept }) {
                    throw PlanError.duplicate(conceptNode.position, what: "need of \(context)", value: concept, first: item.position)
                }
                let weight = try need.required("weight", in: "a need of \(context)").int("weight", in: 1...5)
                needs.append(ConceptNeed(concept: concept, weight: weight))
            }
            let prerequisiteNode = item.child("prerequisites")
            let prerequisites = try prerequisiteNode?.list("prerequisites").map { node throws(PlanError) in
                try node.int("prerequisites", in: 1...10_000)
            } ?? []
            if let prerequisiteNode { prerequisitePositions[number] = prerequisiteNode.position }
            episodes.append(
                Episode(
                    number: number,
                    title: try item.required("title", in: context).string("title"),
                    pillar: pillarNumber, block: block, phase: phase, needs: needs, prerequisites: prerequisites))
        }
        for episode in episodes {
            for prerequisite in episode.prerequisites where positions[prerequisite] == nil || prerequisite == episode.number {
                throw PlanError.unknownReference(
                    prerequisitePositions[episode.number]!, what: "prerequisite of episode \(episode.number)",
                    value: String(prerequisite), known: "the number of another episode")
            }
        }
        try rejectCycles(
            Dictionary(uniqueKeysWithValues: episodes.map { (String($0.number), $0.prerequisites.map(String.init)) }),
            what: "prerequisites", position: { positions[Int($0)!]! })
        return episodes.sorted { $0.number < $1.number }
    }

    // MARK: site.yaml

    private static func siteRules(_ file: YAMLNode) throws(PlanError) -> SiteRules {
        let content = try file.required("content", in: "site.yaml")
        let selectors = try selectors(content.required("selectors", in: "content"), key: "selectors")
        let notContent = try content.child("not_content").map { node throws(PlanError) in try Self.selectors(node, key: "not_content") } ?? []
        var rules: [ClassificationRule] = []
        for item in try file.required("rules", in: "site.yaml").list("rules") {
            try item.rejectUnknownKeys(["kind", "why", "paths", "titles", "category_segment"], in: "a rule")
            let kindNode = try item.required("kind", in: "a rule")
            let kindName = try kindNode.string("kind")
            let kind: PageKind?
            if kindName == "none" {
                kind = nil
            } else if let known = PageKind(rawValue: kindName) {
                kind = known
            } else {
                throw PlanError.unknownReference(
                    kindNode.position, what: "kind", value: kindName,
                    known: "none, " + PageKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let why = try item.required("why", in: "a rule").string("why")
            let paths = try item.child("paths")?.strings("paths").map(PathGlob.init) ?? []
            var titles: [TitlePattern] = []
            for pattern in try item.child("titles")?.list("titles") ?? [] { titles.append(try pattern.pattern("titles")) }
            if paths.isEmpty && titles.isEmpty {
                throw PlanError.missingKey(item.position, key: "paths", in: "a rule (it needs `paths` or `titles`)")
            }
            let category = try item.child("category_segment")?.int("category_segment", in: 0...64)
            rules.append(
                ClassificationRule(kind: kind, why: why, paths: paths, titles: titles, categorySegment: category, position: item.position))
        }
        return SiteRules(content: ContentRules(selectors: selectors, notContent: notContent), rules: rules)
    }

    private static func selectors(_ node: YAMLNode, key: String) throws(PlanError) -> [ElementSelector] {
        var result: [ElementSelector] = []
        for item in try node.list(key) {
            let text = try item.string(key)
            do {
                result.append(try ElementSelector(text))
            } catch {
                throw PlanError.invalidValue(item.position, key: key, value: "`\(text)`", expected: "tag, .class, #id or tag.class")
            }
        }
        return result
    }

    // MARK: Checks

    private static func rejectCycles(
        _ edges: [String: [String]], what: String, position: (String) -> SourcePosition
    ) throws(PlanError) {
        var state: [String: Bool] = [:]  // false: on the current path, true: done
        for start in edges.keys.sorted() where state[start] == nil {
            var path: [String] = []
            var stack: [(node: String, next: Int)] = [(start, 0)]
            state[start] = false
            path.append(start)
            while let top = stack.last {
                let successors = edges[top.node] ?? []
                if top.next < successors.count {
                    stack[stack.count - 1].next += 1
                    let successor = successors[top.next]
                    switch state[successor] {
                    case .some(false):
                        let cycleStart = path.firstIndex(of: successor)!
                        throw PlanError.cycle(position(successor), what: what, path: Array(path[cycleStart...]) + [successor])
                    case .some(true):
                        continue
                    case .none:
                        state[successor] = false
                        path.append(successor)
                        stack.append((successor, 0))
                    }
                } else {
                    state[top.node] = true
                    path.removeLast()
                    stack.removeLast()
                }
            }
        }
    }
}
