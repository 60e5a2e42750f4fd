import Foundation
import TCK
import Testing

/// Writes one feature file under a fresh temporary `features/group/folder` and runs it.
private func runFeature(_ text: String) throws -> TCKReport {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tck-\(UUID().uuidString)")
    let folder = root.appendingPathComponent("features/group/folder")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try text.write(to: folder.appendingPathComponent("Sample.feature"), atomically: true, encoding: .utf8)
    return TCKRunner().run(directory: root.appendingPathComponent("features"))
}

private let sample = """
    Feature: Sample

      Background:
        Given an empty graph
        And having executed:
          \"\"\"
          CREATE (:A {name: 'a'})-[:T]->(:B)
          \"\"\"

      Scenario Outline: [1] Outline rows become scenarios
        When executing query:
          \"\"\"
          MATCH (n:<label>) RETURN n
          \"\"\"
        Then the result should be, in any order:
          | n        |
          | <result> |
        And no side effects

        Examples:
          | label | result          |
          | A     | (:A {name: 'a'}) |
          | B     | (:B)            |
          | B     | (:C)            |

      Scenario: [2] Expected errors compare type, phase and detail
        When executing query:
          \"\"\"
          RETURN x
          \"\"\"
        Then a SyntaxError should be raised at compile time: UndefinedVariable

      Scenario: [3] Side effects are counted
        When executing query:
          \"\"\"
          CREATE (:C)-[:T]->(:A)
          \"\"\"
        Then the result should be empty
        And the side effects should be:
          | +nodes         | 2 |
          | +relationships | 1 |
          | +labels        | 1 |

      Scenario: [4] Unknown steps are skipped
        Given the missing-graph graph
        When executing query:
          \"\"\"
          RETURN 1
          \"\"\"
    """

@Test func reportCountsOutlineRowsErrorsAndSideEffects() throws {
    let report = try runFeature(sample)
    #expect((report.passed, report.failed, report.skipped) == (4, 1, 1))
}

@Test func reportEndsWithTotalsLineAndHasPerFolderRow() throws {
    let lines = try runFeature(sample).rendered().split(separator: "\n")
    #expect(lines.last == "4 passed, 1 failed, 1 skipped")
    #expect(lines.contains { $0.hasPrefix("group/folder") && $0.hasSuffix("4       1       1") })
}

@Test func verboseReportShowsExpectedAndActualRows() throws {
    let verbose = try runFeature(sample).rendered(verbose: true)
    #expect(verbose.contains("FAILED group/folder › Sample › [1] Outline rows become scenarios #3"))
    #expect(verbose.contains("  (:C)"))
    #expect(verbose.contains("  (:B)"))
}
