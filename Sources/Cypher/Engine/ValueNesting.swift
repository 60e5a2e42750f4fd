/// reduce() is the one construct that can nest lists or maps once per element
/// (`reduce(a = [], x IN range(1, 100000) | [a])`); such a value is refused at the parser's
/// depth limit, since freeing, comparing or printing a value recurses through its levels.
extension ExecutionContext {
    func checkNesting(_ value: CypherValue, at position: SourcePosition) throws {
        guard value.nestsDeeper(than: Parser.maxDepth) else { return }
        throw QueryError.runtime(
            .limitExceeded, "NestingTooDeep",
            "reduce() built a value that nests lists or maps more than \(Parser.maxDepth) levels deep", at: position)
    }
}

extension CypherValue {
    /// Whether lists and maps nest more than `limit` levels deep; looks no deeper than that.
    func nestsDeeper(than limit: Int) -> Bool {
        guard limit >= 0 else { return true }
        switch self {
        case .list(let values): return values.contains { $0.nestsDeeper(than: limit - 1) }
        case .map(let values): return values.values.contains { $0.nestsDeeper(than: limit - 1) }
        default: return false
        }
    }
}
