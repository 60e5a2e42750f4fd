import Analysis
import Foundation
import Reports
import Testing
import SiteImport

@Suite("Colour on a terminal")
struct TextStyleTests {
    @Test("colour only on a terminal, never with TERM=dumb or a non-empty NO_COLOR")
    func policy() {
        #expect(TextStyle.forOutput(isTerminal: true, environment: ["TERM": "xterm-256color"]).colour)
        #expect(!TextStyle.forOutput(isTerminal: false, environment: ["TERM": "xterm-256color"]).colour)
        #expect(!TextStyle.forOutput(isTerminal: true, environment: ["TERM": "dumb"]).colour)
        #expect(!TextStyle.forOutput(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]).colour)
        #expect(!TextStyle.forOutput(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "false"]).colour)
        #expect(TextStyle.forOutput(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": ""]).colour)
    }

    @Test("errors are red, grades green, yellow and red; plain text is left alone")
    func paint() {
        let colour = TextStyle(colour: true)
        #expect(colour.error("Error: x") == "\u{1B}[31mError: x\u{1B}[0m")
        #expect(colour.grade(.strong, "strong") == "\u{1B}[32mstrong\u{1B}[0m")
        #expect(colour.grade(.partial, "partial") == "\u{1B}[33mpartial\u{1B}[0m")
        #expect(colour.grade(.none, "none") == "\u{1B}[31mnone\u{1B}[0m")
        #expect(TextStyle.plain.error("Error: x") == "Error: x")
    }

    @Test("a coloured coverage table is the plain table once the colour codes are taken out")
    func colouredTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plan = try PlanLoader.load(directory: root.appendingPathComponent("graph"))
        let result = try Importer(threads: 2).run(site: root.appendingPathComponent("imports"), plan: plan)
        let report = CoverageReport(CoverageModel(graph: result.graph, plan: result.plan), pillar: 2)
        let coloured = report.table(style: TextStyle(colour: true))
        #expect(coloured != report.table())
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == report.table())
        #expect(!coloured.split(separator: "\n")[0].contains("\u{1B}"), "the header is not coloured")
    }
}
