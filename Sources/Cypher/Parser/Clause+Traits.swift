extension Clause {
    /// Whether the clause writes to the graph; read-only contexts (EXISTS { … }) reject these.
    var isUpdating: Bool {
        switch self {
        case .create, .merge, .set, .remove, .delete, .foreach: return true
        case .match, .unwind, .with, .return, .call: return false
        case .subquery(let query, _): return query.parts.joined().contains { $0.isUpdating }
        }
    }

    var position: SourcePosition {
        switch self {
        case .match(_, _, _, let position), .unwind(_, _, let position), .create(_, let position), .merge(_, _, _, let position),
            .set(_, let position), .remove(_, let position), .delete(_, _, let position), .foreach(_, _, _, let position),
            .subquery(_, let position):
            return position
        case .with(let projection), .return(let projection): return projection.position
        case .call(let call): return call.position
        }
    }
}
