import Testing
@testable import GraphStore

@Suite("String literals")
struct StringLiteralTests {
    @Test("JSON: quotes, backslashes and control characters are escaped")
    func jsonEscaping() {
        #expect(StringLiteral.json("a \"b\" \\ c\n\u{1}") == "\"a \\\"b\\\" \\\\ c\\n\\u0001\"")
    }

    @Test("JSON: non-ASCII text stays as it is")
    func jsonUnicode() {
        #expect(StringLiteral.json("Café ×") == "\"Café ×\"")
    }

    @Test("Cypher: single quotes are escaped and double quotes kept")
    func cypherQuotes() {
        #expect(StringLiteral.cypher("it's \"raft\"\t") == "'it\\'s \"raft\"\\t'")
    }
}
