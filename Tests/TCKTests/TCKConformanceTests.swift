import Foundation
import TCK
import Testing

/// The openCypher TCK subset in ../shared/tck must keep passing at least this many scenarios.
private let passFloor = 1154

private let featuresDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/tck/features").standardizedFileURL

@Test func tckPassCountStaysAboveFloor() throws {
    let environment = ProcessInfo.processInfo.environment
    let featuresDirectory = environment["TCK_DIR"].map { URL(fileURLWithPath: $0) } ?? featuresDirectory
    guard FileManager.default.fileExists(atPath: featuresDirectory.path) else {
        print("TCK features not found at \(featuresDirectory.path); skipping the conformance run")
        return
    }
    let report = TCKRunner().run(directory: featuresDirectory, filter: environment["TCK_FILTER"])
    print(report.rendered(verbose: environment["TCK_VERBOSE"] != nil))
    #expect(environment["TCK_DIR"] != nil || report.passed >= passFloor)
}
