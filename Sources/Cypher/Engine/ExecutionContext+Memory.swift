/// The memory limit. Estimates are shallow, since values share their storage: a buffered row
/// or a new list costs its number of values times the size of one, a new string its bytes.
/// Rows that ORDER BY, aggregation, DISTINCT, collect(), an eager stage and the result buffer
/// count until the query ends; a list or string about to be built must fit in what is left,
/// and is refused before it is allocated.
extension ExecutionContext {
    static let valueBytes = MemoryLayout<CypherValue>.stride

    /// Counts `count` more values held until the query ends.
    func hold(values count: Int) throws {
        heldBytes = Self.adding(heldBytes, Self.bytes(values: count))
        try checkMemory(heldBytes, at: nil)
    }

    /// Checks that a new list of `count` values, built at `position`, fits.
    func reserve(values count: Int, at position: SourcePosition?) throws {
        try checkMemory(Self.adding(heldBytes, Self.bytes(values: count)), at: position)
    }

    /// Checks that a new string of `bytes`, built at `position`, fits.
    func reserve(bytes: Int, at position: SourcePosition?) throws {
        try checkMemory(Self.adding(heldBytes, bytes), at: position)
    }

    /// Checks that the list or string `left + right` builds fits.
    func reserveSum(_ left: CypherValue, _ right: CypherValue, at position: SourcePosition) throws {
        switch (left, right) {
        case (.list(let l), .list(let r)): try reserve(values: Self.adding(l.count, r.count), at: position)
        case (.list(let values), _), (_, .list(let values)): try reserve(values: Self.adding(values.count, 1), at: position)
        case (.string(let l), .string(let r)): try reserve(bytes: Self.adding(l.utf8.count, r.utf8.count), at: position)
        default: break
        }
    }

    private func checkMemory(_ bytes: Int, at position: SourcePosition?) throws {
        guard let budget = limits.maxMemoryBytes, bytes > budget else { return }
        throw QueryError.runtime(
            .limitExceeded, "MemoryLimit",
            "the query would hold more than \(Self.describe(budget)) of rows and values; add LIMIT, aggregate sooner or raise the memory limit",
            at: position)
    }

    private static func bytes(values count: Int) -> Int {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: valueBytes)
        return overflow ? .max : bytes
    }

    private static func adding(_ left: Int, _ right: Int) -> Int {
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? .max : sum
    }

    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 30 && bytes % (1 << 30) == 0 ? "\(bytes >> 30) GiB" : bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
