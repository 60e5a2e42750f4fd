import GraphStore

/// The CSV export folder: `kuzu/` for Kùzu's COPY FROM and `neo4j/` for neo4j-admin import,
/// the same tables in each database's conventions.
public enum CSVExport {
    public static func files(_ graph: FrozenGraph) throws(ExportError) -> [(path: String, text: String)] {
        let tables = try ExportTables(graph)
        return KuzuExport.files(graph, tables).map { ("kuzu/" + $0.path, $0.text) }
            + Neo4jImportExport.files(graph, tables).map { ("neo4j/" + $0.path, $0.text) }
    }
}
