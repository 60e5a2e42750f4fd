import Foundation

/// `duration()` from a map of units or an ISO 8601 duration string. Fractions flow into the
/// next smaller unit: months into days and seconds (by the average Gregorian month of
/// 30.436875 days), weeks into days, days into seconds.
enum DurationConstruction {
    static let secondsPerMonth = 2_629_746.0

    static func construct(_ argument: CypherValue, at position: SourcePosition) throws -> CypherValue {
        switch argument {
        case .null: return .null
        case .string(let text):
            guard let components = TemporalParsing.durationComponents(text) else {
                throw TemporalFields.invalid("'\(text)' is not a valid duration")
            }
            return .temporal(.duration(try duration(components)))
        case .map(let map):
            var components: [String: Double] = [:]
            for (key, value) in map {
                switch value {
                case .null: continue
                case .int(let number): components[key.lowercased()] = Double(number)
                case .float(let number): components[key.lowercased()] = number
                default: throw TemporalFields.invalid("duration component '\(key)' must be a number, got \(value.typeName)")
                }
            }
            var exact: [String: Int64] = [:]
            for case let (key, .int(number)) in map { exact[key.lowercased()] = number }
            return .temporal(.duration(try duration(components, exact: exact)))
        case .temporal(.duration):
            return argument
        default:
            throw QueryError.runtime(
                .typeError, "InvalidArgumentType", "duration() expects a map or a string, got \(argument.typeName)", at: position)
        }
    }

    /// Integer components are added exactly; fractional ones go through `Double`, and what is
    /// left below a nanosecond is rounded by `rounding`.
    static func duration(
        _ components: [String: Double], exact: [String: Int64] = [:], rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero
    ) throws -> CypherDuration {
        let known: Set = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"]
        if let unknown = components.keys.first(where: { !known.contains($0) }) {
            throw TemporalFields.invalid("'\(unknown)' is not a duration unit")
        }
        func value(_ key: String) -> Double { components[key] ?? 0 }
        let monthsTotal = value("years") * 12 + value("quarters") * 3 + value("months")
        let months = monthsTotal.rounded(.towardZero)
        let daysTotal = value("weeks") * 7 + value("days") + (monthsTotal - months) * secondsPerMonth / 86_400
        let days = daysTotal.rounded(.towardZero)
        // Seconds are summed in nanoseconds where the inputs are whole, to keep large values exact.
        var nanos: Int64 = 0
        let units: [(String, Int64)] = [
            ("hours", 3_600_000_000_000), ("minutes", 60_000_000_000), ("seconds", 1_000_000_000), ("milliseconds", 1_000_000),
            ("microseconds", 1000), ("nanoseconds", 1),
        ]
        var fractionalNanos = (daysTotal - days) * 86_400e9
        for (unit, scale) in units {
            guard let amount = components[unit] else { continue }
            if let whole = exact[unit] {
                let (product, overflow) = whole.multipliedReportingOverflow(by: scale)
                if overflow { throw TemporalFields.invalid("duration is out of range") }
                nanos += product
            } else {
                fractionalNanos += amount * Double(scale)
            }
        }
        nanos += Int64(fractionalNanos.rounded(rounding))
        return CypherDuration(months: Int64(months), days: Int64(days), seconds: 0, nanos: nanos)
    }
}
