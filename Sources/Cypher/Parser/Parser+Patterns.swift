/// Node and relationship patterns: `p = (a:L {k: v})-[r:T*1..2]->(b)`.
extension Parser {
    mutating func parsePattern() throws -> [PatternPart] {
        var parts = [try parsePatternPart()]
        while accept(",") { parts.append(try parsePatternPart()) }
        return parts
    }

    mutating func parsePatternPart() throws -> PatternPart {
        let position = current.position
        var pathVariable: String?
        if current.name != nil, peek(1).isSymbol("=") {
            pathVariable = try parseName("a variable")
            advance()
        }
        let start = try parseNodePattern()
        var steps: [(relationship: RelationshipPattern, node: NodePattern)] = []
        while current.isSymbol("-") || (current.isSymbol("<") && peek(1).isSymbol("-")) {
            let relationship = try parseRelationshipPattern()
            steps.append((relationship, try parseNodePattern()))
        }
        return PatternPart(pathVariable: pathVariable, start: start, steps: steps, position: position)
    }

    /// A pattern used as an expression: it must contain at least one relationship.
    mutating func parseRelationshipPatternExpression() throws -> PatternPart? {
        let part = try parsePatternPart()
        return part.steps.isEmpty ? nil : part
    }

    private mutating func parseNodePattern() throws -> NodePattern {
        let position = current.position
        try expect("(")
        var variable: String?
        if current.name != nil { variable = try parseName("a variable") }
        var labels: [String] = []
        var labelExpression: LabelExpression?
        if accept(":") {
            let expression = try parseLabelExpression()
            if let conjunction = expression.conjunction { labels = conjunction } else { labelExpression = expression }
        }
        let properties = try parseProperties()
        try expect(")")
        return NodePattern(variable: variable, labels: labels, labelExpression: labelExpression, properties: properties, position: position)
    }

    private mutating func parseProperties() throws -> Expression? {
        let position = current.position
        if current.isSymbol("{") { return Expression(.map(try parseMapLiteral()), at: position) }
        if case .parameter(let name) = current.kind {
            advance()
            return Expression(.parameter(name), at: position)
        }
        return nil
    }

    private mutating func parseRelationshipPattern() throws -> RelationshipPattern {
        let position = current.position
        let pointsLeft = accept("<")
        try expect("-")
        var variable: String?
        var types: [String] = []
        var length: RelationshipPattern.Length?
        var properties: Expression?
        if accept("[") {
            if current.name != nil { variable = try parseName("a variable") }
            if accept(":") {
                types.append(try parseName("a relationship type"))
                while accept("|") {
                    _ = accept(":")
                    types.append(try parseName("a relationship type"))
                }
            }
            if accept("*") {
                length = try parseLength()
            } else if current.isSymbol("..") {
                throw QueryError.syntax(
                    "InvalidRelationshipPattern", "a length range needs '*'", at: current.position, expected: "'*' before the range")
            }
            properties = try parseProperties()
            try expect("]")
        }
        try expect("-")
        let pointsRight = accept(">")
        let direction: RelationshipDirection =
            switch (pointsLeft, pointsRight) {
            case (true, true): .both
            case (true, false): .incoming
            case (false, true): .outgoing
            case (false, false): .either
            }
        return RelationshipPattern(
            variable: variable, types: types, direction: direction, length: length, properties: properties, position: position)
    }

    private mutating func parseLength() throws -> RelationshipPattern.Length {
        func bound() throws -> Int? {
            if current.isSymbol("-") {
                throw QueryError.syntax(
                    "InvalidRelationshipPattern", "a relationship length cannot be negative", at: current.position,
                    expected: "a non-negative integer")
            }
            guard case .integer(let text) = current.kind else { return nil }
            let value = try integerValue(text, negative: false, at: current.position)
            advance()
            return Int(value)
        }
        let min = try bound()
        if accept("..") { return RelationshipPattern.Length(min: min, max: try bound()) }
        return RelationshipPattern.Length(min: min ?? nil, max: min)
    }
}
