import GraphStore
import SiteHTML

/// An extracted page as the import cache stores it, without its path (pages with the same
/// bytes share one entry; the path is given back when it is read).
extension ExtractedPage {
    func encode(into writer: inout BinaryWriter) {
        for text in [title, description, canonical, redirect, contentSelector] { writer.write(text) }
        lead.encode(into: &writer)
        writer.write(leadText)
        writer.write(UInt64(sections.count))
        for section in sections {
            writer.write(section.heading)
            writer.write(section.anchor)
            writer.write(section.level)
            writer.write(section.parent)
            section.signals.encode(into: &writer)
            writer.write(section.text)
        }
        writer.write(UInt64(links.count))
        for link in links {
            writer.write(link.href)
            writer.write(link.section)
        }
        writer.write(UInt64(warnings.count))
        for warning in warnings { warning.encode(into: &writer) }
        writer.write(byteCount)
    }

    init(path: String, decoding reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(path: path)
        title = try reader.readOptionalString()
        description = try reader.readOptionalString()
        canonical = try reader.readOptionalString()
        redirect = try reader.readOptionalString()
        contentSelector = try reader.readOptionalString()
        lead = try ContentSignals(decoding: &reader)
        leadText = try reader.readString()
        let sectionCount = try reader.readCount()
        sections.reserveCapacity(sectionCount)
        for index in 0..<sectionCount {
            var section = ExtractedSection(
                heading: try reader.readString(), anchor: try reader.readOptionalString(), level: try reader.readInt(),
                parent: try reader.readOptionalInt())
            guard (1...6).contains(section.level), section.parent.map({ (0..<index).contains($0) }) ?? true else {
                throw BinaryReader.Malformed(offset: reader.offset, what: "section")
            }
            section.signals = try ContentSignals(decoding: &reader)
            section.text = try reader.readString()
            sections.append(section)
        }
        let linkCount = try reader.readCount()
        links.reserveCapacity(linkCount)
        for _ in 0..<linkCount {
            let link = ExtractedLink(href: try reader.readString(), section: try reader.readOptionalInt())
            guard link.section.map({ (0..<sectionCount).contains($0) }) ?? true else {
                throw BinaryReader.Malformed(offset: reader.offset, what: "link")
            }
            links.append(link)
        }
        for _ in 0..<(try reader.readCount()) { warnings.append(try ExtractionWarning(decoding: &reader)) }
        byteCount = try reader.readInt()
    }
}

extension ContentSignals {
    func encode(into writer: inout BinaryWriter) {
        for count in [proseWords, codeBlocks, codeLines, mathInline, mathBlocks, tables, tableRows, mermaidDiagrams, admonitions] {
            writer.write(count)
        }
        writer.write(UInt64(codeLanguages.count))
        for language in codeLanguages.keys.sorted() {
            writer.write(language)
            writer.write(codeLanguages[language]!)
        }
    }

    init(decoding reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init()
        proseWords = try reader.readInt()
        codeBlocks = try reader.readInt()
        codeLines = try reader.readInt()
        mathInline = try reader.readInt()
        mathBlocks = try reader.readInt()
        tables = try reader.readInt()
        tableRows = try reader.readInt()
        mermaidDiagrams = try reader.readInt()
        admonitions = try reader.readInt()
        for _ in 0..<(try reader.readCount()) { codeLanguages[try reader.readString()] = try reader.readInt() }
    }
}

extension ExtractionWarning {
    func encode(into writer: inout BinaryWriter) {
        switch self {
        case .empty: writer.write(UInt64(0))
        case .binary(let offset):
            writer.write(UInt64(1))
            writer.write(offset)
        case .invalidUTF8(let offset, let declared):
            writer.write(UInt64(2))
            writer.write(offset)
            writer.write(declared)
        case .notUTF8(let declared):
            writer.write(UInt64(3))
            writer.write(declared)
        case .utf16: writer.write(UInt64(4))
        case .noContentElement(let selector):
            writer.write(UInt64(5))
            writer.write(selector)
        case .noParse: writer.write(UInt64(6))
        case .tooDeep(let limit):
            writer.write(UInt64(7))
            writer.write(limit)
        }
    }

    init(decoding reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readUInt64() {
        case 0: self = .empty
        case 1: self = .binary(offset: try reader.readInt())
        case 2: self = .invalidUTF8(offset: try reader.readInt(), declared: try reader.readOptionalString())
        case 3: self = .notUTF8(declared: try reader.readString())
        case 4: self = .utf16
        case 5: self = .noContentElement(usedSelector: try reader.readString())
        case 6: self = .noParse
        case 7: self = .tooDeep(limit: try reader.readInt())
        default: throw BinaryReader.Malformed(offset: reader.offset, what: "warning")
        }
    }
}
