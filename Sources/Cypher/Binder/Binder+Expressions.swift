/// Binding expressions: variables to slots, functions checked, static type errors found early.
extension Binder {
    /// A rewrite consulted before each sub-expression is bound; aggregation uses it to replace
    /// aggregate calls and grouping keys with the slots that hold them.
    typealias Rewrite = (Expression) throws -> BoundExpression?

    func bindExpression(_ expression: Expression, _ scope: Scope, rewrite: Rewrite? = nil) throws -> BoundExpression {
        if let rewrite, let replaced = try rewrite(expression) { return replaced }
        func bind(_ inner: Expression, _ innerScope: Scope? = nil) throws -> BoundExpression {
            try bindExpression(inner, innerScope ?? scope, rewrite: rewrite)
        }
        let position = expression.position
        switch expression.kind {
        case .literal(let value):
            return .constant(value)
        case .list(let elements):
            let bound = try elements.map { try bind($0) }
            if let constants = Self.constants(bound) { return .constant(.list(constants)) }
            return .list(bound)
        case .map(let entries):
            return .map(try entries.map { (key: $0.key, value: try bind($0.value)) })
        case .parameter(let name):
            return .parameter(name, position: position)
        case .variable(let name):
            guard let variable = scope[name] else { throw undefined(name, at: position) }
            return .slot(variable.slot)
        case .property(let owner, let key):
            let type = staticType(owner, scope)
            let evident: Bool
            switch owner.kind {
            case .literal, .list: evident = true
            case .variable(let name): evident = [.path, .relationshipList].contains(scope[name]?.kind)
            default: evident = false
            }
            if evident && [.bool, .int, .float, .string, .list, .path].contains(type) {
                throw QueryError.syntax(
                    "InvalidArgumentType", "cannot read property '\(key)' of a \(type.rawValue)", at: position,
                    expected: "a node, relationship or map")
            }
            // A variable projected from a value of evident type is a type error the TCK expects
            // before the query runs (`WITH 123 AS x RETURN x.num`).
            if case .variable(let name) = owner.kind, case .value(let valueType)? = scope[name]?.kind,
                [.bool, .int, .float, .string, .list].contains(valueType)
            {
                throw QueryError(
                    .typeError, "InvalidArgumentType", phase: .compileTime,
                    message: "cannot read property '\(key)' of a \(valueType.rawValue)", at: position,
                    expected: "a node, relationship or map")
            }
            return .property(try bind(owner), key: key, position: position)
        case .hasLabels(let owner, let labels):
            return .hasLabels(try bind(owner), labels)
        case .labelExpression(let owner, let labels):
            return .labelExpression(try bind(owner), labels)
        case .index(let list, let index):
            return .index(try bind(list), try bind(index), position: position)
        case .slice(let list, let from, let to):
            return .slice(try bind(list), from: try from.map { try bind($0) }, to: try to.map { try bind($0) }, position: position)
        case .unary(.not, let operand):
            try requireBooleanOperand(operand, scope)
            return .not(try bind(operand), position: position)
        case .unary(.minus, let operand):
            return .negate(try bind(operand), position: position)
        case .unary(.plus, let operand):
            return try bind(operand)
        case .binary(let op, let left, let right):
            if op == .and || op == .or || op == .xor {
                try requireBooleanOperand(left, scope)
                try requireBooleanOperand(right, scope)
            }
            try requireCompatibleOperands(op, left, right, scope)
            return .binary(op, try bind(left), try bind(right), position: position)
        case .isNull(let operand, let negated):
            return .isNull(try bind(operand), negated: negated)
        case .countStar:
            throw QueryError.syntax("InvalidAggregation", "count(*) is not allowed here", at: position)
        case .call(let name, let distinct, let arguments):
            return try bindCall(name: name, distinct: distinct, arguments: arguments, position: position, scope: scope, rewrite: rewrite)
        case .caseWhen(let subject, let branches, let otherwise):
            return .caseWhen(
                subject: try subject.map { try bind($0) },
                branches: try branches.map { (when: try bind($0.when), then: try bind($0.then)) },
                otherwise: try otherwise.map { try bind($0) })
        case .listComprehension(let variable, let source, let filter, let map):
            // Aggregating per element is meaningless: the comprehension runs within one row.
            if let inner = [filter, map].compactMap({ $0 }).first(where: containsAggregate) {
                throw QueryError.syntax("InvalidAggregation", "aggregation is not allowed in a list comprehension", at: inner.position)
            }
            let boundSource = try bind(source)
            var inner = scope
            let slot = newSlot()
            inner[variable] = Variable(slot: slot, kind: .value(elementType(of: source, scope)))
            return .listComprehension(
                slot: slot, source: boundSource, filter: try filter.map { try bind($0, inner) },
                map: try map.map { try bind($0, inner) }, position: position)
        case .quantifier(let quantifier, let variable, let source, let predicate):
            let boundSource = try bind(source)
            var inner = scope
            let slot = newSlot()
            inner[variable] = Variable(slot: slot, kind: .value(elementType(of: source, scope)))
            return .quantifier(
                quantifier, slot: slot, source: boundSource, predicate: try predicate.map { try bind($0, inner) }, position: position)
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            let boundInitial = try bind(initial)
            let boundSource = try bind(source)
            var inner = scope
            let accumulatorSlot = newSlot()
            let slot = newSlot()
            inner[accumulator] = Variable(slot: accumulatorSlot, kind: .value(.any))
            inner[variable] = Variable(slot: slot, kind: .value(.any))
            return .reduce(
                accumulator: accumulatorSlot, initial: boundInitial, slot: slot, source: boundSource, body: try bind(body, inner),
                position: position)
        case .pattern(let part):
            return try bindPatternPredicate(part, scope)
        case .existsSubquery(let clauses):
            if let update = clauses.first(where: \.isUpdating) {
                throw QueryError.syntax(
                    "InvalidClauseComposition", "an EXISTS subquery cannot update the graph", at: update.position)
            }
            var inner = scope
            return .exists(try bindClauses(clauses, scope: &inner, isSubquery: true).plan, memo: nil)
        case .patternComprehension(let part, let filter, let map):
            let (plan, inner) = try planSubpattern([part], filter: filter, scope: scope)
            return .collectSubquery(plan, map: try bindExpression(map, inner, rewrite: rewrite))
        case .mapProjection(let name, let items):
            guard let variable = scope[name] else { throw undefined(name, at: position) }
            let bound: [BoundMapProjectionItem] = try items.map { item in
                switch item {
                case .property(let key): return .property(key)
                case .allProperties: return .allProperties
                case .variable(let other):
                    guard let value = scope[other] else { throw undefined(other, at: position) }
                    return .entry(other, .slot(value.slot))
                case .entry(let key, let value): return .entry(key, try bind(value))
                }
            }
            return .mapProjection(.slot(variable.slot), bound, position: position)
        }
    }

    private static func constants(_ expressions: [BoundExpression]) -> [CypherValue]? {
        var values: [CypherValue] = []
        for expression in expressions {
            guard case .constant(let value) = expression else { return nil }
            values.append(value)
        }
        return values
    }

    private func bindCall(
        name: String, distinct: Bool, arguments: [Expression], position: SourcePosition, scope: Scope, rewrite: Rewrite?
    ) throws -> BoundExpression {
        let lower = name.lowercased()
        if AggregateFunction(name: lower) != nil {
            throw QueryError.syntax("InvalidAggregation", "aggregation with \(name)() is not allowed here", at: position)
        }
        if lower == "exists", arguments.count == 1 {
            switch arguments[0].kind {
            case .pattern(let part):
                return try bindPatternPredicate(part, scope)
            case .property:
                return .isNull(try bindExpression(arguments[0], scope, rewrite: rewrite), negated: true)
            default:
                throw QueryError.syntax("InvalidArgumentType", "exists() expects a property or a pattern", at: position)
            }
        }
        guard let arity = ScalarFunctions.arity[lower] else {
            throw QueryError.syntax("UnknownFunction", "unknown function '\(name)'", at: position, expected: "a known function")
        }
        guard arity.contains(arguments.count) else {
            throw QueryError.syntax(
                "InvalidNumberOfArguments", "\(name)() takes \(arity.lowerBound)…\(arity.upperBound) arguments, got \(arguments.count)",
                at: position)
        }
        for argument in arguments {
            if case .pattern = argument.kind {
                throw QueryError.syntax(
                    "UnexpectedSyntax", "a pattern can only be used as a predicate, not as an argument of \(name)()",
                    at: argument.position, expected: "a pattern comprehension [p = (…)-->(…) | p]")
            }
        }
        if let accepted = Self.acceptedArgumentTypes[lower], let argument = arguments.first {
            let type = staticType(argument, scope)
            if type != .any && type != .null && !accepted.contains(type) {
                throw QueryError.syntax(
                    "InvalidArgumentType", "\(name)() cannot take a \(type.rawValue)", at: argument.position,
                    expected: accepted.map(\.rawValue).sorted().joined(separator: " or "))
            }
        }
        return .call(name: lower, try arguments.map { try bindExpression($0, scope, rewrite: rewrite) }, position: position)
    }

    /// The types a function's first argument may have, for functions whose misuse is evident
    /// from the argument's static type (a literal, or a variable bound to a node, relationship or path).
    private static let acceptedArgumentTypes: [String: Set<ValueType>] = [
        "labels": [.node], "type": [.relationship], "length": [.path, .string, .list], "size": [.list, .string],
        "properties": [.node, .relationship, .map], "keys": [.node, .relationship, .map], "nodes": [.path],
        "relationships": [.path],
    ]

    /// A pattern used as a predicate can only test variables that already exist.
    /// `(a)-[:T]->(:L)` as a predicate: every variable in it must be bound already.
    private func bindPatternPredicate(_ part: PatternPart, _ scope: Scope) throws -> BoundExpression {
        try requireBoundVariables(of: part, scope)
        let plan = try planSubpattern([part], filter: nil, scope: scope).0
        let maps = part.nodes.map(\.properties) + part.steps.map(\.relationship.properties)
        guard maps.allSatisfy({ $0.map(Self.isRowIndependent) ?? true }) else { return .exists(plan, memo: nil) }
        let names = part.nodes.compactMap(\.variable) + part.steps.compactMap(\.relationship.variable)
        let slots = Set(names.compactMap { scope[$0]?.slot }).sorted()
        return .exists(plan, memo: ExistsMemo(id: newMemoID(), keySlots: slots))
    }

    /// Literals and parameters only: the same value in every row.
    private static func isRowIndependent(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .literal, .parameter: return true
        case .list(let elements): return elements.allSatisfy(isRowIndependent)
        case .map(let entries): return entries.allSatisfy { isRowIndependent($0.value) }
        default: return false
        }
    }

    private func requireBoundVariables(of part: PatternPart, _ scope: Scope) throws {
        let names = part.nodes.map { ($0.variable, $0.position) } + part.steps.map { ($0.relationship.variable, $0.relationship.position) }
        for case let (name?, position) in names where scope[name] == nil {
            throw undefined(name, at: position)
        }
    }

    /// Operators whose operands have evident, incompatible types fail before the query runs:
    /// `IN` needs a list on its right, arithmetic other than `+` needs numbers.
    private func requireCompatibleOperands(_ op: BinaryOperator, _ left: Expression, _ right: Expression, _ scope: Scope) throws {
        let leftType = staticType(left, scope), rightType = staticType(right, scope)
        let evident: Set<ValueType> = [.bool, .int, .float, .string, .list, .map, .node, .relationship, .path]
        switch op {
        case .in where evident.contains(rightType) && rightType != .list:
            throw QueryError.syntax(
                "InvalidArgumentType", "IN needs a list on its right, got a \(rightType.rawValue)", at: right.position, expected: "a List")
        case .subtract, .multiply, .divide, .modulo, .power:
            for (type, operand) in [(leftType, left), (rightType, right)] where evident.contains(type) && type != .int && type != .float {
                throw QueryError.syntax(
                    "InvalidArgumentType", "cannot apply \(op.rawValue) to a \(type.rawValue)", at: operand.position, expected: "a number")
            }
        default: break
        }
    }

    /// The element type of a list whose elements all have the same evident type.
    private func elementType(of list: Expression, _ scope: Scope) -> ValueType {
        guard case .list(let elements) = list.kind, let first = elements.first else { return .any }
        let type = staticType(first, scope)
        return elements.allSatisfy { staticType($0, scope) == type } ? type : .any
    }

    func requireBooleanOperand(_ operand: Expression, _ scope: Scope) throws {
        let type = staticType(operand, scope)
        if type != .any && type != .bool && type != .null {
            throw QueryError.syntax(
                "InvalidArgumentType", "expected a Boolean but got a \(type.rawValue)", at: operand.position, expected: "a Boolean")
        }
    }

    /// The type of an expression when it is evident without running the query.
    func staticType(_ expression: Expression, _ scope: Scope) -> ValueType {
        switch expression.kind {
        case .literal(let value):
            switch value {
            case .null: return .null
            case .bool: return .bool
            case .int: return .int
            case .float: return .float
            case .string: return .string
            default: return .any
            }
        case .list, .listComprehension, .patternComprehension: return .list
        case .map, .mapProjection: return .map
        case .variable(let name):
            switch scope[name]?.kind {
            case .node?: return .node
            case .relationship?: return .relationship
            case .relationshipList?: return .list
            case .path?: return .path
            case .value(let type)?: return type
            case nil: return .any
            }
        case .unary(.not, _), .isNull, .quantifier, .pattern, .existsSubquery, .hasLabels, .labelExpression: return .bool
        case .binary(let op, let left, let right):
            switch op {
            case .and, .or, .xor, .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual,
                .startsWith, .endsWith, .contains, .regex, .in:
                return .bool
            case .add, .subtract, .multiply, .divide, .modulo:
                // Number arithmetic keeps integers integral and turns mixed operands into floats.
                let types = [staticType(left, scope), staticType(right, scope)]
                if types.allSatisfy({ $0 == .int }) { return .int }
                if types.allSatisfy({ $0 == .int || $0 == .float }) { return .float }
                return .any
            case .power:
                return [staticType(left, scope), staticType(right, scope)].allSatisfy { $0 == .int || $0 == .float } ? .float : .any
            }
        case .countStar: return .int
        default: return .any
        }
    }

    /// The kind a projected expression gives its alias: bare variables keep theirs.
    func kind(of expression: Expression, _ scope: Scope) -> VariableKind {
        if case .variable(let name) = expression.kind, let variable = scope[name] { return variable.kind }
        return .value(staticType(expression, scope))
    }

    func containsAggregate(_ expression: Expression) -> Bool {
        var found = false
        visit(expression) { inner in
            switch inner.kind {
            case .countStar: found = true
            case .call(let name, _, _) where AggregateFunction(name: name) != nil: found = true
            default: break
            }
        }
        return found
    }

    /// Calls `body` on `expression` and every expression inside it.
    func visit(_ expression: Expression, _ body: (Expression) -> Void) {
        body(expression)
        let children: [Expression?]
        switch expression.kind {
        case .literal, .parameter, .variable, .countStar, .pattern, .existsSubquery: children = []
        case .list(let elements): children = elements
        case .map(let entries): children = entries.map(\.value)
        case .property(let owner, _), .hasLabels(let owner, _), .labelExpression(let owner, _), .unary(_, let owner), .isNull(let owner, _):
            children = [owner]
        case .index(let a, let b), .binary(_, let a, let b): children = [a, b]
        case .slice(let list, let from, let to): children = [list, from, to]
        case .call(_, _, let arguments): children = arguments
        case .caseWhen(let subject, let branches, let otherwise):
            children = [subject, otherwise] + branches.flatMap { [$0.when, $0.then] }
        case .listComprehension(_, let source, let filter, let map): children = [source, filter, map]
        case .quantifier(_, _, let source, let predicate): children = [source, predicate]
        case .reduce(_, let initial, _, let source, let body): children = [initial, source, body]
        case .patternComprehension(_, let filter, let map): children = [filter, map]
        case .mapProjection(_, let items):
            children = items.compactMap { if case .entry(_, let value) = $0 { return value } else { return nil } }
        }
        for child in children.compactMap({ $0 }) { visit(child, body) }
    }
}
