import Foundation
import GraphStore
import SiteImport

/// BM25 over the site's sections, with the page name and the section heading as boosted
/// fields. Postings are integer arrays per term (document, weighted term frequency), so a query
/// touches only the documents containing its terms.
public struct TextIndex: Sendable {
    public struct Document: Sendable {
        public var page: String
        public var anchor: String?
        public var node: NodeID
        public var pageNode: NodeID
        var length: Float
        /// The page's position in `pages`, to gather scores per page in an array.
        var pageIndex: Int
    }

    public private(set) var documents: [Document] = []
    /// The indexed pages' paths, in the order their documents come.
    public private(set) var pages: [String] = []
    private var terms: [String: Int32] = [:]
    /// The terms by number, for the cache; `terms` is its inverse.
    private(set) var termsByID: [String] = []
    private(set) var postingDocuments: [[UInt32]] = []
    private(set) var postingFrequencies: [[Float]] = []
    private(set) var averageLength: Float = 1
    static let k1: Float = 1.2
    static let b: Float = 0.75
    static let headingWeight: Float = 3
    static let titleWeight: Float = 2

    /// Pages are indexed in contiguous runs on `threads` threads, then joined in page order: the
    /// documents, the postings and the sum of lengths are what one pass over all pages gives.
    public init(graph: FrozenGraph, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let indexed = graph.nodes(withLabel: "Page").filter { page in
            guard !graph.hasLabel(page, named: "Redirect"), case .string? = graph.property("path", of: page) else { return false }
            return true
        }
        let runs = max(1, min(threads, indexed.count))
        let bounds = (0...runs).map { $0 * indexed.count / runs }
        let parts = parallelMap(Array(0..<runs), threads: runs) { run in
            Part(graph: graph, pages: indexed[bounds[run]..<bounds[run + 1]])
        }
        var total: Float = 0
        for part in parts {
            let firstDocument = UInt32(documents.count)
            let firstPage = pages.count
            pages += part.pages
            for var document in part.documents {
                document.pageIndex += firstPage
                documents.append(document)
                total += document.length
            }
            for (local, term) in part.terms.enumerated() {
                let id: Int
                if let known = terms[term] {
                    id = Int(known)
                } else {
                    id = postingDocuments.count
                    terms[term] = Int32(id)
                    termsByID.append(term)
                    postingDocuments.append([])
                    postingFrequencies.append([])
                }
                postingDocuments[id] += part.postingDocuments[local].map { $0 + firstDocument }
                postingFrequencies[id] += part.postingFrequencies[local]
            }
        }
        averageLength = documents.isEmpty ? 1 : total / Float(documents.count)
    }

    /// An index read back from the cache (`TextIndex+Coding`).
    init(
        documents: [Document], pages: [String], termsByID: [String], postingDocuments: [[UInt32]], postingFrequencies: [[Float]],
        averageLength: Float
    ) {
        self.documents = documents
        self.pages = pages
        self.termsByID = termsByID
        terms = Dictionary(uniqueKeysWithValues: termsByID.enumerated().map { ($1, Int32($0)) })
        self.postingDocuments = postingDocuments
        self.postingFrequencies = postingFrequencies
        self.averageLength = averageLength
    }

    /// The index of a run of pages, numbered from 0.
    private struct Part: Sendable {
        var documents: [Document] = []
        var pages: [String] = []
        var terms: [String] = []
        var postingDocuments: [[UInt32]] = []
        var postingFrequencies: [[Float]] = []

        init(graph: FrozenGraph, pages indexed: ArraySlice<NodeID>) {
            var table = TermTable()
            var frequency: [Float] = []
            var touched: [Int] = []
            // Term frequencies gathered by term number in one array: a posting list only needs
            // each document's frequency, whatever order the terms come in.
            func add(_ term: Int, _ weight: Float) {
                while term >= frequency.count {
                    postingDocuments.append([])
                    postingFrequencies.append([])
                    frequency.append(0)
                }
                if frequency[term] == 0 { touched.append(term) }
                frequency[term] += weight
            }
            for page in indexed {
                guard case .string(let path)? = graph.property("path", of: page) else { continue }
                var name = ""
                if case .string(let value)? = graph.property("name", of: page) { name = value }
                let titleTerms = TextIndex.terms(name, into: &table)
                let pageIndex = pages.count
                pages.append(path)
                var pending = graph.outgoing(from: page, type: "HAS_SECTION").map { graph.target(of: $0) }
                while let section = pending.popLast() {
                    pending += graph.outgoing(from: section, type: "HAS_SECTION").map { graph.target(of: $0) }
                    var text = ""
                    var heading = ""
                    var anchor: String?
                    if case .string(let value)? = graph.property("text", of: section) { text = value }
                    if case .string(let value)? = graph.property("heading", of: section) { heading = value }
                    if case .string(let value)? = graph.property("anchor", of: section) { anchor = value }
                    var bodyCount = 0
                    TextIndex.forEachTerm(text, into: &table) { term in
                        add(term, 1)
                        bodyCount += 1
                    }
                    TextIndex.forEachTerm(heading, into: &table) { add($0, TextIndex.headingWeight - 1) }
                    for term in titleTerms { add(term, TextIndex.titleWeight) }
                    let document = UInt32(documents.count)
                    let length = Float(bodyCount) + Float(titleTerms.count) * TextIndex.titleWeight
                    documents.append(
                        Document(page: path, anchor: anchor, node: section, pageNode: page, length: max(length, 1), pageIndex: pageIndex))
                    for term in touched {
                        postingDocuments[term].append(document)
                        postingFrequencies[term].append(frequency[term])
                        frequency[term] = 0
                    }
                    touched.removeAll(keepingCapacity: true)
                }
            }
            terms = table.strings
            // Terms met only in page names of pages without sections have no postings yet.
            while postingDocuments.count < terms.count {
                postingDocuments.append([])
                postingFrequencies.append([])
            }
        }
    }

    /// The numbers of `tokens(text)`, interned.
    private static func terms(_ text: String, into table: inout TermTable) -> [Int] {
        var numbers: [Int] = []
        forEachTerm(text, into: &table) { numbers.append($0) }
        return numbers
    }

    /// Each of `tokens(text)` as its number, interned from its bytes.
    private static func forEachTerm(_ text: String, into table: inout TermTable, _ body: (Int) -> Void) {
        ConceptMatcher.forEachWord(in: text) { word in
            switch word {
            case .ascii(let bytes):
                let count = bytes.count
                let plural = count > 3 && bytes[count - 1] == UInt8(ascii: "s") && bytes[count - 2] != UInt8(ascii: "s")
                body(table.intern(plural ? UnsafeBufferPointer(rebasing: bytes[0..<count - 1]) : bytes))
            case .other(let word):
                var utf8 = Array(singular(word).utf8)
                body(utf8.withUnsafeMutableBufferPointer { table.intern(UnsafeBufferPointer($0)) })
            }
        }
    }

    /// BM25 scores of the documents matching any query term, by document index, in the order
    /// the documents were first reached. `query` maps terms (already tokenized) to their weight.
    public func scores(_ query: [String: Float]) -> [(document: Int, score: Float)] {
        // A dense accumulator: common terms touch thousands of documents, and hashing each
        // would cost more than one pass over an array.
        var accumulator = [Float](repeating: 0, count: documents.count)
        var touched: [Int] = []
        let count = Float(documents.count)
        for (term, weight) in query.sorted(by: { $0.key < $1.key }) {
            guard let id = terms[term] else { continue }
            let postings = postingDocuments[Int(id)]
            let frequencies = postingFrequencies[Int(id)]
            let idf = log(1 + (count - Float(postings.count) + 0.5) / (Float(postings.count) + 0.5))
            for (position, document) in postings.enumerated() {
                let frequency = frequencies[position]
                let norm = Self.k1 * (1 - Self.b + Self.b * documents[Int(document)].length / averageLength)
                if accumulator[Int(document)] == 0 { touched.append(Int(document)) }
                accumulator[Int(document)] += weight * idf * frequency * (Self.k1 + 1) / (frequency + norm)
            }
        }
        return touched.map { ($0, accumulator[$0]) }
    }

    /// Lower-case words of letters and digits, with a final plural `s` dropped, so that
    /// "clocks" finds "clock".
    public static func tokens(_ text: String) -> [String] {
        ConceptMatcher.words(text).map(singular)
    }

    private static func singular(_ word: String) -> String {
        // An ASCII word's characters are its bytes; counting them is cheaper so.
        let count = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
        return count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
