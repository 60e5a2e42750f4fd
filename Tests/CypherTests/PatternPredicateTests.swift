import Cypher
import GraphStore
import Testing

/// Pattern predicates on the read-only imported graph remember their answer per combination
/// of the pattern's variables; these rows repeat some combinations and differ in others, so a
/// remembered answer under too small a key would show up as a wrong row.
@Suite("Pattern predicates")
struct PatternPredicateTests {
    @Test("a predicate over two variables answers each pair, not each first variable")
    func twoVariables() throws {
        let result = try run("""
            MATCH (a:Person), (b:Person) WHERE (a)-[:KNOWS]->(b)
            RETURN a.name AS a, b.name AS b ORDER BY a, b
            """)
        #expect(result.rows == [[.string("Ann"), .string("Bob")], [.string("Bob"), .string("Cy")]])
    }

    @Test("rows that repeat a variable's value get the same answer, negated and not")
    func repeatedRows() throws {
        let result = try run("""
            UNWIND [1, 2] AS copy
            MATCH (p:Person)
            RETURN p.name AS name, copy, exists((p)-[:KNOWS]->()) AS knows, NOT exists((p)<-[:KNOWS]-()) AS unknown
            ORDER BY copy, name
            """)
        let perCopy: [[CypherValue]] = [
            [.string("Ann"), .bool(true), .bool(true)], [.string("Bob"), .bool(true), .bool(false)],
            [.string("Cy"), .bool(false), .bool(false)],
        ]
        #expect(result.rows.map { [$0[0], $0[2], $0[3]] } == perCopy + perCopy)
    }

    @Test("a variable-length predicate with a literal property map")
    func variableLengthWithProperties() throws {
        let result = try run("""
            MATCH (p:Person) WHERE (p)-[:KNOWS* {since: 2020}]->(:Person)
            RETURN p.name
            """)
        #expect(result.rows == [[.string("Ann")]])
    }
}
