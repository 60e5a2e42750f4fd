import Foundation

/// The temporal functions by lower-case name: constructors, `<type>.truncate`, epoch
/// conversions and `duration.between`/`inMonths`/`inDays`/`inSeconds`.
enum TemporalFunctions {
    static let arity: [String: ClosedRange<Int>] = {
        var arity: [String: ClosedRange<Int>] = ["duration": 1...1, "datetime.fromepoch": 2...2, "datetime.fromepochmillis": 1...1]
        for target in ["date", "localtime", "time", "localdatetime", "datetime"] {
            arity[target] = 0...1
            arity[target + ".truncate"] = 2...3
            // The clock variants all read the same instant here: one query runs in one transaction.
            for clock in ["transaction", "statement", "realtime"] { arity[target + "." + clock] = 0...1 }
        }
        for between in ["between", "inmonths", "indays", "inseconds"] { arity["duration." + between] = 2...2 }
        return arity
    }()

    /// The result of temporal function `name`, or nil when `name` is not one.
    static func call(_ name: String, _ arguments: [CypherValue], now: Date, at position: SourcePosition) throws -> CypherValue? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if parts[0] == "duration" {
            if parts.count == 1 { return try DurationConstruction.construct(arguments[0], at: position) }
            guard arguments.allSatisfy({ !$0.isNull }) else { return .null }
            return try DurationBetween.call(parts[1], arguments[0], arguments[1], at: position)
        }
        guard let target = TemporalConstruction.Target(rawValue: parts[0]) else { return nil }
        switch parts.count == 1 ? "" : parts[1] {
        case "", "transaction", "statement", "realtime":
            return try TemporalConstruction.construct(target, arguments.first, now: now, at: position)
        case "truncate":
            return try TemporalTruncation.truncate(target, arguments, now: now, at: position)
        case "fromepoch", "fromepochmillis":
            return try epoch(parts[1], arguments, at: position)
        default: return nil
        }
    }

    private static func epoch(_ name: String, _ arguments: [CypherValue], at position: SourcePosition) throws -> CypherValue {
        if arguments.contains(where: \.isNull) { return .null }
        guard case .int(let first) = arguments[0] else {
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "datetime.\(name)() expects integers", at: position)
        }
        if name == "fromepochmillis" {
            return .temporal(TemporalConstruction.fromEpoch(seconds: first.floorDiv(1000), nanos: first.floorMod(1000) * 1_000_000, zone: nil))
        }
        guard case .int(let nanos) = arguments[1] else {
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "datetime.fromepoch() expects integers", at: position)
        }
        return .temporal(TemporalConstruction.fromEpoch(seconds: first, nanos: nanos, zone: nil))
    }
}
