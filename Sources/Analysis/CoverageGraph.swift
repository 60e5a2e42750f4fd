import GraphStore

extension CoverageModel {
    /// The imported graph with the coverage results added, so queries reach them: each Episode
    /// gets `coverage`, `grade` and its four parts (`math`, `implementation`, `production`,
    /// `research`, 0–100); each needed Concept its `grade`; and (:Episode)-[:COVERED_BY {concept,
    /// score}]->(:Section or :Page) points at each concept's best evidence.
    public func annotate(_ graph: FrozenGraph) -> FrozenGraph {
        var builder = GraphBuilder(copying: graph)
        var episodeNodes: [Int: NodeID] = [:]
        for node in graph.nodes(withLabel: "Episode") {
            if case .int(let number)? = graph.property("number", of: node) { episodeNodes[Int(number)] = node }
        }
        var conceptNodes: [String: NodeID] = [:]
        for node in graph.nodes(withLabel: "Concept") {
            if case .string(let id)? = graph.property("id", of: node) { conceptNodes[id] = node }
        }
        let parts = plan.coverage.parts
        let weights = parts.map(\.weight)
        for concept in concepts {
            guard let node = conceptNodes[concept.id] else { continue }
            builder.setProperty("grade", .string(concept.grade.rawValue), on: node)
        }
        for episode in episodes {
            guard let node = episodeNodes[episode.number] else { continue }
            builder.setProperty("coverage", .double(episode.coverage), on: node)
            builder.setProperty("grade", .string(episode.grade.rawValue), on: node)
            for (index, part) in parts.enumerated() {
                builder.setProperty(part.id, .double(episode.part(index, weight: part.weight)), on: node)
            }
            for item in episode.evidence {
                guard let concept = self.concept(item.concept), let best = concept.evidence.first else { continue }
                builder.addRelationship(
                    from: node, to: best.node, type: "COVERED_BY",
                    properties: ["concept": .string(concept.id), "score": .double((best.combined(weights) * 1000).rounded() / 1000)])
            }
        }
        return builder.freeze()
    }
}
