import LineEditing
import Testing

@Suite("Decoding the keys a terminal sends")
struct KeyDecoderTests {
    func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.decode(bytes)
    }

    @Test("typed characters come as one run of text, Enter as Enter")
    func text() {
        #expect(keys(Array("MATCH (n)\r".utf8)) == [.text("MATCH (n)"), .enter])
    }

    @Test("arrows in both the CSI and the SS3 form")
    func arrows() {
        #expect(keys([0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44]) == [.up, .down, .right, .left])
        #expect(keys([0x1B, 0x4F, 0x41, 0x1B, 0x4F, 0x48, 0x1B, 0x4F, 0x46]) == [.up, .home, .end])
    }

    @Test("Home, End and Delete as numbered sequences; Ctrl-arrows move by words")
    func numbered() {
        #expect(keys(Array("\u{1B}[1~\u{1B}[4~\u{1B}[3~\u{1B}[7~\u{1B}[8~".utf8)) == [.home, .end, .delete, .home, .end])
        #expect(keys(Array("\u{1B}[1;5D\u{1B}[1;5C\u{1B}b\u{1B}f".utf8)) == [.wordLeft, .wordRight, .wordLeft, .wordRight])
    }

    @Test("control characters map to the readline keys people know")
    func controls() {
        #expect(keys([0x01, 0x05, 0x02, 0x06, 0x0B, 0x15, 0x17, 0x10, 0x0E, 0x03, 0x04, 0x0C, 0x7F, 0x08])
            == [.home, .end, .left, .right, .deleteToEnd, .deleteToStart, .deleteWordBackward, .up, .down, .interrupt, .endOfFile,
                .clearScreen, .backspace, .backspace])
    }

    @Test("a character split across two reads is decoded once it is whole")
    func splitCharacter() {
        var decoder = KeyDecoder()
        let bytes = Array("é→".utf8)
        #expect(decoder.decode(Array(bytes[..<1])) == [])
        #expect(decoder.decode(Array(bytes[1..<3])) == [.text("é")])
        #expect(decoder.decode(Array(bytes[3...])) == [.text("→")])
    }

    @Test("an escape sequence split across reads waits for its end")
    func splitSequence() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.decode([0x5B, 0x31, 0x3B]) == [])
        #expect(decoder.decode([0x35, 0x43, 0x61]) == [.wordRight, .text("a")])
    }

    @Test("a bracketed paste is one piece of text, its line breaks kept as newlines")
    func paste() {
        let bytes = Array("\u{1B}[200~MATCH (n)\r\nRETURN n;\rRETURN 1;\u{1B}[201~\r".utf8)
        #expect(keys(bytes) == [.text("MATCH (n)\nRETURN n;\nRETURN 1;"), .enter])
    }

    @Test("a paste's end marker split across reads still ends it")
    func pasteEndSplit() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(Array("\u{1B}[200~ab\u{1B}[20".utf8)) == [])
        #expect(decoder.decode(Array("1~".utf8)) == [.text("ab")])
    }

    @Test("unknown sequences and a lone Escape are dropped, not typed")
    func unknown() {
        #expect(keys(Array("\u{1B}[15~x\u{1B}qy".utf8)) == [.text("xqy")])
    }
}
