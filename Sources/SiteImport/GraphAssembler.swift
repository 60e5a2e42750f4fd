import GraphStore
import SiteHTML

/// Builds the graph from the plan and the processed pages, in a fixed order: plan nodes,
/// then each page with its sections and mentions (sorted by path), then every link.
struct GraphAssembler {
    private let plan: Plan
    private var builder = GraphBuilder()
    private var conceptNodes: [NodeID] = []
    private var pageNodes: [String: NodeID] = [:]
    /// Section nodes per page, by anchor, for links with a fragment.
    private var sectionAnchors: [String: [String: NodeID]] = [:]
    /// What `finish` needs of each page added: its links, and the nodes they start from.
    private var processed: [(links: PageLinks, shallow: String?, page: NodeID, lead: NodeID?, sections: [NodeID])] = []
    private var warnings: [ImportWarning] = []
    private var errors: [ImportError] = []
    private var kinds: [String: PageKind] = [:]

    init(plan: Plan) {
        self.plan = plan
        addPlan()
    }

    // MARK: Plan

    private mutating func addPlan() {
        var phaseNodes: [Int: NodeID] = [:]
        for phase in plan.phases {
            phaseNodes[phase.number] = builder.addNode(
                labels: ["Phase"],
                properties: [
                    "number": .int(Int64(phase.number)), "name": .string(phase.name), "months": .string(phase.months),
                    "claimedExistingContent": .int(Int64(phase.claimedExistingContent)),
                ])
        }
        var blockNodes: [String: NodeID] = [:]
        for pillar in plan.seriesPillars {
            let pillarNode = builder.addNode(
                labels: ["SeriesPillar"],
                properties: [
                    "number": .int(Int64(pillar.number)), "name": .string(pillar.name),
                    "firstEpisode": .int(Int64(pillar.firstEpisode)), "lastEpisode": .int(Int64(pillar.lastEpisode)),
                ])
            for (position, block) in pillar.blocks.enumerated() {
                let blockNode = builder.addNode(
                    labels: ["Block"],
                    properties: ["name": .string(block), "pillar": .int(Int64(pillar.number)), "position": .int(Int64(position + 1))])
                builder.addRelationship(from: pillarNode, to: blockNode, type: "HAS_BLOCK")
                blockNodes["\(pillar.number)/\(block)"] = blockNode
            }
        }
        for concept in plan.concepts {
            conceptNodes.append(
                builder.addNode(
                    labels: ["Concept"],
                    properties: ["id": .string(concept.id), "name": .string(concept.name), "aliases": .list(concept.aliases.map { .string($0) })]))
        }
        let conceptIndex = Dictionary(uniqueKeysWithValues: plan.concepts.enumerated().map { ($1.id, $0) })
        for (index, concept) in plan.concepts.enumerated() {
            for broader in concept.broader {
                builder.addRelationship(from: conceptNodes[index], to: conceptNodes[conceptIndex[broader]!], type: "BROADER")
            }
        }
        var episodeNodes: [Int: NodeID] = [:]
        for episode in plan.episodes {
            let node = builder.addNode(
                labels: ["Episode"],
                properties: [
                    "number": .int(Int64(episode.number)), "title": .string(episode.title), "pillar": .int(Int64(episode.pillar)),
                    "block": .string(episode.block), "phase": .int(Int64(episode.phase)),
                ])
            episodeNodes[episode.number] = node
            builder.addRelationship(from: blockNodes["\(episode.pillar)/\(episode.block)"]!, to: node, type: "HAS_EPISODE")
            if let phase = phaseNodes[episode.phase] { builder.addRelationship(from: node, to: phase, type: "IN_PHASE") }
            for need in episode.needs {
                builder.addRelationship(
                    from: node, to: conceptNodes[conceptIndex[need.concept]!], type: "NEEDS", properties: ["weight": .int(Int64(need.weight))])
            }
        }
        for episode in plan.episodes {
            for prerequisite in episode.prerequisites {
                builder.addRelationship(from: episodeNodes[episode.number]!, to: episodeNodes[prerequisite]!, type: "BUILDS_ON")
            }
        }
    }

    // MARK: Pages

    mutating func add(_ work: consuming PageWork) {
        let page = work.page
        if let reason = work.readError {
            errors.append(.unreadableFile(path: page.path, reason: reason))
        }
        warnings += page.warnings.map { ImportWarning(path: page.path, message: $0.description) }
        var labels = ["Page"]
        var properties: [String: PropertyValue] = ["path": .string(page.path), "bytes": .int(Int64(page.byteCount))]
        let isRedirect = page.redirect != nil
        if isRedirect {
            labels.append("Redirect")
        } else if let kind = work.decision.kind {
            labels.append(kind.label)
            properties["kind"] = .string(kind.label)
            kinds[page.path] = kind
        }
        if !isRedirect, let category = work.decision.category { properties["category"] = .string(category) }
        if let title = page.title { properties["title"] = .string(title) }
        properties["name"] = .string(Self.name(of: page))
        if let description = page.description, !description.isEmpty { properties["description"] = .string(description) }
        if let canonical = page.canonical { properties["canonical"] = .string(canonical) }
        if let selector = page.contentSelector { properties["contentSelector"] = .string(selector) }
        Self.addSignals(page.totalSignals, to: &properties)
        properties["sections"] = .int(Int64(page.sections.count))
        if !page.warnings.isEmpty { properties["warnings"] = .int(Int64(page.warnings.count)) }
        let pageNode = builder.addNode(labels: labels, properties: properties)
        pageNodes[page.path] = pageNode
        for concept in work.nameSubjects { builder.addRelationship(from: pageNode, to: conceptNodes[concept], type: "ABOUT") }

        var lead: NodeID?
        if page.lead != ContentSignals() {
            var leadProperties: [String: PropertyValue] = [
                "page": .string(page.path), "heading": .string(Self.name(of: page)), "level": .int(0),
                "position": .int(0), "lead": .bool(true), "text": .string(page.leadText),
            ]
            Self.addSignals(page.lead, to: &leadProperties)
            let node = builder.addNode(labels: ["Section"], properties: leadProperties)
            builder.addRelationship(from: pageNode, to: node, type: "HAS_SECTION")
            addMentions(work.leadMentions, from: node)
            lead = node
        }
        var sectionNodes: [NodeID] = []
        var anchors: [String: NodeID] = [:]
        for (index, section) in page.sections.enumerated() {
            var sectionProperties: [String: PropertyValue] = [
                "page": .string(page.path), "heading": .string(section.heading), "level": .int(Int64(section.level)),
                "position": .int(Int64(index + 1)), "text": .string(section.text),
            ]
            if let anchor = section.anchor { sectionProperties["anchor"] = .string(anchor) }
            if !work.headingTopics[index].isEmpty { sectionProperties["headingTopics"] = .list(work.headingTopics[index].map { .string($0) }) }
            Self.addSignals(section.signals, to: &sectionProperties)
            let node = builder.addNode(labels: ["Section"], properties: sectionProperties)
            let parent = section.parent.map { sectionNodes[$0] } ?? pageNode
            builder.addRelationship(from: parent, to: node, type: "HAS_SECTION")
            addMentions(work.sectionMentions[index], from: node)
            for concept in work.headingSubjects[index] { builder.addRelationship(from: node, to: conceptNodes[concept], type: "ABOUT") }
            sectionNodes.append(node)
            if let anchor = section.anchor, anchors[anchor] == nil { anchors[anchor] = node }
        }
        sectionAnchors[page.path] = anchors
        processed.append((work.links, work.shallow, pageNode, lead, sectionNodes))
    }

    private mutating func addMentions(_ counts: [Int: Int], from node: NodeID) {
        for concept in counts.keys.sorted() {
            builder.addRelationship(
                from: node, to: conceptNodes[concept], type: "MENTIONS", properties: ["count": .int(Int64(counts[concept]!))])
        }
    }

    /// The page's own name: its first h1, else its title without the site's suffix.
    static func name(of page: ExtractedPage) -> String {
        if let heading = page.sections.first(where: { $0.level == 1 })?.heading, !heading.isEmpty { return heading }
        if let title = page.title, !title.isEmpty {
            if let range = title.range(of: " - ", options: .backwards) { return String(title[..<range.lowerBound]) }
            return title
        }
        return page.path
    }

    static func addSignals(_ signals: ContentSignals, to properties: inout [String: PropertyValue]) {
        properties["words"] = .int(Int64(signals.proseWords))
        properties["codeBlocks"] = .int(Int64(signals.codeBlocks))
        properties["codeLines"] = .int(Int64(signals.codeLines))
        properties["codeLanguages"] = .list(signals.codeLanguages.keys.sorted().map { .string($0) })
        properties["mathInline"] = .int(Int64(signals.mathInline))
        properties["mathBlocks"] = .int(Int64(signals.mathBlocks))
        properties["tables"] = .int(Int64(signals.tables))
        properties["tableRows"] = .int(Int64(signals.tableRows))
        properties["mermaid"] = .int(Int64(signals.mermaidDiagrams))
        properties["admonitions"] = .int(Int64(signals.admonitions))
    }

    // MARK: Links

    mutating func finish() -> ImportResult {
        var counts = LinkCounts()
        var broken: [BrokenLink] = []
        var urlNodes: [String: NodeID] = [:]
        for (links, shallow, pageNode, lead, sections) in processed {
            if let target = links.redirect, let targetNode = pageNodes[target] {
                builder.addRelationship(from: pageNode, to: targetNode, type: "REDIRECTS_TO")
            }
            counts.add(links.counts)
            broken += links.broken
            for group in links.groups {
                if case .url(let url) = group.target, urlNodes[url] == nil {
                    urlNodes[url] = builder.addNode(labels: ["Url"], properties: ["url": .string(url)])
                }
            }
            if let shallow { builder.setProperty("shallow", .string(shallow), on: pageNode) }
            for group in links.groups {
                let source = group.section.map { sections[$0] } ?? lead ?? pageNode
                switch group.target {
                case .page(let path, let anchor):
                    let target = anchor.flatMap { sectionAnchors[path]?[$0] } ?? pageNodes[path]!
                    var properties: [String: PropertyValue] = ["href": .string(group.href), "count": .int(Int64(group.count))]
                    if let anchor, !anchor.isEmpty { properties["anchor"] = .string(anchor) }
                    if group.markdown { properties["markdown"] = .bool(true) }
                    builder.addRelationship(from: source, to: target, type: "LINKS_TO", properties: properties)
                case .url(let url):
                    builder.addRelationship(from: source, to: urlNodes[url]!, type: "LINKS_TO_URL", properties: ["count": .int(Int64(group.count))])
                }
            }
        }
        return ImportResult(
            graph: builder.freeze(), plan: plan, pageCount: processed.count, warnings: warnings, errors: errors,
            brokenLinks: broken, links: counts, kinds: kinds)
    }
}
