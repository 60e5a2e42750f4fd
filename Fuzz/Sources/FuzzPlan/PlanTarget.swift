import Foundation
import LibFuzzerDriver
import SiteImport

/// The first byte picks one of the five files of a small valid plan (Fuzz/PlanBase); the rest
/// of the input replaces it, and the plan is loaded. Errors are expected; only crashes count.
@main
enum PlanTarget {
    static let names = ["series.yaml", "episodes.yaml", "concepts.yaml", "site.yaml", "coverage.yaml"]
    static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../PlanBase").standardizedFileURL
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gapgraph-fuzz-plan-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        do { try FileManager.default.copyItem(at: base, to: url) } catch { fatalError("cannot copy \(base.path): \(error)") }
        return url
    }()
    static let originals = names.map { FileManager.default.contents(atPath: base.appendingPathComponent($0).path)! }

    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in PlanTarget.fuzz(data, size) })
    }

    static func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data, size > 0 else { return 0 }
        let index = Int(data[0]) % names.count
        let file = folder.appendingPathComponent(names[index]).path
        FileManager.default.createFile(atPath: file, contents: Data(bytes: data + 1, count: size - 1))
        _ = try? PlanLoader.load(directory: folder)
        FileManager.default.createFile(atPath: file, contents: originals[index])
        return 0
    }
}
