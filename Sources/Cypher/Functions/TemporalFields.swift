/// Checked construction of dates from their calendar, week and ordinal forms, and the
/// components `d.year`, `t.hour`, `dur.days`, … read from temporal values.
enum TemporalFields {
    static let maxYear: Int64 = 999_999_999

    static func invalid(_ message: String) -> QueryError {
        QueryError.runtime(.argumentError, "InvalidArgumentValue", message)
    }

    static func checkYear(_ year: Int64) throws {
        guard abs(year) <= maxYear else { throw invalid("year \(year) is out of range") }
    }

    static func calendarDate(year: Int64, month: Int64, day: Int64) throws -> Int64 {
        try checkYear(year)
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month) else {
            throw invalid("\(year)-\(month)-\(day) is not a valid date")
        }
        return CivilCalendar.epochDay(year: year, month: month, day: day)
    }

    static func weekDate(year: Int64, week: Int64, dayOfWeek: Int64) throws -> Int64 {
        try checkYear(year)
        guard week >= 1, week <= CivilCalendar.weeksInYear(year), (1...7).contains(dayOfWeek) else {
            throw invalid("week \(week), day \(dayOfWeek) of \(year) is not a valid week date")
        }
        return CivilCalendar.firstMonday(ofWeekYear: year) + (week - 1) * 7 + dayOfWeek - 1
    }

    static func ordinalDate(year: Int64, day: Int64) throws -> Int64 {
        try checkYear(year)
        guard day >= 1, day <= (CivilCalendar.isLeap(year) ? 366 : 365) else { throw invalid("day \(day) of \(year) is not valid") }
        return CivilCalendar.epochDay(year: year, month: 1, day: 1) + day - 1
    }

    static func quarterDate(year: Int64, quarter: Int64, dayOfQuarter: Int64) throws -> Int64 {
        try checkYear(year)
        guard (1...4).contains(quarter) else { throw invalid("quarter \(quarter) is not valid") }
        let start = CivilCalendar.epochDay(year: year, month: (quarter - 1) * 3 + 1, day: 1)
        let end = CivilCalendar.epochDay(year: quarter == 4 ? year + 1 : year, month: quarter == 4 ? 1 : quarter * 3 + 1, day: 1)
        guard dayOfQuarter >= 1, dayOfQuarter <= end - start else { throw invalid("day \(dayOfQuarter) of quarter \(quarter) is not valid") }
        return start + dayOfQuarter - 1
    }

    static func time(hour: Int64, minute: Int64, second: Int64, nanos: Int64) throws -> Int64 {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second), (0..<1_000_000_000).contains(nanos) else {
            throw invalid("\(hour):\(minute):\(second).\(nanos) is not a valid time")
        }
        return (hour * 3600 + minute * 60 + second) * TemporalValue.nanosPerSecond + nanos
    }

    /// The component `key` of a date, time or duration, or nil when the value has no such component.
    static func component(_ key: String, of value: TemporalValue) -> CypherValue? {
        if case .duration(let duration) = value { return component(key, of: duration) }
        if let day = value.epochDay, let component = dateComponent(key, day) { return .int(component) }
        if let nanos = value.nanoOfDay, let component = timeComponent(key, nanos) { return .int(component) }
        guard let offset = value.offset else { return nil }
        switch key {
        case "timezone": return .string(value.zone ?? TemporalValue.offsetText(offset))
        case "offset": return .string(TemporalValue.offsetText(offset))
        case "offsetMinutes": return .int(Int64(offset / 60))
        case "offsetSeconds": return .int(Int64(offset))
        case "epochSeconds": return value.instant.map { .int($0.seconds) }
        case "epochMillis": return value.instant.map { .int($0.seconds * 1000 + $0.nanos / 1_000_000) }
        default: return nil
        }
    }

    private static func dateComponent(_ key: String, _ day: Int64) -> Int64? {
        let (year, month, dayOfMonth) = CivilCalendar.civil(day)
        switch key {
        case "year": return year
        case "quarter": return (month - 1) / 3 + 1
        case "month": return month
        case "week": return CivilCalendar.weekDate(day).week
        case "weekYear": return CivilCalendar.weekDate(day).weekYear
        case "day": return dayOfMonth
        case "ordinalDay": return day - CivilCalendar.epochDay(year: year, month: 1, day: 1) + 1
        case "weekDay", "dayOfWeek": return CivilCalendar.dayOfWeek(day)
        case "dayOfQuarter": return day - CivilCalendar.epochDay(year: year, month: (month - 1) / 3 * 3 + 1, day: 1) + 1
        default: return nil
        }
    }

    private static func timeComponent(_ key: String, _ nanos: Int64) -> Int64? {
        let seconds = nanos / TemporalValue.nanosPerSecond, fraction = nanos % TemporalValue.nanosPerSecond
        switch key {
        case "hour": return seconds / 3600
        case "minute": return seconds / 60 % 60
        case "second": return seconds % 60
        case "millisecond": return fraction / 1_000_000
        case "microsecond": return fraction / 1000
        case "nanosecond": return fraction
        default: return nil
        }
    }

    /// Whole units of a duration (`hours`), and units within the next larger one (`minutesOfHour`).
    private static func component(_ key: String, of duration: CypherDuration) -> CypherValue? {
        let nanos = duration.nanos
        switch key {
        case "years": return .int(duration.months / 12)
        case "quarters": return .int(duration.months / 3)
        case "months": return .int(duration.months)
        case "weeks": return .int(duration.days / 7)
        case "days": return .int(duration.days)
        case "hours": return .int(duration.seconds / 3600)
        case "minutes": return .int(duration.seconds / 60)
        case "seconds": return .int(duration.seconds)
        case "milliseconds": return .int(duration.seconds * 1000 + nanos / 1_000_000)
        case "microseconds": return .int(duration.seconds * 1_000_000 + nanos / 1000)
        case "nanoseconds": return .int(duration.seconds * TemporalValue.nanosPerSecond + nanos)
        case "quartersOfYear": return .int(duration.months % 12 / 3)
        case "monthsOfQuarter": return .int(duration.months % 3)
        case "monthsOfYear": return .int(duration.months % 12)
        case "daysOfWeek": return .int(duration.days % 7)
        case "minutesOfHour": return .int(duration.seconds / 60 % 60)
        case "secondsOfMinute": return .int(duration.seconds % 60)
        case "millisecondsOfSecond": return .int(nanos / 1_000_000)
        case "microsecondsOfSecond": return .int(nanos / 1000)
        case "nanosecondsOfSecond": return .int(nanos)
        default: return nil
        }
    }
}
