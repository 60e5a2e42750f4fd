/// The total order ORDER BY, min and max use: maps, nodes, relationships, lists, paths,
/// strings, booleans, numbers (NaN above all numbers), then null.
func orderCompare(_ left: CypherValue, _ right: CypherValue) -> Int {
    let (lr, rr) = (orderRank(left), orderRank(right))
    if lr != rr { return lr < rr ? -1 : 1 }
    switch (left, right) {
    case (.map(let l), .map(let r)):
        let lk = l.keys.sorted(), rk = r.keys.sorted()
        let keyOrder = orderCompare(.list(lk.map(CypherValue.string)), .list(rk.map(CypherValue.string)))
        if keyOrder != 0 { return keyOrder }
        return orderCompare(.list(lk.map { l[$0]! }), .list(rk.map { r[$0]! }))
    case (.node(let l), .node(let r)): return l == r ? 0 : (l < r ? -1 : 1)
    case (.relationship(let l), .relationship(let r)): return l == r ? 0 : (l < r ? -1 : 1)
    case (.list(let l), .list(let r)):
        for (a, b) in zip(l, r) {
            let sign = orderCompare(a, b)
            if sign != 0 { return sign }
        }
        return l.count == r.count ? 0 : (l.count < r.count ? -1 : 1)
    case (.path(let l), .path(let r)):
        let nodes = orderCompare(.list(l.nodes.map(CypherValue.node)), .list(r.nodes.map(CypherValue.node)))
        if nodes != 0 { return nodes }
        return orderCompare(
            .list(l.relationships.map(CypherValue.relationship)), .list(r.relationships.map(CypherValue.relationship)))
    case (.float(let l), .float(let r)) where l.isNaN || r.isNaN:
        return l.isNaN == r.isNaN ? 0 : (l.isNaN ? 1 : -1)
    case (.temporal(let l), .temporal(let r)): return temporalCompare(l, r) ?? durationOrder(l, r)
    case (.float(let l), _) where l.isNaN: return 1
    case (_, .float(let r)) where r.isNaN: return -1
    default: return cypherCompare(left, right) ?? 0
    }
}

private func orderRank(_ value: CypherValue) -> Int {
    switch value {
    case .map: return 0
    case .node: return 1
    case .relationship: return 2
    case .list: return 3
    case .path: return 4
    case .temporal(let value): return 5 + temporalOrderRank(value)
    case .string: return 11
    case .bool: return 12
    case .int, .float: return 13
    case .null: return 14
    }
}
