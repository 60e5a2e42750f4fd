import GraphStore

/// Four nodes and four relationships with the cases exports must carry: two labels on a
/// node, quotes, commas and a line break in text, an empty string, empty and non-empty lists,
/// a float, a boolean, properties some nodes lack, parallel-free relationships with and
/// without properties.
enum TinyGraph {
    static func make() -> FrozenGraph {
        var builder = GraphBuilder()
        let law = builder.addNode(labels: ["Page", "Law"], properties: [
            "path": .string("laws/one/index.html"), "name": .string("Law 1: \"Correlated\", failure"), "words": .int(120),
            "codeLanguages": .list([.string("python"), .string("go")]),
        ])
        let home = builder.addNode(labels: ["Page"], properties: [
            "path": .string("index.html"), "name": .string("Home"), "words": .int(0), "codeLanguages": .list([]), "description": .string(""),
        ])
        let section = builder.addNode(labels: ["Section"], properties: [
            "heading": .string("Line one\nline two"), "level": .int(2), "lead": .bool(true), "score": .double(0.5),
        ])
        let raft = builder.addNode(labels: ["Concept"], properties: [
            "id": .string("raft"), "name": .string("Raft"), "aliases": .list([.string("never trust, always verify"), .string("Lamport's")]),
        ])
        builder.addRelationship(from: law, to: section, type: "HAS_SECTION")
        builder.addRelationship(from: section, to: raft, type: "MENTIONS", properties: ["count": .int(3)])
        builder.addRelationship(from: home, to: law, type: "LINKS_TO", properties: ["href": .string("laws/one/"), "count": .int(1), "markdown": .bool(false)])
        builder.addRelationship(from: home, to: section, type: "LINKS_TO", properties: ["count": .int(2), "anchor": .string("x")])
        return builder.freeze()
    }
}
