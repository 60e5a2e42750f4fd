extension LogicalPlan {
    /// The plan this one reads its rows from, nil at the bottom of a spine. A LIMIT over a
    /// sort reads from below the sort: the two run as one operator that keeps the best rows.
    var input: LogicalPlan? {
        switch self {
        case .argument, .union: return nil
        case .limit(.sort(let input, _), _): return input
        case .nodeScan(let input, _, _, _), .expand(let input, _), .varExpand(let input, _, _, _), .filter(let input, _),
            .requireNode(let input, _), .project(let input, _), .optional(let input, _, _), .aggregate(let input, _, _),
            .distinct(let input, _), .sort(let input, _), .skip(let input, _), .limit(let input, _), .unwind(let input, _, _),
            .procedureCall(let input, _), .foreach(let input, _), .subquery(let input, _, _), .create(let input, _),
            .merge(let input, _, _, _, _), .set(let input, _), .delete(let input, _, _), .eager(let input):
            return input
        }
    }
}
