import Foundation

/// Index terms by their UTF-8 bytes, numbered in the order first met: building the text index
/// interns every word of every section, and hashing each as a `String` cost most of the build.
struct TermTable {
    private var bytes: [UInt8] = []
    /// Term `i` is `bytes[ends[i - 1]..<ends[i]]` (from 0 for the first).
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    private var slots = [Int32](repeating: -1, count: 1 << 12)

    var count: Int { ends.count }

    /// The term's number, a new one when it is new.
    mutating func intern(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash, equals(number, term) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = ends.count
        bytes.append(contentsOf: term)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(number)
        if ends.count * 2 > slots.count { grow() }
        return number
    }

    /// Every term as a string, by number.
    var strings: [String] {
        (0..<ends.count).map { String(decoding: bytes[(($0 == 0) ? 0 : ends[$0 - 1])..<ends[$0]], as: UTF8.self) }
    }

    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, term.baseAddress!, term.count) == 0 }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(number)
        }
    }

    /// FNV-1a, then mixed so that the low bits used for slots depend on every byte.
    private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return (value ^ value >> 29) &* 0xBF58_476D_1CE4_E5B9 ^ value >> 32
    }
}
