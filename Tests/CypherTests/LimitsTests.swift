import Cypher
import GraphStore
import Testing

@Test func cartesianExplosionStopsAtIntermediateRowBudget() {
    let failure = error(of: "MATCH (a), (b), (c) RETURN count(*)", limits: QueryLimits(maxIntermediateRows: 20))
    #expect(failure?.kind == .limitExceeded)
    #expect(failure?.detail == "IntermediateRowLimit")
}

@Test func resultRowLimitIsEnforced() {
    let failure = error(of: "UNWIND range(1, 10) AS x RETURN x", limits: QueryLimits(maxRows: 5))
    #expect(failure?.detail == "RowLimit")
}
