/// A `(` may open a pattern or a parenthesized expression, a `[` a pattern comprehension or a
/// list: the parser tries the first reading and, when it fails, parses the same tokens again as
/// the second. Nested, the retries multiply: twenty levels of `(a {k: (b {k: …})})` are a
/// million parses of the innermost one, and a fuzzer's 1 KB query took 48 s. So what an atom at
/// a token parsed to (its expression and end, or its syntax error) is kept by token: each
/// bracketed atom is parsed once, and the whole parse is linear in the tokens.
struct AtomMemo {
    var outcome: Result<(expression: Expression, end: Int), QueryError>
    /// Levels the atom opened below the level it started at: a later reading at a deeper level
    /// would cross the nesting limit where this one did not, and parses it again to say where.
    var height: Int
}

extension Parser {
    mutating func memoizedAtom(_ parse: (inout Parser) throws -> Expression) throws -> Expression {
        let start = index
        if let memo = atomMemo[start], depth + memo.height <= Self.maxDepth {
            switch memo.outcome {
            case .success(let parsed):
                index = parsed.end
                return parsed.expression
            case .failure(let error):
                throw error
            }
        }
        atomsParsed += 1
        let (entryDepth, outerPeak) = (depth, peakDepth)
        peakDepth = depth
        defer { peakDepth = max(outerPeak, peakDepth) }
        do {
            let expression = try parse(&self)
            atomMemo[start] = AtomMemo(outcome: .success((expression, index)), height: peakDepth - entryDepth)
            return expression
        } catch let error as QueryError where error.detail != "NestingTooDeep" {
            atomMemo[start] = AtomMemo(outcome: .failure(error), height: peakDepth - entryDepth)
            throw error
        }
    }
}
