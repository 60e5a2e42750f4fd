import Analysis

extension SummaryReport {
    /// Planned versus actual for machines:
    /// `{"claims": [{claim, claimed, actual}], "claimedGaps": [{name, verdict, episodes: [{episode, title, grade, coverage}]}],
    /// "unclaimedGaps": [{episode, title, block}], "duplicated": [{concept, areas}],
    /// "recordingOrder": [{episode, title, needs: [{concept, taughtIn}]}], "grades": {strong, partial, none},
    /// "sensitivity": {lower, upper, either}}`.
    public static func json(_ comparison: PlanComparison, model: CoverageModel) -> String {
        let claims = comparison.claims.map {
            JSONText.object([("claim", JSONText.string($0.claim)), ("claimed", JSONText.string($0.claimed)), ("actual", JSONText.string($0.actual))])
        }
        let gaps = comparison.gaps.map { gap in
            JSONText.object([
                ("name", JSONText.string(gap.name)), ("verdict", JSONText.string(gap.verdict.rawValue)),
                ("episodes", JSONText.array(gap.episodes.map {
                    JSONText.object([("episode", String($0.number)), ("title", JSONText.string($0.title)),
                                     ("grade", JSONText.string($0.grade.rawValue)), ("coverage", JSONText.number($0.coverage))])
                })),
            ])
        }
        let unclaimed = comparison.unclaimedGaps.map {
            JSONText.object([("episode", String($0.number)), ("title", JSONText.string($0.title)), ("block", JSONText.string($0.block))])
        }
        let duplicated = comparison.duplicated.map {
            JSONText.object([("concept", JSONText.string($0.concept)), ("areas", JSONText.array($0.areas.map(JSONText.string)))])
        }
        let order = model.episodes.filter { !$0.laterPrerequisites.isEmpty }.map { episode in
            JSONText.object([
                ("episode", String(episode.number)), ("title", JSONText.string(episode.title)),
                ("needs", JSONText.array(episode.laterPrerequisites.map {
                    JSONText.object([("concept", JSONText.string($0.concept)), ("taughtIn", String($0.taughtIn))])
                })),
            ])
        }
        let grades = Dictionary(grouping: model.episodes, by: \.grade).mapValues(\.count)
        return JSONText.document([
            ("claims", JSONText.list(claims, indent: "  ")),
            ("claimedGaps", JSONText.list(gaps, indent: "  ")),
            ("unclaimedGaps", JSONText.list(unclaimed, indent: "  ")),
            ("duplicated", JSONText.list(duplicated, indent: "  ")),
            ("recordingOrder", JSONText.list(order, indent: "  ")),
            ("grades", JSONText.object(Grade.allCases.reversed().map { ($0.rawValue, String(grades[$0, default: 0])) })),
            ("sensitivity", JSONText.object([
                ("lower", String(comparison.sensitivity.lower)), ("upper", String(comparison.sensitivity.upper)),
                ("either", String(comparison.sensitivity.either)),
            ])),
        ]) + "\n"
    }
}
