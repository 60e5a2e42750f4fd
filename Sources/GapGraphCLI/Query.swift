import ArgumentParser
import Cypher
import Foundation

/// Runs one Cypher query on the imported graph.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a Cypher query on the imported site graph.",
        discussion: """
            Examples:
              gapgraph query 'MATCH (p:Pattern) RETURN p.category, count(*) ORDER BY p.category'
              gapgraph query --file queries/NAME.cypher --format json
              gapgraph query 'MATCH (e:Episode {pillar: $p}) RETURN e.number, e.title' --param p=2
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var options: GraphOptions

    @Argument(help: "The query text (or use --file).")
    var query: String?

    @Option(help: "Read the query from this file.", completion: .file(extensions: ["cypher"]))
    var file: String?

    @Option(name: .customLong("param"), help: "A parameter as name=value, value in Cypher literal syntax.")
    var parameters: [String] = []

    @Option(help: "table, json or csv.")
    var format: Format = .table

    @OptionGroup var limits: QueryLimitOptions

    func validate() throws {
        guard (query == nil) != (file == nil) else { throw ValidationError("give the query as an argument or with --file, not both") }
    }

    func run() throws {
        let text: String
        if let file {
            guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("\(file): cannot be read as UTF-8 text")
            }
            text = contents
        } else {
            text = query ?? ""
        }
        var values: [String: CypherValue] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "=") else {
                throw ValidationError("--param \(parameter): expected name=value")
            }
            let literal = String(parameter[parameter.index(after: equals)...])
            do {
                values[String(parameter[..<equals])] = try ParameterParser.parse(literal)
            } catch {
                throw ValidationError("--param \(parameter): \(error.rendered(query: literal))")
            }
        }
        let (result, _, engine) = try options.loadQueryEngine()
        do {
            let answer = try engine.run(text, parameters: values, limits: limits.limits)
            switch format {
            case .table: print(answer.table(), terminator: "")
            case .json: print(answer.json(), terminator: "")
            case .csv: print(answer.csv(), terminator: "")
            }
        } catch {
            Terminal.standardError.writeError(error.rendered(query: text))
            throw ExitCode.failure
        }
        try failOnUnreadable(result)
    }
}
