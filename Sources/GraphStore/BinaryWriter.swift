/// Appends values to a byte buffer in a compact, fixed layout (little-endian, lengths as
/// LEB128 varints), for the import cache. `BinaryReader` reads them back in the same order.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func write(_ value: Int) {
        // Zigzag, so small negative numbers stay short.
        write(UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63))
    }

    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func write(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
    }

    public mutating func write(_ value: String) {
        write(UInt64(value.utf8.count))
        bytes += value.utf8
    }

    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    public mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    public mutating func write(raw: [UInt8]) {
        write(UInt64(raw.count))
        bytes += raw
    }

    /// A whole array of fixed-width integers at once.
    public mutating func write<Integer: FixedWidthInteger>(_ values: [Integer]) {
        write(UInt64(values.count))
        #if _endian(little)
            values.withUnsafeBytes { bytes += $0 }
        #else
            for value in values {
                withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
            }
        #endif
    }

    public mutating func write(_ values: [String]) {
        write(UInt64(values.count))
        for value in values { write(value) }
    }
}
