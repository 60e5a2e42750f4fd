import Foundation
import SiteHTML

/// Wall-clock figures of the import against the parse-only floor, measured side by side.
public struct ImportBenchmark: Sendable {
    public struct Measurement: Sendable {
        public var name: String
        public var seconds: [Double]

        public init(name: String, seconds: [Double]) {
            self.name = name
            self.seconds = seconds
        }

        public var min: Double { seconds.min() ?? 0 }
        public var max: Double { seconds.max() ?? 0 }
        public var median: Double {
            let sorted = seconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
    }

    public var iterations: Int
    public var threads: Int

    public init(iterations: Int, threads: Int) {
        self.iterations = max(1, iterations)
        self.threads = max(1, threads)
    }

    /// Runs each measurement `iterations` times, interleaved so machine noise hits all alike.
    /// With a cache (an empty folder), also an import of the unchanged site from it: loading
    /// the plan included, after one import that fills it.
    public func run(site: URL, plan: Plan, planDirectory: URL, cache: ImportCache?) throws -> (measurements: [Measurement], pages: Int, bytes: Int) {
        let listing = try SiteWalker().list(site)
        let pages = listing.pages.map { (try? [UInt8](Data(contentsOf: site.appendingPathComponent($0)))) ?? [] }
        let bytes = pages.reduce(0) { $0 + $1.count }
        var floor = Measurement(name: "floor: libxml2 parse + walk, 1 thread (files in memory)", seconds: [])
        var single = Measurement(name: "import, 1 thread (read, parse, extract, classify, build, freeze)", seconds: [])
        var parallel = Measurement(name: "import, \(threads) threads", seconds: [])
        var warm = Measurement(name: "import from the cache, site unchanged (plan included)", seconds: [])
        if let cache { _ = try Importer(threads: threads).run(site: site, plan: try cache.loadPlan(directory: planDirectory), cache: cache) }
        for _ in 0..<iterations {
            floor.seconds.append(Self.time { for page in pages { _ = ParseFloor.parseAndWalk(page) } })
            single.seconds.append(try Self.time { _ = try Importer(threads: 1).run(site: site, plan: plan) })
            parallel.seconds.append(try Self.time { _ = try Importer(threads: threads).run(site: site, plan: plan) })
            if let cache {
                warm.seconds.append(try Self.time {
                    let result = try Importer(threads: threads).run(site: site, plan: try cache.loadPlan(directory: planDirectory), cache: cache)
                    guard result.cache?.reusedResult == true else { throw CacheMissed(warnings: result.cache?.warnings ?? []) }
                })
            }
        }
        return ([floor, single, parallel] + (cache == nil ? [] : [warm]), pages.count, bytes)
    }

    /// The warm import parsed pages: a benchmark of the cache that did not use it says so.
    public struct CacheMissed: Error, CustomStringConvertible {
        public var warnings: [String]
        public var description: String {
            "the import from the cache did not reuse its result" + (warnings.isEmpty ? "" : ": " + warnings.joined(separator: "; "))
        }
    }

    private static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
