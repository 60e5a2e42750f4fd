import Analysis
import Cypher
import GraphStore

/// Procedures that bring GapGraph's analyses into the query language, so a planner can
/// combine them with graph patterns:
///
///     CALL gapgraph.related('vector clocks', 5) YIELD page, score, node
///     MATCH (node)-[:HAS_SECTION*]->(:Section)-[:MENTIONS]->(c:Concept) RETURN page, score, collect(DISTINCT c.name)
///
/// `gapgraph.related(text, limit)` and `gapgraph.relatedToEpisode(number, limit)` yield
/// `page`, `anchor`, `title`, `score`, `reasons` and the page's `node`.
public enum QueryProcedures {
    public static func make(graph: FrozenGraph, related: RelatedContent) -> [Procedure] {
        var pageNodes: [String: NodeID] = [:]
        for node in graph.nodes(withLabel: "Page") {
            if case .string(let path)? = graph.property("path", of: node) { pageNodes[path] = node }
        }
        let outputs = [
            Procedure.Field(name: "page", type: "STRING?"), Procedure.Field(name: "anchor", type: "STRING?"),
            Procedure.Field(name: "title", type: "STRING?"), Procedure.Field(name: "score", type: "FLOAT?"),
            Procedure.Field(name: "reasons", type: "LIST? OF STRING?"), Procedure.Field(name: "node", type: "NODE?"),
        ]
        let nodes = pageNodes
        @Sendable func rows(_ items: [RelatedContent.Item]) -> [[CypherValue]] {
            items.map { item in
                [.string(item.page), item.anchor.map { .string($0) } ?? .null, .string(item.title), .float(item.score),
                 .list(item.reasons.map { .string($0) }), nodes[item.page].map { .node($0) } ?? .null]
            }
        }
        @Sendable func limit(_ value: CypherValue) -> Int {
            if case .int(let number) = value, number > 0 { return Int(min(number, 1000)) }
            return 10
        }
        return [
            Procedure(
                name: "gapgraph.related",
                inputs: [Procedure.Field(name: "text", type: "STRING?"), Procedure.Field(name: "limit", type: "INTEGER?")],
                outputs: outputs
            ) { arguments in
                guard case .string(let text) = arguments[0] else { return [] }
                return rows(related.forText(text, limit: limit(arguments[1])))
            },
            Procedure(
                name: "gapgraph.relatedToEpisode",
                inputs: [Procedure.Field(name: "episode", type: "INTEGER?"), Procedure.Field(name: "limit", type: "INTEGER?")],
                outputs: outputs
            ) { arguments in
                guard case .int(let number) = arguments[0] else { return [] }
                return rows(related.forEpisode(Int(number), limit: limit(arguments[1])))
            },
        ]
    }
}
