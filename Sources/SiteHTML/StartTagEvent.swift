internal import CLibXML2
import Foundation

/// An element's start as libxml2's parser reports it: the lower-case name and the attributes,
/// borrowed for the duration of the callback. Attribute values read as the tree libxml2 would
/// build gives them: a valueless boolean attribute (`checked`) has its name as value, any
/// other valueless attribute the empty string.
struct StartTagEvent {
    let name: UnsafePointer<UInt8>
    let attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    var tag: String { String(cString: name) }

    func attribute(_ wanted: StaticString) -> String? {
        guard var cursor = attributes else { return nil }
        let target = UnsafeRawPointer(wanted.utf8Start).assumingMemoryBound(to: CChar.self)
        while let key = cursor[0] {
            if strcmp(UnsafeRawPointer(key).assumingMemoryBound(to: CChar.self), target) == 0 {
                if let value = cursor[1] { return String(cString: value) }
                return htmlIsBooleanAttr(key) != 0 ? String(cString: key) : ""
            }
            cursor += 2
        }
        return nil
    }
}
