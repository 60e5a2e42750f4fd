import SiteHTML

/// One page after the parallel stage: extracted, classified, and its concept mentions counted.
struct PageWork: Sendable {
    var page: ExtractedPage
    var decision: PageClassifier.Decision
    /// Mentions in the lead (content before the first heading), by concept index.
    var leadMentions: [Int: Int]
    /// Mentions per section, parallel to `page.sections`.
    var sectionMentions: [[Int: Int]]
    var readError: String?
}
