internal import CLibXML2
import Foundation

extension PageReader {
    /// Parses UTF-8 bytes with libxml2 set up as `HTMLDocument` sets it up (htmlReadMemory's
    /// steps, the same options), reporting the parser's events to this reader instead of
    /// building a tree; false when libxml2 could not start on the bytes.
    mutating func parse(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count > 0, bytes.count < Int(Int32.max), let base = bytes.baseAddress else { return false }
        xmlInitParser()
        let created = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { xmlCreateMemoryParserCtxt($0, Int32(bytes.count)) }
        guard let context = created else { return false }
        defer { xmlFreeParserCtxt(context) }
        var handler = Self.events
        withUnsafeBytes(of: &handler) { source in
            UnsafeMutableRawPointer(context.pointee.sax).copyMemory(from: source.baseAddress!, byteCount: MemoryLayout<xmlSAXHandlerV1>.size)
        }
        htmlCtxtUseOptions(context, HTMLDocument.options)
        context.pointee.html = 1
        if let utf8 = xmlFindCharEncodingHandler("UTF-8") {
            xmlSwitchToEncoding(context, utf8)
            // A named input encoding is what makes libxml2 ignore `<meta charset>` from here on.
            if context.pointee.input.pointee.encoding == nil {
                context.pointee.input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
            }
        }
        withUnsafeMutablePointer(to: &self) { reader in
            context.pointee.userData = UnsafeMutableRawPointer(reader)
            htmlParseDocument(context)
        }
        return true
    }

    /// The callbacks: each finds the reader in the parser's user data.
    private static var events: xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            context.assumingMemoryBound(to: PageReader.self).pointee.startElement(StartTagEvent(name: name, attributes: attributes))
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: PageReader.self).pointee.endElement()
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes, count > 0 else { return }
            context.assumingMemoryBound(to: PageReader.self).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)), cdata: false)
        }
        handler.cdataBlock = { context, bytes, count in
            guard let context, let bytes, count > 0 else { return }
            context.assumingMemoryBound(to: PageReader.self).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)), cdata: true)
        }
        handler.comment = { context, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: PageReader.self).pointee.otherNode()
        }
        handler.processingInstruction = { context, _, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: PageReader.self).pointee.otherNode()
        }
        handler.initialized = 1
        return handler
    }
}
