import Cypher
import Foundation
import GraphStore
import Testing
@testable import Reports

/// Each export format on a hand-built graph, compared line by line with what it must be.
@Suite("Graph exports of a small graph")
struct GraphExportTests {
    let graph = TinyGraph.make()

    @Test("GraphML declares a typed key per property and carries labels, a display label and the type")
    func graphML() throws {
        let lines = try GraphMLExport.render(graph).split(separator: "\n").map(String.init)
        #expect(lines.count == 34)
        #expect(lines[3...20] == [
            "  <key id=\"d0\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>",
            "  <key id=\"d1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
            "  <key id=\"d2\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>",
            "  <key id=\"d3\" for=\"node\" attr.name=\"codeLanguages\" attr.type=\"string\"/>",
            "  <key id=\"d4\" for=\"node\" attr.name=\"description\" attr.type=\"string\"/>",
            "  <key id=\"d5\" for=\"node\" attr.name=\"heading\" attr.type=\"string\"/>",
            "  <key id=\"d6\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>",
            "  <key id=\"d7\" for=\"node\" attr.name=\"lead\" attr.type=\"boolean\"/>",
            "  <key id=\"d8\" for=\"node\" attr.name=\"level\" attr.type=\"int\"/>",
            "  <key id=\"d9\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>",
            "  <key id=\"d10\" for=\"node\" attr.name=\"path\" attr.type=\"string\"/>",
            "  <key id=\"d11\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>",
            "  <key id=\"d12\" for=\"node\" attr.name=\"words\" attr.type=\"int\"/>",
            "  <key id=\"d13\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>",
            "  <key id=\"d14\" for=\"edge\" attr.name=\"anchor\" attr.type=\"string\"/>",
            "  <key id=\"d15\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>",
            "  <key id=\"d16\" for=\"edge\" attr.name=\"href\" attr.type=\"string\"/>",
            "  <key id=\"d17\" for=\"edge\" attr.name=\"markdown\" attr.type=\"boolean\"/>",
        ])
        #expect(lines[22] == "    <node id=\"n0\"><data key=\"d0\">:Law:Page</data><data key=\"d1\">Law 1: &quot;Correlated&quot;, failure</data>"
            + "<data key=\"d3\">[&quot;python&quot;, &quot;go&quot;]</data><data key=\"d9\">Law 1: &quot;Correlated&quot;, failure</data>"
            + "<data key=\"d10\">laws/one/index.html</data><data key=\"d12\">120</data></node>")
        #expect(lines[23] == "    <node id=\"n1\"><data key=\"d0\">:Page</data><data key=\"d1\">Home</data><data key=\"d3\">[]</data><data key=\"d4\"></data>"
            + "<data key=\"d9\">Home</data><data key=\"d10\">index.html</data><data key=\"d12\">0</data></node>")
        #expect(lines[31] == "    <edge id=\"e3\" source=\"n1\" target=\"n2\"><data key=\"d13\">LINKS_TO</data><data key=\"d14\">x</data><data key=\"d15\">2</data></edge>")
    }

    @Test("GraphML text escapes markup, keeps a carriage return and replaces characters XML cannot hold")
    func xmlEscaping() {
        #expect(GraphMLExport.escape("a < b && c > \"d\"\r\n\u{1}") == "a &lt; b &amp;&amp; c &gt; &quot;d&quot;&#13;\n\u{FFFD}")
    }

    @Test("node-link JSON has networkx's shape with properties in their own object")
    func nodeLink() throws {
        let text = NodeLinkExport.render(graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true && object["multigraph"] as? Bool == true)
        #expect((object["nodes"] as? [Any])?.count == 4 && (object["links"] as? [Any])?.count == 4)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[5] == #"{"id": 0, "labels": ["Law", "Page"], "properties": {"codeLanguages": ["python", "go"], "name": "Law 1: \"Correlated\", failure", "path": "laws/one/index.html", "words": 120}},"#)
        #expect(lines[7] == #"{"id": 2, "labels": ["Section"], "properties": {"heading": "Line one\nline two", "lead": true, "level": 2, "score": 0.5}},"#)
        #expect(lines[14] == #"{"source": 1, "target": 2, "key": 3, "type": "LINKS_TO", "properties": {"anchor": "x", "count": 2}}"#)
    }

    @Test("the Cypher script creates nodes in id order, then relationships by type and end labels, then drops the export id")
    func cypher() {
        let lines = CypherExport.render(graph).split(separator: "\n").map(String.init)
        #expect(lines[3...6] == [
            "UNWIND [",
            "{id: 0, properties: {codeLanguages: ['python', 'go'], name: 'Law 1: \"Correlated\", failure', path: 'laws/one/index.html', words: 120}}",
            "] AS row",
            "CREATE (n:Law:Page {_exportId: row.id}) SET n += row.properties;",
        ])
        #expect(lines[16] == "{id: 3, properties: {aliases: ['never trust, always verify', 'Lamport\\'s'], id: 'raft', name: 'Raft'}}")
        #expect(lines[25...28] == [
            "{from: 1, to: 0, properties: {count: 1, href: 'laws/one/', markdown: false}}",
            "] AS row",
            "MATCH (a:Page {_exportId: row.from}), (b:Law:Page {_exportId: row.to})",
            "CREATE (a)-[r:LINKS_TO]->(b) SET r += row.properties;",
        ])
        #expect(lines.last == "MATCH (n) WHERE n._exportId IS NOT NULL REMOVE n._exportId;")
        #expect(lines.count == 40)
    }

    @Test("names that are not plain identifiers are quoted, and the export id avoids a property of that name")
    func cypherNames() {
        var builder = GraphBuilder()
        builder.addNode(labels: ["Odd Label"], properties: ["_exportId": .int(7), "with`tick": .string("x")])
        let lines = CypherExport.render(builder.freeze()).split(separator: "\n").map(String.init)
        #expect(lines[4] == "{id: 0, properties: {_exportId: 7, `with``tick`: 'x'}}")
        #expect(lines[6] == "CREATE (n:`Odd Label` {__exportId: row.id}) SET n += row.properties;")
        #expect(lines[7] == "MATCH (n) WHERE n.__exportId IS NOT NULL REMOVE n.__exportId;")
    }

    @Test("running the script on an empty graph rebuilds the same graph: ids, labels, properties, relationships")
    func cypherRoundTrip() throws {
        let rebuilt = MemoryGraph()
        try CypherScript.run(CypherExport.render(graph), on: rebuilt)
        #expect(GraphComparison.differences(graph, rebuilt) == [])
    }

    @Test("a script is split at semicolons outside strings, quoted names and comments")
    func statements() {
        let script = "// a; comment\nCREATE (:A {t: 'x;y', u: \"q\\\";\"});\n/* b; */ MATCH (`n;`) RETURN 1;\n  \n// only a comment;"
        let statements = CypherScript.statements(script)
        #expect(statements.map(\.text) == ["// a; comment\nCREATE (:A {t: 'x;y', u: \"q\\\";\"})", "\n/* b; */ MATCH (`n;`) RETURN 1"])
        #expect(statements.map(\.line) == [2, 3])
    }

    @Test("Kùzu: a node table per primary label with the id as key, rel tables with their FROM/TO pairs")
    func kuzuSchema() throws {
        let files = Dictionary(uniqueKeysWithValues: try CSVExport.files(graph).map { ($0.path, $0.text) })
        #expect(files["kuzu/schema.cypher"]!.split(separator: "\n").dropFirst().map(String.init) == [
            "CREATE NODE TABLE `Concept`(`nodeId` INT64, `labels` STRING[], `aliases` STRING[], `id` STRING, `name` STRING, PRIMARY KEY(`nodeId`));",
            "CREATE NODE TABLE `Page`(`nodeId` INT64, `labels` STRING[], `codeLanguages` STRING[], `description` STRING, `name` STRING, `path` STRING, `words` INT64, PRIMARY KEY(`nodeId`));",
            "CREATE NODE TABLE `Section`(`nodeId` INT64, `labels` STRING[], `heading` STRING, `lead` BOOLEAN, `level` INT64, `score` DOUBLE, PRIMARY KEY(`nodeId`));",
            "CREATE REL TABLE `HAS_SECTION`(FROM `Page` TO `Section`);",
            "CREATE REL TABLE `LINKS_TO`(FROM `Page` TO `Page`, FROM `Page` TO `Section`, `anchor` STRING, `count` INT64, `href` STRING, `markdown` BOOLEAN);",
            "CREATE REL TABLE `MENTIONS`(FROM `Section` TO `Concept`, `count` INT64);",
        ])
        #expect(files["kuzu/copy.cypher"]!.contains(
            "COPY `LINKS_TO` FROM (LOAD WITH HEADERS (`from` INT64, `to` INT64, `anchor` STRING, `count` INT64, `href` STRING, `markdown` BOOLEAN) "
                + "FROM 'rels/LINKS_TO.Page.Section.csv' (header=true, parallel=false, null_strings=['\\\\N']) "
                + "RETURN `from`, `to`, `anchor`, `count`, `href`, `markdown`) (from='Page', to='Section');\n"))
        #expect(files["kuzu/copy.cypher"]!.contains(
            "RETURN `nodeId`, CASE WHEN `labels` = '' THEN CAST([] AS STRING[]) ELSE string_split(`labels`, ';') END, "
                + "CASE WHEN `aliases` = '' THEN CAST([] AS STRING[]) ELSE string_split(`aliases`, ';') END, `id`, `name`);"))
    }

    @Test("Kùzu CSV: \\N for absent text, empty for absent numbers, \"\" for an empty string or list, lists joined by ;")
    func kuzuFiles() throws {
        let files = Dictionary(uniqueKeysWithValues: try CSVExport.files(graph).map { ($0.path, $0.text) })
        #expect(files["kuzu/nodes/Page.csv"] == """
            nodeId,labels,codeLanguages,description,name,path,words
            0,"Law;Page","python;go",\\N,"Law 1: ""Correlated"", failure",laws/one/index.html,120
            1,"Page","","",Home,index.html,0

            """)
        #expect(files["kuzu/nodes/Section.csv"] == "nodeId,labels,heading,lead,level,score\n2,\"Section\",\"Line one\nline two\",true,2,0.5\n")
        #expect(files["kuzu/nodes/Concept.csv"] == "nodeId,labels,aliases,id,name\n3,\"Concept\",\"never trust, always verify;Lamport's\",raft,Raft\n")
        #expect(files["kuzu/rels/LINKS_TO.Page.Section.csv"] == "from,to,anchor,count,href,markdown\n1,2,x,2,\\N,\n")
        #expect(files.keys.filter { $0.hasPrefix("kuzu/") }.sorted() == [
            "kuzu/copy.cypher", "kuzu/nodes/Concept.csv", "kuzu/nodes/Page.csv", "kuzu/nodes/Section.csv", "kuzu/rels/HAS_SECTION.Page.Section.csv",
            "kuzu/rels/LINKS_TO.Page.Page.csv", "kuzu/rels/LINKS_TO.Page.Section.csv", "kuzu/rels/MENTIONS.Section.Concept.csv", "kuzu/schema.cypher",
        ])
    }

    @Test("neo4j-admin CSV: :ID and :LABEL, typed headers, :START_ID/:END_ID/:TYPE, and the import command")
    func neo4jFiles() throws {
        let files = Dictionary(uniqueKeysWithValues: try CSVExport.files(graph).map { ($0.path, $0.text) })
        #expect(files["neo4j/nodes/Page.csv"] == """
            :ID,:LABEL,codeLanguages:string[],description:string,name:string,path:string,words:int
            0,Law;Page,python;go,,"Law 1: ""Correlated"", failure","laws/one/index.html",120
            1,Page,,"","Home","index.html",0

            """)
        #expect(files["neo4j/rels/LINKS_TO.csv"] == """
            :START_ID,:END_ID,:TYPE,anchor:string,count:int,href:string,markdown:boolean
            1,0,LINKS_TO,,1,"laws/one/",false
            1,2,LINKS_TO,"x",2,,

            """)
        #expect(files["neo4j/import.sh"]!.contains(
            "exec neo4j-admin database import full --id-type=integer --array-delimiter=';' --multiline-fields=true \\\n"
                + "  --nodes=nodes/Concept.csv \\\n  --nodes=nodes/Page.csv \\\n  --nodes=nodes/Section.csv \\\n"
                + "  --relationships=rels/HAS_SECTION.csv \\\n  --relationships=rels/LINKS_TO.csv \\\n  --relationships=rels/MENTIONS.csv \\\n  \"${1:-neo4j}\"\n"))
    }

    @Test("a list element holding ; moves both CSV layouts to | as the array delimiter")
    func arrayDelimiter() throws {
        var builder = GraphBuilder()
        builder.addNode(labels: ["Concept"], properties: ["aliases": .list([.string("a; b"), .string("c")])])
        let files = Dictionary(uniqueKeysWithValues: try CSVExport.files(builder.freeze()).map { ($0.path, $0.text) })
        #expect(files["kuzu/nodes/Concept.csv"] == "nodeId,labels,aliases\n0,\"Concept\",\"a; b|c\"\n")
        #expect(files["kuzu/copy.cypher"]!.contains("string_split(`aliases`, '|')"))
        #expect(files["neo4j/nodes/Concept.csv"] == ":ID,:LABEL,aliases:string[]\n0,Concept,a; b|c\n")
        #expect(files["neo4j/import.sh"]!.contains("--array-delimiter='|'"))
    }

    @Test("column types: integers with floats are floats, lists keep their element type, other mixes are text")
    func columnTypes() {
        #expect(ExportType.infer([.int(1), .double(0.5)]) == .double)
        #expect(ExportType.infer([.list([]), .list([.int(1)])]) == .list(.integer))
        #expect(ExportType.infer([.list([])]) == .list(.string))
        #expect(ExportType.infer([.int(1), .string("x")]) == .string)
        #expect(ExportType.infer([.list([.int(1)]), .int(2)]) == .string)
        #expect(ExportType.needsWideIntegers([.int(Int64(Int32.max) + 1)]))
    }
}
