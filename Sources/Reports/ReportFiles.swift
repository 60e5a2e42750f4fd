import Foundation

public enum ReportFormat: String, CaseIterable, Sendable {
    case html, md, json
}

/// The files of a report folder: `index.html` and `episodes/NNN.html`, `report.md`,
/// `report.json`, for the formats asked for.
public struct ReportFiles: Sendable {
    public var formats: [ReportFormat]
    /// A published site's base URL for evidence links; without one, HTML links the built
    /// site's files by relative paths and Markdown names the pages without links.
    public var siteURL: String?
    public var gapLimit: Int

    public init(formats: [ReportFormat] = ReportFormat.allCases, siteURL: String? = nil, gapLimit: Int = 25) {
        self.formats = ReportFormat.allCases.filter(formats.contains)
        self.siteURL = siteURL
        self.gapLimit = gapLimit
    }

    /// `folder` is where the report will stand and `site` the built site, for relative links.
    public func render(_ content: ReportContent, folder: URL, site: URL) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for format in formats {
            switch format {
            case .html:
                let links = siteURL.map(EvidenceLinks.siteURL)
                    ?? EvidenceLinks.relative(from: folder.appendingPathComponent("episodes"), toSite: site)
                files += HTMLReport.files(content, links: links, gapLimit: gapLimit)
            case .md:
                files.append(("report.md", MarkdownReport.render(content, gapLimit: gapLimit, links: siteURL.map(EvidenceLinks.siteURL))))
            case .json:
                files.append(("report.json", JSONReport.render(content)))
            }
        }
        return files
    }

    /// Renders and writes the report folder atomically; returns the paths written, relative to it.
    @discardableResult
    public func write(_ content: ReportContent, to folder: URL, site: URL) throws(OutputFolderError) -> [String] {
        let files = render(content, folder: folder, site: site)
        try OutputFolder(url: folder, kind: .report).write(files)
        return files.map(\.path)
    }
}
