internal import CLibXML2
import Foundation

/// Reads of libxml2 nodes that allocate nothing: names, attributes and text are borrowed
/// from the document and copied into Swift strings while it is alive.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// Lower-case tag name (libxml2's HTML parser already lower-cases them).
    var tagName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name)
    }

    var textContent: String {
        guard let content = pointee.content else { return "" }
        return String(cString: content)
    }

    func attribute(_ name: StaticString) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name,
                strcmp(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self),
                       UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
            {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    var firstChild: xmlNodePtr? { pointee.children }
    var nextSibling: xmlNodePtr? { pointee.next }
}
