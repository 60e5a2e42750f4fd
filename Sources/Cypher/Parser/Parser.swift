/// Recursive-descent parser from tokens to the AST. Clauses live here; expressions and
/// patterns in the extensions next to this file.
struct Parser {
    let source: [Unicode.Scalar]
    var tokens: [Token]
    var index = 0
    /// Levels open at the current token, and clauses read so far (Parser+Depth.swift).
    var depth = 0
    var clauseCount = 0
    /// The deepest `depth` reached so far, and what bracketed atoms parsed to (Parser+AtomMemo.swift).
    var peakDepth = 0
    var atomMemo: [Int: AtomMemo] = [:]
    /// Bracketed atoms parsed rather than taken from `atomMemo`: what the memo saves, for tests.
    var atomsParsed = 0

    init(_ text: String) throws {
        source = Array(text.unicodeScalars)
        tokens = try Lexer.tokenize(text)
    }

    static func parse(_ text: String) throws -> Query {
        var parser = try Parser(text)
        return try parser.parseQuery()
    }

    // MARK: Token access

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }

    func peek(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    mutating func accept(keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func accept(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expect(keyword: String) throws {
        guard accept(keyword: keyword) else { throw unexpected(expected: keyword) }
    }

    mutating func expect(_ symbol: String) throws {
        guard accept(symbol) else { throw unexpected(expected: "'\(symbol)'") }
    }

    func unexpected(expected: String) -> QueryError {
        QueryError.syntax("UnexpectedSyntax", "unexpected \(current.display)", at: current.position, expected: expected)
    }

    /// A name: identifiers, quoted identifiers and keywords alike.
    mutating func parseName(_ what: String) throws -> String {
        guard let name = current.name else { throw unexpected(expected: what) }
        advance()
        return name
    }

    /// The source text from `start` to the end of the last consumed token.
    func text(from start: SourcePosition) -> String {
        let end = previous.endOffset
        guard end > start.offset else { return "" }
        var text = ""
        text.unicodeScalars.append(contentsOf: source[start.offset..<end])
        return text
    }

    // MARK: Queries and clauses

    mutating func parseQuery() throws -> Query {
        let entry = depth
        defer { depth = entry }
        var parts = [try parseSingleQuery()]
        var unionAll: [Bool] = []
        while accept(keyword: "UNION") {
            try descend()
            unionAll.append(accept(keyword: "ALL"))
            parts.append(try parseSingleQuery())
        }
        _ = accept(";")
        guard current.kind == .end else { throw unexpected(expected: "a clause or end of input") }
        return Query(parts: parts, unionAll: unionAll)
    }

    mutating func parseSingleQuery() throws -> [Clause] {
        let clauses = try parseClauses()
        guard !clauses.isEmpty else { throw unexpected(expected: "a clause (MATCH, RETURN, WITH, UNWIND, CREATE, …)") }
        return clauses
    }

    /// Clauses up to the first token that starts none, counted against the clause limit.
    mutating func parseClauses() throws -> [Clause] {
        var clauses: [Clause] = []
        while let clause = try parseClause() {
            clauses.append(clause)
            try countClause()
        }
        return clauses
    }

    mutating func parseClause() throws -> Clause? {
        let position = current.position
        if accept(keyword: "OPTIONAL") {
            try expect(keyword: "MATCH")
            return try parseMatch(optional: true, position: position)
        }
        if accept(keyword: "MATCH") { return try parseMatch(optional: false, position: position) }
        if accept(keyword: "UNWIND") {
            let expression = try parseExpression()
            try expect(keyword: "AS")
            return .unwind(expression, alias: try parseName("a variable"), position: position)
        }
        if accept(keyword: "WITH") { return .with(try parseProjection(position: position, allowsWhere: true)) }
        if accept(keyword: "RETURN") { return .return(try parseProjection(position: position, allowsWhere: false)) }
        if accept(keyword: "CREATE") { return .create(try parsePattern(), position: position) }
        if accept(keyword: "MERGE") { return try parseMerge(position: position) }
        if accept(keyword: "SET") { return .set(try parseSetItems(), position: position) }
        if accept(keyword: "REMOVE") { return .remove(try parseRemoveItems(), position: position) }
        if accept(keyword: "DETACH") {
            try expect(keyword: "DELETE")
            return .delete(try parseExpressionList(), detach: true, position: position)
        }
        if accept(keyword: "DELETE") { return .delete(try parseExpressionList(), detach: false, position: position) }
        if accept(keyword: "CALL") {
            // Like EXISTS { }, a subquery counts twice.
            if accept("{") { return try nested { try $0.nested { try $0.parseSubquery(position: position) } } }
            return .call(try parseProcedureCall(position: position))
        }
        if accept(keyword: "FOREACH") { return try nested { try $0.parseForeach(position: position) } }
        return nil
    }

    private mutating func parseForeach(position: SourcePosition) throws -> Clause {
        try expect("(")
        let variable = try parseName("a variable")
        try expect(keyword: "IN")
        let list = try parseExpression()
        try expect("|")
        let body = try parseClauses()
        guard !body.isEmpty else { throw unexpected(expected: "an updating clause") }
        try expect(")")
        return .foreach(variable: variable, list: list, body: body, position: position)
    }

    private mutating func parseMatch(optional: Bool, position: SourcePosition) throws -> Clause {
        let pattern = try parsePattern()
        let filter = accept(keyword: "WHERE") ? try parseExpression() : nil
        return .match(optional: optional, pattern: pattern, filter: filter, position: position)
    }

    private mutating func parseMerge(position: SourcePosition) throws -> Clause {
        let part = try parsePatternPart()
        var onCreate: [SetItem] = []
        var onMatch: [SetItem] = []
        while current.isKeyword("ON") {
            advance()
            if accept(keyword: "CREATE") {
                try expect(keyword: "SET")
                onCreate += try parseSetItems()
            } else {
                try expect(keyword: "MATCH")
                try expect(keyword: "SET")
                onMatch += try parseSetItems()
            }
        }
        return .merge(part, onCreate: onCreate, onMatch: onMatch, position: position)
    }

    mutating func parseExpressionList() throws -> [Expression] {
        var expressions = [try parseExpression()]
        while accept(",") { expressions.append(try parseExpression()) }
        return expressions
    }

    private mutating func parseSetItems() throws -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            let position = current.position
            if current.name != nil, peek(1).isSymbol("=") || peek(1).isSymbol("+=") || peek(1).isSymbol(":") {
                let variable = try parseName("a variable")
                if accept("=") {
                    items.append(.replaceProperties(variable: variable, try parseExpression(), position: position))
                } else if accept("+=") {
                    items.append(.mergeProperties(variable: variable, try parseExpression(), position: position))
                } else {
                    items.append(.labels(variable: variable, try parseLabels(), position: position))
                }
                continue
            }
            let target = try parsePostfixExpression()
            guard case .property(let owner, let key) = target.kind else { throw unexpected(expected: "a property to set") }
            try expect("=")
            items.append(.property(owner, key: key, value: try parseExpression()))
        } while accept(",")
        return items
    }

    private mutating func parseRemoveItems() throws -> [RemoveItem] {
        var items: [RemoveItem] = []
        repeat {
            let position = current.position
            if current.name != nil, peek(1).isSymbol(":") {
                let variable = try parseName("a variable")
                items.append(.labels(variable: variable, try parseLabels(), position: position))
                continue
            }
            let target = try parsePostfixExpression()
            guard case .property(let owner, let key) = target.kind else { throw unexpected(expected: "a property to remove") }
            items.append(.property(owner, key: key))
        } while accept(",")
        return items
    }

    mutating func parseLabels() throws -> [String] {
        var labels: [String] = []
        while accept(":") { labels.append(try parseName("a label")) }
        return labels
    }

    private mutating func parseProjection(position: SourcePosition, allowsWhere: Bool) throws -> Projection {
        let distinct = accept(keyword: "DISTINCT")
        var includesExisting = false
        var items: [ProjectionItem] = []
        if accept("*") {
            includesExisting = true
            while accept(",") { items.append(try parseProjectionItem()) }
        } else {
            repeat { items.append(try parseProjectionItem()) } while accept(",")
        }
        var orderBy: [SortItem] = []
        if accept(keyword: "ORDER") {
            try expect(keyword: "BY")
            repeat {
                let expression = try parseExpression()
                var descending = false
                if accept(keyword: "DESC") || accept(keyword: "DESCENDING") {
                    descending = true
                } else {
                    _ = accept(keyword: "ASC") || accept(keyword: "ASCENDING")
                }
                orderBy.append(SortItem(expression: expression, descending: descending))
            } while accept(",")
        }
        let skip = accept(keyword: "SKIP") ? try parseExpression() : nil
        let limit = accept(keyword: "LIMIT") ? try parseExpression() : nil
        let filter = allowsWhere && accept(keyword: "WHERE") ? try parseExpression() : nil
        return Projection(
            distinct: distinct, includesExisting: includesExisting, items: items, orderBy: orderBy,
            skip: skip, limit: limit, filter: filter, position: position)
    }

    private mutating func parseProjectionItem() throws -> ProjectionItem {
        let start = current.position
        let expression = try parseExpression()
        let text = text(from: start)
        let alias = accept(keyword: "AS") ? try parseName("an alias") : nil
        return ProjectionItem(expression: expression, alias: alias, text: text)
    }
}
