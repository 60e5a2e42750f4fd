import Foundation

/// Lower-case ASCII words to numbers, looked up straight from a text's bytes: the concept
/// matcher asks for every word of every page, and hashing a `String` per word cost more
/// than the rest of the matching.
struct WordTable: Sendable {
    private var bytes: [UInt8] = []
    private var words: [(start: Int, count: Int, number: Int32)] = []
    private var slots: [Int32]

    init(_ vocabulary: [String: Int32]) {
        var capacity = 16
        while capacity < vocabulary.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for (word, number) in vocabulary where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let start = bytes.count
            bytes += word.utf8
            let entry = Int32(words.count)
            words.append((start, word.utf8.count, number))
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start...])) } & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = entry
        }
    }

    /// The number of a lower-case ASCII word, or -1.
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = words[Int(slots[slot])]
            if entry.count == word.count, bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + entry.start, word.baseAddress!, word.count) == 0 }) {
                return entry.number
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return -1
    }

    /// FNV-1a.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: value >> 1)
    }
}
