/// Everything the site has on one concept: each page's evidence, best first, and the best
/// score on each part with the page that gave it.
public struct ConceptCoverage: Sendable {
    public var id: String
    public var name: String
    public var evidence: [PageEvidence]
    /// Per part: the best score and the page it came from (nil when no page scores).
    public var best: [(score: Double, page: String?)]
    public var grade: Grade
    /// Why the grade is what it is, in one line.
    public var gradeReason: String
    /// Site areas (first path segment) holding a page or section about the concept, when more
    /// than one does: the same topic treated in several places. Counted once (the best page per part).
    public var duplicatedIn: [String: [String]]
}
