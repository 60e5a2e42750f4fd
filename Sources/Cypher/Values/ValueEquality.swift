/// Cypher `=`: three-valued, so nil stands for null. Integers and floats compare by value,
/// NaN equals nothing, and values of different types are unequal.
func cypherEquals(_ left: CypherValue, _ right: CypherValue) -> Bool? {
    switch (left, right) {
    case (.null, _), (_, .null): return nil
    case (.bool(let l), .bool(let r)): return l == r
    case (.int(let l), .int(let r)): return l == r
    case (.float(let l), .float(let r)): return l == r
    case (.int(let l), .float(let r)), (.float(let r), .int(let l)): return numericCompare(l, r) == 0
    case (.string(let l), .string(let r)): return l == r
    case (.node(let l), .node(let r)): return l == r
    case (.relationship(let l), .relationship(let r)): return l == r
    case (.path(let l), .path(let r)): return l == r
    case (.temporal(let l), .temporal(let r)): return temporalEquals(l, r)
    case (.list(let l), .list(let r)):
        guard l.count == r.count else { return false }
        return allEqual(zip(l, r))
    case (.map(let l), .map(let r)):
        guard l.count == r.count, Set(l.keys) == Set(r.keys) else { return false }
        return allEqual(l.map { ($0.value, r[$0.key]!) })
    default: return false
    }
}

private func allEqual<S: Sequence>(_ pairs: S) -> Bool? where S.Element == (CypherValue, CypherValue) {
    var sawNull = false
    for (l, r) in pairs {
        switch cypherEquals(l, r) {
        case .some(false): return false
        case nil: sawNull = true
        case .some(true): break
        }
    }
    return sawNull ? nil : true
}

/// Exact comparison of an integer with a float: -1, 0, 1, or nil when the float is NaN.
func numericCompare(_ integer: Int64, _ float: Double) -> Int? {
    if float.isNaN { return nil }
    if float >= 9.223372036854775807e18 { return -1 }
    if float < -9.223372036854775807e18 { return 1 }
    let truncated = Int64(float.rounded(.towardZero))
    if integer != truncated { return integer < truncated ? -1 : 1 }
    let fraction = float - Double(truncated)
    if fraction == 0 { return 0 }
    return fraction > 0 ? -1 : 1
}

/// Cypher `<`, `<=`, `>`, `>=`: the sign of the comparison, or nil when the values are
/// not comparable (different types, null, NaN, maps, graph elements).
func cypherCompare(_ left: CypherValue, _ right: CypherValue) -> Int? {
    switch (left, right) {
    case (.int(let l), .int(let r)): return l == r ? 0 : (l < r ? -1 : 1)
    case (.float(let l), .float(let r)):
        if l.isNaN || r.isNaN { return nil }
        return l == r ? 0 : (l < r ? -1 : 1)
    case (.int(let l), .float(let r)): return numericCompare(l, r)
    case (.float(let l), .int(let r)): return numericCompare(r, l).map { -$0 }
    case (.string(let l), .string(let r)): return l == r ? 0 : (l.unicodeScalars.lexicographicallyPrecedes(r.unicodeScalars) ? -1 : 1)
    case (.bool(let l), .bool(let r)): return l == r ? 0 : (!l ? -1 : 1)
    case (.temporal(let l), .temporal(let r)): return temporalCompare(l, r)
    case (.list(let l), .list(let r)):
        for (a, b) in zip(l, r) {
            guard let sign = cypherCompare(a, b) else { return nil }
            if sign != 0 { return sign }
        }
        return l.count == r.count ? 0 : (l.count < r.count ? -1 : 1)
    default: return nil
    }
}
