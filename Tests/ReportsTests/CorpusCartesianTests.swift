import Analysis
import Cypher
import Foundation
import GraphStore
import SiteImport
import Testing

/// Cartesian products over the real corpus's 22,072 sections: each limit stops its query with
/// its own error, long before the product (about 487 million rows) is built.
@Suite("Cartesian products over the real corpus are stopped by the limits", .serialized,
       .enabled(if: RealCorpus.present, "../shared is absent"))
struct CorpusCartesianTests {
    /// Imported once for the suite, coverage added, as `gapgraph query` sees it.
    static let graph: FrozenGraph? = {
        guard let site = try? RealCorpus.extract() else { return nil }
        defer { try? FileManager.default.removeItem(at: site) }
        let root = ThreadCountDeterminismTests.root
        guard let plan = try? PlanLoader.load(directory: root.appendingPathComponent("graph")),
            let result = try? Importer(threads: 2).run(site: site, plan: plan)
        else { return nil }
        return CoverageModel(graph: result.graph, plan: plan).annotate(result.graph)
    }()

    func failure(_ query: String, _ limits: QueryLimits) throws -> QueryError? {
        let graph = try #require(Self.graph)
        do {
            _ = try QueryEngine(graph: graph).run(query, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    // Budgets a tenth of the defaults, so the suite stays short in a debug build.
    @Test("the intermediate-row limit stops sections × sections")
    func intermediateRows() throws {
        let error = try failure("MATCH (a:Section), (b:Section) RETURN count(*)", QueryLimits(maxIntermediateRows: 500_000))
        #expect(error?.detail == "IntermediateRowLimit")
    }

    @Test("the time limit stops a three-way product of every node")
    func time() throws {
        let error = try failure("MATCH (a), (b), (c) RETURN count(*)", QueryLimits(timeout: .milliseconds(500)))
        #expect(error?.detail == "Timeout")
    }

    @Test("the memory limit stops a product whose rows would all be returned")
    func memory() throws {
        let error = try failure("MATCH (a:Section), (b:Page) RETURN a.anchor, b.path", QueryLimits(maxMemoryBytes: 64 << 20))
        #expect(error?.detail == "MemoryLimit")
    }

    @Test("the row limit stops the same product")
    func rows() throws {
        let error = try failure("MATCH (a:Section), (b:Page) RETURN a.anchor, b.path", QueryLimits(maxRows: 100_000))
        #expect(error?.detail == "RowLimit")
    }
}
