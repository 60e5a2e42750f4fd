import Foundation
import GraphStore

typealias Row = [CypherValue]

extension FrozenGraph {
    /// Stands in where an operator keeps the imported graph but runs on another graph.
    static let empty = GraphBuilder().freeze()
}

/// Everything operators and expressions need while a query runs: the graph, parameters,
/// limits and the deterministic random source.
final class ExecutionContext {
    let graph: any PropertyGraph
    let mutableGraph: (any MutablePropertyGraph)?
    let parameters: [String: CypherValue]
    let limits: QueryLimits
    let indexes: PropertyIndexCache?
    /// The graph as the imported `FrozenGraph`, when it is one: hops read its adjacency and
    /// labels by id instead of through the protocol by name.
    let frozenGraph: FrozenGraph?
    /// Width of every row: the number of slots the binder handed out.
    var slotCount = 0
    private let clock = ContinuousClock()
    private let deadline: ContinuousClock.Instant?
    /// Rows the scans, expansions, UNWINDs and calls produced so far: what `maxIntermediateRows` bounds.
    private(set) var intermediateRows = 0
    /// Estimated bytes of the rows and values the query holds until it ends.
    var heldBytes = 0
    private var randomState: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Answers of memoized pattern predicates (`ExistsMemo`), by predicate and key values.
    var existsAnswers: [Int: [[CypherValue]: Bool]] = [:]
    /// The instant `date()`, `datetime()` and the other clock functions read: one per query, so
    /// every call in it agrees.
    let statementTime = Date()

    init(
        graph: any PropertyGraph, mutableGraph: (any MutablePropertyGraph)?, parameters: [String: CypherValue], limits: QueryLimits,
        indexes: PropertyIndexCache? = nil
    ) {
        self.graph = graph
        frozenGraph = graph as? FrozenGraph
        self.indexes = indexes
        self.mutableGraph = mutableGraph
        self.parameters = parameters
        self.limits = limits
        let now = ContinuousClock().now
        deadline = limits.timeout.map { now + $0 }
    }

    /// Counts one intermediate row, enforcing the row budget and, every few thousand rows, the timeout.
    func countRow() throws {
        intermediateRows += 1
        if let budget = limits.maxIntermediateRows, intermediateRows > budget {
            throw QueryError.runtime(
                .limitExceeded, "IntermediateRowLimit",
                "the query produced more than \(budget) intermediate rows; add labels, relationship types or WHERE conditions to narrow the pattern")
        }
        if intermediateRows & 0xFFF == 0 { try checkTime() }
    }

    /// Nodes from a property index, or nil when the graph has none.
    func indexedNodes(label: String?, key: String, value: CypherValue) -> [NodeID]? {
        indexes?.nodes(label: label, key: key, value: value)
    }

    func checkTime() throws {
        if let deadline, clock.now > deadline {
            throw QueryError.runtime(.limitExceeded, "Timeout", "the query ran longer than its time limit")
        }
    }

    /// Deterministic pseudo-random numbers in [0, 1) (SplitMix64 from a fixed seed), so `rand()`
    /// gives the same results on every run.
    func random() -> Double {
        randomState &+= 0x9E37_79B9_7F4A_7C15
        var z = randomState
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z = z ^ (z >> 31)
        return Double(z >> 11) / Double(1 << 53)
    }

    func node(_ id: NodeID, at position: SourcePosition?) throws -> NodeID {
        // Only a graph that queries may change has deleted entities; the check is on every
        // property read, and asking the imported graph would cost a dynamic call each time.
        if mutableGraph != nil, graph.isDeleted(id) {
            throw QueryError.runtime(.entityNotFound, "DeletedEntityAccess", "node \(id) has been deleted", at: position)
        }
        return id
    }

    func relationship(_ id: RelationshipID, at position: SourcePosition?) throws -> RelationshipID {
        if mutableGraph != nil, graph.isDeleted(id) {
            throw QueryError.runtime(.entityNotFound, "DeletedEntityAccess", "relationship \(id) has been deleted", at: position)
        }
        return id
    }

    func properties(of value: CypherValue, at position: SourcePosition?) throws -> [String: CypherValue]? {
        switch value {
        case .node(let id):
            return Dictionary(uniqueKeysWithValues: graph.nodeValues(of: try node(id, at: position)).map { ($0.key, $0.value) })
        case .relationship(let id):
            return Dictionary(uniqueKeysWithValues: graph.relationshipValues(of: try relationship(id, at: position)).map { ($0.key, $0.value) })
        case .map(let values): return values
        default: return nil
        }
    }
}
