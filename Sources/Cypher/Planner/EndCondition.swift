/// The labels and row-independent property equalities of a hop's end node, which the planner
/// moves from filters after the hop into the hop itself.
struct EndCondition: Sendable {
    var labels: [String] = []
    var properties: [(key: String, value: BoundExpression)] = []
}
