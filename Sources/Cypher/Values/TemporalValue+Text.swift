/// ISO 8601 renderings, as Cypher's `toString` and the TCK print temporal values.
extension TemporalValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .date(let day): return Self.dateText(day)
        case .localTime(let nanos): return Self.timeText(nanos)
        case .time(let nanos, let offset): return Self.timeText(nanos) + Self.offsetText(offset)
        case .localDateTime(let day, let nanos): return Self.dateText(day) + "T" + Self.timeText(nanos)
        case .dateTime(let day, let nanos, let offset, let zone):
            return Self.dateText(day) + "T" + Self.timeText(nanos) + Self.offsetText(offset) + (zone.map { "[\($0)]" } ?? "")
        case .duration(let duration): return duration.description
        }
    }

    /// Years beyond four digits carry an explicit sign, as in ISO 8601's expanded form.
    static func dateText(_ epochDay: Int64) -> String {
        let (year, month, day) = CivilCalendar.civil(epochDay)
        let yearText: String
        if year > 9999 {
            yearText = "+" + String(year)
        } else if year < 0 {
            yearText = "-" + padded(-year, 4)
        } else {
            yearText = padded(year, 4)
        }
        return yearText + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// Seconds only when non-zero, and the fraction in groups of three digits.
    static func timeText(_ nanoOfDay: Int64) -> String {
        let seconds = nanoOfDay / nanosPerSecond, nanos = nanoOfDay % nanosPerSecond
        var text = padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2)
        if seconds % 60 != 0 || nanos != 0 { text += ":" + padded(seconds % 60, 2) }
        if nanos != 0 {
            if nanos % 1_000_000 == 0 {
                text += "." + padded(nanos / 1_000_000, 3)
            } else if nanos % 1000 == 0 {
                text += "." + padded(nanos / 1000, 6)
            } else {
                text += "." + padded(nanos, 9)
            }
        }
        return text
    }

    static func offsetText(_ offset: Int) -> String {
        if offset == 0 { return "Z" }
        let magnitude = abs(offset)
        var text = (offset < 0 ? "-" : "+") + padded(Int64(magnitude / 3600), 2) + ":" + padded(Int64(magnitude / 60 % 60), 2)
        if magnitude % 60 != 0 { text += ":" + padded(Int64(magnitude % 60), 2) }
        return text
    }

    static func padded(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension CypherDuration: CustomStringConvertible {
    /// `P1Y2M3DT4H5M6.5S`: years and months from `months`, hours, minutes and seconds from
    /// `seconds`; each part signed on its own, zero parts left out.
    public var description: String {
        if months == 0 && days == 0 && seconds == 0 && nanos == 0 { return "PT0S" }
        var text = "P"
        if months / 12 != 0 { text += "\(months / 12)Y" }
        if months % 12 != 0 { text += "\(months % 12)M" }
        if days != 0 { text += "\(days)D" }
        guard seconds != 0 || nanos != 0 else { return text }
        var wholeSeconds = seconds, fraction = nanos
        if seconds < 0 && nanos != 0 {
            wholeSeconds += 1
            fraction -= TemporalValue.nanosPerSecond
        }
        text += "T"
        if wholeSeconds / 3600 != 0 { text += "\(wholeSeconds / 3600)H" }
        if wholeSeconds % 3600 / 60 != 0 { text += "\(wholeSeconds % 3600 / 60)M" }
        let remaining = wholeSeconds % 60
        if remaining == 0 && fraction == 0 { return text }
        text += remaining == 0 && fraction < 0 ? "-0" : String(remaining)
        if fraction != 0 {
            var digits = TemporalValue.padded(abs(fraction), 9)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "S"
    }
}
