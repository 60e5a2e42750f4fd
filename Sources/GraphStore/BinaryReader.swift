/// Reads what `BinaryWriter` wrote, in the same order. Every read checks that the bytes are
/// there and well formed, and throws otherwise: a cache file is input like any other.
public struct BinaryReader {
    public struct Malformed: Error, CustomStringConvertible {
        public var offset: Int
        public var what: String
        public var description: String { "malformed \(what) at byte \(offset)" }

        public init(offset: Int, what: String) {
            self.offset = offset
            self.what = what
        }
    }

    private let bytes: [UInt8]
    public private(set) var offset: Int

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func readUInt64() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed(offset: offset, what: "number") }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func readInt() throws(Malformed) -> Int {
        let raw = try readUInt64()
        return Int(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count or length that cannot exceed the bytes left (each element takes at least one).
    public mutating func readCount() throws(Malformed) -> Int {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - offset) else { throw Malformed(offset: offset, what: "length") }
        return Int(count)
    }

    public mutating func readBool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed(offset: offset, what: "flag") }
        offset += 1
        return bytes[offset - 1] == 1
    }

    public mutating func readDouble() throws(Malformed) -> Double {
        guard offset + 8 <= bytes.count else { throw Malformed(offset: offset, what: "number") }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    public mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    public mutating func readOptionalString() throws(Malformed) -> String? {
        try readBool() ? try readString() : nil
    }

    public mutating func readOptionalInt() throws(Malformed) -> Int? {
        try readBool() ? try readInt() : nil
    }

    public mutating func readRaw() throws(Malformed) -> [UInt8] {
        let count = try readCount()
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    public mutating func readIntegers<Integer: FixedWidthInteger>(_: Integer.Type) throws(Malformed) -> [Integer] {
        let count = try readCount()
        let width = MemoryLayout<Integer>.size
        guard count <= (bytes.count - offset) / width else { throw Malformed(offset: offset, what: "array") }
        var values = [Integer](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count * width]))
            }
        }
        offset += count * width
        #if _endian(little)
            return values
        #else
            return values.map { Integer(littleEndian: $0) }
        #endif
    }

    public mutating func readStrings() throws(Malformed) -> [String] {
        let count = try readCount()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }
}
