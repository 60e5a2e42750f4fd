import Yams

/// A Yams node with the file it came from, so every read can report a position.
struct YAMLNode {
    let node: Node
    let file: String

    static func load(_ text: String, file: String) throws(PlanError) -> YAMLNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PlanError.syntax(SourcePosition(file: file, line: 1, column: 1), problem: "the file is empty")
            }
            return YAMLNode(node: node, file: file)
        } catch let error as PlanError {
            throw error
        } catch let error as YamlError {
            throw Self.planError(error, file: file)
        } catch {
            throw PlanError.syntax(SourcePosition(file: file), problem: "\(error)")
        }
    }

    private static func planError(_ error: YamlError, file: String) -> PlanError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at \($0.mark))" } ?? problem
            return .syntax(SourcePosition(file: file, line: mark.line, column: mark.column), problem: detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(
                SourcePosition(file: file, line: context.mark.line, column: context.mark.column),
                problem: "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) in one mapping"
            )
        case .reader(let problem, let offset, _, _):
            return .syntax(SourcePosition(file: file), problem: "\(problem)" + (offset.map { " at character \($0)" } ?? ""))
        default:
            return .syntax(SourcePosition(file: file), problem: "\(error)")
        }
    }

    var position: SourcePosition {
        SourcePosition(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    private var found: String {
        switch node {
        case .scalar(let scalar): return "`\(scalar.string)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    func child(_ key: String) -> YAMLNode? {
        guard case .mapping(let mapping) = node else { return nil }
        for (name, value) in mapping where name.string == key {
            return YAMLNode(node: value, file: file)
        }
        return nil
    }

    func required(_ key: String, in container: String) throws(PlanError) -> YAMLNode {
        guard case .mapping = node else {
            throw PlanError.wrongType(position, key: container, expected: "a mapping", found: found)
        }
        guard let value = child(key) else { throw PlanError.missingKey(position, key: key, in: container) }
        return value
    }

    func list(_ key: String) throws(PlanError) -> [YAMLNode] {
        guard case .sequence(let sequence) = node else {
            throw PlanError.wrongType(position, key: key, expected: "a list", found: found)
        }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    func string(_ key: String) throws(PlanError) -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            throw PlanError.wrongType(position, key: key, expected: "a non-empty string", found: found)
        }
        return scalar.string
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws(PlanError) -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            throw PlanError.wrongType(position, key: key, expected: "an integer", found: found)
        }
        guard range.contains(value) else {
            throw PlanError.invalidValue(position, key: key, value: String(value), expected: "\(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    func double(_ key: String, in range: ClosedRange<Double>) throws(PlanError) -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string) else {
            throw PlanError.wrongType(position, key: key, expected: "a number", found: found)
        }
        guard range.contains(value) else {
            throw PlanError.invalidValue(position, key: key, value: scalar.string, expected: "\(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    func pattern(_ key: String) throws(PlanError) -> TitlePattern {
        let source = try string(key)
        do {
            return try TitlePattern(source)
        } catch {
            throw PlanError.invalidValue(position, key: key, value: "`\(source)`", expected: "a valid regular expression")
        }
    }

    func strings(_ key: String) throws(PlanError) -> [String] {
        var result: [String] = []
        for item in try list(key) { result.append(try item.string(key)) }
        return result
    }

    /// Keys of a mapping with their positions, to reject the ones nobody reads.
    func keys() -> [(String, SourcePosition)] {
        guard case .mapping(let mapping) = node else { return [] }
        return mapping.map { ($0.key.string ?? "", SourcePosition(file: file, line: $0.key.mark?.line, column: $0.key.mark?.column)) }
    }

    func rejectUnknownKeys(_ allowed: Set<String>, in container: String) throws(PlanError) {
        for (key, position) in keys() where !allowed.contains(key) {
            throw PlanError.unknownReference(
                position, what: "key in \(container)", value: key,
                known: "one of " + allowed.sorted().map { "`\($0)`" }.joined(separator: ", ")
            )
        }
    }
}
