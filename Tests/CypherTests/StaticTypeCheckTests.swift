import Cypher
import GraphStore
import Testing

@Test func functionOnEvidentlyWrongArgumentFailsAtCompileTime() {
    let failure = error(of: "MATCH (n) RETURN length(n)")
    #expect(failure?.kind == .syntaxError)
    #expect(failure?.detail == "InvalidArgumentType")
    #expect(failure?.phase == .compileTime)
}

@Test func inWithEvidentNonListFailsAtCompileTime() {
    let failure = error(of: "RETURN 1 IN 'foo'")
    #expect(failure?.kind == .syntaxError)
    #expect(failure?.detail == "InvalidArgumentType")
}

@Test func propertyOfVariableHoldingIntegerIsCompileTimeTypeError() {
    let failure = error(of: "WITH 123 AS x RETURN x.num")
    #expect(failure?.kind == .typeError)
    #expect(failure?.phase == .compileTime)
}

@Test func quantifierVariableTakesElementTypeOfListLiteral() {
    let failure = error(of: "RETURN any(x IN ['a', 'b'] WHERE x % 2 = 0) AS r")
    #expect(failure?.kind == .syntaxError)
    #expect(failure?.detail == "InvalidArgumentType")
}

@Test func patternAsProjectedValueIsUnexpectedSyntax() {
    #expect(error(of: "MATCH (n) RETURN (n)-->()")?.detail == "UnexpectedSyntax")
}

@Test func patternAsFunctionArgumentIsUnexpectedSyntax() {
    #expect(error(of: "MATCH (n) RETURN size((n)-->())")?.detail == "UnexpectedSyntax")
}

@Test func nodeAsWherePredicateFailsAtCompileTime() {
    #expect(error(of: "MATCH (n) WHERE (n) RETURN n")?.detail == "InvalidArgumentType")
}

@Test func deletingAnIntegerExpressionFailsAtCompileTime() {
    let failure = error(of: "MATCH (n) DELETE 1 + 1")
    #expect(failure?.detail == "InvalidArgumentType")
    #expect(failure?.phase == .compileTime)
}

@Test func updatingClauseInsideExistsSubqueryIsRejected() {
    #expect(error(of: "MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.x = 1 } RETURN n")?.detail == "InvalidClauseComposition")
}

@Test func aggregationInsideListComprehensionIsRejected() {
    #expect(error(of: "MATCH (n) RETURN [x IN [1, 2] | count(*)]")?.detail == "InvalidAggregation")
}

@Test func mergingBoundRelationshipReportsVariableAlreadyBound() {
    #expect(error(of: "MATCH (a)-[r]->(b) MERGE (a)-[r]->(b)")?.detail == "VariableAlreadyBound")
}

@Test func orderByAggregatingOverComplexGroupingKeyIsAmbiguous() {
    let query = "MATCH (a)-->(b) WITH a.age + b.age, count(*) AS n ORDER BY a.age + b.age + count(*) RETURN n"
    #expect(error(of: query)?.detail == "AmbiguousAggregationExpression")
}

@Test func orderByAggregatingUnprojectedVariableReportsItUndefined() {
    #expect(error(of: "MATCH (a) WITH count(*) AS n ORDER BY sum(a.age) RETURN n")?.detail == "UndefinedVariable")
}
