internal import CLibXML2

/// The least any import must do with a page: parse it with libxml2 and visit every node.
/// Benchmarks measure the importer against this floor.
public enum ParseFloor {
    /// Parses `bytes` (UTF-8) and returns how many nodes the document has.
    public static func parseAndWalk(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { buffer in
            guard let document = HTMLDocument(utf8: buffer, url: "floor"), let root = document.root else { return 0 }
            var count = 0
            var stack: [xmlNodePtr] = [root]
            while let node = stack.popLast() {
                count += 1
                if let next = node.pointee.next { stack.append(next) }
                if let child = node.pointee.children { stack.append(child) }
            }
            return count
        }
    }
}
