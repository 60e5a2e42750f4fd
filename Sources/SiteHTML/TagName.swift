/// An element name as libxml2's HTML parser reads it (ASCII letters, digits, `:`, `-`, `_`,
/// `.`; lower-cased), packed into two words so that comparing and hashing names while
/// scanning a page allocates nothing. Longer names are not packed: the scanner gives up on them.
struct TagName: Hashable {
    static let capacity = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var count = 0

    init() {}

    /// nil when the name is too long to pack.
    init?(_ text: String) {
        for byte in text.utf8 where !append(byte) { return nil }
    }

    /// Adds one lower-cased byte; false when the name no longer fits.
    mutating func append(_ byte: UInt8) -> Bool {
        guard count < Self.capacity else { return false }
        let shift = UInt64((count % 8) * 8)
        if count < 8 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << shift }
        count += 1
        return true
    }

    /// A cheap hash for `TreeRules`' table.
    var mixed: Int {
        Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> 40)
    }

    var bytes: [UInt8] {
        (0..<count).map { index in
            let word = index < 8 ? low : high
            return UInt8(truncatingIfNeeded: word >> UInt64((index % 8) * 8))
        }
    }

    /// The name as a NUL-terminated C string, for libxml2's lookups.
    func withCString<Result>(_ body: (UnsafePointer<UInt8>) -> Result) -> Result {
        let terminated = bytes + [0]
        return terminated.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    static let html = TagName("html")!
    static let head = TagName("head")!
    static let body = TagName("body")!
    static let title = TagName("title")!
    static let meta = TagName("meta")!
    static let link = TagName("link")!
    static let script = TagName("script")!
    static let style = TagName("style")!
}
