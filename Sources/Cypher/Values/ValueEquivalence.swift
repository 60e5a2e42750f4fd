/// Equivalence, the equality DISTINCT, grouping and IN-list deduplication use: like `=` but
/// null is equivalent to null and NaN to NaN, so every value is equivalent to itself.
extension CypherValue: Hashable {
    public static func == (left: CypherValue, right: CypherValue) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.float(let l), .float(let r)) where l.isNaN && r.isNaN: return true
        case (.list(let l), .list(let r)): return l.count == r.count && zip(l, r).allSatisfy { $0 == $1 }
        case (.map(let l), .map(let r)):
            return l.count == r.count && l.allSatisfy { key, value in r[key].map { $0 == value } ?? false }
        default: return cypherEquals(left, right) ?? false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .int(let value): hasher.combine(Double(value))
        case .float(let value):
            if value.isNaN { hasher.combine(UInt64.max) } else { hasher.combine(value) }
        case .string(let value): hasher.combine(value)
        case .list(let values):
            hasher.combine(values.count)
            for value in values { value.hash(into: &hasher) }
        case .map(let values):
            hasher.combine(values.count)
            for key in values.keys.sorted() {
                hasher.combine(key)
                values[key]!.hash(into: &hasher)
            }
        case .node(let id): hasher.combine(id)
        case .relationship(let id): hasher.combine(id)
        case .path(let path): hasher.combine(path)
        case .temporal(let value): hasher.combine(value)
        }
    }
}
