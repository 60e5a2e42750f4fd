import Cypher
import Testing

@Test func undefinedVariableIsCompileTimeError() {
    let failure = error(of: "MATCH (n) RETURN m")
    #expect(failure?.detail == "UndefinedVariable")
    #expect(failure?.position?.column == 18)
}

@Test func relationshipVariableReusedAsNodeConflicts() {
    #expect(error(of: "MATCH ()-[r]-() MATCH (r) RETURN r")?.detail == "VariableTypeConflict")
}

@Test func pathVariableCannotBeRebound() {
    #expect(error(of: "MATCH (p) MATCH p = ()-->() RETURN p")?.detail == "VariableAlreadyBound")
}

@Test func nonGroupingVariableInsideAggregateExpressionIsAmbiguous() {
    #expect(error(of: "MATCH (a)-->(b) RETURN a.age + count(b)")?.detail == "AmbiguousAggregationExpression")
}

@Test func aggregationInWhereIsInvalid() {
    #expect(error(of: "MATCH (a) WHERE count(a) > 1 RETURN a")?.detail == "InvalidAggregation")
}

@Test func withExpressionNeedsAlias() {
    #expect(error(of: "MATCH (a) WITH a.name RETURN 1")?.detail == "NoExpressionAlias")
}

@Test func unknownFunctionIsReported() {
    #expect(error(of: "RETURN frobnicate(1)")?.detail == "UnknownFunction")
}

@Test func nonBooleanLiteralOperandIsTypeErrorAtCompileTime() {
    let failure = error(of: "RETURN 1 AND true")
    #expect(failure?.detail == "InvalidArgumentType")
    #expect(failure?.phase == .compileTime)
}
