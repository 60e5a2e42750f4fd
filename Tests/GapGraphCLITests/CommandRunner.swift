import Foundation

/// Runs the built `gapgraph` executable as a user would, capturing its output and exit code.
struct CommandRunner {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits beside the test bundle in the build folder.
    static var executable: URL? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("gapgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// Standard input is `input`, or empty: never the terminal the tests may run in.
    /// `environment` changes the inherited one; a nil value removes the variable.
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String?] = [:], in directory: URL = packageRoot
    ) throws -> Outcome {
        guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "gapgraph beside \(CommandLine.arguments[0])"]) }
        return try run(executable, arguments, input: input, environment: environment, in: directory)
    }

    /// Runs any program (a script under scripts/, say) the same way.
    static func run(
        _ program: URL, _ arguments: [String], input: String = "", environment: [String: String?] = [:], in directory: URL = packageRoot
    ) throws -> Outcome {
        let process = makeProcess(program, arguments, environment: environment, in: directory)
        let stdin = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = error
        try launch(process)
        let errorData = Collected { $0.data = error.fileHandleForReading.readDataToEndOfFile() }
        if !input.isEmpty {
            // A program that exits without reading its input must fail the test, not kill it with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorData.wait()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Runs with standard output and standard error on a pseudo-terminal, as in a terminal
    /// window; what the terminal received comes back as standard output, with its `\r\n`
    /// line ends made `\n` again. Standard input stays a pipe.
    static func runOnTerminal(_ arguments: [String], environment: [String: String?] = [:]) throws -> Outcome {
        guard let (master, name) = PseudoTerminal.open() else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "a pseudo-terminal"])
        }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name]) }
        guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "gapgraph beside \(CommandLine.arguments[0])"]) }
        let process = makeProcess(executable, arguments, environment: environment, in: packageRoot)
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = Pipe()
        process.standardOutput = terminal
        process.standardError = terminal
        try launch(process)
        close(slave)
        // Reading stops at EIO, which the master gets once the program has closed its end.
        let received = Collected { collected in
            var bytes = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = bytes.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                collected.data.append(contentsOf: bytes[..<count])
            }
        }
        process.waitUntilExit()
        received.wait()
        close(master)
        let text = String(decoding: received.data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return Outcome(status: process.terminationStatus, standardOutput: text, standardError: "")
    }

    /// The test runner's threads block most signals and a child inherits the mask: a tmux
    /// server started by a script would then never see SIGCHLD or SIGTERM. Children start with
    /// nothing blocked, as they would from a terminal.
    private static func launch(_ process: Process) throws {
        var unblocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&unblocked)
        pthread_sigmask(SIG_SETMASK, &unblocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }

    /// The import cache of the commands the tests run, in the build folder.
    static let cacheFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("gapgraph-test-cache")

    /// Whether a program of that name is on the PATH.
    static func isInstalled(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    private static func makeProcess(_ program: URL, _ arguments: [String], environment: [String: String?], in directory: URL) -> Process {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        // Imports keep their cache beside the test build, never in the package's folder.
        variables["GAPGRAPH_CACHE"] = cacheFolder.path
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        return process
    }
}

/// Bytes a thread of its own collects, so that a full pipe never stalls the program.
private final class Collected: @unchecked Sendable {
    var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable (Collected) -> Void) {
        Thread { [self] in
            work(self)
            done.signal()
        }.start()
    }

    /// Returns once the work has finished; `data` is then complete.
    func wait() { done.wait() }
}

/// The POSIX pseudo-terminal calls, which Swift's Glibc module leaves out (they need
/// _XOPEN_SOURCE), looked up in the C library at run time.
private enum PseudoTerminal {
    typealias Open = @convention(c) (Int32) -> Int32
    typealias Grant = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    /// The master's descriptor and the path of its slave.
    static func open() -> (Int32, String)? {
        guard let openSymbol = dlsym(nil, "posix_openpt"), let grantSymbol = dlsym(nil, "grantpt"),
              let unlockSymbol = dlsym(nil, "unlockpt"), let nameSymbol = dlsym(nil, "ptsname_r")
        else { return nil }
        let master = unsafeBitCast(openSymbol, to: Open.self)(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var name = [CChar](repeating: 0, count: 128)
        guard unsafeBitCast(grantSymbol, to: Grant.self)(master) == 0, unsafeBitCast(unlockSymbol, to: Grant.self)(master) == 0,
              unsafeBitCast(nameSymbol, to: Name.self)(master, &name, name.count) == 0
        else {
            close(master)
            return nil
        }
        return (master, String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}
