/// What is wrong with the plan in graph/: each case names where, and what would be right.
public enum PlanError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingFile(SourcePosition)
    case unreadable(SourcePosition, reason: String)
    case syntax(SourcePosition, problem: String)
    case wrongType(SourcePosition, key: String, expected: String, found: String)
    case missingKey(SourcePosition, key: String, in: String)
    case invalidValue(SourcePosition, key: String, value: String, expected: String)
    case duplicate(SourcePosition, what: String, value: String, first: SourcePosition)
    case unknownReference(SourcePosition, what: String, value: String, known: String)
    case cycle(SourcePosition, what: String, path: [String])

    public var position: SourcePosition {
        switch self {
        case .missingFile(let position), .unreadable(let position, _), .syntax(let position, _),
            .wrongType(let position, _, _, _), .missingKey(let position, _, _), .invalidValue(let position, _, _, _),
            .duplicate(let position, _, _, _), .unknownReference(let position, _, _, _), .cycle(let position, _, _):
            return position
        }
    }

    public var description: String {
        switch self {
        case .missingFile(let position):
            return "\(position): no such file; the plan folder needs series.yaml, episodes.yaml, concepts.yaml, site.yaml and coverage.yaml"
        case .unreadable(let position, let reason):
            return "\(position): cannot be read: \(reason)"
        case .syntax(let position, let problem):
            return "\(position): invalid YAML: \(problem)"
        case .wrongType(let position, let key, let expected, let found):
            return "\(position): `\(key)` should be \(expected), found \(found)"
        case .missingKey(let position, let key, let container):
            return "\(position): \(container) has no `\(key)`; add `\(key): …`"
        case .invalidValue(let position, let key, let value, let expected):
            return "\(position): `\(key)` is \(value); expected \(expected)"
        case .duplicate(let position, let what, let value, let first):
            return "\(position): \(what) `\(value)` appears twice (first at \(first)); each must be unique"
        case .unknownReference(let position, let what, let value, let known):
            return "\(position): unknown \(what) `\(value)`; expected \(known)"
        case .cycle(let position, let what, let path):
            return "\(position): \(what) form a cycle: \(path.joined(separator: " → ")); they must form a hierarchy"
        }
    }
}
