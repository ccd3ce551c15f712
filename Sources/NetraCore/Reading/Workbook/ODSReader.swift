/// Reads one sheet of an OpenDocument spreadsheet (`.ods`, LibreOffice's own format)
/// from its `content.xml`.
///
/// Tables are `table:table`; rows `table:table-row` (also inside header-row and group
/// wrappers); cells `table:table-cell` and, under a merged cell,
/// `table:covered-table-cell`. Rows and cells may repeat (`number-rows-repeated`,
/// `number-columns-repeated`): LibreOffice ends every sheet with a million repeated
/// empty rows, and a hostile file can repeat a full cell as often: empty repeats only
/// move the position on, full ones count against `SheetLimits`.
enum ODSReader {
    static func read(_ archive: WorkbookArchive, preferring names: Set<String>, limits: SheetLimits) throws(WorkbookProblem) -> WorkbookSheet {
        if let manifest = try archive.read("META-INF/manifest.xml"),
           String(decoding: manifest, as: UTF8.self).contains("encryption-data") {
            throw .encrypted
        }
        var active: String?
        if let xml = try archive.read("settings.xml") {
            let settings = SettingsPart()
            // Only a hint: a damaged settings part costs the active sheet, not the file.
            if XMLStream.parse(xml, part: "settings.xml", into: settings) == nil { active = settings.activeTable }
        }
        let content = ContentPart(preferring: names, active: active, limits: limits)
        let stream = XMLStream(part: "content.xml", receiver: content)
        guard try archive.stream("content.xml", into: { stream.push($0) }) else { throw .corrupt("content.xml") }
        if let problem = stream.finish() { throw problem }
        if content.tables > 1000 { throw .hostile(.sheets(content.tables)) }
        guard let name = content.chosenName else { throw content.tables == 0 ? .noSheet : .onlyHiddenSheets }
        return WorkbookSheet(name: name, rows: content.collector.rows, choice: content.choice)
    }
}

/// The sheet a LibreOffice document opens on: `settings.xml`'s first `ActiveTable`
/// configuration item.
final class SettingsPart: XMLEvents {
    private(set) var activeTable: String?
    var stop: WorkbookProblem?
    private var inActive = false
    private var value: [UInt8] = []

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("config-item"), activeTable == nil, attributes.value("name") == "ActiveTable" {
            inActive = true
            value.removeAll()
        }
    }
    func end(_ name: XMLName) {
        if name.is("config-item"), inActive {
            inActive = false
            activeTable = String(decoding: value, as: UTF8.self)
        }
    }
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inActive, value.count < 4096 { value.append(contentsOf: bytes) }
    }
}

/// Follows `content.xml`, collecting the rows of the visible table `SheetPick` would
/// choose: named like the data file, else the active one, else the first visible. The
/// part is streamed once, so a better table found later replaces what was collected.
/// A table is hidden when its automatic style (written before the tables) says
/// `table:display="false"`, as LibreOffice saves a hidden sheet.
final class ContentPart: XMLEvents {
    private(set) var collector: RowCollector
    private(set) var chosenName: String?
    private(set) var tables = 0
    private(set) var choice = SheetChoice(visible: 0)
    var stop: WorkbookProblem?
    private let names: Set<String>
    private let active: String?
    private var hiddenStyles: Set<String> = []
    private var tableStyle: String?

    private var tableDepth = 0
    private var collecting = false
    private var column = 0
    private var rowRepeats = 1
    private var cellRepeats = 1
    private var pending: WorkbookCell = .empty
    private var isStringCell = false
    private var paragraphs = 0
    private var inParagraph = 0
    private var annotation = 0
    private var text: [UInt8] = []

    init(preferring names: Set<String>, active: String?, limits: SheetLimits) {
        self.names = names
        self.active = active
        collector = RowCollector(limits: limits)
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("table") {
            tableDepth += 1
            guard tableDepth == 1 else { return }
            tables += 1
            if tables > 1000 { stop = .hostile(.sheets(tables)); return }
            let tableName = attributes.value("name") ?? ""
            if let style = attributes.value("style-name"), hiddenStyles.contains(style) {
                choice.hidden += 1
                collecting = false
                return
            }
            choice.visible += 1
            let reason: SheetChoice.Reason = names.contains(Vocabulary.key(tableName)) ? .named
                : tableName == active ? .active : .first
            collecting = chosenName == nil || reason > choice.reason
            if collecting {
                if chosenName != nil { collector.reset() }
                chosenName = tableName
                choice.reason = reason
            }
            return
        }
        if tableDepth == 0 {
            noteStyle(name, attributes)
            return
        }
        guard collecting, tableDepth == 1 else { return }
        if name.is("table-row") {
            rowRepeats = Self.count(attributes.raw("number-rows-repeated"))
            column = 0
            attempt { try collector.beginRow(nil) }
        } else if name.is("table-cell") || name.is("covered-table-cell") {
            cellRepeats = Self.count(attributes.raw("number-columns-repeated"))
            let isCell = name.is("table-cell")
            pending = isCell ? Self.typedValue(attributes) : .empty
            isStringCell = isCell && attributes.raw("value-type", preferring: "office")?.equals("string") == true
                && attributes.raw("string-value") == nil
            text.removeAll(keepingCapacity: true)
            paragraphs = 0
        } else if name.is("annotation") {
            annotation += 1
        } else if annotation == 0 {
            startText(name, attributes)
        }
    }

    func end(_ name: XMLName) {
        if name.is("table") {
            tableDepth -= 1
            if tableDepth == 0 { collecting = false }
            return
        }
        guard collecting, tableDepth == 1 else { return }
        if name.is("table-cell") || name.is("covered-table-cell") {
            let cell = isStringCell ? WorkbookCell.text(String(decoding: text, as: UTF8.self)) : pending
            attempt { try collector.put(cell, at: column, repeats: cellRepeats) }
            column += cellRepeats
        } else if name.is("table-row") {
            attempt { try collector.endRow(repeats: rowRepeats) }
        } else if name.is("annotation") {
            annotation -= 1
        } else if name.is("p") || name.is("h") {
            inParagraph -= 1
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inParagraph > 0 && annotation == 0 && isStringCell { text.append(contentsOf: bytes) }
    }

    /// Remembers the automatic table styles that hide a sheet.
    private func noteStyle(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("style") {
            tableStyle = attributes.value("family") == "table" ? attributes.value("name") : nil
        } else if name.is("table-properties"), let style = tableStyle, attributes.value("display") == "false",
                  hiddenStyles.count < 10_000 {
            hiddenStyles.insert(style)
        }
    }

    /// Paragraphs of a cell are lines; `text:s` is a run of spaces, `text:tab` a tab.
    private func startText(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("p") || name.is("h") {
            if paragraphs > 0 { text.append(0x0A) }
            paragraphs += 1
            inParagraph += 1
        } else if inParagraph > 0 && isStringCell {
            if name.is("s") {
                text.append(contentsOf: repeatElement(0x20, count: min(Self.count(attributes.raw("c")), 1000)))
            } else if name.is("tab") {
                text.append(0x09)
            } else if name.is("line-break") {
                text.append(0x0A)
            }
        }
    }

    private func attempt(_ step: () throws -> Void) {
        do { try step() } catch { if stop == nil { stop = error as? WorkbookProblem ?? .corrupt("") } }
    }

    /// The value a cell's attributes carry (a string cell's text comes from its
    /// paragraphs instead, unless `office:string-value` gives it).
    static func typedValue(_ attributes: XMLAttributes) -> WorkbookCell {
        // Compared as bytes: a string per cell for its type was a large part of the parse.
        guard let type = attributes.raw("value-type", preferring: "office") else { return .empty }
        if type.equals("string") {
            return attributes.value("string-value", preferring: "office").map(WorkbookCell.text) ?? .empty
        } else if type.equals("float") || type.equals("percentage") || type.equals("currency") {
            return attributes.value("value", preferring: "office").map(WorkbookCell.number) ?? .empty
        } else if type.equals("date") {
            guard let raw = attributes.raw("date-value", preferring: "office") else { return .empty }
            if let date = SpreadsheetDate.fromISO(raw) { return .date(date) }
            return attributes.value("date-value", preferring: "office").map(WorkbookCell.text) ?? .empty
        } else if type.equals("time") {
            return attributes.value("time-value", preferring: "office").map(WorkbookCell.text) ?? .empty
        } else if type.equals("boolean") {
            return .boolean(attributes.raw("boolean-value", preferring: "office")?.equals("true") == true)
        }
        return .empty
    }

    /// A repeat count: at least 1, at most a little over any sheet's size (the row
    /// collector refuses what goes past the sheet).
    static func count(_ raw: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let n = raw?.decimal else { return 1 }
        return min(max(n, 1), 2_000_000)
    }
}
