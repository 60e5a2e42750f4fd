import Foundation
import SiteHTML

/// Everything the parallel stage does to one page: read, extract, classify, and find the
/// concepts it mentions and the ones its name and headings are about.
struct PageScanner: Sendable {
    let extractor: PageExtractor
    let classifier: PageClassifier
    let concepts: ConceptMatcher
    /// coverage.yaml's heading phrases as three pseudo-concepts, in `topicNames` order.
    let headingTopics: ConceptMatcher
    static let topicNames = ["trade-off", "failure", "production"]
    let resolver: LinkResolver
    let coverage: CoverageSettings

    init(plan: Plan, resolver: LinkResolver) {
        self.resolver = resolver
        coverage = plan.coverage
        extractor = PageExtractor(rules: plan.site.content)
        classifier = PageClassifier(rules: plan.site.rules)
        concepts = ConceptMatcher(concepts: plan.concepts)
        let depth = plan.coverage.depth
        headingTopics = ConceptMatcher(concepts: zip(Self.topicNames, [depth.tradeoffHeadings, depth.failureHeadings, depth.productionHeadings])
            .map { Concept(id: $0.0, name: "", aliases: $0.1) })
    }

    func scan(path: String, root: URL) -> PageWork {
        switch read(path, root: root) {
        case .success(let bytes): return work(for: extractor.extract(path: path, bytes: bytes))
        case .failure(let problem): return unreadable(path, reason: problem.reason)
        }
    }

    struct ReadProblem: Error {
        var reason: String
    }

    func read(_ path: String, root: URL) -> Result<[UInt8], ReadProblem> {
        do {
            return .success(try [UInt8](Data(contentsOf: root.appendingPathComponent(path), options: .mappedIfSafe)))
        } catch {
            return .failure(ReadProblem(reason: Self.readFailure(error, at: root.appendingPathComponent(path))))
        }
    }

    /// A page that could not be read: imported with no content, and reported.
    func unreadable(_ path: String, reason: String) -> PageWork {
        let page = ExtractedPage(path: path)
        return PageWork(
            page: page, decision: classifier.classify(path: path, title: nil), leadMentions: [:],
            sectionMentions: [], nameSubjects: [], headingSubjects: [], headingTopics: [],
            links: PageLinks(page: page, resolver: resolver), shallow: shallowReason(page, links: 0), readError: reason)
    }

    /// Everything after extraction: classification, concepts, headings' topics, links.
    func work(for page: ExtractedPage) -> PageWork {
        let links = PageLinks(page: page, resolver: resolver)
        return PageWork(
            page: page, decision: classifier.classify(path: page.path, title: page.title),
            leadMentions: concepts.counts(in: page.leadText),
            sectionMentions: page.sections.map { concepts.counts(in: $0.text) },
            nameSubjects: concepts.counts(in: GraphAssembler.name(of: page)).keys.sorted(),
            headingSubjects: page.sections.map { concepts.counts(in: $0.heading).keys.sorted() },
            headingTopics: page.sections.map { section in headingTopics.counts(in: section.heading).keys.sorted().map { Self.topicNames[$0] } },
            links: links, shallow: shallowReason(page, links: links.internalLinks), readError: nil)
    }

    private func shallowReason(_ page: ExtractedPage, links: Int) -> String? {
        guard page.redirect == nil else { return nil }
        return coverage.shallowReason(path: page.path, title: page.title, words: page.totalSignals.proseWords, links: links)
    }
}
