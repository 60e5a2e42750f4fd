import Analysis
import SiteImport

/// The main job's summary for machines: `{pages, stats: <stats --format json>,
/// plan: <coverage --summary --format json>, warnings: [{path, message}]}`.
public enum MainJobReport {
    public static func json(_ result: ImportResult, comparison: PlanComparison, model: CoverageModel) -> String {
        let warnings = result.warnings.map { JSONText.object([("path", JSONText.string($0.path)), ("message", JSONText.string($0.message))]) }
        return JSONText.document([
            ("pages", String(result.pageCount)),
            ("stats", JSONText.nested(StatsReport(result).json(), indent: "  ")),
            ("plan", JSONText.nested(SummaryReport.json(comparison, model: model), indent: "  ")),
            ("warnings", JSONText.list(warnings, indent: "  ")),
        ]) + "\n"
    }
}
