import GraphStore
import SiteImport

extension TextIndex {
    /// Its name in an import's derived cache.
    static let cacheName = "text-index"

    /// The index of an imported graph: from the import's cache when that holds the index of
    /// this very graph, else built (and stored there for the next run). Problems with the cache
    /// go to `warnings`; the index is then built as if there were none.
    public static func cached(for result: ImportResult, warnings: inout [String]) -> TextIndex {
        guard let derived = result.derived else { return TextIndex(graph: result.graph) }
        if var reader = derived.read(cacheName, warnings: &warnings) {
            do throws(BinaryReader.Malformed) {
                return try TextIndex(decoding: &reader, nodeCount: result.graph.nodeCount)
            } catch {
                warnings.append("the cached text index is malformed (\(error)); it was built again and the cache rebuilt")
            }
        }
        let index = TextIndex(graph: result.graph)
        warnings += derived.write(cacheName, index.encoded())
        return index
    }

    /// Documents as parallel columns, then the pages, the terms in id order and the postings
    /// flattened, each term's run given by its length.
    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(pages)
        writer.write(documents.map { UInt32($0.pageIndex) })
        writer.write(documents.map(\.node.raw))
        writer.write(documents.map(\.pageNode.raw))
        writer.write(documents.map(\.length.bitPattern))
        for document in documents { writer.write(document.anchor) }
        writer.write(termsByID)
        writer.write(postingDocuments.map { UInt32($0.count) })
        writer.write(postingDocuments.flatMap { $0 })
        writer.write(postingFrequencies.flatMap { $0 }.map(\.bitPattern))
        writer.write([averageLength.bitPattern])
        return writer.bytes
    }

    /// Reads what `encoded()` wrote, checking that every number points inside the index and
    /// the graph, so a payload that passed the checksum but does not fit is refused.
    init(decoding reader: inout BinaryReader, nodeCount: Int) throws(BinaryReader.Malformed) {
        func malformed(_ what: String) -> BinaryReader.Malformed { BinaryReader.Malformed(offset: reader.offset, what: what) }
        let pages = try reader.readStrings()
        let pageIndexes = try reader.readIntegers(UInt32.self)
        let nodes = try reader.readIntegers(UInt32.self)
        let pageNodes = try reader.readIntegers(UInt32.self)
        let lengths = try reader.readIntegers(UInt32.self)
        let count = pageIndexes.count
        guard nodes.count == count, pageNodes.count == count, lengths.count == count else { throw malformed("document columns") }
        var documents: [Document] = []
        documents.reserveCapacity(count)
        for position in 0..<count {
            let pageIndex = Int(pageIndexes[position])
            guard pageIndex < pages.count, Int(nodes[position]) < nodeCount, Int(pageNodes[position]) < nodeCount else {
                throw malformed("document")
            }
            documents.append(Document(
                page: pages[pageIndex], anchor: try reader.readOptionalString(), node: NodeID(nodes[position]),
                pageNode: NodeID(pageNodes[position]), length: Float(bitPattern: lengths[position]), pageIndex: pageIndex))
        }
        let terms = try reader.readStrings()
        let runs = try reader.readIntegers(UInt32.self)
        let postings = try reader.readIntegers(UInt32.self)
        let frequencies = try reader.readIntegers(UInt32.self)
        let average = try reader.readIntegers(UInt32.self)
        guard runs.count == terms.count, Set(terms).count == terms.count, frequencies.count == postings.count,
            average.count == 1, reader.isAtEnd,
            runs.reduce(0, { $0 + Int($1) }) == postings.count, postings.allSatisfy({ Int($0) < count })
        else { throw malformed("postings") }
        var postingDocuments: [[UInt32]] = []
        var postingFrequencies: [[Float]] = []
        postingDocuments.reserveCapacity(runs.count)
        postingFrequencies.reserveCapacity(runs.count)
        var start = 0
        for run in runs {
            let end = start + Int(run)
            postingDocuments.append(Array(postings[start..<end]))
            postingFrequencies.append(frequencies[start..<end].map { Float(bitPattern: $0) })
            start = end
        }
        self.init(
            documents: documents, pages: pages, termsByID: terms, postingDocuments: postingDocuments,
            postingFrequencies: postingFrequencies, averageLength: Float(bitPattern: average[0]))
    }
}
