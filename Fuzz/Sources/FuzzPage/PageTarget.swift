import Foundation
import LibFuzzerDriver
import SiteHTML
import SiteImport

/// One page: extracted directly, then imported as a one-page site (read, classify, match
/// concepts, resolve links, build and dump the graph). Only crashes count.
@main
enum PageTarget {
    /// A small plan (Fuzz/PlanBase), read once: matching graph/'s 647 concepts would make
    /// each run some ten times slower without reaching other code.
    static let plan: Plan = {
        let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../PlanBase").standardizedFileURL
        do { return try PlanLoader.load(directory: base) } catch { fatalError("Fuzz/PlanBase does not load: \(error)") }
    }()
    static let site: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-fuzz-page-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    static let extractor = PageExtractor(rules: plan.site.content)

    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in PageTarget.fuzz(data, size) })
    }

    static func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        _ = extractor.extract(path: "index.html", bytes: bytes)
        guard FileManager.default.createFile(atPath: site.appendingPathComponent("index.html").path, contents: Data(bytes)) else { return 0 }
        if let result = try? Importer(threads: 1).run(site: site, plan: plan) {
            _ = result.graph.dump()
        }
        return 0
    }
}
