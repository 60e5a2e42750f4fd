/// The report for machines: `{"coverage": [...], "gaps": [...]}`, each exactly what
/// `gapgraph coverage --format json` and `gapgraph gaps --format json` print (all gaps).
public enum JSONReport {
    public static func render(_ content: ReportContent) -> String {
        let coverage = CoverageReport(content.model).json()
        let gaps = GapsReport.json(content.gaps)
        return "{\n\"coverage\": " + withoutFinalNewline(coverage) + ",\n\"gaps\": " + withoutFinalNewline(gaps) + "\n}\n"
    }

    private static func withoutFinalNewline(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false).dropLast().joined(separator: "\n")
    }
}
