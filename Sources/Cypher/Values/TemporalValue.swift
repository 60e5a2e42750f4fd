import Foundation

/// A date, time or duration value. Instants keep their local fields (days since 1970-01-01 in
/// the proleptic Gregorian calendar, nanoseconds since midnight) plus, when zoned, the offset
/// from UTC in seconds and an optional named zone the offset was derived from.
public enum TemporalValue: Hashable, Sendable {
    case date(epochDay: Int64)
    case localTime(nanoOfDay: Int64)
    case time(nanoOfDay: Int64, offset: Int)
    case localDateTime(epochDay: Int64, nanoOfDay: Int64)
    case dateTime(epochDay: Int64, nanoOfDay: Int64, offset: Int, zone: String?)
    case duration(CypherDuration)

    static let nanosPerSecond: Int64 = 1_000_000_000
    static let nanosPerDay: Int64 = 86_400 * nanosPerSecond

    public var typeName: String {
        switch self {
        case .date: return "Date"
        case .localTime: return "LocalTime"
        case .time: return "Time"
        case .localDateTime: return "LocalDateTime"
        case .dateTime: return "DateTime"
        case .duration: return "Duration"
        }
    }

    var epochDay: Int64? {
        switch self {
        case .date(let day), .localDateTime(let day, _), .dateTime(let day, _, _, _): return day
        default: return nil
        }
    }

    var nanoOfDay: Int64? {
        switch self {
        case .localTime(let nanos), .time(let nanos, _), .localDateTime(_, let nanos), .dateTime(_, let nanos, _, _): return nanos
        default: return nil
        }
    }

    var offset: Int? {
        switch self {
        case .time(_, let offset), .dateTime(_, _, let offset, _): return offset
        default: return nil
        }
    }

    var zone: String? {
        if case .dateTime(_, _, _, let zone) = self { return zone }
        return nil
    }

    /// Nanoseconds since the epoch in UTC, for values that denote an instant.
    var instant: (seconds: Int64, nanos: Int64)? {
        guard case .dateTime(let day, let nanos, let offset, _) = self else { return nil }
        let seconds = day * 86_400 + nanos / Self.nanosPerSecond - Int64(offset)
        return (seconds, nanos % Self.nanosPerSecond)
    }
}

/// An amount of time in the units that do not convert into each other exactly: months, days,
/// and seconds with nanoseconds (`nanos` is kept in 0..<1e9 with the sign carried by `seconds`).
public struct CypherDuration: Hashable, Sendable {
    public var months: Int64
    public var days: Int64
    public var seconds: Int64
    public var nanos: Int64

    public init(months: Int64 = 0, days: Int64 = 0, seconds: Int64 = 0, nanos: Int64 = 0) {
        let carry = nanos >= 0 ? nanos / TemporalValue.nanosPerSecond : (nanos - TemporalValue.nanosPerSecond + 1) / TemporalValue.nanosPerSecond
        self.months = months
        self.days = days
        self.seconds = seconds + carry
        self.nanos = nanos - carry * TemporalValue.nanosPerSecond
    }
}

/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01 (after H. Hinnant's
/// `days_from_civil`), valid for the whole range Cypher dates allow.
enum CivilCalendar {
    static func epochDay(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(_ epochDay: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = epochDay + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO day of week: Monday is 1, Sunday 7.
    static func dayOfWeek(_ epochDay: Int64) -> Int64 { ((epochDay + 3) % 7 + 7) % 7 + 1 }

    /// The Monday that starts ISO week 1 of `weekYear` (the week holding January 4th).
    static func firstMonday(ofWeekYear weekYear: Int64) -> Int64 {
        let january4 = epochDay(year: weekYear, month: 1, day: 4)
        return january4 - (dayOfWeek(january4) - 1)
    }

    static func weekDate(_ epochDay: Int64) -> (weekYear: Int64, week: Int64, dayOfWeek: Int64) {
        var weekYear = civil(epochDay).year
        if epochDay >= firstMonday(ofWeekYear: weekYear + 1) {
            weekYear += 1
        } else if epochDay < firstMonday(ofWeekYear: weekYear) {
            weekYear -= 1
        }
        return (weekYear, (epochDay - firstMonday(ofWeekYear: weekYear)) / 7 + 1, dayOfWeek(epochDay))
    }

    static func weeksInYear(_ weekYear: Int64) -> Int64 { (firstMonday(ofWeekYear: weekYear + 1) - firstMonday(ofWeekYear: weekYear)) / 7 }
}

/// Offsets of named zones (`Europe/Stockholm`), from the system's time zone database.
enum ZoneRules {
    static func isKnown(_ name: String) -> Bool { TimeZone(identifier: name) != nil }

    /// The offset the zone has at a local date and time. A local time repeated by a transition
    /// takes the earlier offset; one skipped by a transition also gets the offset from before
    /// it, which places it after the gap once resolved to an instant (as java.time does).
    static func offset(zone name: String, epochDay: Int64, nanoOfDay: Int64) -> Int {
        guard let zone = TimeZone(identifier: name) else { return 0 }
        let local = Double(epochDay * 86_400 + nanoOfDay / TemporalValue.nanosPerSecond)
        func offset(at instant: Double) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: instant)) }
        // Transitions are far more than a day apart: one day either side sees both offsets.
        let before = offset(at: local - 86_400), after = offset(at: local + 86_400)
        if offset(at: local - Double(before)) == before { return before }
        return offset(at: local - Double(after)) == after ? after : before
    }

    /// The offset the zone has at an instant.
    static func offset(zone name: String, epochSecond: Int64) -> Int {
        TimeZone(identifier: name)?.secondsFromGMT(for: Date(timeIntervalSince1970: Double(epochSecond))) ?? 0
    }
}
