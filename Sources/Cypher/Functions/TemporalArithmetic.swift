/// `+` and `-` between instants and durations, and durations with each other; `*` and `/`
/// of a duration by a number. Months and days move the local date (keeping the day within the
/// month), seconds move the clock; a time of day wraps around midnight.
enum TemporalArithmetic {
    static func apply(_ op: BinaryOperator, _ left: CypherValue, _ right: CypherValue) throws -> CypherValue? {
        switch (op, left, right) {
        case (.add, .temporal(.duration(let l)), .temporal(.duration(let r))):
            return .temporal(.duration(CypherDuration(months: l.months + r.months, days: l.days + r.days, seconds: l.seconds + r.seconds, nanos: l.nanos + r.nanos)))
        case (.subtract, .temporal(.duration(let l)), .temporal(.duration(let r))):
            return .temporal(.duration(CypherDuration(months: l.months - r.months, days: l.days - r.days, seconds: l.seconds - r.seconds, nanos: l.nanos - r.nanos)))
        case (.add, .temporal(let instant), .temporal(.duration(let duration))), (.add, .temporal(.duration(let duration)), .temporal(let instant)):
            return .temporal(add(duration, to: instant))
        case (.subtract, .temporal(let instant), .temporal(.duration(let duration))):
            return .temporal(add(negated(duration), to: instant))
        case (.multiply, .temporal(.duration(let duration)), let factor), (.multiply, let factor, .temporal(.duration(let duration))):
            guard let number = factor.numberValue else { return nil }
            return .temporal(.duration(try scaled(duration, by: number, exact: factor.integerValue)))
        case (.divide, .temporal(.duration(let duration)), let divisor):
            guard let number = divisor.numberValue else { return nil }
            guard number != 0 else { throw QueryError.runtime(.arithmeticError, "DivisionByZero", "division of a duration by zero") }
            return .temporal(.duration(try scaled(duration, by: 1 / number, exact: nil)))
        default: return nil
        }
    }

    private static func negated(_ duration: CypherDuration) -> CypherDuration {
        CypherDuration(months: -duration.months, days: -duration.days, seconds: -duration.seconds, nanos: -duration.nanos)
    }

    private static func scaled(_ duration: CypherDuration, by factor: Double, exact: Int64?) throws -> CypherDuration {
        if let exact {
            return CypherDuration(
                months: duration.months * exact, days: duration.days * exact, seconds: duration.seconds * exact, nanos: duration.nanos * exact)
        }
        let components = [
            "months": Double(duration.months) * factor, "days": Double(duration.days) * factor,
            "seconds": Double(duration.seconds) * factor, "nanoseconds": Double(duration.nanos) * factor,
        ]
        // Scaling drops fractions of a nanosecond, as Neo4j does.
        return try DurationConstruction.duration(components, rounding: .towardZero)
    }

    static func add(_ duration: CypherDuration, to value: TemporalValue) -> TemporalValue {
        let nanosToAdd = duration.seconds * TemporalValue.nanosPerSecond + duration.nanos
        switch value {
        case .date(let day):
            let days = duration.days + duration.seconds / 86_400
            return .date(epochDay: DurationBetween.addMonths(day, duration.months) + days)
        case .localTime(let nanos):
            return .localTime(nanoOfDay: (nanos + nanosToAdd).floorMod(TemporalValue.nanosPerDay))
        case .time(let nanos, let offset):
            return .time(nanoOfDay: (nanos + nanosToAdd).floorMod(TemporalValue.nanosPerDay), offset: offset)
        case .localDateTime(let day, let nanos):
            let (newDay, newNanos) = shift(DurationBetween.addMonths(day, duration.months) + duration.days, nanos, by: nanosToAdd)
            return .localDateTime(epochDay: newDay, nanoOfDay: newNanos)
        case .dateTime(let day, let nanos, let offset, let zone):
            // Months and days move the local date; the remaining time moves the instant.
            let zoneOf = TemporalParsing.Zone(offset: zone == nil ? offset : nil, name: zone)
            let localDay = DurationBetween.addMonths(day, duration.months) + duration.days
            let moved = TemporalConstruction.inZone(epochDay: localDay, nanoOfDay: nanos, zone: zoneOf).instant!
            return TemporalConstruction.fromEpoch(seconds: moved.seconds, nanos: moved.nanos + nanosToAdd, zone: zoneOf)
        case .duration: return value
        }
    }

    private static func shift(_ day: Int64, _ nanos: Int64, by amount: Int64) -> (Int64, Int64) {
        let total = nanos + amount
        return (day + total.floorDiv(TemporalValue.nanosPerDay), total.floorMod(TemporalValue.nanosPerDay))
    }
}

extension CypherValue {
    var numberValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }

    var integerValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }
}
