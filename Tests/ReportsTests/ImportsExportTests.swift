import Cypher
import FileOutput
import Foundation
import GraphStore
import Testing
@testable import Reports

/// The exports of imports/ with coverage (1199 nodes, 4238 relationships), read back by
/// GapGraph's Cypher engine, networkx, xmllint and Kùzu when they are installed.
@Suite("Exports of the default site")
struct ImportsExportTests {
    @Test("the graph has the size the other tests count on")
    func size() throws {
        let graph = try ReportFixture.annotatedGraph()
        #expect(graph.nodeCount == 1199)
        #expect(graph.relationshipCount == 4238)
    }

    @Test("the Cypher script rebuilds the same graph in GapGraph's engine")
    func cypherRoundTrip() throws {
        let graph = try ReportFixture.annotatedGraph()
        let script = CypherExport.render(graph)
        let rebuilt = MemoryGraph()
        try CypherScript.run(script, on: rebuilt)
        #expect(GraphComparison.differences(graph, rebuilt) == [])
        #expect(rebuilt.nodeIDs.allSatisfy { rebuilt.nodeValue("_exportId", of: $0) == nil })
    }

    @Test("GraphML declares the types of the imported properties")
    func graphMLKeys() throws {
        let text = try GraphMLExport.render(try ReportFixture.annotatedGraph())
        for key in ["for=\"node\" attr.name=\"words\" attr.type=\"int\"", "for=\"node\" attr.name=\"coverage\" attr.type=\"double\"",
                    "for=\"node\" attr.name=\"lead\" attr.type=\"boolean\"", "for=\"node\" attr.name=\"aliases\" attr.type=\"string\"",
                    "for=\"edge\" attr.name=\"score\" attr.type=\"double\"", "for=\"edge\" attr.name=\"markdown\" attr.type=\"boolean\""] {
            #expect(text.contains(key), "no key \(key)")
        }
        #expect(text.components(separatedBy: "<node id=").count - 1 == 1199)
        #expect(text.components(separatedBy: "<edge id=").count - 1 == 4238)
    }

    @Test("networkx reads the GraphML with every node, edge, label and type",
          .enabled(if: ExternalTool.pythonHas("networkx"), "python3 with networkx is not installed"))
    func networkxGraphML() throws {
        try checkWithNetworkx(format: .graphml, file: "graph.graphml")
    }

    @Test("networkx reads the node-link JSON with every node, edge, label and type",
          .enabled(if: ExternalTool.pythonHas("networkx"), "python3 with networkx is not installed"))
    func networkxJSON() throws {
        try checkWithNetworkx(format: .json, file: "graph.json")
    }

    func checkWithNetworkx(format: GraphExport.Format, file: String) throws {
        let graph = try ReportFixture.annotatedGraph()
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(file)
        try GraphExport.write(graph, format: format, to: url)
        let outcome = try #require(ExternalTool.run("python3", [ExternalTool.scripts.appendingPathComponent("networkx-read.py").path, url.path]))
        #expect(outcome.status == 0, "\(outcome.error)")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(counts["directed"] as? Bool == true)
        #expect(counts["nodes"] as? Int == graph.nodeCount)
        #expect(counts["edges"] as? Int == graph.relationshipCount)
        #expect(counts["labels"] as? [String: Int] == graph.labelCounts)
        #expect(counts["types"] as? [String: Int] == graph.typeCounts)
    }

    @Test("the GraphML is valid against the GraphML schema (xmllint, offline)",
          .enabled(if: ExternalTool.graphMLSchemas != nil && ExternalTool.run("xmllint", ["--version"])?.status == 0,
                   "set GAPGRAPH_GRAPHML_XSD to a folder with graphml.xsd and its parts, and install xmllint"))
    func schemaValid() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try GraphExport.write(try ReportFixture.annotatedGraph(), format: .graphml, to: url)
        let outcome = try #require(ExternalTool.run("bash", [ExternalTool.scripts.appendingPathComponent("graphml-validate.sh").path, url.path,
                                                            ExternalTool.graphMLSchemas!]))
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.error.contains("validates"))
    }

    @Test("Kùzu loads the CSV export: every node, relationship, label and property as exported",
          .enabled(if: ExternalTool.pythonHas("kuzu", python: ExternalTool.kuzuPython),
                   "the kuzu Python package is not installed (GAPGRAPH_KUZU_PYTHON may name a Python that has it)"))
    func kuzuLoads() throws {
        let graph = try ReportFixture.annotatedGraph()
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try GraphExport.write(graph, format: .csv, to: folder.appendingPathComponent("csv"))
        try GraphExport.write(graph, format: .json, to: folder.appendingPathComponent("graph.json"))
        let outcome = try #require(ExternalTool.run(ExternalTool.kuzuPython, [
            ExternalTool.scripts.appendingPathComponent("kuzu-load.py").path, folder.appendingPathComponent("csv").path,
            folder.appendingPathComponent("db").path, "--compare", folder.appendingPathComponent("graph.json").path,
        ]))
        #expect(outcome.status == 0, "\(outcome.error)")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(counts["nodes"] as? [String: Int] == graph.labelCounts)
        #expect(counts["relationships"] as? [String: Int] == graph.typeCounts)
        #expect(counts["mismatches"] as? Int == 0, "\(outcome.error)")
    }

    @Test("CSV layouts of the imported graph: the Episode table for Kùzu and the Episode header for neo4j-admin")
    func csvTables() throws {
        let files = Dictionary(uniqueKeysWithValues: try CSVExport.files(try ReportFixture.annotatedGraph()).map { ($0.path, $0.text) })
        #expect(files.count == 48)
        #expect(files["kuzu/schema.cypher"]!.contains(
            "CREATE NODE TABLE `Episode`(`nodeId` INT64, `labels` STRING[], `block` STRING, `coverage` DOUBLE, `grade` STRING, `implementation` DOUBLE, "
                + "`math` DOUBLE, `number` INT64, `phase` INT64, `pillar` INT64, `production` DOUBLE, `research` DOUBLE, `title` STRING, PRIMARY KEY(`nodeId`));"))
        #expect(files["kuzu/schema.cypher"]!.contains(
            "CREATE REL TABLE `HAS_SECTION`(FROM `Page` TO `Section`, FROM `Section` TO `Section`);"))
        #expect(files["neo4j/nodes/Episode.csv"]!.hasPrefix(
            ":ID,:LABEL,block:string,coverage:double,grade:string,implementation:double,math:double,number:int,phase:int,pillar:int,"
                + "production:double,research:double,title:string\n"))
        // Every node is in one file, and every relationship too, in each layout.
        let nodeRows = files.filter { $0.key.hasPrefix("kuzu/nodes/") }.values.reduce(0) { $0 + CSVRows.count($1) }
        let relationshipRows = files.filter { $0.key.hasPrefix("neo4j/rels/") }.values.reduce(0) { $0 + CSVRows.count($1) }
        #expect(nodeRows == 1199)
        #expect(relationshipRows == 4238)
    }

    @Test("every format twice from two imports gives the same bytes")
    func deterministic() throws {
        let first = try ReportFixture.annotatedGraph()
        let second = try ReportFixture.annotatedGraph()
        #expect(try GraphMLExport.render(first) == GraphMLExport.render(second))
        #expect(NodeLinkExport.render(first) == NodeLinkExport.render(second))
        #expect(CypherExport.render(first) == CypherExport.render(second))
        #expect(try CSVExport.files(first).map { $0.path + "\n" + $0.text } == CSVExport.files(second).map { $0.path + "\n" + $0.text })
    }

    @Test("an export nobody may write is an error naming the path, and nothing is left",
          .enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel"), "needs Linux's /sys"))
    func unwritable() throws {
        let graph = try ReportFixture.annotatedGraph()
        #expect(throws: OutputError.notWritable(path: "/sys/gapgraph.graphml", reason: "Permission denied")) {
            try GraphExport.write(graph, format: .graphml, to: URL(fileURLWithPath: "/sys/gapgraph.graphml"))
        }
        #expect(throws: OutputFolderError.output(.notWritable(path: "/sys/gapgraph-csv", reason: "Operation not permitted"))) {
            try GraphExport.write(graph, format: .csv, to: URL(fileURLWithPath: "/sys/gapgraph-csv"))
        }
        #expect(!FileManager.default.fileExists(atPath: "/sys/gapgraph.graphml") && !FileManager.default.fileExists(atPath: "/sys/gapgraph-csv"))
    }

    @Test("a CSV export never replaces a folder holding other files")
    func foreignFolder() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "keep".write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        #expect(throws: OutputFolderError.notOurs(path: folder.path)) { try GraphExport.write(TinyGraph.make(), format: .csv, to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["data.csv"])
    }
}

/// Counts the records of a CSV text after its header, quoted line breaks included.
enum CSVRows {
    static func count(_ text: String) -> Int {
        var inQuotes = false
        var records = 0
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if character == "\n", !inQuotes { records += 1 }
        }
        return records - 1
    }
}
