import Foundation

/// `<type>.truncate(unit, value, overrides)`: the value with every field smaller than `unit`
/// reset, converted to `<type>`, then with the fields in `overrides` set (a `timezone` there
/// re-labels the local date and time rather than moving the instant).
enum TemporalTruncation {
    static func truncate(
        _ target: TemporalConstruction.Target, _ arguments: [CypherValue], now: Date, at position: SourcePosition
    ) throws -> CypherValue {
        guard case .string(let unit) = arguments[0] else {
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "the truncation unit must be a String", at: position)
        }
        if arguments[1].isNull { return .null }
        guard case .temporal(let value) = arguments[1], value.epochDay != nil || value.nanoOfDay != nil else {
            throw QueryError.runtime(
                .typeError, "InvalidArgumentType", "\(target.rawValue).truncate() cannot truncate a \(arguments[1].typeName)", at: position)
        }
        var overrides: [String: CypherValue] = [:]
        if arguments.count > 2 {
            switch arguments[2] {
            case .null: break
            case .map(let map): overrides = Dictionary(map.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
            default: throw QueryError.runtime(.typeError, "InvalidArgumentType", "truncation overrides must be a Map", at: position)
            }
        }
        let truncated = try truncated(value, unit: unit.lowercased())
        return .temporal(
            try TemporalConstruction.build(
                target, components: overrides, dateBase: truncated, timeBase: truncated, now: now, keepLocal: true))
    }

    private static func truncated(_ value: TemporalValue, unit: String) throws -> TemporalValue {
        var day = value.epochDay, nanos = value.nanoOfDay
        let dateUnits = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week"]
        if dateUnits.contains(unit) || unit == "day" {
            guard let current = day else { throw TemporalFields.invalid("cannot truncate a \(value.typeName) to \(unit)") }
            let (year, month, _) = CivilCalendar.civil(current)
            switch unit {
            case "millennium": day = CivilCalendar.epochDay(year: year.floorDiv(1000) * 1000, month: 1, day: 1)
            case "century": day = CivilCalendar.epochDay(year: year.floorDiv(100) * 100, month: 1, day: 1)
            case "decade": day = CivilCalendar.epochDay(year: year.floorDiv(10) * 10, month: 1, day: 1)
            case "year": day = CivilCalendar.epochDay(year: year, month: 1, day: 1)
            case "weekyear": day = CivilCalendar.firstMonday(ofWeekYear: CivilCalendar.weekDate(current).weekYear)
            case "quarter": day = CivilCalendar.epochDay(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)
            case "month": day = CivilCalendar.epochDay(year: year, month: month, day: 1)
            case "week": day = current - (CivilCalendar.dayOfWeek(current) - 1)
            default: break
            }
            nanos = nanos.map { _ in 0 }
        } else {
            let units: [String: Int64] = [
                "hour": 3_600_000_000_000, "minute": 60_000_000_000, "second": 1_000_000_000, "millisecond": 1_000_000, "microsecond": 1000,
            ]
            guard let size = units[unit], let current = nanos else { throw TemporalFields.invalid("cannot truncate to '\(unit)'") }
            nanos = current / size * size
        }
        switch value {
        case .date: return .date(epochDay: day!)
        case .localTime: return .localTime(nanoOfDay: nanos!)
        case .time(_, let offset): return .time(nanoOfDay: nanos!, offset: offset)
        case .localDateTime: return .localDateTime(epochDay: day!, nanoOfDay: nanos!)
        case .dateTime(_, _, let offset, let zone):
            return TemporalConstruction.inZone(epochDay: day!, nanoOfDay: nanos!, zone: TemporalParsing.Zone(offset: zone == nil ? offset : nil, name: zone))
        case .duration: return value
        }
    }
}
