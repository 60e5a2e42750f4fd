/// A procedure `CALL` can invoke: a qualified name, typed inputs and outputs, and a body
/// mapping argument values to output rows (one value per output, in order).
public struct Procedure: Sendable {
    /// A named input or output; `type` is a Cypher type name such as `INTEGER?` or `NUMBER?`.
    public struct Field: Sendable {
        public var name: String
        public var type: String

        public init(name: String, type: String) {
            self.name = name
            self.type = type
        }
    }

    public var name: String
    public var inputs: [Field]
    public var outputs: [Field]
    public var body: @Sendable ([CypherValue]) throws -> [[CypherValue]]

    public init(name: String, inputs: [Field], outputs: [Field], body: @escaping @Sendable ([CypherValue]) throws -> [[CypherValue]]) {
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
        self.body = body
    }
}

extension Procedure.Field {
    /// The declared type without its nullability mark, upper-cased.
    var baseType: String { String(type.uppercased().filter { $0 != "?" }) }

    /// Whether a value of static type `type` can be passed for this input; integers widen
    /// to FLOAT and NUMBER.
    func accepts(_ type: ValueType) -> Bool {
        switch (baseType, type) {
        case (_, .any), (_, .null), ("ANY", _): return true
        case ("INTEGER", .int), ("FLOAT", .float), ("FLOAT", .int), ("NUMBER", .int), ("NUMBER", .float): return true
        case ("STRING", .string), ("BOOLEAN", .bool), ("MAP", .map), ("NODE", .node), ("RELATIONSHIP", .relationship), ("PATH", .path):
            return true
        default: return baseType.hasPrefix("LIST") && type == .list
        }
    }
}
