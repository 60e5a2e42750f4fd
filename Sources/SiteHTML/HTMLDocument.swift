internal import CLibXML2

/// A parsed libxml2 document, freed when the value goes away.
/// Node pointers never leave this target: extraction turns them into plain values.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses UTF-8 bytes. libxml2 recovers from malformed markup, stays off the network and
    /// reports nothing on stderr; nil only when it could not build any document at all.
    init?(utf8 bytes: UnsafeRawBufferPointer, url: String) {
        guard bytes.count > 0, bytes.count < Int(Int32.max), let base = bytes.baseAddress else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue
        )
        let parsed = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            htmlReadMemory(pointer, Int32(bytes.count), url, "UTF-8", options)
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
