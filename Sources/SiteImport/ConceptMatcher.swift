/// Finds concept names and aliases in text: case-insensitive, on word boundaries, a
/// plural of the last word included ("vector clocks", "dependencies"), longest phrase first
/// and without overlaps, so "Multi-Paxos" counts for multi-paxos and not also for paxos.
public struct ConceptMatcher: Sendable {
    private struct TrieNode: Sendable {
        var children: [Int32: Int32] = [:]
        var concept: Int32 = -1
    }

    private var vocabulary: [String: Int32] = [:]
    /// The ASCII part of `vocabulary`, looked up from bytes.
    private var asciiVocabulary = WordTable([:])
    private var nodes: [TrieNode] = [TrieNode()]
    public let conceptCount: Int

    public init(concepts: [Concept]) {
        conceptCount = concepts.count
        for (index, concept) in concepts.enumerated() {
            for phrase in [concept.name] + concept.aliases {
                insert(Self.tokens(phrase), concept: Int32(index))
            }
        }
        asciiVocabulary = WordTable(vocabulary)
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
        let ids = wordNumbers(text)
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

    /// The vocabulary number of each of `tokens(text)`, -1 for a word outside it: an ASCII word
    /// is looked up from its bytes, only others become strings.
    private func wordNumbers(_ text: String) -> [Int32] {
        var numbers: [Int32] = []
        Self.forEachWord(in: text) { word in
            switch word {
            case .ascii(let bytes): numbers.append(asciiVocabulary.number(of: bytes))
            case .other(let word): numbers.append(vocabulary[word] ?? -1)
            }
        }
        return numbers
    }

    /// A word of a text, lower-cased.
    public enum Word {
        /// An ASCII word's bytes, borrowed for the call.
        case ascii(UnsafeBufferPointer<UInt8>)
        /// A word with letters beyond ASCII, lower-cased by `String.lowercased`.
        case other(String)
    }

    /// Calls `body` with each run of letters and digits of `text` in order, read from its UTF-8
    /// bytes: the words of `tokens`, without making strings of the ASCII ones.
    public static func forEachWord(in text: String, _ body: (Word) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var lowered: [UInt8] = []
            var index = 0
            while index < utf8.count {
                var (isWord, length) = scalar(at: index, in: utf8)
                guard isWord else {
                    index += length
                    continue
                }
                let start = index
                var ascii = true
                while isWord {
                    if length > 1 { ascii = false }
                    index += length
                    guard index < utf8.count else { break }
                    (isWord, length) = scalar(at: index, in: utf8)
                }
                if ascii {
                    lowered.removeAll(keepingCapacity: true)
                    for byte in utf8[start..<index] { lowered.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) }
                    lowered.withUnsafeBufferPointer { body(.ascii($0)) }
                } else {
                    body(.other(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<index]), as: UTF8.self).lowercased()))
                }
            }
        }
    }

    /// Whether the scalar starting at `index` is part of a word (a letter or a digit), and its length in bytes.
    private static func scalar(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (isWord: Bool, length: Int) {
        let lead = utf8[index]
        if lead < 0x80 {
            return ((lead >= 48 && lead <= 57) || (lead | 0x20 >= 97 && lead | 0x20 <= 122), 1)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < utf8.count { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        let properties = Unicode.Scalar(value)?.properties
        return (properties.map { $0.isAlphabetic || $0.numericType != nil } ?? false, min(length, utf8.count - index))
    }

    /// Runs of letters and digits, lower-cased: the words concepts are matched on.
    public static func words(_ text: String) -> [String] {
        tokens(text)
    }

    /// Runs of letters and digits, lower-cased.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { word in
            switch word {
            case .ascii(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
            case .other(let word): result.append(word)
            }
        }
        return result
    }
}
