import Testing
@testable import SiteImport

@Suite("Finding concepts in text")
struct ConceptMatcherTests {
    let concepts = [
        Concept(id: "paxos", name: "Paxos", aliases: ["Basic Paxos"]),
        Concept(id: "multi-paxos", name: "Multi-Paxos"),
        Concept(id: "vector-clock", name: "vector clock"),
        Concept(id: "lsm-tree", name: "LSM tree", aliases: ["log-structured merge"]),
        Concept(id: "dependency", name: "dependency"),
        Concept(id: "cafe", name: "café consistency"),
    ]

    func counts(_ text: String) -> [String: Int] {
        let matcher = ConceptMatcher(concepts: concepts)
        return Dictionary(uniqueKeysWithValues: matcher.counts(in: text).map { (concepts[$0.key].id, $0.value) })
    }

    @Test("names and aliases match case-insensitively")
    func caseInsensitive() {
        #expect(counts("PAXOS and basic paxos and Paxos") == ["paxos": 3])
    }

    @Test("matches stop at word boundaries")
    func wordBoundaries() {
        #expect(counts("paxosish compaxos") == [:])
    }

    @Test("the longest phrase wins and is not counted again inside")
    func longestFirst() {
        #expect(counts("Multi-Paxos extends Paxos; multi paxos batches") == ["multi-paxos": 2, "paxos": 1])
    }

    @Test("plurals of the last word match, -s, -es and -ies")
    func plurals() {
        #expect(counts("Vector clocks and a vector clock; dependencies") == ["vector-clock": 2, "dependency": 1])
    }

    @Test("hyphens and spaces are the same boundary")
    func hyphens() {
        #expect(counts("a log structured merge tree, an LSM-tree") == ["lsm-tree": 2])
    }

    @Test("words with letters beyond ASCII are whole words, lower-cased as Unicode says")
    func unicodeWords() {
        #expect(counts("Café consistency, CAFÉ CONSISTENCY and café-consistency; naïve paxos") == ["cafe": 3, "paxos": 1])
        #expect(counts("cafe consistency and paxosé") == [:])
    }
}
