import FileOutput
import Foundation
import GraphStore

/// Writes the graph for other tools: GraphML, node-link JSON and a Cypher script as one file
/// each, CSV as a folder of Kùzu and neo4j-admin files. Every output is written atomically.
public enum GraphExport {
    public enum Format: String, CaseIterable, Sendable {
        case graphml, json, cypher, csv
    }

    /// Returns the paths written: the file, or the folder's files relative to it.
    @discardableResult
    public static func write(_ graph: FrozenGraph, format: Format, to url: URL) throws -> [String] {
        switch format {
        case .graphml:
            try AtomicFile().write(try GraphMLExport.render(graph), to: url)
        case .json:
            try AtomicFile().write(NodeLinkExport.render(graph), to: url)
        case .cypher:
            try AtomicFile().write(CypherExport.render(graph), to: url)
        case .csv:
            let files = try CSVExport.files(graph)
            try OutputFolder(url: url, kind: .export).write(files)
            return files.map(\.path)
        }
        return [url.path]
    }
}
