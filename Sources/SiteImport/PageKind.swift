/// What a page is, beyond being a page. Each kind is a second label on the Page node.
public enum PageKind: String, CaseIterable, Hashable, Sendable, Codable {
    case law = "Law"
    /// One of the site's own conceptual pillars (work, state, truth, control, intelligence).
    case sitePillar = "Pillar"
    case pattern = "Pattern"
    case caseStudy = "CaseStudy"

    public var label: String { rawValue }
}
