import GraphStore

/// The graph in the layout `neo4j-admin database import full` reads: node files per primary
/// label with `:ID` (GapGraph's node number, not stored) and `:LABEL` (all labels), typed
/// property headers (`words:int`, `codeLanguages:string[]`), relationship files per type with
/// `:START_ID`, `:END_ID` and `:TYPE`, and `import.sh` holding the command. An absent property
/// is an empty field, an empty string `""`; an empty list has no CSV form there and is left out.
enum Neo4jImportExport {
    static func files(_ graph: FrozenGraph, _ tables: ExportTables) -> [(path: String, text: String)] {
        let delimiter = tables.arrayDelimiter
        let encode = { (value: PropertyValue, type: ExportType) in field(value, type, delimiter) }
        var files: [(path: String, text: String)] = []
        var arguments: [String] = []
        for table in tables.nodeTables {
            let file = "nodes/\(ExportTables.fileName(table.name)).csv"
            arguments.append("--nodes=\(file)")
            var lines = [CSVField.row([":ID", ":LABEL"] + table.columns.map { CSVField.encode("\($0.key):\(headerType($0))") })]
            for node in table.nodes {
                let values = ExportTables.fields(graph.properties(of: node), table.columns, absent: { _ in "" }, encode)
                lines.append(CSVField.row(["\(node)", CSVField.encode(graph.labelNames(of: node).joined(separator: delimiter))] + values))
            }
            files.append((file, lines.joined(separator: "\n") + "\n"))
        }
        for table in tables.relationshipTables {
            let file = "rels/\(ExportTables.fileName(table.type)).csv"
            arguments.append("--relationships=\(file)")
            var lines = [CSVField.row([":START_ID", ":END_ID", ":TYPE"] + table.columns.map { CSVField.encode("\($0.key):\(headerType($0))") })]
            for relationship in table.pairs.flatMap(\.relationships).sorted() {
                let values = ExportTables.fields(graph.properties(of: relationship), table.columns, absent: { _ in "" }, encode)
                let ends = ["\(graph.source(of: relationship))", "\(graph.target(of: relationship))", CSVField.encode(table.type)]
                lines.append(CSVField.row(ends + values))
            }
            files.append((file, lines.joined(separator: "\n") + "\n"))
        }
        let quotedDelimiter = delimiter == "\u{1F}" ? "'\\037'" : "'\(delimiter)'"
        let script = [
            "#!/bin/sh",
            "# GapGraph graph export for neo4j-admin (Neo4j 5): \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships.",
            "# Loads this folder into a new, empty database: sh import.sh [DATABASE] (default neo4j).",
            "cd \"$(dirname \"$0\")\" || exit 1",
            "exec neo4j-admin database import full --id-type=integer --array-delimiter=\(quotedDelimiter) --multiline-fields=true \\",
        ] + arguments.map { "  \($0) \\" } + ["  \"${1:-neo4j}\""]
        return [("import.sh", script.joined(separator: "\n") + "\n")] + files
    }

    static func headerType(_ column: PropertyColumns.Column) -> String {
        func scalar(_ type: ExportType) -> String {
            switch type {
            case .boolean: return "boolean"
            case .integer: return column.wide ? "long" : "int"
            case .double: return "double"
            case .string, .list: return "string"
            }
        }
        if case .list(let element) = column.type { return scalar(element) + "[]" }
        return scalar(column.type)
    }

    private static func field(_ value: PropertyValue, _ type: ExportType, _ delimiter: String) -> String {
        guard case .list(let element) = type else {
            let text = type.scalarText(value)
            return CSVField.encode(text, forceQuotes: type == .string)
        }
        guard case .list(let items) = value else { return CSVField.encode(value.description) }
        return items.isEmpty ? "" : CSVField.encode(items.map { element.scalarText($0) }.joined(separator: delimiter))
    }
}
