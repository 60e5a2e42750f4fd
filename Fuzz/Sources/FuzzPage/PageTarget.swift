import Foundation
import LibFuzzerDriver
import SiteHTML
import SiteImport

/// One page: extracted directly, then imported as a one-page site (read, classify, match
/// concepts, resolve links, build and dump the graph). Only crashes count.
@main
enum PageTarget {
    /// The project's plan, read once: the import classifies and matches concepts as for real.
    static let plan: Plan = {
        let graph = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../graph").standardizedFileURL
        do { return try PlanLoader.load(directory: graph) } catch { fatalError("graph/ does not load: \(error)") }
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
