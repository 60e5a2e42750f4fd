/// Finds concept names and aliases in text: case-insensitive, on word boundaries, a
/// plural of the last word included ("vector clocks", "dependencies"), longest phrase first
/// and without overlaps, so "Multi-Paxos" counts for multi-paxos and not also for paxos.
public struct ConceptMatcher: Sendable {
    private struct TrieNode: Sendable {
        var children: [Int32: Int32] = [:]
        var concept: Int32 = -1
    }

    private var vocabulary: [String: Int32] = [:]
    private var nodes: [TrieNode] = [TrieNode()]
    public let conceptCount: Int

    public init(concepts: [Concept]) {
        conceptCount = concepts.count
        for (index, concept) in concepts.enumerated() {
            for phrase in [concept.name] + concept.aliases {
                insert(Self.tokens(phrase), concept: Int32(index))
            }
        }
    }

    /// Every form a phrase matches (its plurals included), normalized, to find two concepts
    /// that would claim the same words.
    public static func forms(_ phrase: String) -> [String] {
        let words = tokens(phrase)
        guard let last = words.last else { return [] }
        let stem = words.dropLast().map { $0 + " " }.joined()
        return pluralEndings(last).map { stem + $0 }
    }

    private static func pluralEndings(_ word: String) -> [String] {
        var endings = [word, word + "s", word + "es"]
        if word.hasSuffix("y"), word.count > 2 { endings.append(String(word.dropLast()) + "ies") }
        return endings
    }

    /// How often each concept (by its index in the initialiser's list) occurs in `text`.
    public func counts(in text: String) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        let ids = Self.tokens(text).map { vocabulary[$0] ?? -1 }
        var position = 0
        while position < ids.count {
            var node = 0
            var matchedConcept: Int32 = -1
            var matchedEnd = position
            var cursor = position
            while cursor < ids.count, ids[cursor] >= 0, let next = nodes[node].children[ids[cursor]] {
                node = Int(next)
                cursor += 1
                if nodes[node].concept >= 0 {
                    matchedConcept = nodes[node].concept
                    matchedEnd = cursor
                }
            }
            if matchedConcept >= 0 {
                counts[Int(matchedConcept), default: 0] += 1
                position = matchedEnd
            } else {
                position += 1
            }
        }
        return counts
    }

    private mutating func insert(_ words: [String], concept: Int32) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words.dropLast() {
            node = child(of: node, word: word)
        }
        for ending in Self.pluralEndings(words[words.count - 1]) {
            let end = child(of: node, word: ending)
            // The first concept to claim a phrase keeps it; the loader rejects real duplicates,
            // so this only settles plural forms that coincide with another name.
            if nodes[end].concept < 0 { nodes[end].concept = concept }
        }
    }

    private mutating func child(of node: Int, word: String) -> Int {
        let id: Int32
        if let known = vocabulary[word] {
            id = known
        } else {
            id = Int32(vocabulary.count)
            vocabulary[word] = id
        }
        if let existing = nodes[node].children[id] { return Int(existing) }
        nodes.append(TrieNode())
        let created = Int32(nodes.count - 1)
        nodes[node].children[id] = created
        return Int(created)
    }

    /// Runs of letters and digits, lower-cased: the words concepts are matched on.
    public static func words(_ text: String) -> [String] {
        tokens(text)
    }

    /// Runs of letters and digits, lower-cased.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isWord: Bool
            if scalar.isASCII {
                let value = scalar.value
                isWord = (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
            } else {
                isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWord {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current).lowercased()) }
        return result
    }
}
