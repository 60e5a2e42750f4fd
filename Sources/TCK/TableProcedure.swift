import Cypher
import Foundation

/// A procedure the TCK declares by a signature and a table
/// (`there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):`): called with
/// some arguments, it yields the output columns of the rows whose input columns equal them.
enum TableProcedure {
    static let stepPrefix = "there exists a procedure "

    static func make(step text: String, table: [[String]]) throws -> Procedure? {
        guard text.hasPrefix(stepPrefix), text.hasSuffix(":") else { return nil }
        let signature = text.dropFirst(stepPrefix.count).dropLast().trimmingCharacters(in: .whitespaces)
        guard let open = signature.firstIndex(of: "("), let separator = signature.range(of: ") :: (") else { return nil }
        let name = String(signature[..<open])
        let inputs = fields(signature[signature.index(after: open)..<separator.lowerBound])
        guard signature.hasSuffix(")") else { return nil }
        let outputs = fields(signature[separator.upperBound...].dropLast())
        let header = table.first ?? []
        let rows: [[String: CypherValue]] = try table.dropFirst().map { line in
            var row: [String: CypherValue] = [:]
            for (column, cell) in zip(header, line) { row[column] = try ParameterParser.parse(cell) }
            return row
        }
        return Procedure(name: name, inputs: inputs, outputs: outputs) { arguments in
            rows.filter { row in zip(inputs, arguments).allSatisfy { row[$0.name] == $1 } }
                .map { row in outputs.map { row[$0.name] ?? .null } }
        }
    }

    /// `name :: TYPE, …` into fields; empty text gives none.
    private static func fields(_ text: Substring) -> [Procedure.Field] {
        text.split(separator: ",").compactMap { part in
            let pieces = part.components(separatedBy: "::").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty else { return nil }
            return Procedure.Field(name: pieces[0], type: pieces[1])
        }
    }
}
