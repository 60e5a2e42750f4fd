/// What one stretch of content holds besides prose, counted while it is extracted.
/// The counts feed coverage depth (math, implementation, trade-off tables), so each
/// kind of element is counted once and kept apart from the prose word count.
public struct ContentSignals: Hashable, Sendable {
    public var proseWords = 0
    public var codeBlocks = 0
    public var codeLines = 0
    /// Language classes of code blocks (`python`, `yaml`, …) with how many blocks use each.
    public var codeLanguages: [String: Int] = [:]
    public var mathInline = 0
    public var mathBlocks = 0
    public var tables = 0
    public var tableRows = 0
    public var mermaidDiagrams = 0
    public var admonitions = 0

    public init() {}

    public mutating func add(_ other: ContentSignals) {
        proseWords += other.proseWords
        codeBlocks += other.codeBlocks
        codeLines += other.codeLines
        codeLanguages.merge(other.codeLanguages, uniquingKeysWith: +)
        mathInline += other.mathInline
        mathBlocks += other.mathBlocks
        tables += other.tables
        tableRows += other.tableRows
        mermaidDiagrams += other.mermaidDiagrams
        admonitions += other.admonitions
    }
}
