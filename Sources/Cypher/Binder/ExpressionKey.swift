/// A canonical text for an expression, ignoring positions and spacing: two expressions with
/// the same key are the same expression (used to match ORDER BY and aggregation operands
/// against projected items).
extension Expression {
    var key: String {
        switch kind {
        case .literal(let value): return value.literalText
        case .list(let elements): return "[" + elements.map(\.key).joined(separator: ",") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key):\($0.value.key)" }.joined(separator: ",") + "}"
        case .parameter(let name): return "$" + name
        case .variable(let name): return "`\(name)`"
        case .property(let owner, let key): return "(\(owner.key)).`\(key)`"
        case .hasLabels(let owner, let labels): return "(\(owner.key))" + labels.map { ":`\($0)`" }.joined()
        case .labelExpression(let owner, let labels): return "(\(owner.key)):" + labels.text
        case .index(let list, let index): return "(\(list.key))[\(index.key)]"
        case .slice(let list, let from, let to): return "(\(list.key))[\(from?.key ?? "")..\(to?.key ?? "")]"
        case .unary(let op, let operand): return "\(op)(\(operand.key))"
        case .binary(let op, let left, let right): return "(\(left.key) \(op.rawValue) \(right.key))"
        case .isNull(let operand, let negated): return "(\(operand.key)) IS \(negated ? "NOT " : "")NULL"
        case .call(let name, let distinct, let arguments):
            return name.lowercased() + "(" + (distinct ? "DISTINCT " : "") + arguments.map(\.key).joined(separator: ",") + ")"
        case .countStar: return "count(*)"
        case .caseWhen(let subject, let branches, let otherwise):
            return "CASE \(subject?.key ?? "") " + branches.map { "WHEN \($0.when.key) THEN \($0.then.key)" }.joined(separator: " ")
                + " ELSE \(otherwise?.key ?? "") END"
        case .listComprehension(let variable, let source, let filter, let map):
            return "[`\(variable)` IN \(source.key) WHERE \(filter?.key ?? "") | \(map?.key ?? "")]"
        case .quantifier(let quantifier, let variable, let source, let predicate):
            return "\(quantifier)(`\(variable)` IN \(source.key) WHERE \(predicate?.key ?? ""))"
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            return "reduce(`\(accumulator)`=\(initial.key),`\(variable)` IN \(source.key)|\(body.key))"
        case .patternComprehension, .pattern, .existsSubquery, .mapProjection:
            return "pattern@\(position.offset)"
        }
    }

    /// A variable, or a property of a variable: the grouping keys an aggregating expression may use.
    var isSimpleGroupingKey: Bool {
        switch kind {
        case .variable: return true
        case .property(let owner, _): if case .variable = owner.kind { return true } else { return false }
        default: return false
        }
    }
}

extension BoundExpression {
    /// The operands of a chain of ANDs.
    var conjuncts: [BoundExpression] {
        if case .binary(.and, let left, let right, _) = self { return left.conjuncts + right.conjuncts }
        return [self]
    }

    /// Constants and parameters: values that do not depend on the row.
    var isRowIndependent: Bool {
        switch self {
        case .constant, .parameter: return true
        case .list(let elements): return elements.allSatisfy(\.isRowIndependent)
        case .map(let entries): return entries.allSatisfy(\.value.isRowIndependent)
        case .negate(let operand, _): return operand.isRowIndependent
        default: return false
        }
    }

    /// Slots read directly by this expression (not inside subquery plans).
    var referencedSlots: Set<Int> {
        var slots = Set<Int>()
        collectSlots(into: &slots)
        return slots
    }

    private func collectSlots(into slots: inout Set<Int>) {
        func add(_ expressions: BoundExpression?...) { for case let expression? in expressions { expression.collectSlots(into: &slots) } }
        switch self {
        case .constant, .parameter, .exists: break
        case .slot(let slot): slots.insert(slot)
        case .property(let owner, _, _), .hasLabels(let owner, _), .labelExpression(let owner, _), .not(let owner, _), .negate(let owner, _),
            .isNull(let owner, _):
            add(owner)
        case .list(let elements): for element in elements { add(element) }
        case .map(let entries): for entry in entries { add(entry.value) }
        case .index(let a, let b, _), .binary(_, let a, let b, _): add(a, b)
        case .slice(let list, let from, let to, _): add(list, from, to)
        case .call(_, let arguments, _): for argument in arguments { add(argument) }
        case .caseWhen(let subject, let branches, let otherwise):
            add(subject, otherwise)
            for branch in branches { add(branch.when, branch.then) }
        case .listComprehension(_, let source, let filter, let map, _): add(source, filter, map)
        case .quantifier(_, _, let source, let predicate, _): add(source, predicate)
        case .reduce(_, let initial, _, let source, let body, _): add(initial, source, body)
        case .collectSubquery(_, let map): add(map)
        case .mapProjection(let owner, let items, _):
            add(owner)
            for case .entry(_, let value) in items { add(value) }
        case .path(let start, let segments):
            slots.insert(start)
            for segment in segments { slots.insert(segment.slot) }
        }
    }
}
