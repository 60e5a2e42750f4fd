import Foundation
import Testing
@testable import SiteImport

@Suite("Same input, same graph")
struct DeterminismTests {
    @Test("importing twice, on one thread and on two, gives the same bytes")
    func sameBytes() throws {
        let folder = try ProjectPaths.testPlanWithSiteRules()
        let plan = try PlanLoader.load(directory: folder.url)
        let first = try Importer(threads: 2).run(site: ProjectPaths.imports, plan: plan).graph.dump()
        let second = try Importer(threads: 2).run(site: ProjectPaths.imports, plan: plan).graph.dump()
        let single = try Importer(threads: 1).run(site: ProjectPaths.imports, plan: plan).graph.dump()
        #expect(first.utf8.count > 100_000)
        #expect(first == second)
        #expect(first == single)
    }
}
