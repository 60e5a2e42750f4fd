import Foundation

/// Folders of the project and of ../shared, found from this file's location.
enum ProjectPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let imports = root.appendingPathComponent("imports")
    static let graph = root.appendingPathComponent("graph")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpusArchive = shared.appendingPathComponent("corpora/dstudio-site.tar.xz")

    /// A plan with the small test vocabulary and the project's real site rules.
    static func testPlanWithSiteRules() throws -> TemporaryPlan {
        let rules = try String(contentsOf: graph.appendingPathComponent("site.yaml"), encoding: .utf8)
        return try TemporaryPlan(replacing: ["site.yaml": rules])
    }
}
