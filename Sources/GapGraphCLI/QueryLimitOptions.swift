import ArgumentParser
import Cypher

/// Bounds on each query of `query` and `shell`.
struct QueryLimitOptions: ParsableArguments {
    @Option(help: "Stop a query after this many seconds.")
    var timeout: Double = 30

    @Option(help: "Stop a query when it would return more rows.")
    var maxRows: Int = 1_000_000

    @Option(help: "Stop a query when the rows and values it holds would exceed this many MiB.")
    var maxMemory: Int = 1024

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive, got \(timeout)") }
        guard maxRows > 0 else { throw ValidationError("--max-rows must be positive, got \(maxRows)") }
        guard maxMemory > 0 else { throw ValidationError("--max-memory must be positive, got \(maxMemory)") }
    }

    var limits: QueryLimits {
        QueryLimits(
            timeout: .milliseconds(Int64(timeout * 1000)), maxRows: maxRows, maxIntermediateRows: 5_000_000,
            maxMemoryBytes: maxMemory.multipliedReportingOverflow(by: 1 << 20).overflow ? .max : maxMemory << 20)
    }
}
