import Analysis

extension ExplainReport {
    /// An episode's terms for machines: `{episode, title, pillar, block, phase, coverage, grade, gradeReason,
    /// totalWeight, terms: [{concept, weight, part, partWeight, score, page, points}],
    /// parts: [{part, weight, points, ofPart}], laterPrerequisites: [{concept, taughtIn}]}`.
    public static func episodeJSON(_ episode: EpisodeCoverage, model: CoverageModel) -> String {
        let parts = model.plan.coverage.parts
        let totalWeight = episode.terms.filter { $0.part == 0 }.reduce(0) { $0 + $1.weight }
        let terms = episode.terms.map { term in
            JSONText.object([
                ("concept", JSONText.string(term.concept)), ("weight", String(term.weight)), ("part", JSONText.string(parts[term.part].name)),
                ("partWeight", String(parts[term.part].weight)), ("score", JSONText.number(term.score, places: 4)),
                ("page", JSONText.string(term.page)), ("points", JSONText.number(Double(term.hundredths) / 100)),
            ])
        }
        let totals = parts.enumerated().map { index, part in
            let points = episode.terms.filter { $0.part == index }.reduce(0) { $0 + $1.hundredths }
            return JSONText.object([
                ("part", JSONText.string(part.name)), ("weight", String(part.weight)), ("points", JSONText.number(Double(points) / 100)),
                ("ofPart", JSONText.number(episode.part(index, weight: part.weight))),
            ])
        }
        let later = episode.laterPrerequisites.map {
            JSONText.object([("concept", JSONText.string($0.concept)), ("taughtIn", String($0.taughtIn))])
        }
        return JSONText.document([
            ("episode", String(episode.number)), ("title", JSONText.string(episode.title)), ("pillar", String(episode.pillar)),
            ("block", JSONText.string(episode.block)), ("phase", String(episode.phase)), ("coverage", JSONText.number(episode.coverage)),
            ("grade", JSONText.string(episode.grade.rawValue)), ("gradeReason", JSONText.string(episode.gradeReason)),
            ("totalWeight", String(totalWeight)), ("terms", JSONText.list(terms, indent: "  ")),
            ("parts", JSONText.list(totals, indent: "  ")), ("laterPrerequisites", JSONText.list(later, indent: "  ")),
        ]) + "\n"
    }

    /// A concept's evidence for machines: `{concept, name, grade, gradeReason, best: [{part, score, page}],
    /// areas: {area: [page]}, evidence: [{page, anchor, level, words, mentions, math, codeBlocks, tables,
    /// tradeoffHeading, failureHeading, caseStudy, parts: {part: score}, shallow}]}`.
    public static func conceptJSON(_ concept: ConceptCoverage, model: CoverageModel) -> String {
        let parts = model.plan.coverage.parts
        let best = zip(parts, concept.best).map { part, best in
            JSONText.object([("part", JSONText.string(part.name)), ("score", JSONText.number(best.score, places: 4)), ("page", JSONText.string(best.page))])
        }
        let areas = JSONText.object(concept.duplicatedIn.keys.sorted().map { ($0, JSONText.array(concept.duplicatedIn[$0]!.map(JSONText.string))) })
        let evidence = concept.evidence.map { item in
            JSONText.object([
                ("page", JSONText.string(item.page)), ("anchor", JSONText.string(item.anchor)), ("level", JSONText.string(item.level.rawValue)),
                ("words", String(item.words)), ("mentions", String(item.mentions)), ("math", String(item.math)),
                ("codeBlocks", String(item.codeBlocks)), ("tables", String(item.tables)),
                ("tradeoffHeading", JSONText.string(item.tradeoffHeading)), ("failureHeading", JSONText.string(item.failureHeading)),
                ("caseStudy", item.isCaseStudy ? "true" : "false"),
                ("parts", JSONText.object(zip(parts, item.parts).map { ($0.name, JSONText.number($1, places: 4)) })),
                ("shallow", JSONText.string(item.shallow)),
            ])
        }
        return JSONText.document([
            ("concept", JSONText.string(concept.id)), ("name", JSONText.string(concept.name)), ("grade", JSONText.string(concept.grade.rawValue)),
            ("gradeReason", JSONText.string(concept.gradeReason)), ("best", JSONText.list(best, indent: "  ")), ("areas", areas),
            ("evidence", JSONText.list(evidence, indent: "  ")),
        ]) + "\n"
    }
}
