import Cypher
import Foundation
import GraphStore
import LibFuzzerDriver

/// One query, run on a fresh empty mutable graph (so updates run too) and on a small
/// read-only graph. Errors are the expected outcome of most inputs; only crashes count.
@main
enum QueryTarget {
    /// Tight limits, so an input that only asks for a lot of work is a clean limit error and
    /// not a libFuzzer timeout or out-of-memory report.
    static let limits = QueryLimits(timeout: .seconds(2), maxRows: 10_000, maxIntermediateRows: 100_000, maxMemoryBytes: 64 << 20)

    /// A small graph shaped like the imported one: a page, a section, a concept, an episode.
    static let smallGraph: FrozenGraph = {
        var builder = GraphBuilder()
        let page = builder.addNode(
            labels: ["Page", "Pattern"], properties: ["path": .string("p/index.html"), "title": .string("Raft"), "words": .int(420)])
        let section = builder.addNode(
            labels: ["Section"], properties: ["anchor": .string("log"), "level": .int(2), "text": .string("leader election")])
        let concept = builder.addNode(
            labels: ["Concept"], properties: ["id": .string("consensus"), "aliases": .list([.string("raft"), .string("paxos")])])
        let episode = builder.addNode(labels: ["Episode"], properties: ["number": .int(16), "title": .string("Consensus")])
        builder.addRelationship(from: page, to: section, type: "HAS_SECTION")
        builder.addRelationship(from: section, to: concept, type: "MENTIONS", properties: ["count": .int(3)])
        builder.addRelationship(from: section, to: page, type: "LINKS_TO", properties: ["href": .string("../p/")])
        builder.addRelationship(from: episode, to: concept, type: "NEEDS", properties: ["weight": .int(5)])
        return builder.freeze()
    }()
    nonisolated(unsafe) static let smallEngine = QueryEngine(graph: smallGraph)

    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in QueryTarget.fuzz(data, size) })
    }

    static func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        _ = try? QueryEngine(graph: MemoryGraph()).run(query, limits: limits)
        _ = try? smallEngine.run(query, limits: limits)
        return 0
    }
}
