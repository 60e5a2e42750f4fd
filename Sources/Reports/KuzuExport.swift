import GraphStore

/// The graph in the layout Kùzu loads: `schema.cypher` (a NODE TABLE per primary label with
/// the node's number as primary key and all its labels in a list column, a REL TABLE per
/// type with its FROM/TO pairs), `copy.cypher` (one COPY per CSV file) and the CSV files
/// under `nodes/` and `rels/`. Property names are GapGraph's. In the CSV files an absent text
/// or list property is `\N`, so an empty string stays one (an absent number or boolean is an
/// empty field); lists are their elements joined by the array delimiter (`;`), which the COPY
/// statements split again (Kùzu's split drops empty elements).
enum KuzuExport {
    static func files(_ graph: FrozenGraph, _ tables: ExportTables) -> [(path: String, text: String)] {
        let delimiter = tables.arrayDelimiter
        let encode = { (value: PropertyValue, type: ExportType) in field(value, type, delimiter) }
        var schema: [String] = []
        var copies: [String] = []
        var files: [(path: String, text: String)] = []
        let labelsType = ExportType.list(.string)
        for table in tables.nodeTables {
            let file = "nodes/\(ExportTables.fileName(table.name)).csv"
            let columns = [(tables.idColumn, ExportType.integer), (tables.labelsColumn, labelsType)] + table.columns.map { ($0.key, $0.type) }
            schema.append("CREATE NODE TABLE \(name(table.name))(" + columns.map { "\(name($0.0)) \(columnType($0.1))" }.joined(separator: ", ")
                + ", PRIMARY KEY(\(name(tables.idColumn))));")
            copies.append(copy(table: table.name, file: file, columns: columns, delimiter: delimiter, pair: nil))
            var lines = [CSVField.row(columns.map { CSVField.encode($0.0) })]
            for node in table.nodes {
                let labels = PropertyValue.list(graph.labelNames(of: node).map(PropertyValue.string))
                let values = ExportTables.fields(graph.properties(of: node), table.columns, absent: absent, encode)
                lines.append(CSVField.row(["\(node)", field(labels, labelsType, delimiter)] + values))
            }
            files.append((file, lines.joined(separator: "\n") + "\n"))
        }
        for table in tables.relationshipTables {
            let keys = Set(table.columns.map(\.key))
            let from = free("from", keys)
            let to = free("to", keys)
            let pairs = table.pairs.map { "FROM \(name($0.from)) TO \(name($0.to))" }
            schema.append("CREATE REL TABLE \(name(table.type))(" + (pairs + table.columns.map { "\(name($0.key)) \(columnType($0.type))" }).joined(separator: ", ") + ");")
            let columns = [(from, ExportType.integer), (to, ExportType.integer)] + table.columns.map { ($0.key, $0.type) }
            for pair in table.pairs {
                let file = "rels/\(ExportTables.fileName(table.type)).\(ExportTables.fileName(pair.from)).\(ExportTables.fileName(pair.to)).csv"
                copies.append(copy(table: table.type, file: file, columns: columns, delimiter: delimiter, pair: (pair.from, pair.to)))
                var lines = [CSVField.row(columns.map { CSVField.encode($0.0) })]
                for relationship in pair.relationships {
                    let values = ExportTables.fields(graph.properties(of: relationship), table.columns, absent: absent, encode)
                    lines.append(CSVField.row(["\(graph.source(of: relationship))", "\(graph.target(of: relationship))"] + values))
                }
                files.append((file, lines.joined(separator: "\n") + "\n"))
            }
        }
        let header = "// GapGraph graph export for Kùzu: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships. "
        return [
            ("schema.cypher", header + "Run this first, then copy.cypher, from this folder.\n" + schema.joined(separator: "\n") + "\n"),
            ("copy.cypher", header + "Run from this folder after schema.cypher; paths are relative to it.\n" + copies.joined(separator: "\n") + "\n"),
        ] + files
    }

    /// `COPY T FROM (LOAD ... RETURN ...)`: every CSV column is read as text or its scalar
    /// type, and list columns are split at the delimiter (an empty field is an empty list).
    private static func copy(table: String, file: String, columns: [(String, ExportType)], delimiter: String, pair: (String, String)?) -> String {
        let loaded = columns.map { "\(name($0.0)) \($0.1.isList ? "STRING" : columnType($0.1))" }.joined(separator: ", ")
        let returned = columns.map { column, type -> String in
            guard case .list = type else { return name(column) }
            let split = "string_split(\(name(column)), '\(literal(delimiter))')"
            let typed = type == .list(.string) ? split : "CAST(\(split) AS \(columnType(type)))"
            return "CASE WHEN \(name(column)) = '' THEN CAST([] AS \(columnType(type))) ELSE \(typed) END"
        }.joined(separator: ", ")
        let options = pair.map { " (from='\(literal($0.0))', to='\(literal($0.1))')" } ?? ""
        return "COPY \(name(table)) FROM (LOAD WITH HEADERS (\(loaded)) FROM '\(literal(file))' (header=true, parallel=false, null_strings=['\\\\N']) "
            + "RETURN \(returned))\(options);"
    }

    /// Kùzu reads an empty field as null in number and boolean columns, and `\\N` as null in
    /// text columns (lists are read as text), where an empty field is the empty string.
    private static func absent(_ type: ExportType) -> String {
        type == .string || type.isList ? "\\N" : ""
    }

    private static func field(_ value: PropertyValue, _ type: ExportType, _ delimiter: String) -> String {
        guard case .list(let element) = type else { return CSVField.encode(type.scalarText(value)) }
        guard case .list(let items) = value else { return CSVField.encode(value.description) }
        return CSVField.encode(items.map { element.scalarText($0) }.joined(separator: delimiter), forceQuotes: true)
    }

    static func columnType(_ type: ExportType) -> String {
        switch type {
        case .boolean: return "BOOLEAN"
        case .integer: return "INT64"
        case .double: return "DOUBLE"
        case .string: return "STRING"
        case .list(let element): return columnType(element) + "[]"
        }
    }

    static func name(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "``") + "`"
    }

    private static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }

    private static func free(_ name: String, _ keys: Set<String>) -> String {
        var name = name
        while keys.contains(name) { name = "_" + name }
        return name
    }
}
