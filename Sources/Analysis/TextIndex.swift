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
    }

    public private(set) var documents: [Document] = []
    private var terms: [String: Int32] = [:]
    private var postingDocuments: [[UInt32]] = []
    private var postingFrequencies: [[Float]] = []
    private var averageLength: Float = 1
    static let k1: Float = 1.2
    static let b: Float = 0.75
    static let headingWeight: Float = 3
    static let titleWeight: Float = 2

    public init(graph: FrozenGraph) {
        var total: Float = 0
        for page in graph.nodes(withLabel: "Page") where !graph.hasLabel(page, named: "Redirect") {
            guard case .string(let path)? = graph.property("path", of: page) else { continue }
            var name = ""
            if case .string(let value)? = graph.property("name", of: page) { name = value }
            let titleTokens = Self.tokens(name)
            var pending = graph.outgoing(from: page, type: "HAS_SECTION").map { graph.target(of: $0) }
            while let section = pending.popLast() {
                pending += graph.outgoing(from: section, type: "HAS_SECTION").map { graph.target(of: $0) }
                var text = ""
                var heading = ""
                var anchor: String?
                if case .string(let value)? = graph.property("text", of: section) { text = value }
                if case .string(let value)? = graph.property("heading", of: section) { heading = value }
                if case .string(let value)? = graph.property("anchor", of: section) { anchor = value }
                var frequencies: [String: Float] = [:]
                let body = Self.tokens(text)
                for token in body { frequencies[token, default: 0] += 1 }
                for token in Self.tokens(heading) { frequencies[token, default: 0] += Self.headingWeight - 1 }
                for token in titleTokens { frequencies[token, default: 0] += Self.titleWeight }
                let document = UInt32(documents.count)
                let length = Float(body.count) + Float(titleTokens.count) * Self.titleWeight
                documents.append(Document(page: path, anchor: anchor, node: section, pageNode: page, length: max(length, 1)))
                total += max(length, 1)
                for (token, frequency) in frequencies.sorted(by: { $0.key < $1.key }) {
                    let id: Int32
                    if let known = terms[token] {
                        id = known
                    } else {
                        id = Int32(postingDocuments.count)
                        terms[token] = id
                        postingDocuments.append([])
                        postingFrequencies.append([])
                    }
                    postingDocuments[Int(id)].append(document)
                    postingFrequencies[Int(id)].append(frequency)
                }
            }
        }
        averageLength = documents.isEmpty ? 1 : total / Float(documents.count)
    }

    /// BM25 scores of the documents matching any query term, by document index.
    /// `query` maps terms (already tokenized) to their weight.
    public func scores(_ query: [String: Float]) -> [Int: Float] {
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
        var scores: [Int: Float] = [:]
        scores.reserveCapacity(touched.count)
        for document in touched { scores[document] = accumulator[document] }
        return scores
    }

    /// Lower-case words of letters and digits, with a final plural `s` dropped, so that
    /// "clocks" finds "clock".
    public static func tokens(_ text: String) -> [String] {
        ConceptMatcher.words(text).map { word in
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
    }
}
