import Cypher
import CypherShell
import GraphStore

/// The three law pages of imports/, as the importer labels them, each linking to the next.
func lawGraph() -> FrozenGraph {
    var builder = GraphBuilder()
    let laws = [
        ("core-principles/laws/correlated-failure/index.html", "Law 1: Correlated Failure", 2210),
        ("core-principles/laws/asynchronous-reality/index.html", "Law 2: Asynchronous Reality", 1875),
        ("core-principles/laws/economic-reality/index.html", "Law 3: Economic Reality", 1490),
    ].map { path, name, words in
        builder.addNode(labels: ["Page", "Law"], properties: ["path": .string(path), "name": .string(name), "words": .int(words)])
    }
    builder.addRelationship(from: laws[0], to: laws[1], type: "LINKS_TO", properties: ["count": .int(2)])
    builder.addRelationship(from: laws[1], to: laws[2], type: "LINKS_TO", properties: ["count": .int(1)])
    return builder.freeze()
}

func lawSession(format: ResultFormat = .table, limits: QueryLimits = .default) -> ShellSession {
    let graph = lawGraph()
    return ShellSession(engine: QueryEngine(graph: graph), graph: graph, format: format, limits: limits)
}
