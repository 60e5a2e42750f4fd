/// Bounds on one query's work: wall-clock time, result rows, intermediate rows (rows
/// produced by scans and expansions, which is what a cartesian explosion inflates) and memory
/// (estimated bytes of what the query holds: see ExecutionContext+Memory.swift).
public struct QueryLimits: Sendable {
    public var timeout: Duration?
    public var maxRows: Int?
    public var maxIntermediateRows: Int?
    public var maxMemoryBytes: Int?

    public init(timeout: Duration? = nil, maxRows: Int? = nil, maxIntermediateRows: Int? = nil, maxMemoryBytes: Int? = nil) {
        self.timeout = timeout
        self.maxRows = maxRows
        self.maxIntermediateRows = maxIntermediateRows
        self.maxMemoryBytes = maxMemoryBytes
    }

    /// 30 s, a million result rows, five million intermediate rows, 1 GiB.
    public static let `default` = QueryLimits(
        timeout: .seconds(30), maxRows: 1_000_000, maxIntermediateRows: 5_000_000, maxMemoryBytes: 1 << 30)
    public static let unlimited = QueryLimits()
}
