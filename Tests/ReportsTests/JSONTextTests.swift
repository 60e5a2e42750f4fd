import Testing
@testable import Reports

@Suite("JSON text")
struct JSONTextTests {
    @Test("quotes, backslashes and control characters are escaped")
    func escaping() {
        #expect(JSONText.quoted("a \"b\" \\ c\n\u{1}") == "\"a \\\"b\\\" \\\\ c\\n\\u0001\"")
    }

    @Test("non-ASCII text stays as it is")
    func unicode() {
        #expect(JSONText.quoted("Café ×") == "\"Café ×\"")
    }
}
