/// Parses a parameter value written in Cypher literal syntax (`42`, `'text'`, `[1, 2]`,
/// `{name: 'x'}`, `-1.5e3`, `null`), as given on a command line or in a TCK table.
public enum ParameterParser {
    public static func parse(_ text: String) throws(QueryError) -> CypherValue {
        do {
            var parser = try Parser(text)
            let expression = try parser.parseExpression()
            guard parser.current.kind == .end else { throw parser.unexpected(expected: "end of value") }
            let binder = Binder()
            let bound = try binder.bindExpression(expression, Scope())
            let context = ExecutionContext(graph: MemoryGraph(), mutableGraph: nil, parameters: [:], limits: .default)
            context.slotCount = binder.slotCount
            return try context.evaluate(bound, Row(repeating: .null, count: binder.slotCount))
        } catch let error as QueryError {
            throw error
        } catch {
            throw QueryError.syntax("UnexpectedSyntax", "\(error)", at: nil)
        }
    }
}
