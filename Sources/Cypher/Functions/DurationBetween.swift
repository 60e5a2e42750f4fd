/// `duration.between(a, b)` and its single-unit forms `inMonths`, `inDays`, `inSeconds`: whole
/// months first, then whole days, then the remaining time, each counted only when complete
/// (a month from the 31st to the 30th is not one yet). Zoned values are compared in the zone of
/// the first; a local value next to a zoned one is taken to be in that zone.
enum DurationBetween {
    static func call(_ unit: String, _ from: CypherValue, _ to: CypherValue, at position: SourcePosition) throws -> CypherValue {
        guard case .temporal(let start) = from, case .temporal(let end) = to, start.typeName != "Duration", end.typeName != "Duration" else {
            throw QueryError.runtime(
                .typeError, "InvalidArgumentType", "duration.\(unit)() expects two temporal instants, got \(from.typeName) and \(to.typeName)",
                at: position)
        }
        var first = Point(start), second = Point(end)
        let bothDates = first.day != nil && second.day != nil
        // What one side lacks it takes from the other: a date, and a zone for a local value.
        first.day = first.day ?? second.day ?? 0
        second.day = second.day ?? first.day
        if first.zone == nil { first.zone = second.zone } else if second.zone == nil { second.zone = first.zone }
        let zoned = first.zone != nil
        if zoned {
            // Compare in the first value's zone, as of the instant the second one denotes.
            let moved = TemporalConstruction.fromEpoch(seconds: second.epochSecond, nanos: second.nanos % TemporalValue.nanosPerSecond, zone: first.zone)
            second = Point(moved)
        }
        let elapsed = { (from: Point, to: Point) -> CypherDuration in
            zoned
                ? CypherDuration(seconds: to.epochSecond - from.epochSecond, nanos: to.nanos % TemporalValue.nanosPerSecond - from.nanos % TemporalValue.nanosPerSecond)
                : CypherDuration(seconds: (to.day! - from.day!) * 86_400, nanos: to.nanos - from.nanos)
        }
        let (startDay, endDay) = (first.day!, second.day!)
        switch unit {
        case "inseconds": return .temporal(.duration(elapsed(first, second)))
        case "inmonths": return .temporal(.duration(CypherDuration(months: bothDates ? monthsBetween(startDay, first.nanos, endDay, second.nanos) : 0)))
        case "indays": return .temporal(.duration(CypherDuration(days: bothDates ? daysBetween(startDay, first.nanos, endDay, second.nanos) : 0)))
        default:
            guard bothDates else { return .temporal(.duration(elapsed(first, second))) }
            let months = monthsBetween(startDay, first.nanos, endDay, second.nanos)
            var moved = first
            moved.day = addMonths(startDay, months)
            let days = daysBetween(moved.day!, first.nanos, endDay, second.nanos)
            moved.day! += days
            let rest = elapsed(moved, second)
            return .temporal(.duration(CypherDuration(months: months, days: days, seconds: rest.seconds, nanos: rest.nanos)))
        }
    }

    /// A local date and time, with the zone it is in when it has one.
    private struct Point {
        var day: Int64?
        var nanos: Int64
        var zone: TemporalParsing.Zone?

        init(_ value: TemporalValue) {
            day = value.epochDay
            nanos = value.nanoOfDay ?? 0
            zone = value.offset.map { TemporalParsing.Zone(offset: value.zone == nil ? $0 : nil, name: value.zone) }
        }

        /// Whole seconds since the epoch; a named zone's offset is the one in force at this local time.
        var epochSecond: Int64 {
            let offset = zone.map { $0.offset ?? ZoneRules.offset(zone: $0.name!, epochDay: day ?? 0, nanoOfDay: nanos) } ?? 0
            return (day ?? 0) * 86_400 + nanos / TemporalValue.nanosPerSecond - Int64(offset)
        }
    }

    /// Complete months from one local date-time to another.
    static func monthsBetween(_ startDay: Int64, _ startNanos: Int64, _ endDay: Int64, _ endNanos: Int64) -> Int64 {
        var end = endDay
        if end > startDay && endNanos < startNanos { end -= 1 } else if end < startDay && endNanos > startNanos { end += 1 }
        let (sy, sm, sd) = CivilCalendar.civil(startDay), (ey, em, ed) = CivilCalendar.civil(end)
        let packedStart = (sy * 12 + sm - 1) * 32 + sd, packedEnd = (ey * 12 + em - 1) * 32 + ed
        return (packedEnd - packedStart) / 32
    }

    static func daysBetween(_ startDay: Int64, _ startNanos: Int64, _ endDay: Int64, _ endNanos: Int64) -> Int64 {
        var end = endDay
        if end > startDay && endNanos < startNanos { end -= 1 } else if end < startDay && endNanos > startNanos { end += 1 }
        return end - startDay
    }

    /// The date `months` later, on the same day of the month or the month's last day.
    static func addMonths(_ day: Int64, _ months: Int64) -> Int64 {
        let (year, month, dayOfMonth) = CivilCalendar.civil(day)
        let total = year * 12 + month - 1 + months
        let newYear = total.floorDiv(12), newMonth = total.floorMod(12) + 1
        return CivilCalendar.epochDay(year: newYear, month: newMonth, day: min(dayOfMonth, CivilCalendar.daysInMonth(year: newYear, month: newMonth)))
    }
}
