import Foundation

/// Runs a program the tests may use when it is installed (python3 with networkx or kuzu,
/// xmllint), for tests that skip with a message otherwise.
enum ExternalTool {
    struct Outcome {
        var status: Int32
        var output: String
        var error: String
    }

    static func run(_ executable: String, _ arguments: [String]) -> Outcome? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch { return nil }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                       error: String(decoding: errorData, as: UTF8.self))
    }

    /// The Python that has the kuzu package: `GAPGRAPH_KUZU_PYTHON` when set, else python3.
    static var kuzuPython: String { ProcessInfo.processInfo.environment["GAPGRAPH_KUZU_PYTHON"] ?? "python3" }

    static func pythonHas(_ module: String, python: String = "python3") -> Bool {
        run(python, ["-c", "import \(module)"])?.status == 0
    }

    /// The folder with the GraphML schema files, from `GAPGRAPH_GRAPHML_XSD`.
    static var graphMLSchemas: String? {
        guard let folder = ProcessInfo.processInfo.environment["GAPGRAPH_GRAPHML_XSD"],
              FileManager.default.fileExists(atPath: folder + "/graphml.xsd") else { return nil }
        return folder
    }

    static let scripts = ReportFixture.root.appendingPathComponent("scripts")
}
