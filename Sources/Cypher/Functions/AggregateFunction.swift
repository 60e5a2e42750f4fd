import Foundation

/// The aggregating functions; `countStar` is `count(*)`.
enum AggregateFunction: String, Sendable, CaseIterable {
    case countStar, count, sum, avg, min, max, collect
    case percentileCont = "percentilecont", percentileDisc = "percentiledisc"
    case stDev = "stdev", stDevP = "stdevp"

    init?(name: String) {
        let lower = name.lowercased()
        guard lower != "countstar", let function = AggregateFunction(rawValue: lower) else { return nil }
        self = function
    }

    var arity: ClosedRange<Int> {
        switch self {
        case .countStar: return 0...0
        case .percentileCont, .percentileDisc: return 2...2
        default: return 1...1
        }
    }
}

/// The running state of one aggregate for one group.
struct Accumulator {
    let call: AggregateCall
    private var count: Int64 = 0
    private var values: [CypherValue] = []
    private var seen: Set<CypherValue> = []
    private var intSum: Int64 = 0
    private var floatSum: Double = 0
    private var sawFloat = false
    private var extreme: CypherValue = .null
    private var percentile: Double?

    init(_ call: AggregateCall) { self.call = call }

    mutating func add(_ arguments: [CypherValue]) throws {
        if call.function == .countStar {
            count += 1
            return
        }
        let value = arguments[0]
        if value.isNull { return }
        if call.distinct {
            guard seen.insert(value).inserted else { return }
        }
        switch call.function {
        case .countStar, .count:
            count += 1
        case .sum, .avg:
            count += 1
            switch value {
            case .int(let number):
                let (sum, overflow) = intSum.addingReportingOverflow(number)
                if overflow {
                    throw QueryError.runtime(.arithmeticError, "IntegerOverflow", "integer overflow in \(call.function.rawValue)", at: call.position)
                }
                intSum = sum
            case .float(let number):
                sawFloat = true
                floatSum += number
            default:
                throw QueryError.runtime(
                    .typeError, "InvalidArgumentType", "\(call.function.rawValue)() expects numbers, got \(value.typeName)", at: call.position)
            }
        case .min:
            if extreme.isNull || orderCompare(value, extreme) < 0 { extreme = value }
        case .max:
            if extreme.isNull || orderCompare(value, extreme) > 0 { extreme = value }
        case .collect:
            values.append(value)
        case .percentileCont, .percentileDisc, .stDev, .stDevP:
            switch value {
            case .int, .float: values.append(value)
            default:
                throw QueryError.runtime(
                    .typeError, "InvalidArgumentType", "\(call.function.rawValue)() expects numbers, got \(value.typeName)",
                    at: call.position)
            }
            try checkPercentile(arguments)
        }
    }

    private mutating func checkPercentile(_ arguments: [CypherValue]) throws {
        guard call.function == .percentileCont || call.function == .percentileDisc, percentile == nil else { return }
        let fraction: Double
        switch arguments[1] {
        case .int(let value): fraction = Double(value)
        case .float(let value): fraction = value
        default:
            throw QueryError.runtime(.typeError, "InvalidArgumentType", "the percentile must be a number", at: call.position)
        }
        guard (0...1).contains(fraction) else {
            throw QueryError.runtime(.argumentError, "NumberOutOfRange", "the percentile must be between 0.0 and 1.0", at: call.position)
        }
        percentile = fraction
    }

    func result() -> CypherValue {
        switch call.function {
        case .countStar, .count: return .int(count)
        case .sum:
            return sawFloat ? .float(floatSum + Double(intSum)) : .int(intSum)
        case .avg:
            guard count > 0 else { return .null }
            return .float((floatSum + Double(intSum)) / Double(count))
        case .min, .max: return extreme
        case .collect: return .list(values)
        case .percentileCont, .percentileDisc:
            guard let percentile, !values.isEmpty else { return .null }
            let sorted = values.sorted { orderCompare($0, $1) < 0 }
            if call.function == .percentileDisc {
                let position = percentile == 0 ? 0 : Int((percentile * Double(sorted.count)).rounded(.up)) - 1
                return sorted[Swift.max(0, Swift.min(position, sorted.count - 1))]
            }
            let numbers = sorted.map(Self.double)
            let position = percentile * Double(numbers.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = Int(position.rounded(.up))
            let weight = position - Double(lower)
            return .float(numbers[lower] + (numbers[upper] - numbers[lower]) * weight)
        case .stDev, .stDevP:
            let numbers = values.map(Self.double)
            let denominator = call.function == .stDev ? numbers.count - 1 : numbers.count
            guard denominator > 0 else { return .float(0) }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .float((squares / Double(denominator)).squareRoot())
        }
    }

    private static func double(_ value: CypherValue) -> Double {
        switch value {
        case .int(let number): return Double(number)
        case .float(let number): return number
        default: return 0
        }
    }
}
