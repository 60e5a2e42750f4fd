/// An expression as written, with the position of its first token.
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case literal(CypherValue)
        case list([Expression])
        case map([(key: String, value: Expression)])
        case parameter(String)
        case variable(String)
        case property(Expression, key: String)
        case hasLabels(Expression, [String])
        /// `n:A|B` and other label expressions that are not a plain conjunction.
        case labelExpression(Expression, LabelExpression)
        case index(Expression, Expression)
        case slice(Expression, from: Expression?, to: Expression?)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case isNull(Expression, negated: Bool)
        case call(name: String, distinct: Bool, arguments: [Expression])
        case countStar
        case caseWhen(subject: Expression?, branches: [(when: Expression, then: Expression)], otherwise: Expression?)
        case listComprehension(variable: String, source: Expression, filter: Expression?, map: Expression?)
        case quantifier(Quantifier, variable: String, source: Expression, predicate: Expression?)
        case reduce(accumulator: String, initial: Expression, variable: String, source: Expression, body: Expression)
        case patternComprehension(PatternPart, filter: Expression?, map: Expression)
        case pattern(PatternPart)
        /// `EXISTS { … }`: a pattern with optional WHERE is read as a MATCH clause.
        case existsSubquery([Clause])
        case mapProjection(String, [MapProjectionItem])
    }

    var kind: Kind
    var position: SourcePosition

    init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}

enum UnaryOperator: Sendable { case not, minus, plus }

enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", regex = "=~", `in` = "IN"
}

enum Quantifier: String, Sendable { case all, any, none, single }

enum MapProjectionItem: Sendable {
    case property(String)
    case allProperties
    case variable(String)
    case entry(String, Expression)
}
