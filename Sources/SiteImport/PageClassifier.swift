/// Applies site.yaml's rules in order: the first rule that matches a page decides its kind.
public struct PageClassifier: Sendable {
    public struct Decision: Hashable, Sendable {
        public var kind: PageKind?
        public var category: String?
        /// Position of the deciding rule in site.yaml, nil when no rule matched.
        public var rule: SourcePosition?
    }

    private let rules: [ClassificationRule]

    public init(rules: [ClassificationRule]) {
        self.rules = rules
    }

    public func classify(path: String, title: String?) -> Decision {
        guard let rule = rules.first(where: { $0.matches(path: path, title: title) }) else {
            return Decision(kind: nil, category: nil, rule: nil)
        }
        var category: String?
        if rule.kind == .pattern, let segment = rule.categorySegment {
            let parts = path.split(separator: "/")
            if segment < parts.count - 1 { category = String(parts[segment]) }
        }
        return Decision(kind: rule.kind, category: category, rule: rule.position)
    }
}
