/// A label expression after `:` — `A`, `A&B`, `A|B`, `!A`, `%` (any label), parenthesised
/// groups — tested against a node's labels or a relationship's type.
indirect enum LabelExpression: Sendable {
    case label(String)
    case wildcard
    case not(LabelExpression)
    case and(LabelExpression, LabelExpression)
    case or(LabelExpression, LabelExpression)

    /// The labels of a plain conjunction (`:A:B`, `:A&B`), which scans and filters handle
    /// directly; nil for anything else.
    var conjunction: [String]? {
        switch self {
        case .label(let name): return [name]
        case .and(let left, let right):
            guard let l = left.conjunction, let r = right.conjunction else { return nil }
            return l + r
        default: return nil
        }
    }

    /// Whether an element with these labels (a relationship: its one type) matches.
    func matches(_ labels: [String]) -> Bool {
        switch self {
        case .label(let name): return labels.contains(name)
        case .wildcard: return !labels.isEmpty
        case .not(let inner): return !inner.matches(labels)
        case .and(let left, let right): return left.matches(labels) && right.matches(labels)
        case .or(let left, let right): return left.matches(labels) || right.matches(labels)
        }
    }

    var text: String {
        switch self {
        case .label(let name): return "`\(name)`"
        case .wildcard: return "%"
        case .not(let inner): return "!(\(inner.text))"
        case .and(let left, let right): return "(\(left.text)&\(right.text))"
        case .or(let left, let right): return "(\(left.text)|\(right.text))"
        }
    }
}

extension Parser {
    /// After the first `:`: alternatives of conjunctions of possibly negated atoms. A further
    /// `:` continues a conjunction (`:A:B`) or, after `|`, is allowed for the old `:A|:B` form.
    mutating func parseLabelExpression() throws -> LabelExpression {
        let entry = depth
        defer { depth = entry }
        var expression = try parseLabelConjunction()
        while accept("|") {
            try descend()
            _ = accept(":")
            expression = .or(expression, try parseLabelConjunction())
        }
        return expression
    }

    private mutating func parseLabelConjunction() throws -> LabelExpression {
        let entry = depth
        defer { depth = entry }
        var expression = try parseLabelAtom()
        while current.isSymbol("&") || (current.isSymbol(":") && peek(1).name != nil) {
            try descend()
            advance()
            expression = .and(expression, try parseLabelAtom())
        }
        return expression
    }

    private mutating func parseLabelAtom() throws -> LabelExpression {
        if accept("!") { return .not(try nested { try $0.parseLabelAtom() }) }
        if accept("%") { return .wildcard }
        if accept("(") {
            let inner = try nested { try $0.parseLabelExpression() }
            try expect(")")
            return inner
        }
        return .label(try parseName("a label"))
    }

    /// Whether the tokens after a `:` start a label expression.
    var startsLabelExpression: Bool {
        current.isSymbol(":") && (peek(1).name != nil || ["!", "%", "("].contains { peek(1).isSymbol($0) })
    }
}
