import SiteHTML

/// One page after the parallel stage: extracted, classified, and scanned for concepts.
struct PageWork: Sendable {
    var page: ExtractedPage
    var decision: PageClassifier.Decision
    /// Mentions in the lead (content before the first heading), by concept index.
    var leadMentions: [Int: Int]
    /// Mentions per section, parallel to `page.sections`.
    var sectionMentions: [[Int: Int]]
    /// Concepts the page's name names: the page is about them.
    var nameSubjects: [Int]
    /// Per section: the concepts its heading names, and the kinds of material it announces
    /// (`trade-off`, `failure`, `production`).
    var headingSubjects: [[Int]]
    var headingTopics: [[String]]
    var links: PageLinks
    /// Why the page counts only as mentions for coverage, if it does.
    var shallow: String?
    var readError: String?
}
