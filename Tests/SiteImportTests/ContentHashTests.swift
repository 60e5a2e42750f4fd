import Testing
@testable import SiteImport

@Suite("The content hash")
struct ContentHashTests {
    @Test("gives xxHash64's values (checked with the Python xxhash package) for every path through it")
    func knownValues() {
        #expect(ContentHash.of([]) == 0xEF46_DB37_51D8_E999)
        #expect(ContentHash.of(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(ContentHash.of(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(ContentHash.of(Array(repeating: UInt8(ascii: "x"), count: 31)) == 0x60DD_0D01_083B_99F0)
        #expect(ContentHash.of(Array(repeating: UInt8(ascii: "x"), count: 32)) == 0xE2DF_261F_C2EC_30EB)
        #expect(ContentHash.of((0..<100).map { UInt8($0) }) == 0x6AC1_E580_3216_6597)
    }
}
