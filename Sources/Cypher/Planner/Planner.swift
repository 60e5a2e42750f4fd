/// Turns bound patterns into scans, expansions and filters. Each pattern part starts from a
/// node that is already bound if there is one, else from a labelled node with property
/// equalities (property index), else from a labelled node (label index), and expands
/// outwards along its chain.
struct Planner: Sendable {
    func planMatch(_ parts: [BoundPatternPart], filter: BoundExpression?, input: LogicalPlan) -> LogicalPlan {
        var (parts, filter) = (parts, filter)
        pushEqualities(from: &filter, into: &parts)
        var plan = input
        var assigned = Set<Int>()
        for part in parts {
            for node in part.nodes where node.boundBefore { assigned.insert(node.slot) }
            for relationship in part.relationships where relationship.boundBefore { assigned.insert(relationship.slot) }
        }
        var relationshipSlots: [(slot: Int, types: [String])] = []
        var remaining = parts
        while !remaining.isEmpty {
            let next = remaining.firstIndex { part in part.nodes.contains { assigned.contains($0.slot) } } ?? 0
            let part = remaining.remove(at: next)
            plan = planPart(part, plan, &assigned, &relationshipSlots)
        }
        for part in parts {
            guard let pathSlot = part.pathSlot else { continue }
            let segments = part.relationships.map { PathSegment(slot: $0.slot, isList: $0.isVariableLength) }
            plan = .project(plan, [(pathSlot, .path(start: part.nodes[0].slot, segments: segments))])
        }
        if let filter { plan = .filter(plan, filter) }
        return plan
    }

    /// Moves WHERE conjuncts `n.key = value` (value independent of the row) into the pattern
    /// node `n`, so the scan can use a property index instead of filtering every row.
    private func pushEqualities(from filter: inout BoundExpression?, into parts: inout [BoundPatternPart]) {
        guard let predicate = filter else { return }
        var remaining: [BoundExpression] = []
        for conjunct in predicate.conjuncts {
            if case .binary(.equal, .property(.slot(let slot), let key, _), let value, _) = conjunct,
                value.isRowIndependent,
                let part = parts.firstIndex(where: { $0.nodes.contains { $0.slot == slot && !$0.boundBefore } })
            {
                for index in parts[part].nodes.indices where parts[part].nodes[index].slot == slot {
                    parts[part].nodes[index].properties.append((key, value))
                }
            } else {
                remaining.append(conjunct)
            }
        }
        filter = remaining.isEmpty ? nil : remaining.dropFirst().reduce(remaining[0]) { .binary(.and, $0, $1, position: zeroPosition) }
    }

    private func planPart(
        _ part: BoundPatternPart, _ input: LogicalPlan, _ assigned: inout Set<Int>, _ relationshipSlots: inout [(slot: Int, types: [String])]
    ) -> LogicalPlan {
        // A labelled node with property equalities is an index lookup, usually a node or a
        // few: starting there beats scanning a whole label and filtering at the far end.
        let start =
            part.nodes.firstIndex { assigned.contains($0.slot) }
            ?? part.nodes.firstIndex { !$0.labels.isEmpty && !$0.properties.isEmpty }
            ?? part.nodes.firstIndex { !$0.labels.isEmpty }
            ?? 0
        let first = part.nodes[start]
        var plan = input
        if assigned.contains(first.slot) {
            if first.needsNodeCheck { plan = .requireNode(plan, slot: first.slot) }
            plan = nodeFilters(first, plan, skipFirstLabel: false)
        } else {
            plan = .nodeScan(plan, slot: first.slot, label: first.labels.first, properties: first.properties)
            var rest = first
            rest.properties = []
            plan = nodeFilters(rest, plan, skipFirstLabel: true)
            assigned.insert(first.slot)
        }
        for index in start..<part.relationships.count {
            plan = hop(part.relationships[index], from: part.nodes[index], to: part.nodes[index + 1], forward: true, plan, &assigned, &relationshipSlots)
        }
        for index in stride(from: start, to: 0, by: -1) {
            plan = hop(part.relationships[index - 1], from: part.nodes[index], to: part.nodes[index - 1], forward: false, plan, &assigned, &relationshipSlots)
        }
        return plan
    }

    private func hop(
        _ relationship: BoundPatternPart.Relationship, from: BoundPatternPart.Node, to: BoundPatternPart.Node, forward: Bool,
        _ input: LogicalPlan, _ assigned: inout Set<Int>, _ relationshipSlots: inout [(slot: Int, types: [String])]
    ) -> LogicalPlan {
        var direction = relationship.direction
        if !forward {
            if direction == .outgoing { direction = .incoming } else if direction == .incoming { direction = .outgoing }
        }
        let toBound = assigned.contains(to.slot)
        var step = ExpandStep(
            from: from.slot, relationship: relationship.slot, to: to.slot, types: relationship.types, direction: direction,
            relationshipBound: assigned.contains(relationship.slot), toBound: toBound,
            distinctFrom: relationshipSlots.filter { Self.mayOverlap($0.types, relationship.types) }.map(\.slot))
        var rest = to
        if !(toBound && to.needsNodeCheck) {
            step.end.labels = to.labels
            rest.labels = []
            (step.end.properties, rest.properties) = Self.splitRowIndependent(to.properties)
        }
        var plan: LogicalPlan
        if relationship.isVariableLength {
            step.properties = relationship.properties
            step.reversed = !forward
            plan = .varExpand(input, step, minHops: relationship.minHops, maxHops: relationship.maxHops)
        } else {
            let (checked, filtered) = Self.splitRowIndependent(relationship.properties)
            step.properties = checked
            plan = .expand(input, step)
            for (key, value) in filtered {
                plan = .filter(plan, .binary(.equal, .property(.slot(relationship.slot), key: key, position: zeroPosition), value, position: zeroPosition))
            }
        }
        relationshipSlots.append((relationship.slot, relationship.types))
        assigned.insert(relationship.slot)
        if toBound && to.needsNodeCheck { plan = .requireNode(plan, slot: to.slot) }
        assigned.insert(to.slot)
        return nodeFilters(rest, plan, skipFirstLabel: false)
    }

    /// Whether one relationship could match two hops: not when both name types and share none,
    /// so the hops need not check each other's relationships for uniqueness.
    private static func mayOverlap(_ types: [String], _ others: [String]) -> Bool {
        types.isEmpty || others.isEmpty || types.contains { others.contains($0) }
    }

    /// Property equalities whose values are the same in every row, and the others.
    private static func splitRowIndependent(
        _ properties: [(key: String, value: BoundExpression)]
    ) -> (independent: [(key: String, value: BoundExpression)], dependent: [(key: String, value: BoundExpression)]) {
        (properties.filter { $0.value.isRowIndependent }, properties.filter { !$0.value.isRowIndependent })
    }

    private func nodeFilters(_ node: BoundPatternPart.Node, _ input: LogicalPlan, skipFirstLabel: Bool) -> LogicalPlan {
        var plan = input
        let labels = skipFirstLabel ? Array(node.labels.dropFirst()) : node.labels
        if !labels.isEmpty { plan = .filter(plan, .hasLabels(.slot(node.slot), labels)) }
        if let labelExpression = node.labelExpression { plan = .filter(plan, .labelExpression(.slot(node.slot), labelExpression)) }
        for (key, value) in node.properties {
            plan = .filter(plan, .binary(.equal, .property(.slot(node.slot), key: key, position: zeroPosition), value, position: zeroPosition))
        }
        return plan
    }
}

let zeroPosition = SourcePosition(offset: 0, line: 1, column: 1)
