/// `CALL name(arguments) YIELD output AS alias, … WHERE …` as written.
struct ProcedureCall: Sendable {
    struct YieldItem: Sendable {
        var output: String
        var alias: String?
        var position: SourcePosition
        var name: String { alias ?? output }
    }

    var name: String
    /// Nil when the call has no parentheses: the arguments are the same-named parameters.
    var arguments: [Expression]?
    /// Nil without YIELD; empty for `YIELD *`.
    var yields: [YieldItem]?
    var filter: Expression?
    var position: SourcePosition
}
