import GraphStore

/// Runs openCypher queries against a graph: parse → bind → plan → execute.
/// Over a `FrozenGraph` queries are read-only; over a `MemoryGraph` CREATE, MERGE, SET,
/// REMOVE and DELETE change it.
public struct QueryEngine {
    private let graph: any PropertyGraph
    private let mutableGraph: (any MutablePropertyGraph)?
    private let indexes: PropertyIndexCache?
    private let procedures: [Procedure]

    /// Keep one engine per graph: property indexes are built on first use and reused.
    /// `procedures` are what CALL can invoke.
    public init(graph: some PropertyGraph, procedures: [Procedure] = []) {
        self.graph = graph
        self.procedures = procedures
        mutableGraph = graph as? any MutablePropertyGraph
        indexes = (graph as? FrozenGraph).map(PropertyIndexCache.init)
    }

    public func run(
        _ query: String, parameters: [String: CypherValue] = [:], limits: QueryLimits = .default
    ) throws(QueryError) -> QueryResult {
        do {
            let bound = try Binder(procedures: procedures, parameterNames: Set(parameters.keys)).bind(try Parser.parse(query))
            if bound.updates && mutableGraph == nil {
                throw QueryError.syntax(
                    "ReadOnlyGraph", "the imported graph is read-only: CREATE, MERGE, SET, REMOVE and DELETE are not allowed",
                    at: nil)
            }
            let context = ExecutionContext(
                graph: graph, mutableGraph: mutableGraph, parameters: parameters, limits: limits, indexes: indexes)
            context.slotCount = bound.slotCount
            var root = context.makeOperator(bound.plan, argument: Row(repeating: .null, count: bound.slotCount))
            var rows: [[CypherValue]] = []
            while let row = try root.next() {
                guard !bound.columns.isEmpty else { continue }
                try context.hold(values: bound.columns.count)
                rows.append(bound.columnSlots.map { row[$0] })
                if let maxRows = limits.maxRows, rows.count > maxRows {
                    throw QueryError.runtime(
                        .limitExceeded, "RowLimit", "the result has more than \(maxRows) rows; add LIMIT or narrow the query")
                }
            }
            return QueryResult(columns: bound.columns, rows: rows, intermediateRows: context.intermediateRows, graph: graph)
        } catch let error as QueryError {
            throw error
        } catch {
            throw QueryError.runtime(.semanticError, "InternalError", "\(error)")
        }
    }
}
