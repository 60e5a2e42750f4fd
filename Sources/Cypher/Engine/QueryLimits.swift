/// Bounds on one query's work: wall-clock time, result rows, and intermediate rows (rows
/// produced by scans and expansions, which is what a cartesian explosion inflates).
public struct QueryLimits: Sendable {
    public var timeout: Duration?
    public var maxRows: Int?
    public var maxIntermediateRows: Int?

    public init(timeout: Duration? = nil, maxRows: Int? = nil, maxIntermediateRows: Int? = nil) {
        self.timeout = timeout
        self.maxRows = maxRows
        self.maxIntermediateRows = maxIntermediateRows
    }

    /// 30 s, a million result rows, five million intermediate rows (a few hundred MB at most if all are kept).
    public static let `default` = QueryLimits(timeout: .seconds(30), maxRows: 1_000_000, maxIntermediateRows: 5_000_000)
    public static let unlimited = QueryLimits()
}
