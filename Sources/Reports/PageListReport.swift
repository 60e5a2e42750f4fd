import GraphStore
import SiteImport

/// The pages of one kind (or label), so a person can check the classification by hand.
public struct PageListReport: Sendable {
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var category: String?
        public var title: String
    }

    public let label: String
    public let entries: [Entry]

    public init(_ result: ImportResult, label: String) {
        self.label = label
        let graph = result.graph
        entries = graph.nodes(withLabel: label).filter { graph.hasLabel($0, named: "Page") }.map { node in
            var category: String?
            if case .string(let value)? = graph.property("category", of: node) { category = value }
            var title = ""
            if case .string(let value)? = graph.property("name", of: node) { title = value }
            var path = ""
            if case .string(let value)? = graph.property("path", of: node) { path = value }
            return Entry(path: path, category: category, title: title)
        }.sorted { $0.path < $1.path }
    }

    public func text() -> String {
        var lines = entries.map { entry in
            [entry.path, entry.category ?? "", entry.title].joined(separator: "\t")
        }
        lines.append("\(entries.count) pages labelled \(label)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"label": …, "pages": [{path, category, title}]}`, pages sorted by path.
    public func json() -> String {
        let pages = entries.map {
            JSONText.object([("path", JSONText.string($0.path)), ("category", JSONText.string($0.category)), ("title", JSONText.string($0.title))])
        }
        return JSONText.document([("label", JSONText.string(label)), ("pages", JSONText.list(pages, indent: "  "))]) + "\n"
    }
}
