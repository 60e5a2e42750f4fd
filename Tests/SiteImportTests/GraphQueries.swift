import GraphStore

/// Small lookups the import tests share.
extension FrozenGraph {
    func string(_ key: String, of node: NodeID) -> String? {
        if case .string(let value)? = property(key, of: node) { return value }
        return nil
    }

    func int(_ key: String, of node: NodeID) -> Int64? {
        if case .int(let value)? = property(key, of: node) { return value }
        return nil
    }

    func page(_ path: String) -> NodeID? {
        nodes(withLabel: "Page").first { string("path", of: $0) == path }
    }

    func concept(_ id: String) -> NodeID? {
        nodes(withLabel: "Concept").first { string("id", of: $0) == id }
    }

    /// The page's sections in document order, nested ones included.
    func sections(of page: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        var pending = outgoing(from: page, type: "HAS_SECTION").map { target(of: $0) }
        while !pending.isEmpty {
            let node = pending.removeFirst()
            result.append(node)
            pending += outgoing(from: node, type: "HAS_SECTION").map { target(of: $0) }
        }
        return result.sorted { (int("position", of: $0) ?? 0) < (int("position", of: $1) ?? 0) }
    }
}
