import Cypher
import GraphStore
import Testing

@Test func matchByLabelReturnsNodesInIdOrder() throws {
    let result = try run("MATCH (p:Person) RETURN p.name AS name")
    #expect(result.rows == [[.string("Ann")], [.string("Bob")], [.string("Cy")]])
}

@Test func expansionFollowsDirectionAndType() throws {
    let result = try run("MATCH (a {name: 'Bob'})<-[r:KNOWS]-(b) RETURN b.name, r.since")
    #expect(result.rows == [[.string("Ann"), .int(2020)]])
}

@Test func variableLengthPathCollectsRelationships() throws {
    let result = try run("MATCH p = (:Person {name: 'Ann'})-[*2]->(c) RETURN c.name, length(p)")
    #expect(result.rows == [[.string("Cy"), .int(2)]])
}

@Test func optionalMatchYieldsNullsWhenNothingMatches() throws {
    let result = try run("MATCH (p:Page) OPTIONAL MATCH (p)-->(x) RETURN p.title, x")
    #expect(result.rows == [[.string("Home"), .null]])
}

@Test func implicitGroupingCountsPerKey() throws {
    let result = try run("MATCH (p:Person) RETURN p:Admin AS admin, count(*) AS n ORDER BY admin")
    #expect(result.rows == [[.bool(false), .int(2)], [.bool(true), .int(1)]])
}

@Test func orderByPutsNullsLastAscendingAndFirstDescending() throws {
    let ascending = try run("MATCH (p:Person) RETURN p.age AS age ORDER BY age")
    let descending = try run("MATCH (p:Person) RETURN p.age AS age ORDER BY age DESC")
    #expect(ascending.rows == [[.int(25)], [.int(31)], [.null]])
    #expect(descending.rows == [[.null], [.int(31)], [.int(25)]])
}

@Test func skipAndLimitTakeParameters() throws {
    let result = try run("MATCH (p:Person) RETURN p.name SKIP $s LIMIT $l", parameters: ["s": .int(1), "l": .int(1)])
    #expect(result.rows == [[.string("Bob")]])
}

@Test func threeValuedLogicPropagatesNull() throws {
    #expect(try run("RETURN null AND false, null OR true, null = null, 1 = 1.0").rows == [[.bool(false), .bool(true), .null, .bool(true)]])
}

@Test func integerOverflowIsRuntimeError() {
    let failure = error(of: "WITH 9223372036854775807 AS n RETURN n + 1")
    #expect(failure?.detail == "IntegerOverflow")
    #expect(failure?.phase == .runtime)
}

@Test func unionRemovesDuplicatesAndUnionAllKeepsThem() throws {
    #expect(try run("RETURN 1 AS x UNION RETURN 1 AS x").rows == [[.int(1)]])
    #expect(try run("RETURN 1 AS x UNION ALL RETURN 1 AS x").rows == [[.int(1)], [.int(1)]])
}

@Test func listAndPatternComprehensions() throws {
    let result = try run("MATCH (a {name: 'Ann'}) RETURN [x IN range(1, 4) WHERE x % 2 = 0 | x * x], [(a)-->(b) | b.name]")
    #expect(result.rows == [[.list([.int(4), .int(16)]), .list([.string("Bob")])]])
}

@Test func randIsDeterministic() throws {
    #expect(try run("RETURN rand() AS r").rows == run("RETURN rand() AS r").rows)
}

@Test func toStringWritesFloatsLikeTheTCK() throws {
    let result = try run("RETURN toString(1.5), toString(1e10), toString(0.00001), toString(-2.5e-7), 'n' + 1234567.0")
    #expect(result.rows == [[.string("1.5"), .string("1.0E10"), .string("1.0E-5"), .string("-2.5E-7"), .string("n1234567.0")]])
}

@Test func propertyEqualityFromWhereUsesNumericEquality() throws {
    let engine = QueryEngine(graph: socialGraph())
    #expect(try engine.run("MATCH (p:Person) WHERE p.age = 25.0 RETURN p.name").rows == [[.string("Bob")]])
    #expect(try engine.run("MATCH (p) WHERE p.age = 31 AND p.name = 'Ann' RETURN p.name").rows == [[.string("Ann")]])
    #expect(try engine.run("MATCH (p:Person) WHERE p.age = null RETURN p.name").rows == [])
}
