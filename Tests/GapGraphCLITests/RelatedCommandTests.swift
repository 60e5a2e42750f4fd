import Foundation
import Testing

@Suite("gapgraph related")
struct RelatedCommandTests {
    @Test("for an episode, the page about its core concept comes first, with its reasons")
    func episode() throws {
        let outcome = try CommandRunner.run(["related", "--episode", "51", "--limit", "3", "--format", "json"])
        #expect(outcome.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(items.count == 3)
        #expect(items.first?["page"] as? String == "pattern-library/data-management/lsm-tree/index.html")
        #expect((items.first?["reasons"] as? [String])?.contains("about LSM tree (page)") == true)
    }

    @Test("free text finds the section that treats what it names")
    func freeText() throws {
        let outcome = try CommandRunner.run(["related", "how do vector clocks detect concurrent writes", "--limit", "1", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(items.first?["page"] as? String == "architects-handbook/case-studies/databases/amazon-dynamo/index.html")
        #expect(items.first?["anchor"] as? String == "versioning-with-vector-clocks")
    }

    @Test("exactly one of episode, page or text is required")
    func oneSubject() throws {
        let outcome = try CommandRunner.run(["related", "--episode", "3", "text too"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("give exactly one of --episode N, --page PATH or a text"))
    }
}
