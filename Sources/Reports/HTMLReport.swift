import Analysis

/// The HTML report: `index.html` and one page per episode under `episodes/`, each page
/// self-contained (inline style and SVG, no scripts, nothing fetched).
public enum HTMLReport {
    /// Files by their path inside the report folder, in a fixed order.
    public static func files(_ content: ReportContent, links: EvidenceLinks, gapLimit: Int) -> [(path: String, text: String)] {
        var files = [(path: "index.html", text: HTMLIndexPage.render(content, gapLimit: gapLimit))]
        for episode in content.model.episodes {
            files.append((episodeFile(episode.number), HTMLEpisodePage.render(episode, content: content, links: links)))
        }
        return files
    }

    /// `episodes/027.html`: numbers padded to three digits so the files sort in episode order.
    static func episodeFile(_ number: Int) -> String {
        "episodes/" + episodeFileName(number)
    }

    static func episodeFileName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".html"
    }
}
