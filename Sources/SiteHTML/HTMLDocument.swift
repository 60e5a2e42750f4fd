internal import CLibXML2

/// A parsed libxml2 document, freed when the value goes away. The parse floor builds one;
/// extraction reads the same parser's events instead (`PageReader`) and builds no tree.
/// Node pointers never leave this target.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// libxml2 recovers from malformed markup, stays off the network and reports nothing on
    /// stderr. Without XML_PARSE_HUGE it would stop at 256 levels of nesting counted from the
    /// root, so a page parsed whole and its content parsed alone (`ContentSlice`) could differ;
    /// the content walker has its own depth limit instead.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue
    )

    /// Parses UTF-8 bytes; nil only when libxml2 could not build any document at all.
    init?(utf8 bytes: UnsafeRawBufferPointer, url: String) {
        guard bytes.count > 0, bytes.count < Int(Int32.max), let base = bytes.baseAddress else { return nil }
        let parsed = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            htmlReadMemory(pointer, Int32(bytes.count), url, "UTF-8", Self.options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    var root: xmlNodePtr? {
        xmlDocGetRootElement(document)
    }
}
