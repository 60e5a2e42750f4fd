import Cypher
import Foundation

/// Runs one scenario's steps in order, stopping at the first mismatch.
struct ScenarioExecution {
    let scenario: Scenario
    let graphs: URL
    private var graph = MemoryGraph()
    private var parameters: [String: CypherValue] = [:]
    private var procedures: [Procedure] = []
    private var result: Result<QueryResult, QueryError>?
    private var query = ""
    private var before: GraphSnapshot?

    init(scenario: Scenario, graphs: URL) {
        self.scenario = scenario
        self.graphs = graphs
    }

    private struct Mismatch: Error { var detail: String }
    private struct Unsupported: Error { var reason: String }

    func run() -> TCKReport.Outcome {
        var execution = self
        do {
            for step in scenario.steps { try execution.perform(step) }
            return .passed
        } catch let mismatch as Mismatch {
            return .failed("query:\n" + execution.query.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n" + mismatch.detail)
        } catch let unsupported as Unsupported {
            return .skipped(unsupported.reason)
        } catch {
            return .failed("\(error)")
        }
    }

    private static let limits = QueryLimits(timeout: .seconds(10), maxRows: nil, maxIntermediateRows: 10_000_000)

    private mutating func perform(_ step: Step) throws {
        let text = step.text
        switch text {
        case "an empty graph", "any graph":
            graph = MemoryGraph()
        case "having executed:":
            let setup = step.docString ?? ""
            do {
                _ = try QueryEngine(graph: graph, procedures: procedures).run(setup, parameters: parameters, limits: Self.limits)
            } catch {
                query = setup
                throw Mismatch(detail: "setup query failed: \(error.rendered(query: setup))")
            }
        case "parameters are:":
            for row in step.table where row.count >= 2 {
                do { parameters[row[0]] = try ParameterParser.parse(row[1]) } catch {
                    throw Mismatch(detail: "cannot parse parameter \(row[0]) = \(row[1]): \(error)")
                }
            }
        case "executing query:", "executing control query:":
            query = step.docString ?? ""
            if text == "executing query:" { before = GraphSnapshot(graph) }
            do {
                result = .success(try QueryEngine(graph: graph, procedures: procedures).run(query, parameters: parameters, limits: Self.limits))
            } catch {
                result = .failure(error)
            }
        case "the result should be empty":
            let actual = try successfulResult()
            guard actual.rows.isEmpty else {
                throw Mismatch(detail: "expected no rows, got:\n" + actual.table())
            }
        case "no side effects":
            try checkSideEffects([:])
        case "the side effects should be:":
            var expected: [String: Int] = [:]
            for row in step.table where row.count >= 2 { expected[row[0]] = Int(row[1]) ?? 0 }
            try checkSideEffects(expected)
        default:
            if text.hasPrefix("the "), text.hasSuffix(" graph"), !text.contains(" should ") {
                try loadNamedGraph(String(text.dropFirst(4).dropLast(6)))
            } else if text.hasPrefix(TableProcedure.stepPrefix) {
                guard let procedure = try TableProcedure.make(step: text, table: step.table) else {
                    throw Unsupported(reason: "cannot read the procedure declared by '\(text)'")
                }
                procedures.append(procedure)
            } else if text.hasPrefix("the result should be") {
                try compareResult(step)
            } else if let range = text.range(of: #"^an? (\S+) should be raised at ([a-z ]+): (\S+)$"#, options: .regularExpression) {
                _ = range
                try checkError(text)
            } else {
                throw Unsupported(reason: "step '\(text)' is not supported")
            }
        }
    }

    private mutating func loadNamedGraph(_ name: String) throws {
        let file = graphs.appendingPathComponent(name).appendingPathComponent(name + ".cypher")
        guard let setup = try? String(contentsOf: file, encoding: .utf8) else {
            throw Unsupported(reason: "named graph '\(name)' not found at \(file.path)")
        }
        graph = MemoryGraph()
        do {
            _ = try QueryEngine(graph: graph).run(setup, limits: Self.limits)
        } catch {
            throw Mismatch(detail: "loading graph '\(name)' failed: \(error.rendered(query: setup))")
        }
    }

    private func successfulResult() throws -> QueryResult {
        switch result {
        case .success(let value)?: return value
        case .failure(let error)?: throw Mismatch(detail: "expected a result, got error:\n" + error.rendered(query: query))
        case nil: throw Mismatch(detail: "no query was executed")
        }
    }

    private func compareResult(_ step: Step) throws {
        let actual = try successfulResult()
        let ordered = step.text.contains("in order")
        let unorderedLists = step.text.contains("ignoring element order for lists")
        guard let header = step.table.first else { throw Mismatch(detail: "result table has no header") }
        var expectedRows: [[TCKValue]] = []
        for row in step.table.dropFirst() {
            do { expectedRows.append(try row.map(TCKValueParser.parse)) } catch {
                throw Unsupported(reason: "cannot parse expected row \(row): \(error)")
            }
        }
        let actualRows = actual.rows.map { $0.map { TCKValue($0, in: actual) } }
        func show() -> String {
            "expected (\(ordered ? "in order" : "any order")):\n  " + header.joined(separator: " | ") + "\n"
                + expectedRows.map { "  " + $0.map(\.description).joined(separator: " | ") }.joined(separator: "\n")
                + "\nactual:\n  " + actual.columns.joined(separator: " | ") + "\n"
                + actualRows.map { "  " + $0.map(\.description).joined(separator: " | ") }.joined(separator: "\n")
        }
        guard actual.columns == header else { throw Mismatch(detail: "columns differ\n" + show()) }
        guard actualRows.count == expectedRows.count else { throw Mismatch(detail: "row counts differ\n" + show()) }
        func same(_ a: [TCKValue], _ b: [TCKValue]) -> Bool {
            zip(a, b).allSatisfy { $0.matches($1, unorderedLists: unorderedLists) }
        }
        if ordered {
            guard zip(expectedRows, actualRows).allSatisfy(same) else { throw Mismatch(detail: "rows differ\n" + show()) }
        } else {
            var remaining = actualRows
            for row in expectedRows {
                guard let index = remaining.firstIndex(where: { same(row, $0) }) else { throw Mismatch(detail: "rows differ\n" + show()) }
                remaining.remove(at: index)
            }
        }
    }

    private func checkSideEffects(_ expected: [String: Int]) throws {
        guard let before else { return }
        if case .failure = result { return }
        let actual = GraphSnapshot.sideEffects(from: before, to: GraphSnapshot(graph))
        let differences = actual.keys.sorted().filter { actual[$0] != (expected[$0] ?? 0) }
        guard differences.isEmpty else {
            throw Mismatch(detail: "side effects differ: " + differences.map { "\($0) expected \(expected[$0] ?? 0), got \(actual[$0]!)" }.joined(separator: "; "))
        }
    }

    private func checkError(_ text: String) throws {
        let words = text.split(separator: " ", maxSplits: 1)
        let rest = String(words[1])
        guard let raised = rest.range(of: " should be raised at ") else { return }
        let kind = String(rest[..<raised.lowerBound])
        let tail = rest[raised.upperBound...]
        guard let colon = tail.firstIndex(of: ":") else { return }
        let phase = String(tail[..<colon])
        let detail = tail[tail.index(after: colon)...].trimmingWhitespace()
        switch result {
        case .success(let actual)?:
            throw Mismatch(detail: "expected \(kind) (\(detail)) at \(phase), got \(actual.rows.count) rows")
        case .failure(let error)?:
            let kindMatches = error.kind.rawValue == kind
            let phaseMatches = phase == "any time" || error.phase.rawValue == phase
            let detailMatches = detail == "*" || error.detail == detail
            guard kindMatches && phaseMatches && detailMatches else {
                throw Mismatch(detail: "expected \(kind) (\(detail)) at \(phase), got:\n" + error.rendered(query: query))
            }
        case nil:
            throw Mismatch(detail: "no query was executed")
        }
    }
}
