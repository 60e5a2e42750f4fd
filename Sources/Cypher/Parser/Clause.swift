/// A clause of a single query, in the order written.
enum Clause: Sendable {
    case match(optional: Bool, pattern: [PatternPart], filter: Expression?, position: SourcePosition)
    case unwind(Expression, alias: String, position: SourcePosition)
    case with(Projection)
    case `return`(Projection)
    case create([PatternPart], position: SourcePosition)
    case merge(PatternPart, onCreate: [SetItem], onMatch: [SetItem], position: SourcePosition)
    case set([SetItem], position: SourcePosition)
    case remove([RemoveItem], position: SourcePosition)
    case delete([Expression], detach: Bool, position: SourcePosition)
    case call(ProcedureCall)
    /// `FOREACH (variable IN list | updating clauses)`
    case foreach(variable: String, list: Expression, body: [Clause], position: SourcePosition)
    /// `CALL { … }`: a query run once per incoming row.
    case subquery(Query, position: SourcePosition)
}

struct ProjectionItem: Sendable {
    var expression: Expression
    var alias: String?
    /// The expression's text as written: the column name when there is no alias.
    var text: String
    var name: String { alias ?? text }
}

struct SortItem: Sendable {
    var expression: Expression
    var descending: Bool
}

/// The body of WITH or RETURN.
struct Projection: Sendable {
    var distinct: Bool
    var includesExisting: Bool
    var items: [ProjectionItem]
    var orderBy: [SortItem]
    var skip: Expression?
    var limit: Expression?
    var filter: Expression?
    var position: SourcePosition
}

enum SetItem: Sendable {
    case property(Expression, key: String, value: Expression)
    case replaceProperties(variable: String, Expression, position: SourcePosition)
    case mergeProperties(variable: String, Expression, position: SourcePosition)
    case labels(variable: String, [String], position: SourcePosition)
}

enum RemoveItem: Sendable {
    case property(Expression, key: String)
    case labels(variable: String, [String], position: SourcePosition)
}

/// Single queries joined by UNION (`all[i]` tells whether the i-th join is UNION ALL).
struct Query: Sendable {
    var parts: [[Clause]]
    var unionAll: [Bool]
}
