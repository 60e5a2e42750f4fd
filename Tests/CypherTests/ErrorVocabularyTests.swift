import Cypher
import Testing

/// One query for each error type of the TCK's vocabulary (and the engine's own LimitExceeded):
/// each fails with its type, detail, phase and, where the query text has one, a position.
@Suite("Every error type of the TCK's vocabulary is reported as such")
struct ErrorVocabularyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var query: String
        var kind: QueryError.Kind
        var detail: String
        var phase: QueryError.Phase
        var column: Int?
        var updates = false
        var testDescription: String { "\(kind.rawValue): \(detail)" }
    }

    static let cases: [Case] = [
        Case(query: "MATCH (n RETURN n", kind: .syntaxError, detail: "UnexpectedSyntax", phase: .compileTime, column: 10),
        Case(query: "RETURN m", kind: .syntaxError, detail: "UndefinedVariable", phase: .compileTime, column: 8),
        Case(query: "OPTIONAL MATCH (a:Missing) CREATE (a)-[:T]->(b)", kind: .semanticError, detail: "CreatingRelationshipToNull",
             phase: .runtime, column: nil, updates: true),
        Case(query: "WITH 1 AS x RETURN x.name", kind: .typeError, detail: "InvalidArgumentType", phase: .compileTime, column: 20),
        Case(query: "RETURN range(1, 2, 0)", kind: .argumentError, detail: "NumberOutOfRange", phase: .runtime, column: nil),
        Case(query: "UNWIND [0] AS z RETURN 1 / z", kind: .arithmeticError, detail: "DivisionByZero", phase: .runtime, column: 24),
        Case(query: "CREATE (n) DELETE n RETURN n.name", kind: .entityNotFound, detail: "DeletedEntityAccess", phase: .runtime,
             column: 28, updates: true),
        Case(query: "RETURN $missing", kind: .parameterMissing, detail: "MissingParameter", phase: .runtime, column: 8),
        Case(query: "CREATE (a)-[:T]->(b) DELETE a", kind: .constraintVerificationFailed, detail: "DeleteConnectedNode",
             phase: .runtime, column: nil, updates: true),
        Case(query: "CALL no.such.procedure()", kind: .procedureError, detail: "ProcedureNotFound", phase: .compileTime, column: 1),
        Case(query: "RETURN range(1, 300000000)", kind: .limitExceeded, detail: "MemoryLimit", phase: .runtime, column: 8),
    ]

    @Test("the error's type, detail, phase and position", arguments: cases)
    func reported(_ expected: Case) {
        let failure = expected.updates ? error(of: expected.query, on: MemoryGraph()) : error(of: expected.query)
        #expect(failure?.kind == expected.kind)
        #expect(failure?.detail == expected.detail)
        #expect(failure?.phase == expected.phase)
        #expect(failure?.position?.column == expected.column)
    }
}
