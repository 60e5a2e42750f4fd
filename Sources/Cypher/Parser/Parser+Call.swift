/// The CALL clause: a dotted procedure name, optional arguments, optional YIELD; or a
/// subquery in braces.
extension Parser {
    /// After `CALL {`: single queries joined by UNION, then `}`.
    mutating func parseSubquery(position: SourcePosition) throws -> Clause {
        let entry = depth
        defer { depth = entry }
        var parts = [try parseSingleQuery()]
        var unionAll: [Bool] = []
        while accept(keyword: "UNION") {
            try descend()
            unionAll.append(accept(keyword: "ALL"))
            parts.append(try parseSingleQuery())
        }
        try expect("}")
        return .subquery(Query(parts: parts, unionAll: unionAll), position: position)
    }

    mutating func parseProcedureCall(position: SourcePosition) throws -> ProcedureCall {
        var name = try parseName("a procedure name")
        while accept(".") { name += "." + (try parseName("a procedure name")) }
        var arguments: [Expression]?
        if accept("(") {
            arguments = current.isSymbol(")") ? [] : try parseExpressionList()
            try expect(")")
        }
        var yields: [ProcedureCall.YieldItem]?
        var filter: Expression?
        if accept(keyword: "YIELD") {
            if accept("*") {
                yields = []
            } else {
                var items: [ProcedureCall.YieldItem] = []
                repeat {
                    let itemPosition = current.position
                    let output = try parseName("a procedure output")
                    let alias = accept(keyword: "AS") ? try parseName("a variable") : nil
                    items.append(.init(output: output, alias: alias, position: itemPosition))
                } while accept(",")
                yields = items
            }
            if accept(keyword: "WHERE") { filter = try parseExpression() }
        }
        return ProcedureCall(name: name, arguments: arguments, yields: yields, filter: filter, position: position)
    }
}
