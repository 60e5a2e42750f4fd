import Cypher
import GraphStore
import Testing

@Test func disjunctionInWhereMatchesEitherLabel() throws {
    let result = try run("MATCH (n) WHERE n:Admin|Page RETURN count(n) AS c")
    #expect(result.rows == [[.int(2)]])
}

@Test func negationInNodePatternExcludesLabel() throws {
    let result = try run("MATCH (n:Person&!Admin) RETURN n.name ORDER BY n.name")
    #expect(result.rows == [[.string("Ann")], [.string("Bob")]])
}

@Test func wildcardMatchesAnyLabelledNode() throws {
    #expect(try run("MATCH (n:%) RETURN count(n) AS c").rows == [[.int(4)]])
}

@Test func parenthesisedLabelExpressionGroups() throws {
    let result = try run("MATCH (n) WHERE n:(Page|Admin)&!Person RETURN count(n) AS c")
    #expect(result.rows == [[.int(1)]])
}

@Test func labelExpressionOnRelationshipTestsType() throws {
    #expect(try run("MATCH ()-[r]->() WHERE r:LIKES|KNOWS RETURN count(r) AS c").rows == [[.int(2)]])
}

@Test func createRejectsLabelExpression() {
    #expect(error(of: "CREATE (:A|B)", on: MemoryGraph())?.detail == "InvalidLabelExpression")
}
