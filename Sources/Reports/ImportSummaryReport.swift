import SiteImport

/// What `gapgraph import` found, for machines: `{pages, nodes, relationships, brokenLinks,
/// warnings: [{path, message}], unreadable: [message]}`. No timing, so the same input gives
/// the same bytes.
public enum ImportSummaryReport {
    public static func json(_ result: ImportResult) -> String {
        let warnings = result.warnings.map { JSONText.object([("path", JSONText.string($0.path)), ("message", JSONText.string($0.message))]) }
        return JSONText.document([
            ("pages", String(result.pageCount)), ("nodes", String(result.graph.nodeCount)),
            ("relationships", String(result.graph.relationshipCount)), ("brokenLinks", String(result.brokenLinks.count)),
            ("warnings", JSONText.list(warnings, indent: "  ")),
            ("unreadable", JSONText.list(result.errors.map { JSONText.string($0.description) }, indent: "  ")),
        ]) + "\n"
    }
}
