import Cypher
import GraphStore

/// A small social graph: three people, two KNOWS relationships and one page.
func socialGraph() -> FrozenGraph {
    var builder = GraphBuilder()
    let ann = builder.addNode(labels: ["Person"], properties: ["name": .string("Ann"), "age": .int(31)])
    let bob = builder.addNode(labels: ["Person"], properties: ["name": .string("Bob"), "age": .int(25)])
    let cy = builder.addNode(labels: ["Person", "Admin"], properties: ["name": .string("Cy")])
    builder.addNode(labels: ["Page"], properties: ["title": .string("Home")])
    builder.addRelationship(from: ann, to: bob, type: "KNOWS", properties: ["since": .int(2020)])
    builder.addRelationship(from: bob, to: cy, type: "KNOWS")
    return builder.freeze()
}

func run(_ query: String, on graph: FrozenGraph = socialGraph(), parameters: [String: CypherValue] = [:]) throws -> QueryResult {
    try QueryEngine(graph: graph).run(query, parameters: parameters)
}

func error(of query: String, on graph: some PropertyGraph = socialGraph(), limits: QueryLimits = .default) -> QueryError? {
    do {
        _ = try QueryEngine(graph: graph).run(query, limits: limits)
        return nil
    } catch {
        return error
    }
}
