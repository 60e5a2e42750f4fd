import Analysis
import FileOutput
import Foundation
import Testing
@testable import Reports
import SiteImport

/// `gapgraph report` on imports/ with graph/: golden files for each format, the breakdowns
/// adding up, escaping, same bytes twice, and outputs that cannot be written.
@Suite("Coverage report folder")
struct CoverageReportFolderTests {
    /// A published base URL keeps the golden files free of this machine's paths.
    static let files = ReportFiles(siteURL: "https://dsfieldguide.example.org/")

    func render() throws -> [String: String] {
        let content = ReportContent(try ReportFixture.importDefault())
        let folder = URL(fileURLWithPath: "/tmp/report")
        return Dictionary(uniqueKeysWithValues: Self.files.render(content, folder: folder, site: ReportFixture.site).map { ($0.path, $0.text) })
    }

    @Test("the folder holds index.html, a page per episode, report.md and report.json")
    func layout() throws {
        let files = try render()
        #expect(files.count == 153)
        #expect(files["index.html"] != nil && files["report.md"] != nil && files["report.json"] != nil)
        #expect(files["episodes/001.html"] != nil && files["episodes/027.html"] != nil && files["episodes/150.html"] != nil)
    }

    @Test("Markdown, JSON and the HTML index and episode 27 match their golden files")
    func golden() throws {
        let files = try render()
        for (path, name) in [("report.md", "report-imports.md"), ("report.json", "report-imports.json"),
                             ("index.html", "report-imports-index.html"), ("episodes/027.html", "report-imports-episode-027.html")] {
            let compared = try Golden.check(files[path]!, name)
            #expect(compared.actual == compared.expected, "\(path) differs from Golden/\(name)")
        }
    }

    @Test("report.json holds exactly the coverage --format json and gaps --format json documents")
    func jsonShapes() throws {
        let result = try ReportFixture.importDefault()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(try render()["report.json"]!.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["coverage", "gaps"])
        let coverage = try JSONSerialization.jsonObject(with: Data(CoverageReport(model).json().utf8)) as! NSArray
        let gaps = try JSONSerialization.jsonObject(with: Data(GapsReport.json(GapList(model: model).gaps).utf8)) as! NSArray
        #expect((document["coverage"] as! NSArray) == coverage)
        #expect((document["gaps"] as! NSArray) == gaps)
        #expect(coverage.count == 150)
        // 141 episodes not graded strong and 557 needed concepts graded none.
        #expect(gaps.count == 698)
        #expect(gaps.filter { ($0 as! [String: Any])["kind"] as? String == "episode" }.count == 141)
    }

    @Test("every episode page lists the terms of explain episode N, and they add up to its %")
    func breakdownsAddUp() throws {
        let result = try ReportFixture.importDefault()
        let model = CoverageModel(graph: result.graph, plan: result.plan)
        let files = try render()
        let cell = try Regex(#"data-hundredths="(\d+)">"#)
        for episode in model.episodes {
            let page = try #require(files[HTMLReport.episodeFile(episode.number)])
            let values = page.matches(of: cell).map { Int(page[$0.output[1].range!])! }
            let terms = values.dropLast()
            #expect(terms.count == episode.terms.count)
            #expect(terms.reduce(0, +) == values.last!, "episode \(episode.number): the terms do not add up to the total")
            #expect(values.last! == episode.hundredths)
            let explained = ExplainReport.episode(episode, model: model)
            #expect(explained.contains(String(format: "Total: %.2f%%", episode.coverage)))
            #expect(page.contains(String(format: "%.2f%%</td></tr></tfoot>", episode.coverage)))
        }
    }

    @Test("episode 27's page gives its grade, links each term's page and its best evidence on the site")
    func episodePage() throws {
        let page = try render()["episodes/027.html"]!
        #expect(page.contains("<h1>Episode 27: Raft Consensus</h1>"))
        #expect(page.contains("<span class=\"grade grade-strong\">strong</span>"))
        #expect(page.contains("<td class=\"num\" data-hundredths=\"3388\">33.88%</td>"))
        #expect(page.contains("<a href=\"https://dsfieldguide.example.org/pattern-library/coordination/consensus/index.html#consensus\">"))
        #expect(page.contains("<a href=\"026.html\">← previous</a> · <a href=\"028.html\">next →</a>"))
    }

    @Test("pages are self-contained: no scripts, no external style, images or fonts, every link inside the report or to the site")
    func selfContained() throws {
        let content = ReportContent(try ReportFixture.importDefault())
        let folder = try ReportFixture.temporaryFolder().appendingPathComponent("report")
        let pages = ReportFiles(formats: [.html]).render(content, folder: folder, site: ReportFixture.site)
        let href = try Regex(#"href="([^"]*)""#)
        for (path, text) in pages {
            for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import"] {
                #expect(!text.contains(forbidden), "\(path) contains \(forbidden)")
            }
            for match in text.matches(of: href) {
                let target = String(text[match.output[1].range!])
                #expect(!target.contains("://"), "\(path) links outside: \(target)")
                let file = target.split(separator: "#", maxSplits: 1).first.map(String.init) ?? target
                guard !file.isEmpty else { continue }
                let base = folder.appendingPathComponent(path).deletingLastPathComponent()
                if file.hasPrefix("../../") {
                    #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent(file.removingPercentEncoding!).standardizedFileURL.path),
                            "\(path) links a missing site file: \(file)")
                } else {
                    #expect(pages.contains { $0.path == base.appendingPathComponent(file).standardizedFileURL.path.dropFirst(folder.path.count + 1) },
                            "\(path) links a missing report page: \(file)")
                }
            }
        }
    }

    @Test("text from the plan is escaped in HTML and Markdown")
    func escaping() throws {
        let result = try ReportFixture.importDefault()
        var plan = result.plan
        let index = plan.episodes.firstIndex { $0.number == 27 }!
        plan.episodes[index].title = "Raft <script>alert(\"x\")</script> & 'Paxos' | *fast*"
        let model = CoverageModel(graph: result.graph, plan: plan)
        let content = ReportContent(model: model, graph: result.graph, pageCount: result.pageCount)
        let files = Dictionary(uniqueKeysWithValues: Self.files.render(content, folder: URL(fileURLWithPath: "/tmp/r"), site: ReportFixture.site)
            .map { ($0.path, $0.text) })
        let escaped = "Raft &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Paxos&#39; | *fast*"
        #expect(files["episodes/027.html"]!.contains("<h1>Episode 27: \(escaped)</h1>"))
        #expect(files["index.html"]!.contains(escaped))
        for text in [files["episodes/027.html"]!, files["index.html"]!] { #expect(!text.contains("<script>")) }
        #expect(files["report.md"]!.contains(#"| 27 | Raft \<script\>alert("x")\</script\> & 'Paxos' \| \*fast\* | 2 |"#))
        #expect(files["report.json"]!.contains(#""title": "Raft <script>alert(\"x\")</script> & 'Paxos' | *fast*""#))
    }

    @Test("relative evidence links climb from episodes/ to the site folder")
    func relativeLinks() {
        let links = EvidenceLinks.relative(from: URL(fileURLWithPath: "/work/out/report/episodes"), toSite: URL(fileURLWithPath: "/work/site copy"))
        #expect(links.href(page: "patterns/raft/index.html", anchor: "log-replication") == "../../../site%20copy/patterns/raft/index.html#log-replication")
        #expect(EvidenceLinks.siteURL("https://example.org/docs").href(page: "a b/ü.html", anchor: nil) == "https://example.org/docs/a%20b/%C3%BC.html")
    }

    @Test("two imports written to two folders give the same bytes, file for file")
    func deterministic() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = ReportFixture.site
        for name in ["first", "second"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
            try ReportFiles().write(ReportContent(try ReportFixture.importDefault()), to: folder.appendingPathComponent(name + "/report"), site: site)
        }
        let first = try ReportFixture.contents(of: folder.appendingPathComponent("first/report"))
        let second = try ReportFixture.contents(of: folder.appendingPathComponent("second/report"))
        #expect(first.count == 154)
        #expect(first == second)
    }

    @Test("a report below a file is an error naming the path, and nothing is written")
    func belowAFile() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try "notes".write(to: file, atomically: true, encoding: .utf8)
        let target = file.appendingPathComponent("report")
        let content = ReportContent(try ReportFixture.importDefault())
        #expect(throws: OutputFolderError.output(.parentNotADirectory(path: target.path, parent: file.path))) {
            try ReportFiles().write(content, to: target, site: ReportFixture.site)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test("a folder nobody may write to is an error that says so", .enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel"), "needs Linux's /sys"))
    func unwritable() throws {
        let target = URL(fileURLWithPath: "/sys/gapgraph-report")
        let content = ReportContent(try ReportFixture.importDefault())
        #expect(throws: OutputFolderError.output(.notWritable(path: target.path, reason: "Operation not permitted"))) {
            try ReportFiles().write(content, to: target, site: ReportFixture.site)
        }
        #expect(OutputFolderError.output(.notWritable(path: target.path, reason: "Operation not permitted")).description
            == "/sys/gapgraph-report: cannot be written: Operation not permitted; choose a folder you may write to")
    }

    @Test("a folder holding other files is never replaced")
    func foreignFolder() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "keep me".write(to: folder.appendingPathComponent("thesis.tex"), atomically: true, encoding: .utf8)
        let content = ReportContent(try ReportFixture.importDefault())
        #expect(throws: OutputFolderError.notOurs(path: folder.path)) { try ReportFiles().write(content, to: folder, site: ReportFixture.site) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["thesis.tex"])
    }

    @Test("a write that fails part-way leaves the previous report whole and no temporary folder")
    func failedWriteKeepsOld() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        let content = ReportContent(try ReportFixture.importDefault())
        let files = ReportFiles(formats: [.md, .json]).render(content, folder: report, site: ReportFixture.site)
        try OutputFolder(url: report, kind: .report).write(files)
        let before = try ReportFixture.contents(of: report)
        // The marker and report.md fit; report.json (over 200 kB) fills the disk.
        let fullAt100kB = AtomicDirectory(file: AtomicFile { descriptor, bytes in
            var status = stat()
            fstat(descriptor, &status)
            if status.st_size >= 100_000 { errno = ENOSPC; return -1 }
            return Foundation.write(descriptor, bytes.baseAddress, min(bytes.count, 100_000 - Int(status.st_size)))
        })
        #expect(throws: OutputFolderError.output(.writeFailed(path: report.path + "/report.json", reason: "No space left on device"))) {
            try OutputFolder(url: report, kind: .report).write(files, directory: fullAt100kB)
        }
        #expect(try ReportFixture.contents(of: report) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report"])
    }
}
