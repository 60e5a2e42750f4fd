/// The values of one property key across all nodes (or all relationships).
/// Dense when most entities have the key, sparse (sorted ids and values) otherwise.
enum PropertyColumn: Sendable {
    case dense([PropertyValue?])
    case sparse(ids: [UInt32], values: [PropertyValue])

    init(entries: [(UInt32, PropertyValue)], entityCount: Int) {
        if entries.count * 4 >= entityCount {
            var values = [PropertyValue?](repeating: nil, count: entityCount)
            for (id, value) in entries { values[Int(id)] = value }
            self = .dense(values)
        } else {
            let sorted = entries.sorted { $0.0 < $1.0 }
            self = .sparse(ids: sorted.map(\.0), values: sorted.map(\.1))
        }
    }

    func value(at id: UInt32) -> PropertyValue? {
        switch self {
        case .dense(let values):
            return Int(id) < values.count ? values[Int(id)] : nil
        case .sparse(let ids, let values):
            var low = 0
            var high = ids.count
            while low < high {
                let middle = (low + high) / 2
                if ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low < ids.count && ids[low] == id ? values[low] : nil
        }
    }
}
