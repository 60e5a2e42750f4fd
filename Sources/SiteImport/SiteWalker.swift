import Foundation

/// The files of a site folder, as sorted site-relative paths. Symbolic links are followed
/// only while they stay inside the site, and each real folder is visited once, so a link
/// loop or a link to /etc reads nothing it should not.
public struct SiteWalker: Sendable {
    public struct Listing: Sendable {
        public var root: URL
        /// Every regular file, `/`-separated, sorted.
        public var files: [String]
        /// The `.html` files among them.
        public var pages: [String]
        /// What `stat` said of each page when the folder was read, parallel to `pages`.
        public var pageStats: [FileStat]
        /// Links skipped and folders that could not be read, with the reason.
        public var skipped: [(path: String, reason: String)]

        public init(root: URL, files: [String], pages: [String], pageStats: [FileStat], skipped: [(path: String, reason: String)]) {
            self.root = root
            self.files = files
            self.pages = pages
            self.pageStats = pageStats
            self.skipped = skipped
        }
    }

    public init() {}

    public func list(_ root: URL) throws(ImportError) -> Listing {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw ImportError.siteNotFound(path: root.path)
        }
        guard isDirectory.boolValue else { throw ImportError.siteNotADirectory(path: root.path) }
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        var files: [String] = []
        var stats: [String: FileStat] = [:]
        var skipped: [(String, String)] = []
        var visited: Set<String> = [realRoot]
        var pending: [(real: String, relative: String)] = [(realRoot, "")]
        while let (directory, relative) = pending.popLast() {
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: directory)
            } catch {
                if relative.isEmpty { throw ImportError.unreadableDirectory(path: root.path, reason: error.localizedDescription) }
                skipped.append((relative, "the folder cannot be read"))
                continue
            }
            for name in names.sorted() {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = directory + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else {
                    skipped.append((child, "it vanished or cannot be examined"))
                    continue
                }
                var real = full
                var mode = info.st_mode & S_IFMT
                if mode == S_IFLNK {
                    let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().standardizedFileURL.path
                    guard resolved == realRoot || resolved.hasPrefix(realRoot + "/") else {
                        skipped.append((child, "a symbolic link out of the site"))
                        continue
                    }
                    guard stat(resolved, &info) == 0 else {
                        skipped.append((child, "a broken symbolic link"))
                        continue
                    }
                    real = resolved
                    mode = info.st_mode & S_IFMT
                }
                if mode == S_IFDIR {
                    if name.hasPrefix(".") { continue }
                    guard visited.insert(real).inserted else {
                        skipped.append((child, "a symbolic link to a folder already read (a loop)"))
                        continue
                    }
                    pending.append((real, child))
                } else if mode == S_IFREG {
                    files.append(child)
                    stats[child] = FileStat(info)
                }
            }
        }
        files.sort()
        let pages = files.filter { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") }
        return Listing(root: root, files: files, pages: pages, pageStats: pages.map { stats[$0]! }, skipped: skipped.sorted { $0.0 < $1.0 })
    }
}
