/// Reads one sheet of an Office Open XML workbook (`.xlsx`): finds the workbook part
/// through the package relationships, picks the sheet, loads the shared strings and
/// which cell styles are dates, then streams the sheet's XML into rows.
enum XLSXReader {
    static func read(_ archive: WorkbookArchive, preferring names: Set<String>, limits: SheetLimits) throws(WorkbookProblem) -> WorkbookSheet {
        let root = try relationships(archive, "_rels/.rels", of: "")
        let workbookPath = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbookXML = try archive.read(workbookPath) else { throw .corrupt(workbookPath) }
        let workbook = WorkbookPart()
        if let problem = XMLStream.parse(workbookXML, part: workbookPath, into: workbook) { throw problem }
        if workbook.sheets.count > 1000 { throw .hostile(.sheets(workbook.sheets.count)) }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let related = try relationships(archive, (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels", of: workbookPath)
        guard !workbook.sheets.isEmpty else { throw .noSheet }
        let tabs = workbook.sheets.map { SheetPick.Tab(name: $0.name, hidden: $0.hidden) }
        guard let (index, choice) = SheetPick.choose(tabs, active: workbook.activeTab, names: names) else { throw .onlyHiddenSheets }
        let chosen = workbook.sheets[index]
        guard let sheetPath = related.first(where: { $0.id == chosen.relationship })?.target else { throw .corrupt(workbookPath) }

        var shared: [String] = []
        if let path = related.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target, let xml = try archive.read(path) {
            let strings = SharedStrings()
            if let problem = XMLStream.parse(xml, part: path, into: strings) { throw problem }
            shared = strings.strings
        }
        var dateStyles: [Bool] = []
        if let path = related.first(where: { $0.type.hasSuffix("/styles") })?.target, let xml = try archive.read(path) {
            let styles = Styles()
            if let problem = XMLStream.parse(xml, part: path, into: styles) { throw problem }
            dateStyles = styles.dateStyles
        }

        let sheet = SheetPart(shared: shared, dateStyles: dateStyles, date1904: workbook.date1904, limits: limits, part: sheetPath)
        let stream = XMLStream(part: sheetPath, receiver: sheet)
        guard try archive.stream(sheetPath, into: { stream.push($0) }) else { throw .corrupt(sheetPath) }
        if let problem = stream.finish() { throw problem }
        return WorkbookSheet(name: chosen.name, rows: sheet.collector.rows, choice: choice)
    }

    /// The relationships part at `path` (absent: none), targets resolved against `part`.
    private static func relationships(_ archive: WorkbookArchive, _ path: String, of part: String) throws(WorkbookProblem) -> [Relationship] {
        guard let xml = try archive.read(path) else { return [] }
        let rels = Relationships()
        if let problem = XMLStream.parse(xml, part: path, into: rels) { throw problem }
        return rels.found.compactMap { rel in
            guard rel.external != true, let target = WorkbookArchive.resolve(rel.target, from: part) else { return nil }
            return Relationship(id: rel.id, type: rel.type, target: target, external: false)
        }
    }
}

/// One `<Relationship>`: how one part points at another.
struct Relationship {
    let id: String
    let type: String
    let target: String
    let external: Bool?
}

/// Collects the relationships of a `.rels` part.
final class Relationships: XMLEvents {
    var found: [Relationship] = []
    var stop: WorkbookProblem?
    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship"), let id = attributes.value("Id"), let target = attributes.value("Target") else { return }
        found.append(Relationship(id: id, type: attributes.value("Type") ?? "", target: target,
                                  external: attributes.value("TargetMode") == "External"))
        if found.count > 20_000 { stop = .hostile(.sheets(found.count)) }
    }
    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// The sheet list (with each sheet's visibility), the sheet the workbook opens on and
/// the date system of `xl/workbook.xml`.
final class WorkbookPart: XMLEvents {
    var sheets: [(name: String, relationship: String, hidden: Bool)] = []
    var date1904 = false
    /// `<workbookView activeTab>` of the first view: an index over all sheets.
    var activeTab: Int?
    var stop: WorkbookProblem?
    private var views = 0
    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("sheet"), let id = attributes.value("id") {
            // `state` is visible (the default), hidden or veryHidden.
            let state = attributes.value("state")
            sheets.append((attributes.value("name") ?? "", id, state != nil && state != "visible"))
            if sheets.count > 1000 { stop = .hostile(.sheets(sheets.count)) }
        } else if name.is("workbookView") {
            views += 1
            // Absent means the first tab.
            if views == 1 { activeTab = attributes.raw("activeTab")?.decimal ?? 0 }
        } else if name.is("workbookPr") {
            let value = attributes.value("date1904")
            date1904 = value == "1" || value == "true"
        }
    }
    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// The shared string table: each `<si>`'s text, its rich-text runs joined, phonetic
/// guides (`<rPh>`) left out.
final class SharedStrings: XMLEvents {
    var strings: [String] = []
    var stop: WorkbookProblem?
    private var current: [UInt8] = []
    private var inText = false
    private var phonetic = 0

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") { current.removeAll(keepingCapacity: true) }
        else if name.is("rPh") { phonetic += 1 }
        else if name.is("t") { inText = phonetic == 0 }
    }
    func end(_ name: XMLName) {
        if name.is("si") { strings.append(String(decoding: current, as: UTF8.self)) }
        else if name.is("rPh") { phonetic -= 1 }
        else if name.is("t") { inText = false }
    }
    func text(_ bytes: UnsafeBufferPointer<UInt8>) { if inText { current.append(contentsOf: bytes) } }
}

/// Which cell styles (`<cellXfs>` entries, by index) show a date.
final class Styles: XMLEvents {
    var stop: WorkbookProblem?
    private var customFormats: [Int: String] = [:]
    private var formatOfStyle: [Int] = []
    private var inCellStyles = false

    var dateStyles: [Bool] {
        formatOfStyle.map { id in SpreadsheetDate.isBuiltInDate(id) || customFormats[id].map(SpreadsheetDate.isDateFormat) == true }
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("numFmt"), let id = attributes.value("numFmtId").flatMap({ Int($0) }) {
            customFormats[id] = attributes.value("formatCode") ?? ""
        } else if name.is("cellXfs") {
            inCellStyles = true
        } else if name.is("xf"), inCellStyles {
            formatOfStyle.append(attributes.value("numFmtId").flatMap { Int($0) } ?? 0)
        }
    }
    func end(_ name: XMLName) { if name.is("cellXfs") { inCellStyles = false } }
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
