/// Binding patterns for MATCH, CREATE, MERGE and patterns inside expressions.
extension Binder {
    func bindMatch(optional: Bool, pattern: [PatternPart], filter: Expression?, scope: inout Scope, input: LogicalPlan) throws -> LogicalPlan {
        let before = scope
        let parts = try bindMatchPattern(pattern, scope: &scope)
        let boundFilter = try filter.map { try bindPredicate($0, scope) }
        if optional {
            let inner = planner.planMatch(parts, filter: boundFilter, input: .argument)
            let newSlots = scope.variables.filter { before[$0.key] == nil }.map(\.value.slot).sorted()
            return .optional(input, inner: inner, nullSlots: newSlots)
        }
        return planner.planMatch(parts, filter: boundFilter, input: input)
    }

    func bindPredicate(_ expression: Expression, _ scope: Scope) throws -> BoundExpression {
        if containsAggregate(expression) {
            throw QueryError.syntax("InvalidAggregation", "aggregation is not allowed in WHERE", at: expression.position)
        }
        try requireBooleanOperand(expression, scope)
        return try bindExpression(expression, scope)
    }

    /// A pattern inside an expression: its new variables are local to it.
    func planSubpattern(_ pattern: [PatternPart], filter: Expression?, scope: Scope) throws -> (LogicalPlan, Scope) {
        var inner = scope
        let parts = try bindMatchPattern(pattern, scope: &inner)
        let boundFilter = try filter.map { try bindPredicate($0, inner) }
        return (planner.planMatch(parts, filter: boundFilter, input: .argument), inner)
    }

    func bindMatchPattern(_ pattern: [PatternPart], scope: inout Scope) throws -> [BoundPatternPart] {
        let outer = scope
        var declared: [String: VariableKind] = [:]
        var parts: [BoundPatternPart] = []
        for part in pattern {
            var nodes: [BoundPatternPart.Node] = []
            var relationships: [BoundPatternPart.Relationship] = []
            for (offset, node) in part.nodes.enumerated() {
                if offset > 0 {
                    relationships.append(try bindMatchRelationship(part.steps[offset - 1].relationship, outer, &scope, &declared))
                }
                nodes.append(try bindMatchNode(node, outer, &scope, &declared))
            }
            var pathSlot: Int?
            if let name = part.pathVariable {
                if outer[name] != nil || declared[name] != nil {
                    throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: part.position)
                }
                let slot = newSlot()
                declared[name] = .path
                scope[name] = Variable(slot: slot, kind: .path)
                pathSlot = slot
            }
            parts.append(BoundPatternPart(pathSlot: pathSlot, nodes: nodes, relationships: relationships))
        }
        return parts
    }

    private func bindMatchNode(
        _ node: NodePattern, _ outer: Scope, _ scope: inout Scope, _ declared: inout [String: VariableKind]
    ) throws -> BoundPatternPart.Node {
        var bound = try bindMatchNodeVariable(node, outer, &scope, &declared)
        bound.labelExpression = node.labelExpression
        return bound
    }

    private func bindMatchNodeVariable(
        _ node: NodePattern, _ outer: Scope, _ scope: inout Scope, _ declared: inout [String: VariableKind]
    ) throws -> BoundPatternPart.Node {
        let properties = try bindPatternProperties(node.properties, scope, allowParameter: false)
        guard let name = node.variable else {
            return .init(slot: newSlot(), boundBefore: false, needsNodeCheck: false, labels: node.labels, properties: properties)
        }
        if let kind = declared[name] {
            guard kind == .node else { throw typeConflict(name, kind, expected: "Node", at: node.position) }
            return .init(slot: scope[name]!.slot, boundBefore: false, needsNodeCheck: false, labels: node.labels, properties: properties)
        }
        if let variable = outer[name] {
            switch variable.kind {
            case .node:
                return .init(slot: variable.slot, boundBefore: true, needsNodeCheck: false, labels: node.labels, properties: properties)
            case .value(.any), .value(.null):
                return .init(slot: variable.slot, boundBefore: true, needsNodeCheck: true, labels: node.labels, properties: properties)
            default:
                throw typeConflict(name, variable.kind, expected: "Node", at: node.position)
            }
        }
        let slot = newSlot()
        declared[name] = .node
        scope[name] = Variable(slot: slot, kind: .node)
        return .init(slot: slot, boundBefore: false, needsNodeCheck: false, labels: node.labels, properties: properties)
    }

    private func bindMatchRelationship(
        _ relationship: RelationshipPattern, _ outer: Scope, _ scope: inout Scope, _ declared: inout [String: VariableKind]
    ) throws -> BoundPatternPart.Relationship {
        let properties = try bindPatternProperties(relationship.properties, scope, allowParameter: false)
        let variableLength = relationship.length != nil
        var bound = BoundPatternPart.Relationship(
            slot: 0, boundBefore: false, types: relationship.types.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }, direction: relationship.direction,
            minHops: relationship.length.map { $0.min ?? 1 } ?? 1, maxHops: relationship.length.map { $0.max } ?? 1,
            isVariableLength: variableLength, properties: properties)
        guard let name = relationship.variable else {
            bound.slot = newSlot()
            return bound
        }
        let kind: VariableKind = variableLength ? .relationshipList : .relationship
        if let existing = declared[name] {
            if existing == .relationship || existing == .relationshipList {
                throw QueryError.syntax(
                    "RelationshipUniquenessViolation", "relationship '\(name)' cannot be matched twice in one pattern",
                    at: relationship.position)
            }
            throw typeConflict(name, existing, expected: kind.description, at: relationship.position)
        }
        if let variable = outer[name] {
            switch (variable.kind, variableLength) {
            case (.relationship, false), (.value(.any), false), (.relationshipList, true), (.value(.list), true), (.value(.any), true):
                bound.slot = variable.slot
                bound.boundBefore = true
                return bound
            default:
                throw typeConflict(name, variable.kind, expected: kind.description, at: relationship.position)
            }
        }
        bound.slot = newSlot()
        declared[name] = kind
        scope[name] = Variable(slot: bound.slot, kind: kind)
        return bound
    }

    func typeConflict(_ name: String, _ kind: VariableKind, expected: String, at position: SourcePosition) -> QueryError {
        QueryError.syntax(
            "VariableTypeConflict", "variable '\(name)' is a \(kind.description), not a \(expected)", at: position,
            expected: "a \(expected)")
    }

    private func bindPatternProperties(
        _ properties: Expression?, _ scope: Scope, allowParameter: Bool
    ) throws -> [(key: String, value: BoundExpression)] {
        guard let properties else { return [] }
        switch properties.kind {
        case .map(let entries):
            return try entries.map { (key: $0.key, value: try bindPredicateValue($0.value, scope)) }
        default:
            throw QueryError.syntax(
                "InvalidParameterUse", "a parameter cannot be used as a property map in MATCH", at: properties.position,
                expected: "a map literal")
        }
    }

    private func bindPredicateValue(_ expression: Expression, _ scope: Scope) throws -> BoundExpression {
        if containsAggregate(expression) {
            throw QueryError.syntax("InvalidAggregation", "aggregation is not allowed in a pattern", at: expression.position)
        }
        return try bindExpression(expression, scope)
    }

    // MARK: CREATE and MERGE

    /// Creating needs definite labels: `|`, `!` and `%` only make sense when matching.
    private func requirePlainLabels(_ pattern: [PatternPart], clause: String) throws {
        for node in pattern.flatMap(\.nodes) where node.labelExpression != nil {
            throw QueryError.syntax(
                "InvalidLabelExpression", "\(clause) needs plain labels, not a label expression", at: node.position, expected: ":Label")
        }
    }

    func bindCreate(_ pattern: [PatternPart], scope: inout Scope, input: LogicalPlan) throws -> LogicalPlan {
        updates = true
        try requirePlainLabels(pattern, clause: "CREATE")
        var created: Set<String> = []
        var parts: [CreatePart] = []
        for part in pattern {
            var nodes: [CreatePart.Node] = []
            var relationships: [CreatePart.Relationship] = []
            for (offset, node) in part.nodes.enumerated() {
                if offset > 0 {
                    relationships.append(try bindCreateRelationship(part.steps[offset - 1].relationship, &scope))
                }
                let hasDetails = !node.labels.isEmpty || node.properties != nil
                let properties = try node.properties.map { try bindExpression($0, scope) }
                if let name = node.variable, let variable = scope[name] {
                    if hasDetails || part.steps.isEmpty || variable.kind != .node && variable.kind != .value(.any) {
                        if !created.contains(name) && variable.kind != .node && variable.kind != .value(.any) {
                            throw typeConflict(name, variable.kind, expected: "Node", at: node.position)
                        }
                        throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: node.position)
                    }
                    nodes.append(.init(slot: variable.slot, bound: true, labels: [], properties: nil))
                    continue
                }
                let slot = newSlot()
                if let name = node.variable {
                    scope[name] = Variable(slot: slot, kind: .node)
                    created.insert(name)
                }
                nodes.append(.init(slot: slot, bound: false, labels: node.labels, properties: properties))
            }
            var pathSlot: Int?
            if let name = part.pathVariable {
                if scope[name] != nil {
                    throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: part.position)
                }
                pathSlot = newSlot()
                scope[name] = Variable(slot: pathSlot!, kind: .path)
            }
            parts.append(CreatePart(nodes: nodes, relationships: relationships, pathSlot: pathSlot))
        }
        return .eager(.create(.eager(input), parts))
    }

    private func bindCreateRelationship(_ relationship: RelationshipPattern, _ scope: inout Scope) throws -> CreatePart.Relationship {
        if let name = relationship.variable, scope[name] != nil {
            throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: relationship.position)
        }
        guard relationship.types.count == 1 else {
            throw QueryError.syntax(
                "NoSingleRelationshipType", "a created relationship needs exactly one type", at: relationship.position,
                expected: "one relationship type")
        }
        guard relationship.direction == .outgoing || relationship.direction == .incoming else {
            throw QueryError.syntax(
                "RequiresDirectedRelationship", "a created relationship needs a direction", at: relationship.position,
                expected: "'->' or '<-'")
        }
        guard relationship.length == nil else {
            throw QueryError.syntax("CreatingVarLength", "cannot create a variable-length relationship", at: relationship.position)
        }
        let properties = try relationship.properties.map { try bindExpression($0, scope) }
        let slot = newSlot()
        if let name = relationship.variable { scope[name] = Variable(slot: slot, kind: .relationship) }
        return .init(slot: slot, type: relationship.types[0], outgoing: relationship.direction == .outgoing, properties: properties)
    }

    func bindMerge(_ part: PatternPart, onCreate: [SetItem], onMatch: [SetItem], scope: inout Scope, input: LogicalPlan) throws -> LogicalPlan {
        updates = true
        try requirePlainLabels([part], clause: "MERGE")
        // A bound relationship is reported before its shape: it could never be merged anyway.
        for relationship in part.steps.map(\.relationship) {
            if let name = relationship.variable, scope[name] != nil {
                throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: relationship.position)
            }
        }
        for relationship in part.steps.map(\.relationship) {
            guard relationship.types.count == 1 else {
                throw QueryError.syntax(
                    "NoSingleRelationshipType", "a merged relationship needs exactly one type", at: relationship.position)
            }
            guard relationship.length == nil else {
                throw QueryError.syntax("CreatingVarLength", "cannot merge a variable-length relationship", at: relationship.position)
            }
        }
        for node in part.nodes {
            guard let name = node.variable, scope[name] != nil else { continue }
            if part.steps.isEmpty || !node.labels.isEmpty || node.properties != nil {
                throw QueryError.syntax("VariableAlreadyBound", "variable '\(name)' is already declared", at: node.position)
            }
        }
        var inner = scope
        let bound = try bindMatchPattern([part], scope: &inner)[0]
        let match = planner.planMatch([bound], filter: nil, input: .argument)
        var createNodes: [CreatePart.Node] = []
        for (node, pattern) in zip(bound.nodes, part.nodes) {
            let properties = pattern.properties.map { _ in
                BoundExpression.map(node.properties)
            }
            createNodes.append(.init(slot: node.slot, bound: node.boundBefore, labels: pattern.labels, properties: properties))
        }
        let createRelationships = zip(bound.relationships, part.steps.map(\.relationship)).map { relationship, pattern in
            CreatePart.Relationship(
                slot: relationship.slot, type: pattern.types[0], outgoing: pattern.direction != .incoming,
                properties: pattern.properties.map { _ in BoundExpression.map(relationship.properties) })
        }
        let create = CreatePart(nodes: createNodes, relationships: createRelationships, pathSlot: bound.pathSlot)
        scope = inner
        return .eager(.merge(
            .eager(input), match: match, create: [create],
            onMatch: try onMatch.map { try bindSetItem($0, scope) }, onCreate: try onCreate.map { try bindSetItem($0, scope) }))
    }
}
