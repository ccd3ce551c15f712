import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives the events of one XML document from `XMLStream`, in document order.
///
/// Names are local names (the prefix dropped): workbook writers choose their own
/// prefixes (`x:c`, `table:table-cell`), so only the local part is compared.
protocol XMLEvents: AnyObject {
    func start(_ name: XMLName, _ attributes: XMLAttributes)
    func end(_ name: XMLName)
    /// Character data (also CDATA), possibly in several pieces per text node.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Set by a receiver that has seen enough or found the document hostile: the
    /// stream stops and reports it.
    var stop: WorkbookProblem? { get }
}

/// An element's local name, valid during the callback only.
struct XMLName {
    let pointer: UnsafePointer<xmlChar>

    /// Whether the name is exactly `literal` (ASCII).
    func `is`(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        return memcmp(pointer, literal.utf8Start, n) == 0 && pointer[n] == 0
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are exactly `literal` (ASCII).
    func equals(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard count == n else { return false }
        return n == 0 || memcmp(baseAddress!, literal.utf8Start, n) == 0
    }

    /// A non-negative decimal number (surrounding spaces allowed), `nil` for anything
    /// else; saturates rather than overflows.
    var decimal: Int? {
        var value = 0, digits = 0
        for byte in self where byte != 0x20 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = Swift.min(value &* 10 &+ Int(byte - 0x30), Int(Int32.max))
            digits += 1
        }
        return digits == 0 ? nil : value
    }
}

/// An element's attributes as libxml2's SAX2 hands them over (five pointers each:
/// local name, prefix, namespace, value start, value end); valid during the callback.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute whose local name is `local`; when several share it
    /// (`office:value-type` and `calcext:value-type`), the one with prefix `preferred`.
    func value(_ local: StaticString, preferring preferred: StaticString? = nil) -> String? {
        raw(local, preferring: preferred).map(Self.decode)
    }

    /// The same value as its bytes, valid during the callback: for values compared or
    /// parsed on every cell (types, styles, references), which need no `String`.
    /// Not decoded: the `&#38;` of `value` is left as it is.
    func raw(_ local: StaticString, preferring preferred: StaticString? = nil) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        var found: UnsafeBufferPointer<UInt8>?
        for i in 0..<count {
            guard let name = base[i * 5], XMLName(pointer: name).is(local),
                  let start = base[i * 5 + 3], let end = base[i * 5 + 4] else { continue }
            let value = UnsafeBufferPointer(start: start, count: end - start)
            guard let preferred, let prefix = base[i * 5 + 1] else { return value }
            if XMLName(pointer: prefix).is(preferred) { return value }
            found = found ?? value
        }
        return found
    }

    /// libxml2 leaves `&` written as `&#38;` in attribute values when it does not
    /// substitute entities (it never does here: see `XMLStream`); undo that. The bytes
    /// are searched first: Foundation's substring search on every cell's attributes
    /// was three quarters of the time a 100k-row sheet took to parse.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, UnsafeBufferPointer(rebasing: bytes[i..<Swift.min(i + 5, bytes.count)]).equals("&#38;") {
                out.append(0x26)
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Feeds XML to an `XMLEvents` receiver with libxml2's streaming (SAX2) push parser.
///
/// Why libxml2 directly: FoundationXML's `XMLParser` wraps the same parser but builds
/// a `String` for every name and a dictionary for every element's attributes. On a
/// 100k-row, 10-column sheet (40 MB of XML) it took 3.8 s in a release build; libxml2
/// driven directly took 1.1 s on the same data (same machine, same run). XMLCoder and
/// SWXMLHash are layers over `XMLParser` that also build a tree, so they can only be
/// slower and use more memory. The document is pushed in pieces as the zip entry
/// inflates, so a sheet's XML is never held whole.
///
/// Hostile XML is refused, not parsed: any document type declaration (workbooks never
/// have one; it is where entity-expansion bombs and external entities live), more
/// than `maxDepth` levels of nesting, and whatever libxml2's own limits refuse (no
/// `XML_PARSE_HUGE`: text nodes and names stay bounded). Entities are never
/// substituted and nothing is loaded from the network or disk.
final class XMLStream {
    /// Workbook XML nests about eight levels deep; a thousand means an attack.
    static let maxDepth = 256

    private let receiver: any XMLEvents
    private var context: xmlParserCtxtPtr?
    private var depth = 0
    private(set) var failure: WorkbookProblem?
    private let part: String

    /// - Parameter part: the entry's name inside the archive, for messages.
    init(part: String, receiver: any XMLEvents) {
        self.receiver = receiver
        self.part = part
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, local, _, _, _, _, count, _, attributes in
            guard let user, let local else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue()
                .started(XMLName(pointer: local), XMLAttributes(base: attributes, count: Int(count)))
        }
        handler.endElementNs = { user, local, _, _ in
            guard let user, let local else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().ended(XMLName(pointer: local))
        }
        handler.characters = { user, bytes, length in
            guard let user, let bytes else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().characters(bytes, Int(length))
        }
        handler.cdataBlock = handler.characters
        // A DTD is where entity bombs and external entities come from: stop at its start,
        // before any of its declarations is read.
        handler.internalSubset = { user, _, _, _ in
            guard let user else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().refuse(.hostile(.documentType))
        }
        handler.entityDecl = { user, _, _, _, _, _ in
            guard let user else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().refuse(.hostile(.documentType))
        }
        context = xmlCreatePushParserCtxt(&handler, Unmanaged.passUnretained(self).toOpaque(), nil, 0, nil)
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        if let context { xmlCtxtUseOptions(context, Int32(options)) }
    }

    deinit {
        if let context {
            xmlFreeDoc(context.pointee.myDoc)
            xmlFreeParserCtxt(context)
        }
    }

    /// Pushes the next piece of the document. Returns false once the parse stopped
    /// (a failure, or the receiver asked); `failure` then says why.
    @discardableResult
    func push(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil, let context else { return false }
        var offset = 0
        // xmlParseChunk takes an Int32 length.
        repeat {
            let n = min(bytes.count - offset, 1 << 20)
            let base = bytes.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) + offset }
            let status = xmlParseChunk(context, base, Int32(n), 0)
            offset += n
            if failure != nil { return false }
            if status != 0 { failure = parseError(); return false }
        } while offset < bytes.count
        return true
    }

    /// Ends the document; returns the failure, if any.
    func finish() -> WorkbookProblem? {
        guard failure == nil, let context else { return failure ?? .corrupt(part) }
        let status = xmlParseChunk(context, nil, 0, 1)
        if failure == nil && (status != 0 || context.pointee.wellFormed == 0) { failure = parseError() }
        return failure
    }

    /// Parses a whole document held in memory.
    static func parse(_ bytes: [UInt8], part: String, into receiver: any XMLEvents) -> WorkbookProblem? {
        let stream = XMLStream(part: part, receiver: receiver)
        bytes.withUnsafeBytes { _ = stream.push($0) }
        return stream.finish()
    }

    private func parseError() -> WorkbookProblem {
        guard let context, let error = xmlCtxtGetLastError(context) else { return .corrupt(part) }
        // libxml2's own limits (nesting, a huge text node or name) are attacks, not typos.
        let code = Int(error.pointee.code)
        if code == Int(XML_ERR_INTERNAL_ERROR.rawValue) || code == Int(XML_ERR_ENTITY_LOOP.rawValue) {
            return .hostile(.limit)
        }
        return .corrupt(part)
    }

    private func refuse(_ problem: WorkbookProblem) {
        guard failure == nil else { return }
        failure = problem
        if let context { xmlStopParser(context) }
    }

    private func started(_ name: XMLName, _ attributes: XMLAttributes) {
        guard failure == nil else { return }
        depth += 1
        if depth > Self.maxDepth { return refuse(.hostile(.nesting)) }
        receiver.start(name, attributes)
        if let stop = receiver.stop { refuse(stop) }
    }

    private func ended(_ name: XMLName) {
        guard failure == nil else { return }
        depth -= 1
        receiver.end(name)
        if let stop = receiver.stop { refuse(stop) }
    }

    private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard failure == nil else { return }
        receiver.text(UnsafeBufferPointer(start: bytes, count: count))
        if let stop = receiver.stop { refuse(stop) }
    }
}
