import Foundation

extension RelatedContent {
    /// Ranks every page by text relevance, the needed concepts' evidence and link proximity to
    /// the strongest matches. Scores live in arrays by page number; ties go to the smaller path.
    func rank(text: String, needs: [(concept: String, weight: Double)], excluding: String?, limit: Int) -> [Item] {
        let paths = table.paths
        let count = paths.count
        // Query: the text's words, plus each needed concept's name and aliases at its weight.
        var query: [String: Float] = [:]
        for token in TextIndex.tokens(text) { query[token] = max(query[token] ?? 0, 1) }
        for need in needs {
            for token in conceptTerms[need.concept] ?? [] { query[token] = max(query[token] ?? 0, Float(need.weight / 5)) }
        }
        var candidates: [Int] = []
        var isCandidate = [Bool](repeating: false, count: count)
        func consider(_ page: Int) {
            if !isCandidate[page] {
                isCandidate[page] = true
                candidates.append(page)
            }
        }
        // Each page's best section.
        var textScore = [Double](repeating: 0, count: count)
        var textDocument = [Int](repeating: -1, count: count)
        for (document, score) in index.scores(query) {
            let page = indexPage[index.documents[document].pageIndex]
            if Double(score) > textScore[page] {
                textScore[page] = Double(score)
                textDocument[page] = document
                consider(page)
            }
        }
        let bestText = candidates.map { textScore[$0] }.max() ?? 1

        var conceptScore = [Double](repeating: 0, count: count)
        var hasConcept = [Bool](repeating: false, count: count)
        var shallow = [Bool](repeating: false, count: count)
        var caseStudy = [Bool](repeating: false, count: count)
        var reasons: [(page: Int, concept: String, level: PageEvidence.Level, mentions: Int)] = []
        let totalWeight = max(needs.reduce(0) { $0 + $1.weight }, 1)
        for need in needs {
            guard let concept = evidence[need.concept] ?? model.concept(need.concept).flatMap({ evidence[$0.id] }) else { continue }
            for hint in concept.hints {
                let page = hint.page
                shallow[page] = hint.shallow
                if hint.isCaseStudy { caseStudy[page] = true }
                let strength: Double
                switch hint.level {
                case .page: strength = 1
                case .section: strength = 0.7
                case .mention: strength = 0.1 + 0.04 * Double(min(hint.mentions, 5))
                }
                conceptScore[page] += need.weight * strength / totalWeight
                hasConcept[page] = true
                consider(page)
                reasons.append((page, concept.name, hint.level, hint.mentions))
            }
        }
        let bestConcept = max(candidates.filter { hasConcept[$0] }.map { conceptScore[$0] }.max() ?? 1, 1e-9)

        let excluded = excluding.flatMap { table.number[$0] }
        candidates.removeAll { $0 == excluded }
        var base = [Double](repeating: 0, count: count)
        for page in candidates {
            var score = Self.textWeight * textScore[page] / bestText + Self.conceptWeight * conceptScore[page] / bestConcept
            if shallow[page] { score *= Self.shallowFactor }
            base[page] = score
        }
        func precedes(_ left: (Int, Double), _ right: (Int, Double)) -> Bool {
            left.1 != right.1 ? left.1 > right.1 : paths[left.0] < paths[right.0]
        }
        // Link proximity: pages linked to or from the five strongest matches.
        let leaders = candidates.map { ($0, base[$0]) }.sorted(by: precedes).prefix(5).map(\.0)
        var linked = [Int](repeating: 0, count: count)
        for leader in leaders {
            for neighbour in table.neighbours[leader] where neighbour != leader { linked[neighbour] += 1 }
        }
        // Co-citation: pages that a focused page (one with few links) cites together with a leader.
        var cocited = [Int](repeating: 0, count: count)
        for leader in leaders {
            for citing in table.linkedFrom[leader] where table.linksOut[citing].count <= Self.focusedLinks {
                for other in table.linksOut[citing] where other != leader { cocited[other] += 1 }
            }
        }
        let leaderCategories = Set(leaders.prefix(3).map { table.category[$0] }.filter { $0 >= 0 })
        func sameCategory(_ page: Int) -> Bool { leaderCategories.contains(table.category[page]) }
        let totals = candidates.map { page in
            let proximity = min(1, (Double(linked[page]) + 0.5 * Double(cocited[page])) / 3)
            return (page, base[page] + Self.linkWeight * proximity + (sameCategory(page) ? Self.categoryBonus : 0))
        }.sorted(by: precedes).prefix(limit * 3)

        // Reasons are written only for the entries that can reach the list, copies included.
        var slot = [Int](repeating: -1, count: count)
        for (position, (page, _)) in totals.enumerated() { slot[page] = position }
        var conceptReasons = [[String]](repeating: [], count: totals.count)
        for reason in reasons where slot[reason.page] >= 0 && conceptReasons[slot[reason.page]].count < 4 {
            conceptReasons[slot[reason.page]].append(
                reason.level == .mention ? "mentions \(reason.concept) ×\(reason.mentions)" : "about \(reason.concept) (\(reason.level.rawValue))")
        }
        var items: [Item] = []
        for (position, (page, total)) in totals.enumerated() {
            var lines: [String] = []
            let document = textDocument[page] >= 0 ? index.documents[textDocument[page]] : nil
            if document != nil { lines.append(String(format: "text match %.2f (BM25)", textScore[page] / bestText)) }
            lines += conceptReasons[position]
            if caseStudy[page] && hasConcept[page] { lines.append("case study using it") }
            if linked[page] > 0 { lines.append("linked with \(linked[page]) of the top matches") }
            if cocited[page] > 0 { lines.append("cited together with the top matches \(cocited[page])×") }
            if sameCategory(page) { lines.append("same pattern category (\(table.categoryNames[table.category[page]]))") }
            if shallow[page] { lines.append("an index, quiz or overview page: scaled down") }
            items.append(Item(page: paths[page], anchor: document?.anchor, title: table.names[page] ?? paths[page],
                              score: (total * 1000).rounded() / 1000, reasons: lines, copies: []))
        }
        return Array(Self.fold(items).prefix(limit))
    }
}
