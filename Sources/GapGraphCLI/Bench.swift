import ArgumentParser
import Foundation
import SiteImport

/// Times the import against the libxml2 parse-only floor, side by side in one run.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark the import against the parse-only floor (min/median/max wall time).",
        discussion: """
            Example:
              gapgraph bench --site /tmp/dstudio --iterations 5
            """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: "Runs of each measurement.")
    var iterations = 5

    func run() throws {
        let plan = try options.loadPlan()
        let benchmark = ImportBenchmark(iterations: iterations, threads: options.threads)
        let (measurements, pages, bytes) = try benchmark.run(site: options.siteURL, plan: plan)
        print("\(pages) pages, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of HTML, \(iterations) runs each\n")
        let nameWidth = measurements.map(\.name.count).max() ?? 0
        print("  " + "measurement".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "       min    median       max   ×floor")
        let floor = measurements.first?.median ?? 1
        for measurement in measurements {
            let figures = [measurement.min, measurement.median, measurement.max].map { String(format: "%8.3fs", $0) }.joined(separator: "  ")
            print("  " + measurement.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + figures
                + String(format: "  %6.2f", measurement.median / floor))
        }
    }
}
