/// The parser, the binder and the evaluator all recurse over the expression tree, so a query
/// nested thousands of levels deep, or a chain of thousands of operators (each one a level of
/// the tree), would overflow the stack. The parser counts the levels it opens (a nested
/// expression, NOT, a sign, each operator of a chain, each property access, label operator,
/// UNION or subquery) and stops at the token where the limit is crossed. Clauses are counted
/// apart: each becomes operators that read from the ones before, and running them recurses
/// through that chain.
extension Parser {
    /// Far deeper than any query a person or a generator writes; shallow enough that parsing,
    /// binding and evaluating at this depth fit in an 8 MiB stack (a Linux main thread's) even
    /// in a debug build under a sanitizer, which needs up to 16 KiB a level (NestingLimitTests).
    static let maxDepth = 256

    /// The TCK's longest query has 759 clauses; 1,000 run in an 8 MiB stack even in a debug
    /// build under AddressSanitizer, whose frames are the largest.
    static let maxClauses = 1_000

    /// Opens one level; the caller restores `depth` when the level closes.
    mutating func descend() throws {
        depth += 1
        peakDepth = max(peakDepth, depth)
        guard depth <= Self.maxDepth else {
            throw QueryError.syntax(
                "NestingTooDeep",
                "the query nests more than \(Self.maxDepth) levels deep here (parentheses, lists, operators or subqueries); write it flatter or run it in parts",
                at: current.position)
        }
    }

    mutating func countClause() throws {
        clauseCount += 1
        guard clauseCount <= Self.maxClauses else {
            throw QueryError.syntax(
                "TooManyClauses", "the query has more than \(Self.maxClauses) clauses; run it in parts", at: current.position)
        }
    }

    /// Parses one nested level with `parse`, closing it afterwards.
    mutating func nested<T>(_ parse: (inout Parser) throws -> T) throws -> T {
        let entry = depth
        defer { depth = entry }
        try descend()
        return try parse(&self)
    }
}
