import SiteImport

/// Scores each page's treatment of a concept on the four parts, and grades the concept.
struct EvidenceScorer {
    let index: SiteIndex
    let settings: CoverageSettings
    let grades: CoverageSettings.Grades

    func coverage(of conceptIndex: Int, concept: Concept) -> ConceptCoverage {
        var pages = Set(index.pageSubjects[conceptIndex])
        for section in index.sectionSubjects[conceptIndex] { pages.insert(index.sections[section].page) }
        var mentionsByPage: [Int: (sections: [Int], count: Int)] = [:]
        for mention in index.mentions[conceptIndex] {
            let page = index.sections[mention.section].page
            pages.insert(page)
            mentionsByPage[page, default: ([], 0)].sections.append(mention.section)
            mentionsByPage[page]!.count += mention.count
        }
        let weights = settings.parts.map(\.weight)
        // Best first: shallow pages last, then by the combined score, then by path.
        let evidence = pages.map { page -> (rank: Double, evidence: PageEvidence) in
            let item = pageEvidence(of: conceptIndex, on: page, mentions: mentionsByPage[page] ?? ([], 0))
            return (item.shallow == nil ? item.combined(weights) : -1, item)
        }.sorted { $0.rank != $1.rank ? $0.rank > $1.rank : $0.evidence.page < $1.evidence.page }.map(\.evidence)
        var best: [(score: Double, page: String?)] = Array(repeating: (0, nil), count: settings.parts.count)
        for item in evidence where item.shallow == nil {
            for (part, score) in item.parts.enumerated() where score > best[part].score { best[part] = (score, item.page) }
        }
        let (grade, reason) = self.grade(evidence)
        var areas: [String: [String]] = [:]
        for item in evidence where item.shallow == nil && item.level != .mention {
            areas[String(item.page.split(separator: "/").first ?? ""), default: []].append(item.page)
        }
        return ConceptCoverage(
            id: concept.id, name: concept.name, evidence: evidence, best: best, grade: grade, gradeReason: reason,
            duplicatedIn: areas.count > 1 ? areas.mapValues { $0.sorted() } : [:])
    }

    private func grade(_ evidence: [PageEvidence]) -> (Grade, String) {
        let deep = evidence.filter { $0.shallow == nil }
        if let strong = deep.first(where: { $0.level != .mention && Double($0.words) >= grades.strongWords && $0.hasDepthSignal }) {
            return (.strong, "\(strong.page) treats it (\(strong.level.rawValue)) in \(strong.words) words with depth signals")
        }
        if let section = deep.first(where: { $0.level != .mention && Double($0.words) >= grades.partialWords }) {
            let missing = Double(section.words) >= grades.strongWords ? "no math, code, trade-off, failure or case study" : "only \(section.words) words"
            return (.partial, "\(section.page) treats it (\(section.level.rawValue)), \(missing)")
        }
        let mentioning = deep.count
        if mentioning >= grades.spreadPages {
            return (.partial, "spread thinly: mentioned on \(mentioning) pages, none about it")
        }
        let shallow = evidence.count - deep.count
        return (.none, "mentioned on \(mentioning) page\(mentioning == 1 ? "" : "s")"
            + (shallow > 0 ? " and \(shallow) index, quiz or overview page\(shallow == 1 ? "" : "s")" : "") + " at most")
    }

    private func pageEvidence(of concept: Int, on pageIndex: Int, mentions: (sections: [Int], count: Int)) -> PageEvidence {
        let page = index.pages[pageIndex]
        let depth = settings.depth
        let level: PageEvidence.Level
        var scope: [Int]
        if page.subjects.contains(concept) {
            level = .page
            scope = page.sections
        } else {
            let subjects = page.sections.filter { index.sections[$0].subjects.contains(concept) }
            if subjects.isEmpty {
                level = .mention
                scope = mentions.sections
            } else {
                level = .section
                var inScope = Set<Int>()
                var pending = subjects
                while let section = pending.popLast() {
                    if inScope.insert(section).inserted { pending += index.sections[section].children }
                }
                scope = inScope.sorted()
            }
        }
        let mentionCount = mentions.count
        var words = 0, math = 0, code = 0, tables = 0
        var tradeoff: String?, failure: String?, production: String?
        for position in scope {
            let section = index.sections[position]
            words += section.words
            math += section.math
            code += section.code
            tables += section.tables
            if tradeoff == nil && section.tradeoff { tradeoff = section.heading }
            if failure == nil && section.failure { failure = section.heading }
            if production == nil && section.production { production = section.heading }
        }
        let factor: Double
        switch level {
        case .page: factor = depth.pageFactor
        case .section: factor = depth.sectionFactor
        case .mention: factor = depth.mentionFactor
        }
        var parts = [0.0, 0.0, 0.0, 0.0]
        if page.shallow == nil {
            parts[0] = factor * min(1, Double(math) / depth.fullMath)
            parts[1] = factor * (depth.proseShare * min(1, Double(words) / depth.fullWords) + (1 - depth.proseShare) * (code > 0 ? 1 : 0))
            if page.isCaseStudy {
                parts[2] = min(1, Double(words) / depth.productionWords) * (level == .mention ? depth.productionMention : 1)
            } else if production != nil {
                parts[2] = factor * depth.productionMention
            }
            parts[3] = factor * ((tables > 0 || tradeoff != nil ? 0.5 : 0) + (failure != nil ? 0.5 : 0))
        }
        return PageEvidence(
            page: page.path, pageName: page.name, node: scope.first.map { index.sections[$0].node } ?? page.node, anchor: scope.lazy.compactMap { index.sections[$0].anchor }.first, level: level,
            shallow: page.shallow, isCaseStudy: page.isCaseStudy, words: words, mentions: mentionCount, math: math, codeBlocks: code,
            tables: tables, tradeoffHeading: tradeoff, failureHeading: failure, productionHeading: production,
            parts: parts.map { ($0 * 10_000).rounded() / 10_000 })
    }
}
