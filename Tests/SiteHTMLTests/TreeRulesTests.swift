import CLibXML2
import Testing
@testable import SiteHTML

/// The two facts about libxml2's tree building that `TreeRules` writes down instead of asking
/// libxml2, checked against the trees the installed libxml2 builds.
@Suite("libxml2's rules for implied end tags")
struct TreeRulesTests {
    static let names = """
        a abbr acronym address applet area article aside b base basefont bdo big blockquote br button caption center \
        cite code col colgroup dd del details dfn dir div dl dt em embed fieldset figure font footer form frame frameset \
        h1 h2 h3 h4 h5 h6 header hr i iframe img input ins isindex kbd label legend li main map menu meta nav noframes \
        noscript object ol optgroup option p param pre q s samp section select small span strike strong sub summary sup \
        table tbody td textarea tfoot th thead tr tt u ul var
        """.split(separator: " ").map(String.init)

    /// The elements under `<body>` after parsing `markup` there: `x(y z)` for x holding y and z, text as `'t'`.
    func bodyTree(_ markup: String) -> String {
        let bytes = Array("<html><body>\(markup)</body></html>".utf8)
        return bytes.withUnsafeBytes { buffer in
            guard let document = HTMLDocument(utf8: buffer, url: "t"), let root = document.root else { return "" }
            var body = root.firstChild
            while let node = body, node.tagName != "body" { body = node.nextSibling }
            return body.map { describeChildren(of: $0) } ?? ""
        }
    }

    private func describeChildren(of node: xmlNodePtr) -> String {
        var parts: [String] = []
        var child = node.firstChild
        while let current = child {
            if current.isText {
                parts.append("'\(current.textContent)'")
            } else if current.isElement {
                let inner = describeChildren(of: current)
                parts.append(inner.isEmpty ? current.tagName : "\(current.tagName)(\(inner))")
            }
            child = current.nextSibling
        }
        return parts.joined(separator: " ")
    }

    @Test("exactly the listed elements close an open element of their own name")
    func closingItsOwnKind() {
        for name in Self.names where !TreeRules.isEmpty(TagName(name)!) {
            let closes = bodyTree("<\(name)>1<\(name)>2") == "\(name)('1') \(name)('2')"
            #expect(closes == TreeRules.closingItsOwnKind.contains(TagName(name)!), "\(name)")
        }
    }

    @Test("an end tag is ignored exactly when an element of higher priority is open above its own")
    func endPriorities() {
        let candidates = ["div", "td", "th", "tr", "thead", "tbody", "tfoot", "table", "span", "p", "li", "section", "em"]
        for outer in candidates {
            for inner in candidates where inner != outer {
                guard bodyTree("<\(outer)><\(inner)>x") == "\(outer)(\(inner)('x'))" else { continue }
                let ignored = bodyTree("<\(outer)><\(inner)></\(outer)>after") == "\(outer)(\(inner)('after'))"
                let predicted = TreeRules.endPriority(TagName(inner)!) > TreeRules.endPriority(TagName(outer)!)
                #expect(ignored == predicted, "</\(outer)> over an open \(inner)")
            }
        }
    }
}

private extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE }
    var tagName: String { pointee.name.map { String(cString: $0) } ?? "" }
    var textContent: String { pointee.content.map { String(cString: $0) } ?? "" }
    var firstChild: xmlNodePtr? { pointee.children }
    var nextSibling: xmlNodePtr? { pointee.next }
}
