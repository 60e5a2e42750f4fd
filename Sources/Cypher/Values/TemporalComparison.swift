/// Comparison of temporal values of the same type: zoned values by the instant they denote
/// (then by local time, so equal only with equal offsets), the others by their fields.
/// Durations and values of different types are not comparable.
func temporalCompare(_ left: TemporalValue, _ right: TemporalValue) -> Int? {
    func sign<T: Comparable>(_ l: T, _ r: T) -> Int { l == r ? 0 : (l < r ? -1 : 1) }
    switch (left, right) {
    case (.date(let l), .date(let r)): return sign(l, r)
    case (.localTime(let l), .localTime(let r)): return sign(l, r)
    case (.time(let l, let lo), .time(let r, let ro)):
        let (lu, ru) = (l - Int64(lo) * TemporalValue.nanosPerSecond, r - Int64(ro) * TemporalValue.nanosPerSecond)
        return lu != ru ? sign(lu, ru) : sign(l, r)
    case (.localDateTime(let ld, let ln), .localDateTime(let rd, let rn)): return ld != rd ? sign(ld, rd) : sign(ln, rn)
    case (.dateTime(let ld, let ln, _, _), .dateTime(let rd, let rn, _, _)):
        let (l, r) = (left.instant!, right.instant!)
        if l.seconds != r.seconds { return sign(l.seconds, r.seconds) }
        if l.nanos != r.nanos { return sign(l.nanos, r.nanos) }
        return ld != rd ? sign(ld, rd) : sign(ln, rn)
    default: return nil
    }
}

/// Cypher `=` on temporal values: durations are equal when all their components are.
func temporalEquals(_ left: TemporalValue, _ right: TemporalValue) -> Bool {
    if case .duration(let l) = left, case .duration(let r) = right { return l == r }
    return temporalCompare(left, right) == 0
}

/// Where each temporal type sorts among the others in ORDER BY.
func temporalOrderRank(_ value: TemporalValue) -> Int {
    switch value {
    case .dateTime: return 0
    case .localDateTime: return 1
    case .date: return 2
    case .time: return 3
    case .localTime: return 4
    case .duration: return 5
    }
}

/// A total order on durations for ORDER BY, component by component.
func durationOrder(_ left: TemporalValue, _ right: TemporalValue) -> Int {
    guard case .duration(let l) = left, case .duration(let r) = right else { return 0 }
    let (lk, rk) = ([l.months, l.days, l.seconds, l.nanos], [r.months, r.days, r.seconds, r.nanos])
    return lk == rk ? 0 : (lk.lexicographicallyPrecedes(rk) ? -1 : 1)
}
