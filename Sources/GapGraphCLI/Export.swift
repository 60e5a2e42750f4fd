import ArgumentParser
import Foundation
import GraphStore
import Reports
import SiteImport

/// Writes the graph for other tools: Gephi, yEd, networkx, Neo4j, Kùzu.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the graph as GraphML, node-link JSON, a Cypher script, or CSV for Kùzu and neo4j-admin.",
        discussion: """
            graphml, json and cypher write one file; csv writes a folder with kuzu/ (schema.cypher, \
            copy.cypher, CSV files) and neo4j/ (import.sh, CSV files). The graph is the one query \
            sees, coverage results included, unless --without-coverage.

            Examples:
              gapgraph export --format graphml --out /tmp/site.graphml
              gapgraph export --format csv --out /tmp/site-csv --site /tmp/dstudio
              gapgraph export --format cypher --out /tmp/site.cypher --without-coverage
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "graphml, json, cypher or csv.")
    var format: GraphExport.Format

    @Option(help: "The file to write (for csv: the folder, replaced whole).")
    var out: String

    @Flag(help: "Only the imported graph, without the coverage properties and COVERED_BY relationships.")
    var withoutCoverage = false

    func run() throws {
        let (result, graph) = withoutCoverage ? try plain() : try withCoverage()
        let written = try GraphExport.write(graph, format: format, to: URL(fileURLWithPath: out))
        let what = format == .csv ? "\(written.count) files in \(out)" : out
        print("Exported \(graph.nodeCount) nodes and \(graph.relationshipCount) relationships as \(format.rawValue): \(what)")
        try failOnUnreadable(result)
    }

    private func plain() throws -> (ImportResult, FrozenGraph) {
        let result = try options.load()
        return (result, result.graph)
    }

    private func withCoverage() throws -> (ImportResult, FrozenGraph) {
        let (result, graph, _) = try options.loadWithCoverage()
        return (result, graph)
    }
}

extension GraphExport.Format: ExpressibleByArgument {}
