import Foundation

/// `+ - * / % ^` on numbers (integer overflow is an error), `+` on strings and lists.
enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ left: CypherValue, _ right: CypherValue, at position: SourcePosition) throws -> CypherValue {
        if op == .add {
            switch (left, right) {
            case (.list(let l), .list(let r)): return .list(l + r)
            case (.list(let l), _): return .list(l + [right])
            case (_, .list(let r)): return .list([left] + r)
            default: break
            }
        }
        if left.isNull || right.isNull { return .null }
        if let result = try TemporalArithmetic.apply(op, left, right) { return result }
        switch (left, right) {
        case (.int(let l), .int(let r)): return try integer(op, l, r, at: position)
        case (.int(let l), .float(let r)): return try float(op, Double(l), r, at: position)
        case (.float(let l), .int(let r)): return try float(op, l, Double(r), at: position)
        case (.float(let l), .float(let r)): return try float(op, l, r, at: position)
        case (.string(let l), .string(let r)) where op == .add: return .string(l + r)
        case (.string(let l), .int) where op == .add, (.string(let l), .float) where op == .add: return .string(l + right.plainText)
        case (.int, .string(let r)) where op == .add, (.float, .string(let r)) where op == .add: return .string(left.plainText + r)
        default:
            throw QueryError.runtime(
                .typeError, "InvalidArgumentType", "cannot apply \(op.rawValue) to \(left.typeName) and \(right.typeName)", at: position)
        }
    }

    private static func integer(_ op: BinaryOperator, _ l: Int64, _ r: Int64, at position: SourcePosition) throws -> CypherValue {
        let result: (Int64, Bool)
        switch op {
        case .add: result = l.addingReportingOverflow(r)
        case .subtract: result = l.subtractingReportingOverflow(r)
        case .multiply: result = l.multipliedReportingOverflow(by: r)
        case .divide, .modulo:
            guard r != 0 else {
                throw QueryError.runtime(.arithmeticError, "DivisionByZero", "division by zero", at: position)
            }
            result = op == .divide ? l.dividedReportingOverflow(by: r) : l.remainderReportingOverflow(dividingBy: r)
        default: return .float(pow(Double(l), Double(r)))
        }
        if result.1 { throw QueryError.runtime(.arithmeticError, "IntegerOverflow", "integer overflow", at: position) }
        return .int(result.0)
    }

    private static func float(_ op: BinaryOperator, _ l: Double, _ r: Double, at position: SourcePosition) throws -> CypherValue {
        switch op {
        case .add: return .float(l + r)
        case .subtract: return .float(l - r)
        case .multiply: return .float(l * r)
        case .divide: return .float(l / r)
        case .modulo: return .float(fmod(l, r))
        default: return .float(pow(l, r))
        }
    }
}
