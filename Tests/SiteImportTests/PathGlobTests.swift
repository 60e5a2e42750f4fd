import Testing
@testable import SiteImport

@Suite("Path globs")
struct PathGlobTests {
    @Test("* matches within one segment, also as part of a name")
    func star() {
        #expect(PathGlob("core-principles/laws/*/index.html").matches("core-principles/laws/correlated-failure/index.html"))
        #expect(!PathGlob("core-principles/laws/*/index.html").matches("core-principles/laws/a/b/index.html"))
        #expect(PathGlob("core-principles/laws/*-advanced/index.html").matches("core-principles/laws/emergent-chaos-advanced/index.html"))
        #expect(!PathGlob("core-principles/laws/*-advanced/index.html").matches("core-principles/laws/emergent-chaos/index.html"))
    }

    @Test("** matches any number of segments, zero included")
    func doubleStar() {
        #expect(PathGlob("**/index.html").matches("index.html"))
        #expect(PathGlob("**/index.html").matches("a/b/c/index.html"))
        #expect(PathGlob("pattern-library/*/*/*/**/index.html").matches("pattern-library/a/b/c/index.html"))
        #expect(!PathGlob("pattern-library/*/*/*/**/index.html").matches("pattern-library/a/b/index.html"))
    }

    @Test("? matches one character")
    func question() {
        #expect(PathGlob("module-?/index.html").matches("module-4/index.html"))
        #expect(!PathGlob("module-?/index.html").matches("module-42/index.html"))
    }
}
