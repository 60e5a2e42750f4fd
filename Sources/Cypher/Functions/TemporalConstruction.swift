import Foundation

/// `date()`, `localtime()`, `time()`, `localdatetime()` and `datetime()`: from a map of
/// components (optionally over a base value given as `date`, `time` or `datetime`), from an
/// ISO 8601 string, from another temporal value, or the current instant when called bare.
enum TemporalConstruction {
    enum Target: String {
        case date, localTime = "localtime", time, localDateTime = "localdatetime", dateTime = "datetime"

        var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
        var hasTime: Bool { self != .date }
        var isZoned: Bool { self == .time || self == .dateTime }
    }

    static func construct(_ target: Target, _ argument: CypherValue?, now: Date, at position: SourcePosition) throws -> CypherValue {
        switch argument {
        case nil: return .temporal(try build(target, components: [:], dateBase: nil, timeBase: nil, now: now))
        case .null?: return .null
        case .string(let text)?: return .temporal(try parse(target, text))
        case .temporal(let other)?:
            if case .duration = other { break }
            return .temporal(try build(target, components: [:], dateBase: other, timeBase: other, now: now))
        case .map(let map)?:
            let components = Dictionary(map.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
            let dateBase = try base(components["date"] ?? components["datetime"], "date")
            let timeBase = try base(components["time"] ?? components["datetime"], "time")
            return .temporal(try build(target, components: components, dateBase: dateBase, timeBase: timeBase, now: now))
        default: break
        }
        throw QueryError.runtime(
            .typeError, "InvalidArgumentType", "\(target.rawValue)() expects a map, a string or a temporal value, got \(argument!.typeName)",
            at: position)
    }

    private static func base(_ value: CypherValue?, _ key: String) throws -> TemporalValue? {
        switch value {
        case nil, .null?: return nil
        case .temporal(let temporal)? where !isDuration(temporal): return temporal
        case let other?: throw TemporalFields.invalid("'\(key)' must be a temporal value, got \(other.typeName)")
        }
    }

    private static func isDuration(_ value: TemporalValue) -> Bool {
        if case .duration = value { return true }
        return false
    }

    /// Components override the base's fields. A new `timezone` over a zoned base moves the
    /// result, built in the base's zone, to the new zone keeping the instant; with `keepLocal`
    /// (truncation) it re-labels the local date and time instead.
    static func build(
        _ target: Target, components: [String: CypherValue], dateBase: TemporalValue?, timeBase: TemporalValue?, now: Date,
        keepLocal: Bool = false
    ) throws -> TemporalValue {
        func integer(_ key: String) throws -> Int64? {
            switch components[key.lowercased()] {
            case nil, .null?: return nil
            case .int(let value)?: return value
            case let other?: throw TemporalFields.invalid("'\(key)' must be an integer, got \(other.typeName)")
            }
        }
        let requestedZone: TemporalParsing.Zone?
        switch components["timezone"] {
        case nil, .null?: requestedZone = nil
        case .string(let name)?: requestedZone = try zone(name)
        case let other?: throw TemporalFields.invalid("'timezone' must be a string, got \(other.typeName)")
        }

        if target == .dateTime, let epochSeconds = try integer("epochSeconds") {
            return fromEpoch(seconds: epochSeconds, nanos: try integer("nanosecond") ?? 0, zone: requestedZone)
        }
        if target == .dateTime, let epochMillis = try integer("epochMillis") {
            return fromEpoch(seconds: epochMillis.floorDiv(1000), nanos: epochMillis.floorMod(1000) * 1_000_000, zone: requestedZone)
        }

        var dateBase = dateBase, timeBase = timeBase
        if dateBase == nil && timeBase == nil && !components.keys.contains(where: { $0 != "timezone" }) {
            // No components: the current instant, seen from the requested zone (UTC by default).
            let current = currentInstant(now, zone: requestedZone)
            dateBase = current
            timeBase = current
        }

        var day: Int64 = 0
        if target.hasDate {
            day = try date(components: integer, base: dateBase?.epochDay)
        }
        var nanos: Int64 = 0
        if target.hasTime {
            let base = timeBase?.nanoOfDay
            let baseSeconds = (base ?? 0) / TemporalValue.nanosPerSecond, baseFraction = (base ?? 0) % TemporalValue.nanosPerSecond
            let hour = try integer("hour") ?? baseSeconds / 3600
            let minute = try integer("minute") ?? baseSeconds / 60 % 60
            let second = try integer("second") ?? baseSeconds % 60
            let (milli, micro, nano) = (try integer("millisecond"), try integer("microsecond"), try integer("nanosecond"))
            var fraction = baseFraction
            if milli != nil || micro != nil || nano != nil {
                fraction = (milli ?? baseFraction / 1_000_000) * 1_000_000 + (micro ?? baseFraction / 1000 % 1000) * 1000
                    + (nano ?? baseFraction % 1000)
            }
            nanos = try TemporalFields.time(hour: hour, minute: minute, second: second, nanos: fraction)
        }

        switch target {
        case .date: return .date(epochDay: day)
        case .localTime: return .localTime(nanoOfDay: nanos)
        case .localDateTime: return .localDateTime(epochDay: day, nanoOfDay: nanos)
        case .time:
            // A time keeps an offset only; a named zone gives the offset it has today.
            let today = Int64((now.timeIntervalSince1970 / 86_400).rounded(.down))
            func offset(_ zone: TemporalParsing.Zone) -> Int { zone.offset ?? ZoneRules.offset(zone: zone.name!, epochDay: today, nanoOfDay: nanos) }
            guard let baseOffset = timeBase?.offset, !keepLocal else {
                return .time(nanoOfDay: nanos, offset: requestedZone.map(offset) ?? timeBase?.offset ?? 0)
            }
            guard let requestedZone else { return .time(nanoOfDay: nanos, offset: baseOffset) }
            let newOffset = offset(requestedZone)
            let shifted = nanos + Int64(newOffset - baseOffset) * TemporalValue.nanosPerSecond
            return .time(nanoOfDay: shifted.floorMod(TemporalValue.nanosPerDay), offset: newOffset)
        case .dateTime:
            let baseZone = timeBase.flatMap { base in base.offset.map { TemporalParsing.Zone(offset: base.zone == nil ? $0 : nil, name: base.zone) } }
            let localZone = (keepLocal ? requestedZone : nil) ?? baseZone ?? requestedZone ?? TemporalParsing.Zone(offset: 0, name: nil)
            let local = inZone(epochDay: day, nanoOfDay: nanos, zone: localZone)
            guard let requestedZone, baseZone != nil, !keepLocal else { return local }
            let instant = local.instant!
            return fromEpoch(seconds: instant.seconds, nanos: instant.nanos, zone: requestedZone)
        }
    }

    /// The epoch day from calendar, week, ordinal or quarter components; missing ones come from
    /// the base date, or default to the first month, week or day.
    private static func date(components integer: (String) throws -> Int64?, base: Int64?) throws -> Int64 {
        let civil = base.map(CivilCalendar.civil)
        if try integer("week") != nil || integer("dayOfWeek") != nil {
            let baseWeek = base.map(CivilCalendar.weekDate)
            guard let year = try integer("year") ?? baseWeek?.weekYear else { throw TemporalFields.invalid("a week date needs a year") }
            return try TemporalFields.weekDate(
                year: year, week: try integer("week") ?? baseWeek?.week ?? 1, dayOfWeek: try integer("dayOfWeek") ?? baseWeek?.dayOfWeek ?? 1)
        }
        guard let year = try integer("year") ?? civil?.year else { throw TemporalFields.invalid("a date needs a year") }
        if let ordinal = try integer("ordinalDay") { return try TemporalFields.ordinalDate(year: year, day: ordinal) }
        if try integer("quarter") != nil || integer("dayOfQuarter") != nil {
            let baseQuarter = civil.map { ($0.month - 1) / 3 + 1 }
            let baseDayOfQuarter = base.map { $0 - CivilCalendar.epochDay(year: civil!.year, month: (baseQuarter! - 1) * 3 + 1, day: 1) + 1 }
            return try TemporalFields.quarterDate(
                year: year, quarter: try integer("quarter") ?? baseQuarter ?? 1, dayOfQuarter: try integer("dayOfQuarter") ?? baseDayOfQuarter ?? 1)
        }
        return try TemporalFields.calendarDate(year: year, month: try integer("month") ?? civil?.month ?? 1, day: try integer("day") ?? civil?.day ?? 1)
    }

    static func zone(_ text: String) throws -> TemporalParsing.Zone {
        if let offset = TemporalParsing.offset(text) { return TemporalParsing.Zone(offset: offset, name: nil) }
        guard ZoneRules.isKnown(text) else { throw TemporalFields.invalid("unknown time zone '\(text)'") }
        return TemporalParsing.Zone(offset: nil, name: text)
    }

    /// A local date and time in a zone; in a named zone, a time a transition skips moves
    /// forward by the length of the gap.
    static func inZone(epochDay: Int64, nanoOfDay: Int64, zone: TemporalParsing.Zone) -> TemporalValue {
        guard let name = zone.name else { return .dateTime(epochDay: epochDay, nanoOfDay: nanoOfDay, offset: zone.offset ?? 0, zone: nil) }
        let offset = ZoneRules.offset(zone: name, epochDay: epochDay, nanoOfDay: nanoOfDay)
        let instant = TemporalValue.dateTime(epochDay: epochDay, nanoOfDay: nanoOfDay, offset: offset, zone: name).instant!
        return fromEpoch(seconds: instant.seconds, nanos: instant.nanos, zone: zone)
    }

    static func fromEpoch(seconds: Int64, nanos: Int64, zone: TemporalParsing.Zone?) -> TemporalValue {
        let total = seconds + nanos.floorDiv(TemporalValue.nanosPerSecond)
        let fraction = nanos.floorMod(TemporalValue.nanosPerSecond)
        let offset = zone?.offset ?? zone?.name.map { ZoneRules.offset(zone: $0, epochSecond: total) } ?? 0
        let local = total + Int64(offset)
        return .dateTime(
            epochDay: local.floorDiv(86_400), nanoOfDay: local.floorMod(86_400) * TemporalValue.nanosPerSecond + fraction, offset: offset,
            zone: zone?.name)
    }

    private static func currentInstant(_ now: Date, zone: TemporalParsing.Zone?) -> TemporalValue {
        let interval = now.timeIntervalSince1970
        let seconds = Int64(interval.rounded(.down))
        return fromEpoch(seconds: seconds, nanos: Int64(((interval - Double(seconds)) * 1e9).rounded(.down)), zone: zone)
    }

    private static func parse(_ target: Target, _ text: String) throws -> TemporalValue {
        func failure() -> QueryError { TemporalFields.invalid("'\(text)' is not a valid \(target.rawValue)") }
        switch target {
        case .date:
            guard let day = TemporalParsing.date(text) else { throw failure() }
            return .date(epochDay: day)
        case .localTime, .time:
            guard let (nanos, zone) = TemporalParsing.time(text) else { throw failure() }
            if target == .localTime { return .localTime(nanoOfDay: nanos) }
            return .time(nanoOfDay: nanos, offset: zone.offset ?? 0)
        case .localDateTime, .dateTime:
            guard let (day, nanos, zone) = TemporalParsing.dateTime(text) else { throw failure() }
            if target == .localDateTime { return .localDateTime(epochDay: day, nanoOfDay: nanos) }
            if let name = zone.name {
                guard ZoneRules.isKnown(name) else { throw failure() }
                return inZone(epochDay: day, nanoOfDay: nanos, zone: TemporalParsing.Zone(offset: nil, name: name))
            }
            return .dateTime(epochDay: day, nanoOfDay: nanos, offset: zone.offset ?? 0, zone: nil)
        }
    }
}

extension Int64 {
    func floorDiv(_ divisor: Int64) -> Int64 { self >= 0 ? self / divisor : (self - divisor + 1) / divisor }
    func floorMod(_ divisor: Int64) -> Int64 { self - floorDiv(divisor) * divisor }
}
