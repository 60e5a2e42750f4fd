import Foundation

/// ISO 8601 text into temporal fields: the basic (`20150721T214032`) and extended
/// (`2015-07-21T21:40:32`) forms, week (`2015-W30-2`) and ordinal (`2015-202`) dates,
/// offsets (`Z`, `+01:00`, `-0130`, `+01`), zone names in brackets, and durations.
enum TemporalParsing {
    struct Zone {
        var offset: Int?
        var name: String?
    }

    // Unsigned years have exactly four digits so that the basic form stays unambiguous.
    private nonisolated(unsafe) static let datePattern = try! Regex(
        #"^([+-]\d{4,9}|\d{4})(?:-?W(\d{2})(?:-?(\d))?|-?(\d{3})|-?(\d{2})(?:-?(\d{2}))?)?$"#)
    private nonisolated(unsafe) static let timePattern = try! Regex(#"^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?$"#)
    private nonisolated(unsafe) static let offsetPattern = try! Regex(#"^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?$"#)
    private nonisolated(unsafe) static let durationPattern = try! Regex(
        #"^([+-])?P(?:([+-]?[\d.,]+)Y)?(?:([+-]?[\d.,]+)M)?(?:([+-]?[\d.,]+)W)?(?:([+-]?[\d.,]+)D)?(?:T(?:([+-]?[\d.,]+)H)?(?:([+-]?[\d.,]+)M)?(?:([+-]?[\d.,]+)S)?)?$"#)
    private nonisolated(unsafe) static let alternativeDurationPattern = try! Regex(
        #"^P(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:[.,]\d{1,9})?)$"#)

    static func captures(_ text: String, _ pattern: Regex<AnyRegexOutput>) -> [String?]? {
        guard let match = try? pattern.wholeMatch(in: text) else { return nil }
        return (1..<match.output.count).map { match.output[$0].substring.map(String.init) }
    }

    /// The epoch day a date text denotes.
    static func date(_ text: String) -> Int64? {
        guard let parts = captures(text, datePattern), let year = Int64(parts[0]!.replacingOccurrences(of: "+", with: "")) else { return nil }
        if let week = parts[1].flatMap({ Int64($0) }) {
            return try? TemporalFields.weekDate(year: year, week: week, dayOfWeek: parts[2].flatMap { Int64($0) } ?? 1)
        }
        if let ordinal = parts[3].flatMap({ Int64($0) }) { return try? TemporalFields.ordinalDate(year: year, day: ordinal) }
        return try? TemporalFields.calendarDate(
            year: year, month: parts[4].flatMap { Int64($0) } ?? 1, day: parts[5].flatMap { Int64($0) } ?? 1)
    }

    /// Nanoseconds since midnight, and the zone written after the time, if any.
    static func time(_ text: String) -> (nanoOfDay: Int64, zone: Zone)? {
        var timeText = Substring(text), zone = Zone()
        if let open = timeText.firstIndex(of: "["), timeText.hasSuffix("]") {
            zone.name = String(timeText[timeText.index(after: open)..<timeText.index(before: timeText.endIndex)])
            timeText = timeText[..<open]
        }
        if timeText.hasSuffix("Z") {
            zone.offset = 0
            timeText = timeText.dropLast()
        } else if let sign = timeText.firstIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let offset = offset(String(timeText[sign...])) else { return nil }
            zone.offset = offset
            timeText = timeText[..<sign]
        }
        guard let parts = captures(String(timeText), timePattern) else { return nil }
        let numbers = parts[0..<3].map { $0.flatMap { Int64($0) } ?? 0 }
        guard numbers[0] < 24, numbers[1] < 60, numbers[2] < 60 else { return nil }
        var fraction = parts[3] ?? ""
        fraction += String(repeating: "0", count: 9 - fraction.count)
        let nanos = (numbers[0] * 3600 + numbers[1] * 60 + numbers[2]) * TemporalValue.nanosPerSecond + Int64(fraction)!
        return (nanos, zone)
    }

    /// An offset in seconds from `Z`, `±HH`, `±HHMM`, `±HH:MM` or `±HH:MM:SS`.
    static func offset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        guard let parts = captures(text, offsetPattern) else { return nil }
        let seconds = Int(parts[1]!)! * 3600 + (parts[2].flatMap { Int($0) } ?? 0) * 60 + (parts[3].flatMap { Int($0) } ?? 0)
        guard seconds <= 18 * 3600 else { return nil }
        return parts[0] == "-" ? -seconds : seconds
    }

    /// A date and a time separated by `T`; the time may be left out.
    static func dateTime(_ text: String) -> (epochDay: Int64, nanoOfDay: Int64, zone: Zone)? {
        guard let separator = text.firstIndex(of: "T") else {
            return date(text).map { ($0, 0, Zone()) }
        }
        guard let day = date(String(text[..<separator])), let time = time(String(text[text.index(after: separator)...])) else {
            return nil
        }
        return (day, time.nanoOfDay, time.zone)
    }

    /// Duration components by unit name, as a map argument to `duration()` would give them.
    static func durationComponents(_ text: String) -> [String: Double]? {
        if let parts = captures(text, alternativeDurationPattern) {
            let values = parts.map { Double($0!.replacingOccurrences(of: ",", with: "."))! }
            return ["years": values[0], "months": values[1], "days": values[2], "hours": values[3], "minutes": values[4], "seconds": values[5]]
        }
        guard let parts = captures(text, durationPattern) else { return nil }
        let units = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"]
        var components: [String: Double] = [:]
        let sign: Double = parts[0] == "-" ? -1 : 1
        for (unit, part) in zip(units, parts.dropFirst()) {
            guard let part else { continue }
            guard let value = Double(part.replacingOccurrences(of: ",", with: ".")) else { return nil }
            components[unit] = sign * value
        }
        return components.isEmpty ? nil : components
    }
}
