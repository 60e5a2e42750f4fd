import Foundation
import GraphStore

/// Equality indexes over an immutable graph's node properties, built on first use per
/// (label, key) and kept for later queries. Keys use equivalence, so `1` finds `1.0`.
final class PropertyIndexCache: @unchecked Sendable {
    private let graph: FrozenGraph
    private let lock = NSLock()
    private var indexes: [String: [CypherValue: [NodeID]]] = [:]

    init(graph: FrozenGraph) { self.graph = graph }

    /// Nodes whose `key` equals `value` under Cypher `=`, ascending by id.
    func nodes(label: String?, key: String, value: CypherValue) -> [NodeID] {
        // Null and NaN equal nothing, which equivalence-based lookup would not give.
        guard value.isIndexable else { return [] }
        let name = (label ?? "") + "\u{0}" + key
        lock.lock()
        defer { lock.unlock() }
        if indexes[name] == nil {
            var index: [CypherValue: [NodeID]] = [:]
            for node in label.map(graph.nodes(withLabel:)) ?? graph.nodeIDs {
                if let stored = graph.property(key, of: node) { index[CypherValue(stored), default: []].append(node) }
            }
            indexes[name] = index
        }
        return indexes[name]![value] ?? []
    }
}

extension CypherValue {
    fileprivate var isIndexable: Bool {
        switch self {
        case .null: return false
        case .float(let value): return !value.isNaN
        case .list(let values): return values.allSatisfy(\.isIndexable)
        case .map(let values): return values.values.allSatisfy(\.isIndexable)
        default: return true
        }
    }
}
