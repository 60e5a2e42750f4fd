/// How the shell prints a query's rows: the renderings `gapgraph query` uses.
public enum ResultFormat: String, CaseIterable, Sendable {
    case table, json, csv
}
