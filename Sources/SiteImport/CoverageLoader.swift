/// Reads coverage.yaml into `CoverageSettings`, checking that the parts add up to 100 and
/// that every regular expression compiles.
enum CoverageLoader {
    static func settings(_ file: YAMLNode) throws(PlanError) -> CoverageSettings {
        try file.rejectUnknownKeys(["parts", "depth", "grades", "order", "shallow_pages", "claims"], in: "coverage.yaml")
        let partsNode = try file.required("parts", in: "coverage.yaml")
        var parts: [CoverageSettings.Part] = []
        for item in try partsNode.list("parts") {
            try item.rejectUnknownKeys(["id", "name", "weight"], in: "a part")
            parts.append(
                CoverageSettings.Part(
                    id: try item.required("id", in: "a part").string("id"),
                    name: try item.required("name", in: "a part").string("name"),
                    weight: try item.required("weight", in: "a part").int("weight", in: 0...100)))
        }
        let ids = parts.map(\.id)
        guard ids == ["math", "implementation", "production", "research"] else {
            throw PlanError.invalidValue(
                partsNode.position, key: "parts", value: ids.joined(separator: ", "),
                expected: "the framework's four parts in order: math, implementation, production, research")
        }
        let total = parts.reduce(0) { $0 + $1.weight }
        guard total == 100 else {
            throw PlanError.invalidValue(partsNode.position, key: "parts", value: "weights adding up to \(total)", expected: "weights adding up to 100")
        }

        let depthNode = try file.required("depth", in: "coverage.yaml")
        let depthKeys: Set<String> = [
            "page_factor", "section_factor", "mention_factor", "full_words", "prose_share", "full_math", "production_words", "production_mention",
            "tradeoff_headings", "failure_headings", "production_headings",
        ]
        try depthNode.rejectUnknownKeys(depthKeys, in: "depth")
        func number(_ node: YAMLNode, _ key: String, _ range: ClosedRange<Double>) throws(PlanError) -> Double {
            try node.required(key, in: "coverage.yaml").double(key, in: range)
        }
        func phrases(_ node: YAMLNode, _ key: String) throws(PlanError) -> [String] {
            try node.required(key, in: "depth").strings(key)
        }
        let depth = CoverageSettings.Depth(
            pageFactor: try number(depthNode, "page_factor", 0...1),
            sectionFactor: try number(depthNode, "section_factor", 0...1),
            mentionFactor: try number(depthNode, "mention_factor", 0...1),
            fullWords: try number(depthNode, "full_words", 1...1_000_000),
            proseShare: try number(depthNode, "prose_share", 0...1),
            fullMath: try number(depthNode, "full_math", 1...10_000),
            productionWords: try number(depthNode, "production_words", 1...1_000_000),
            productionMention: try number(depthNode, "production_mention", 0...1),
            tradeoffHeadings: try phrases(depthNode, "tradeoff_headings"),
            failureHeadings: try phrases(depthNode, "failure_headings"),
            productionHeadings: try phrases(depthNode, "production_headings"))

        let gradesNode = try file.required("grades", in: "coverage.yaml")
        try gradesNode.rejectUnknownKeys(["core_weight", "strong_words", "partial_words", "spread_pages"], in: "grades")
        let grades = CoverageSettings.Grades(
            coreWeight: try gradesNode.required("core_weight", in: "grades").int("core_weight", in: 1...5),
            strongWords: try number(gradesNode, "strong_words", 0...1_000_000),
            partialWords: try number(gradesNode, "partial_words", 0...1_000_000),
            spreadPages: try gradesNode.required("spread_pages", in: "grades").int("spread_pages", in: 1...10_000))

        let shallowNode = try file.required("shallow_pages", in: "coverage.yaml")
        try shallowNode.rejectUnknownKeys(["max_links_per_100_words", "rules"], in: "shallow_pages")
        var rules: [CoverageSettings.ShallowRule] = []
        for item in try shallowNode.required("rules", in: "shallow_pages").list("rules") {
            try item.rejectUnknownKeys(["why", "paths", "titles"], in: "a shallow-page rule")
            var titles: [TitlePattern] = []
            for title in try item.child("titles")?.list("titles") ?? [] { titles.append(try title.pattern("titles")) }
            rules.append(
                CoverageSettings.ShallowRule(
                    why: try item.required("why", in: "a shallow-page rule").string("why"),
                    paths: try item.child("paths")?.strings("paths").map(PathGlob.init) ?? [],
                    titles: titles))
        }
        let orderNode = try file.required("order", in: "coverage.yaml")
        try orderNode.rejectUnknownKeys(["relies_weight"], in: "order")
        return CoverageSettings(
            parts: parts, reliesWeight: try orderNode.required("relies_weight", in: "order").int("relies_weight", in: 1...5),
            depth: depth, grades: grades,
            maxLinksPer100Words: try number(shallowNode, "max_links_per_100_words", 0...1_000),
            shallowRules: rules, claims: try claims(file.required("claims", in: "coverage.yaml")))
    }

    private static func claims(_ node: YAMLNode) throws(PlanError) -> CoverageSettings.Claims {
        try node.rejectUnknownKeys(["strong_share", "patterns", "case_studies", "laws", "gaps"], in: "claims")
        var gaps: [CoverageSettings.Claims.Gap] = []
        for item in try node.required("gaps", in: "claims").list("gaps") {
            try item.rejectUnknownKeys(["name", "episodes"], in: "a claimed gap")
            var episodes: [Int] = []
            for episode in try item.required("episodes", in: "a claimed gap").list("episodes") {
                episodes.append(try episode.int("episodes", in: 1...10_000))
            }
            gaps.append(.init(name: try item.required("name", in: "a claimed gap").string("name"), episodes: episodes))
        }
        return CoverageSettings.Claims(
            strongShare: try node.required("strong_share", in: "claims").int("strong_share", in: 0...100),
            patterns: try node.required("patterns", in: "claims").int("patterns", in: 0...1_000_000),
            caseStudies: try node.required("case_studies", in: "claims").int("case_studies", in: 0...1_000_000),
            laws: try node.required("laws", in: "claims").int("laws", in: 0...1_000_000),
            gaps: gaps)
    }
}
