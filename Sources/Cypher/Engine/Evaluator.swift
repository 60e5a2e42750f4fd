import Foundation
import GraphStore

/// Evaluates bound expressions against a row.
extension ExecutionContext {
    func evaluate(_ expression: BoundExpression, _ row: Row) throws -> CypherValue {
        switch expression {
        case .constant(let value): return value
        case .slot(let slot): return row[slot]
        case .parameter(let name, let position):
            guard let value = parameters[name] else {
                throw QueryError.runtime(.parameterMissing, "MissingParameter", "expected parameter $\(name)", at: position)
            }
            return value
        case .property(let owner, let key, let position):
            return try property(of: try evaluate(owner, row), key: key, at: position)
        case .labelExpression(let owner, let labels):
            switch try evaluate(owner, row) {
            case .null: return .null
            case .node(let id): return .bool(labels.matches(graph.labelNames(of: try node(id, at: nil))))
            case .relationship(let id): return .bool(labels.matches([graph.typeName(of: id)]))
            case let other: throw typeError("a label check needs a node or relationship, got \(other.typeName)", at: nil)
            }
        case .hasLabels(let owner, let labels):
            switch try evaluate(owner, row) {
            case .null: return .null
            case .node(let id):
                let id = try node(id, at: nil)
                return .bool(labels.allSatisfy { graph.hasLabel(id, named: $0) })
            case .relationship(let id):
                // A relationship has exactly one type, which `r:T` tests like a label.
                return .bool(labels.allSatisfy { graph.typeName(of: id) == $0 })
            case let other:
                throw typeError("a label check needs a node, got \(other.typeName)", at: nil)
            }
        case .list(let elements): return .list(try elements.map { try evaluate($0, row) })
        case .map(let entries):
            var map: [String: CypherValue] = [:]
            for entry in entries { map[entry.key] = try evaluate(entry.value, row) }
            return .map(map)
        case .index(let container, let index, let position):
            return try subscriptValue(try evaluate(container, row), try evaluate(index, row), at: position)
        case .slice(let container, let from, let to, let position):
            return try slice(try evaluate(container, row), try from.map { try evaluate($0, row) }, try to.map { try evaluate($0, row) }, at: position)
        case .not(let operand, let position):
            switch try evaluate(operand, row) {
            case .null: return .null
            case .bool(let value): return .bool(!value)
            case let other: throw typeError("NOT needs a Boolean, got \(other.typeName)", at: position)
            }
        case .negate(let operand, let position):
            switch try evaluate(operand, row) {
            case .null: return .null
            case .int(let value):
                guard value != .min else { throw overflow(at: position) }
                return .int(-value)
            case .float(let value): return .float(-value)
            case let other: throw typeError("cannot negate a \(other.typeName)", at: position)
            }
        case .binary(let op, let left, let right, let position):
            return try binary(op, left, right, row, at: position)
        case .isNull(let operand, let negated):
            return .bool(try evaluate(operand, row).isNull != negated)
        case .call(let name, let arguments, let position):
            return try ScalarFunctions.call(name, try arguments.map { try evaluate($0, row) }, context: self, at: position)
        case .caseWhen(let subject, let branches, let otherwise):
            let subjectValue = try subject.map { try evaluate($0, row) }
            for branch in branches {
                let condition = try evaluate(branch.when, row)
                let matches = subjectValue.map { cypherEquals($0, condition) == true } ?? (condition == .bool(true))
                if matches { return try evaluate(branch.then, row) }
            }
            return try otherwise.map { try evaluate($0, row) } ?? .null
        case .listComprehension(let slot, let source, let filter, let map, let position):
            guard let elements = try list(try evaluate(source, row), at: position) else { return .null }
            var scratch = row
            var result: [CypherValue] = []
            for element in elements {
                scratch[slot] = element
                if let filter, try evaluate(filter, scratch) != .bool(true) { continue }
                result.append(try map.map { try evaluate($0, scratch) } ?? element)
            }
            return .list(result)
        case .quantifier(let quantifier, let slot, let source, let predicate, let position):
            guard let elements = try list(try evaluate(source, row), at: position) else { return .null }
            var scratch = row
            var trues = 0
            var nulls = 0
            for element in elements {
                scratch[slot] = element
                switch try predicate.map({ try evaluate($0, scratch) }) ?? .bool(true) {
                case .bool(true): trues += 1
                case .bool(false): break
                case .null: nulls += 1
                case let other: throw typeError("a quantifier predicate must be a Boolean, got \(other.typeName)", at: position)
                }
            }
            let falses = elements.count - trues - nulls
            switch quantifier {
            case .all: return falses > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .any: return trues > 0 ? .bool(true) : (nulls > 0 ? .null : .bool(false))
            case .none: return trues > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .single: return trues > 1 ? .bool(false) : (nulls > 0 ? .null : .bool(trues == 1))
            }
        case .reduce(let accumulator, let initial, let slot, let source, let body, let position):
            guard let elements = try list(try evaluate(source, row), at: position) else { return .null }
            var scratch = row
            scratch[accumulator] = try evaluate(initial, row)
            for element in elements {
                scratch[slot] = element
                scratch[accumulator] = try evaluate(body, scratch)
                try checkNesting(scratch[accumulator], at: position)
            }
            return scratch[accumulator]
        case .exists(let plan, let memo):
            guard let memo, mutableGraph == nil else {
                var operation = makeOperator(plan, argument: row)
                return .bool(try operation.next() != nil)
            }
            let key = memo.keySlots.map { row[$0] }
            if let known = existsAnswers[memo.id]?[key] { return .bool(known) }
            var operation = makeOperator(plan, argument: row)
            let found = try operation.next() != nil
            existsAnswers[memo.id, default: [:]][key] = found
            return .bool(found)
        case .collectSubquery(let plan, let map):
            var operation = makeOperator(plan, argument: row)
            var result: [CypherValue] = []
            while let match = try operation.next() { result.append(try evaluate(map, match)) }
            return .list(result)
        case .mapProjection(let owner, let items, let position):
            let base = try evaluate(owner, row)
            if base.isNull { return .null }
            guard let properties = try properties(of: base, at: position) else {
                throw typeError("a map projection needs a node, relationship or map, got \(base.typeName)", at: position)
            }
            var result: [String: CypherValue] = [:]
            for item in items {
                switch item {
                case .allProperties: result.merge(properties) { $1 }
                case .property(let key): result[key] = properties[key] ?? .null
                case .entry(let key, let value): result[key] = try evaluate(value, row)
                }
            }
            return .map(result)
        case .path(let start, let segments):
            return try buildPath(start: start, segments: segments, row)
        }
    }

    func typeError(_ message: String, at position: SourcePosition?) -> QueryError {
        QueryError.runtime(.typeError, "InvalidArgumentType", message, at: position)
    }

    func overflow(at position: SourcePosition?) -> QueryError {
        QueryError.runtime(.arithmeticError, "IntegerOverflow", "integer overflow", at: position)
    }

    /// The elements of a list value, nil for null; a type error for anything else.
    func list(_ value: CypherValue, at position: SourcePosition?) throws -> [CypherValue]? {
        switch value {
        case .null: return nil
        case .list(let elements): return elements
        default: throw typeError("expected a List, got \(value.typeName)", at: position)
        }
    }

    func property(of owner: CypherValue, key: String, at position: SourcePosition?) throws -> CypherValue {
        switch owner {
        case .null: return .null
        case .node(let id): return graph.nodeValue(key, of: try node(id, at: position)) ?? .null
        case .relationship(let id):
            return graph.relationshipValue(key, of: try relationship(id, at: position)) ?? .null
        case .map(let values): return values[key] ?? .null
        case .temporal(let value):
            guard let component = TemporalFields.component(key, of: value) else {
                throw QueryError.runtime(.argumentError, "InvalidArgumentValue", "a \(value.typeName) has no component '\(key)'", at: position)
            }
            return component
        default: throw typeError("cannot read property '\(key)' of a \(owner.typeName)", at: position)
        }
    }

    private func subscriptValue(_ container: CypherValue, _ index: CypherValue, at position: SourcePosition) throws -> CypherValue {
        switch (container, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let elements), .int(let offset)):
            let resolved = offset < 0 ? Int64(elements.count) + offset : offset
            return resolved >= 0 && resolved < Int64(elements.count) ? elements[Int(resolved)] : .null
        case (.map, .string(let key)), (.node, .string(let key)), (.relationship, .string(let key)):
            return try property(of: container, key: key, at: position)
        case (.list, _):
            throw typeError("a list index must be an Integer, got \(index.typeName)", at: position)
        case (.map, _), (.node, _), (.relationship, _):
            throw QueryError.runtime(
                .typeError, "MapElementAccessByNonString", "a map key must be a String, got \(index.typeName)", at: position)
        default:
            throw typeError("cannot index into a \(container.typeName)", at: position)
        }
    }

    private func slice(_ container: CypherValue, _ from: CypherValue?, _ to: CypherValue?, at position: SourcePosition) throws -> CypherValue {
        if container.isNull || from?.isNull == true || to?.isNull == true { return .null }
        guard case .list(let elements) = container else { throw typeError("cannot slice a \(container.typeName)", at: position) }
        let count = Int64(elements.count)
        func resolve(_ bound: CypherValue?, _ fallback: Int64) throws -> Int64 {
            guard let bound else { return fallback }
            guard case .int(let value) = bound else { throw typeError("a slice bound must be an Integer", at: position) }
            let resolved = value < 0 ? count + value : value
            return Swift.min(Swift.max(resolved, 0), count)
        }
        let lower = try resolve(from, 0)
        let upper = try resolve(to, count)
        return lower < upper ? .list(Array(elements[Int(lower)..<Int(upper)])) : .list([])
    }

    private func binary(_ op: BinaryOperator, _ leftExpression: BoundExpression, _ rightExpression: BoundExpression, _ row: Row, at position: SourcePosition) throws -> CypherValue {
        let left = try evaluate(leftExpression, row)
        let right = try evaluate(rightExpression, row)
        switch op {
        case .and, .or, .xor:
            let l = try truth(left, op, at: position)
            let r = try truth(right, op, at: position)
            switch op {
            case .and:
                if l == false || r == false { return .bool(false) }
                return l == nil || r == nil ? .null : .bool(true)
            case .or:
                if l == true || r == true { return .bool(true) }
                return l == nil || r == nil ? .null : .bool(false)
            default:
                guard let l, let r else { return .null }
                return .bool(l != r)
            }
        case .equal: return cypherEquals(left, right).map(CypherValue.bool) ?? .null
        case .notEqual: return cypherEquals(left, right).map { .bool(!$0) } ?? .null
        case .less, .greater, .lessOrEqual, .greaterOrEqual:
            if Self.involvesNaN(left, right) { return .bool(false) }
            guard let sign = cypherCompare(left, right) else { return .null }
            switch op {
            case .less: return .bool(sign < 0)
            case .greater: return .bool(sign > 0)
            case .lessOrEqual: return .bool(sign <= 0)
            default: return .bool(sign >= 0)
            }
        case .add, .subtract, .multiply, .divide, .modulo, .power:
            if op == .add { try reserveSum(left, right, at: position) }
            return try Arithmetic.apply(op, left, right, at: position)
        case .startsWith, .endsWith, .contains:
            guard case .string(let l) = left, case .string(let r) = right else { return .null }
            switch op {
            case .startsWith: return .bool(l.unicodeScalars.starts(with: r.unicodeScalars))
            case .endsWith: return .bool(l.unicodeScalars.reversed().starts(with: r.unicodeScalars.reversed()))
            default: return .bool(r.isEmpty || l.contains(r))
            }
        case .regex:
            guard case .string(let text) = left, case .string(let pattern) = right else { return .null }
            guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators]) else {
                throw QueryError.runtime(.argumentError, "InvalidArgumentValue", "invalid regular expression '\(pattern)'", at: position)
            }
            let range = NSRange(text.startIndex..., in: text)
            return .bool(regex.firstMatch(in: text, range: range) != nil)
        case .in:
            guard let elements = try list(right, at: position) else { return .null }
            var sawNull = false
            for element in elements {
                switch cypherEquals(left, element) {
                case .some(true): return .bool(true)
                case nil: sawNull = true
                case .some(false): break
                }
            }
            return sawNull ? .null : .bool(false)
        }
    }

    /// NaN compares false (not null) with any number, itself included.
    private static func involvesNaN(_ left: CypherValue, _ right: CypherValue) -> Bool {
        guard let l = left.double, let r = right.double else { return false }
        return l.isNaN || r.isNaN
    }

    private func truth(_ value: CypherValue, _ op: BinaryOperator, at position: SourcePosition) throws -> Bool? {
        switch value {
        case .null: return nil
        case .bool(let flag): return flag
        default: throw typeError("\(op.rawValue) needs Booleans, got \(value.typeName)", at: position)
        }
    }

    private func buildPath(start: Int, segments: [PathSegment], _ row: Row) throws -> CypherValue {
        guard case .node(let first) = row[start] else { return .null }
        var nodes = [first]
        var relationships: [RelationshipID] = []
        func step(_ relationship: RelationshipID) {
            let last = nodes[nodes.count - 1]
            let source = graph.source(of: relationship)
            nodes.append(source == last ? graph.target(of: relationship) : source)
            relationships.append(relationship)
        }
        for segment in segments {
            switch row[segment.slot] {
            case .relationship(let id): step(id)
            case .list(let values):
                for case .relationship(let id) in values { step(id) }
            default: return .null
            }
        }
        return .path(PathValue(nodes: nodes, relationships: relationships))
    }
}
