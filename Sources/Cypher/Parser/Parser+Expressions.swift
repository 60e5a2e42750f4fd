/// Expressions, from lowest to highest precedence: OR, XOR, AND, NOT, comparison, string/list/null
/// predicates, + -, * / %, ^, unary + -, postfix (property, index, slice, labels), atoms.
extension Parser {
    mutating func parseExpression() throws -> Expression {
        try nested { try $0.parseBinaryChain(["OR"], .or) { try $0.parseXor() } }
    }

    private mutating func parseXor() throws -> Expression {
        try parseBinaryChain(["XOR"], .xor) { try $0.parseAnd() }
    }

    private mutating func parseAnd() throws -> Expression {
        try parseBinaryChain(["AND"], .and) { try $0.parseNot() }
    }

    private mutating func parseBinaryChain(
        _ keywords: [String], _ op: BinaryOperator, next: (inout Parser) throws -> Expression
    ) throws -> Expression {
        let entry = depth
        defer { depth = entry }
        var left = try next(&self)
        while keywords.contains(where: { current.isKeyword($0) }) {
            try descend()
            advance()
            let right = try next(&self)
            left = Expression(.binary(op, left, right), at: left.position)
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        let position = current.position
        if accept(keyword: "NOT") {
            return Expression(.unary(.not, try nested { try $0.parseNot() }), at: position)
        }
        return try parseComparison()
    }

    private static let comparisons: [String: BinaryOperator] = [
        "=": .equal, "<>": .notEqual, "<": .less, ">": .greater, "<=": .lessOrEqual, ">=": .greaterOrEqual,
    ]

    /// `a < b < c` means `a < b AND b < c`.
    private mutating func parseComparison() throws -> Expression {
        let entry = depth
        defer { depth = entry }
        let first = try parsePredicates()
        var result: Expression?
        var left = first
        while case .symbol(let symbol) = current.kind, let op = Self.comparisons[symbol] ?? (symbol == "!=" ? .notEqual : nil) {
            if symbol == "!=" {
                throw QueryError.syntax("UnexpectedSyntax", "'!=' is not an operator; use '<>'", at: current.position, expected: "'<>'")
            }
            try descend()
            advance()
            let right = try parsePredicates()
            let comparison = Expression(.binary(op, left, right), at: left.position)
            result = result.map { Expression(.binary(.and, $0, comparison), at: first.position) } ?? comparison
            left = right
        }
        return result ?? first
    }

    private mutating func parsePredicates() throws -> Expression {
        let entry = depth
        defer { depth = entry }
        var left = try parseAdditive()
        while startsPredicate {
            try descend()
            let position = left.position
            if accept(keyword: "STARTS") {
                advance()
                left = Expression(.binary(.startsWith, left, try parseAdditive()), at: position)
            } else if accept(keyword: "ENDS") {
                advance()
                left = Expression(.binary(.endsWith, left, try parseAdditive()), at: position)
            } else if accept(keyword: "CONTAINS") {
                left = Expression(.binary(.contains, left, try parseAdditive()), at: position)
            } else if accept(keyword: "IN") {
                left = Expression(.binary(.in, left, try parseAdditive()), at: position)
            } else if accept("=~") {
                left = Expression(.binary(.regex, left, try parseAdditive()), at: position)
            } else {
                advance()
                let negated = accept(keyword: "NOT")
                try expect(keyword: "NULL")
                left = Expression(.isNull(left, negated: negated), at: position)
            }
        }
        return left
    }

    /// STARTS WITH, ENDS WITH, CONTAINS, IN, =~ or IS [NOT] NULL follows.
    private var startsPredicate: Bool {
        (current.isKeyword("STARTS") || current.isKeyword("ENDS")) && peek(1).isKeyword("WITH")
            || current.isKeyword("CONTAINS") || current.isKeyword("IN") || current.isSymbol("=~") || current.isKeyword("IS")
    }

    private mutating func parseAdditive() throws -> Expression {
        let entry = depth
        defer { depth = entry }
        var left = try parseMultiplicative()
        while current.isSymbol("+") || current.isSymbol("-") {
            try descend()
            let op: BinaryOperator = current.isSymbol("+") ? .add : .subtract
            advance()
            left = Expression(.binary(op, left, try parseMultiplicative()), at: left.position)
        }
        return left
    }

    private mutating func parseMultiplicative() throws -> Expression {
        let entry = depth
        defer { depth = entry }
        var left = try parsePower()
        while case .symbol(let symbol) = current.kind, let op = ["*": BinaryOperator.multiply, "/": .divide, "%": .modulo][symbol] {
            try descend()
            advance()
            left = Expression(.binary(op, left, try parsePower()), at: left.position)
        }
        return left
    }

    private mutating func parsePower() throws -> Expression {
        let entry = depth
        defer { depth = entry }
        var left = try parseUnary()
        while accept("^") {
            try descend()
            left = Expression(.binary(.power, left, try parseUnary()), at: left.position)
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        let position = current.position
        if accept("-") {
            if case .integer(let text) = current.kind {
                advance()
                let literal = Expression(.literal(.int(try integerValue(text, negative: true, at: position))), at: position)
                return try parsePostfix(literal)
            }
            return Expression(.unary(.minus, try nested { try $0.parseUnary() }), at: position)
        }
        if accept("+") { return Expression(.unary(.plus, try nested { try $0.parseUnary() }), at: position) }
        return try parsePostfixExpression()
    }

    func integerValue(_ text: String, negative: Bool, at position: SourcePosition) throws -> Int64 {
        var digits = Substring(text)
        var radix = 10
        if text.hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
        guard let magnitude = UInt64(digits, radix: radix) else {
            throw QueryError.syntax("IntegerOverflow", "integer literal \(negative ? "-" : "")\(text) does not fit in 64 bits", at: position)
        }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else {
                throw QueryError.syntax("IntegerOverflow", "integer literal -\(text) does not fit in 64 bits", at: position)
            }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else {
            throw QueryError.syntax("IntegerOverflow", "integer literal \(text) does not fit in 64 bits", at: position)
        }
        return Int64(magnitude)
    }

    mutating func parsePostfixExpression() throws -> Expression {
        try parsePostfix(try parseAtom())
    }

    private mutating func parsePostfix(_ base: Expression) throws -> Expression {
        let entry = depth
        defer { depth = entry }
        var expression = base
        while true {
            let position = expression.position
            if current.isSymbol("."), peek(1).name != nil {
                try descend()
                advance()
                expression = Expression(.property(expression, key: try parseName("a property key")), at: position)
            } else if current.isSymbol("[") {
                try descend()
                advance()
                if accept("..") {
                    let to = current.isSymbol("]") ? nil : try parseExpression()
                    try expect("]")
                    expression = Expression(.slice(expression, from: nil, to: to), at: position)
                    continue
                }
                let first = try parseExpression()
                if accept("..") {
                    let to = current.isSymbol("]") ? nil : try parseExpression()
                    try expect("]")
                    expression = Expression(.slice(expression, from: first, to: to), at: position)
                } else {
                    try expect("]")
                    expression = Expression(.index(expression, first), at: position)
                }
            } else if startsLabelExpression {
                try descend()
                advance()
                let labels = try parseLabelExpression()
                let kind: Expression.Kind = labels.conjunction.map { .hasLabels(expression, $0) } ?? .labelExpression(expression, labels)
                expression = Expression(kind, at: position)
            } else {
                return expression
            }
        }
    }

    /// An atom; one opening with `(` or `[` comes from `atomMemo` when it was parsed before.
    private mutating func parseAtom() throws -> Expression {
        guard current.isSymbol("(") || current.isSymbol("[") else { return try parseAtomOnce() }
        return try memoizedAtom { try $0.parseAtomOnce() }
    }

    private mutating func parseAtomOnce() throws -> Expression {
        let token = current
        let position = token.position
        switch token.kind {
        case .integer(let text):
            advance()
            return Expression(.literal(.int(try integerValue(text, negative: false, at: position))), at: position)
        case .float(let text):
            advance()
            guard let value = Double(text.hasPrefix(".") ? "0" + text : text) else { throw unexpected(expected: "a number") }
            guard value.isFinite else {
                throw QueryError.syntax("FloatingPointOverflow", "float literal \(text) is out of range", at: position)
            }
            return Expression(.literal(.float(value)), at: position)
        case .invalidNumber(let text):
            throw QueryError.syntax("InvalidNumberLiteral", "invalid number literal '\(text)'", at: position, expected: "a number")
        case .string(let value):
            advance()
            return Expression(.literal(.string(value)), at: position)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), at: position)
        case .symbol("["):
            return try parseBracketed()
        case .symbol("{"):
            return Expression(.map(try parseMapLiteral()), at: position)
        case .symbol("("):
            if let pattern = try attempt({ try $0.parseRelationshipPatternExpression() }) {
                return Expression(.pattern(pattern), at: position)
            }
            advance()
            let inner = try parseExpression()
            try expect(")")
            return inner
        case .identifier(let name):
            return try parseIdentifierAtom(name, position: position)
        case .quotedIdentifier(let name):
            advance()
            if current.isSymbol("(") { return try parseCall(name: name, position: position) }
            return Expression(.variable(name), at: position)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    private mutating func parseIdentifierAtom(_ name: String, position: SourcePosition) throws -> Expression {
        let lower = name.lowercased()
        switch lower {
        case "null": advance(); return Expression(.literal(.null), at: position)
        case "true": advance(); return Expression(.literal(.bool(true)), at: position)
        case "false": advance(); return Expression(.literal(.bool(false)), at: position)
        case "case": advance(); return try parseCase(position: position)
        case "count" where peek(1).isSymbol("(") && peek(2).isSymbol("*") && peek(3).isSymbol(")"):
            advance(); advance(); advance(); advance()
            return Expression(.countStar, at: position)
        case "all", "any", "none", "single":
            if peek(1).isSymbol("("),
                let quantifier = try attempt({ try $0.parseQuantifier(Quantifier(rawValue: lower)!, position: position) })
            {
                return quantifier
            }
        case "reduce" where peek(1).isSymbol("("):
            return try parseReduce(position: position)
        case "exists" where peek(1).isSymbol("{"):
            // A subquery's clauses take more stack per level than an expression: it counts twice.
            let entry = depth
            defer { depth = entry }
            try descend()
            advance(); advance()
            let clausePosition = current.position
            var clauses: [Clause] = []
            if current.isSymbol("(") || (current.name != nil && peek(1).isSymbol("=")) {
                let pattern = try parsePattern()
                let filter = accept(keyword: "WHERE") ? try parseExpression() : nil
                clauses = [.match(optional: false, pattern: pattern, filter: filter, position: clausePosition)]
            } else {
                clauses = try parseClauses()
                guard !clauses.isEmpty else { throw unexpected(expected: "a pattern or a MATCH clause") }
            }
            try expect("}")
            return Expression(.existsSubquery(clauses), at: position)
        default: break
        }
        advance()
        if current.isSymbol("(") { return try parseCall(name: name, position: position) }
        if current.isSymbol("."), peek(1).name != nil, let call = try attempt({ try $0.parseNamespacedCall(name, position: position) }) {
            return call
        }
        if current.isSymbol("{") { return try parseMapProjection(name, position: position) }
        return Expression(.variable(name), at: position)
    }

    /// Runs `parse`; on a syntax error rewinds and returns nil, so the caller can try another reading.
    mutating func attempt<T>(_ parse: (inout Parser) throws -> T?) throws -> T? {
        let saved = index
        do {
            if let result = try parse(&self) { return result }
        } catch let error as QueryError where error.kind == .syntaxError && error.detail == "UnexpectedSyntax" {
        }
        index = saved
        return nil
    }

    private mutating func parseNamespacedCall(_ first: String, position: SourcePosition) throws -> Expression? {
        var name = first
        while accept(".") { name += "." + (try parseName("a function name")) }
        guard current.isSymbol("(") else { return nil }
        return try parseCall(name: name, position: position)
    }

    private mutating func parseCall(name: String, position: SourcePosition) throws -> Expression {
        try expect("(")
        let distinct = accept(keyword: "DISTINCT")
        var arguments: [Expression] = []
        if !current.isSymbol(")") {
            repeat { arguments.append(try parseExpression()) } while accept(",")
        }
        try expect(")")
        return Expression(.call(name: name, distinct: distinct, arguments: arguments), at: position)
    }

    private mutating func parseMapProjection(_ variable: String, position: SourcePosition) throws -> Expression {
        try expect("{")
        var items: [MapProjectionItem] = []
        if !current.isSymbol("}") {
            repeat {
                if accept(".") {
                    if accept("*") { items.append(.allProperties) } else { items.append(.property(try parseName("a property key"))) }
                } else {
                    let key = try parseName("a key or variable")
                    if accept(":") { items.append(.entry(key, try parseExpression())) } else { items.append(.variable(key)) }
                }
            } while accept(",")
        }
        try expect("}")
        return Expression(.mapProjection(variable, items), at: position)
    }

    mutating func parseMapLiteral() throws -> [(key: String, value: Expression)] {
        try expect("{")
        var entries: [(key: String, value: Expression)] = []
        if !current.isSymbol("}") {
            repeat {
                let key = try parseName("a map key")
                try expect(":")
                entries.append((key, try parseExpression()))
            } while accept(",")
        }
        try expect("}")
        return entries
    }

    private mutating func parseBracketed() throws -> Expression {
        let position = current.position
        if peek(1).name != nil, peek(2).isKeyword("IN"),
            let comprehension = try attempt({ try $0.parseListComprehension(position: position) })
        {
            return comprehension
        }
        if let comprehension = try attempt({ try $0.parsePatternComprehension(position: position) }) {
            return comprehension
        }
        try expect("[")
        var elements: [Expression] = []
        if !current.isSymbol("]") {
            repeat { elements.append(try parseExpression()) } while accept(",")
        }
        try expect("]")
        return Expression(.list(elements), at: position)
    }

    private mutating func parseListComprehension(position: SourcePosition) throws -> Expression? {
        try expect("[")
        let variable = try parseName("a variable")
        try expect(keyword: "IN")
        let source = try parseExpression()
        let filter = accept(keyword: "WHERE") ? try parseExpression() : nil
        let map = accept("|") ? try parseExpression() : nil
        try expect("]")
        return Expression(.listComprehension(variable: variable, source: source, filter: filter, map: map), at: position)
    }

    private mutating func parsePatternComprehension(position: SourcePosition) throws -> Expression? {
        try expect("[")
        var pathVariable: String?
        if current.name != nil, peek(1).isSymbol("=") {
            pathVariable = try parseName("a variable")
            advance()
        }
        guard current.isSymbol("(") else { return nil }
        var part = try parsePatternPart()
        part.pathVariable = pathVariable
        guard !part.steps.isEmpty else { return nil }
        let filter = accept(keyword: "WHERE") ? try parseExpression() : nil
        try expect("|")
        let map = try parseExpression()
        try expect("]")
        return Expression(.patternComprehension(part, filter: filter, map: map), at: position)
    }

    private mutating func parseQuantifier(_ quantifier: Quantifier, position: SourcePosition) throws -> Expression? {
        advance()
        try expect("(")
        let variable = try parseName("a variable")
        try expect(keyword: "IN")
        let source = try parseExpression()
        let predicate = accept(keyword: "WHERE") ? try parseExpression() : nil
        try expect(")")
        return Expression(.quantifier(quantifier, variable: variable, source: source, predicate: predicate), at: position)
    }

    private mutating func parseReduce(position: SourcePosition) throws -> Expression {
        advance()
        try expect("(")
        let accumulator = try parseName("an accumulator variable")
        try expect("=")
        let initial = try parseExpression()
        try expect(",")
        let variable = try parseName("a variable")
        try expect(keyword: "IN")
        let source = try parseExpression()
        try expect("|")
        let body = try parseExpression()
        try expect(")")
        return Expression(
            .reduce(accumulator: accumulator, initial: initial, variable: variable, source: source, body: body), at: position)
    }

    private mutating func parseCase(position: SourcePosition) throws -> Expression {
        let subject = current.isKeyword("WHEN") ? nil : try parseExpression()
        var branches: [(when: Expression, then: Expression)] = []
        while accept(keyword: "WHEN") {
            let condition = try parseExpression()
            try expect(keyword: "THEN")
            branches.append((condition, try parseExpression()))
        }
        guard !branches.isEmpty else { throw unexpected(expected: "WHEN") }
        let otherwise = accept(keyword: "ELSE") ? try parseExpression() : nil
        try expect(keyword: "END")
        return Expression(.caseWhen(subject: subject, branches: branches, otherwise: otherwise), at: position)
    }
}
