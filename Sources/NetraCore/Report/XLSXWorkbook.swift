import Foundation
import ZIPFoundation

/// One cell of an exported workbook, typed so that a spreadsheet keeps what it is:
/// a NIP stays 18 digits of text (Excel would turn a number of 18 digits into
/// `1,96309E+17`), a date is a date a clerk can sort and filter by month.
public enum XLSXCell: Equatable, Sendable {
    case empty
    /// Text, stored as text and formatted `@` so that editing the cell keeps it text.
    case text(String)
    /// A calendar day, shown `yyyy-mm-dd`.
    case date(CivilDate)
    /// A local date and time (the wall clock of the city), shown `yyyy-mm-dd hh:mm`.
    case dateTime(CivilDate, minuteOfDay: Int)
    case number(Int)
}

/// A single-sheet `.xlsx` workbook written from scratch: the OOXML parts (content
/// types, relationships, workbook, styles, one sheet with inline strings) zipped with
/// ZIPFoundation. The heading row is bold and frozen, an autofilter covers the range,
/// and each column is about as wide as its longest value.
///
/// Inline strings rather than a shared-string table: an export is written once and
/// read once, so deduplicating strings buys nothing and costs a second pass.
public enum XLSXWorkbook {
    public enum Failure: Error { case archive(String) }

    /// The workbook's bytes. `sheet` names the one sheet (cut to Excel's 31 characters
    /// and cleaned of the characters a sheet name cannot hold).
    public static func bytes(sheet: String, headings: [String], rows: [[XLSXCell]]) throws(Failure) -> [UInt8] {
        let name = sheetName(sheet)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(name: name, columns: headings.count, rows: rows.count + 1)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(headings: headings, rows: rows)),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure.archive("no data") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .archive(String(describing: error))
        }
    }

    /// Excel refuses `[]:*?/\` in a sheet name and more than 31 characters.
    static func sheetName(_ raw: String) -> String {
        let cleaned = String(UntrustedText.sanitized(raw).map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "Netra" : cleaned
    }

    // MARK: Styles

    /// The `cellXfs` indexes the sheet refers to (their order in `styles`).
    enum Style: Int {
        case plain = 0, heading, text, date, dateTime
    }

    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
    <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """

    // MARK: Package parts

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>
    """

    static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """

    static let workbookRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    </Relationships>
    """

    /// Excel keeps an autofilter's range in a hidden defined name as well as on the sheet.
    static func workbook(name: String, columns: Int, rows: Int) -> String {
        let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        let range = "\(quoted)!$A$1:$\(SheetCell.columnLetters(max(columns, 1) - 1))$\(rows)"
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(escaped(name))" sheetId="1" r:id="rId1"/></sheets>\
        <definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\(escaped(range))</definedName></definedNames>\
        </workbook>
        """
    }

    // MARK: The sheet

    static func worksheet(headings: [String], rows: [[XLSXCell]]) -> String {
        let columns = max(headings.count, 1)
        let last = SheetCell.columnLetters(columns - 1)
        var out = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <dimension ref="A1:\(last)\(rows.count + 1)"/>\
        <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
        <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
        <sheetFormatPr defaultRowHeight="15"/>
        """
        out += "<cols>"
        for (index, width) in widths(headings: headings, rows: rows).enumerated() {
            out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        out += "</cols><sheetData>"
        out += row(1, headings.map { XLSXCell.text($0) }, style: .heading)
        for (index, cells) in rows.enumerated() { out += row(index + 2, cells, style: nil) }
        out += "</sheetData><autoFilter ref=\"A1:\(last)\(rows.count + 1)\"/></worksheet>"
        return out
    }

    static func row(_ number: Int, _ cells: [XLSXCell], style: Style?) -> String {
        var out = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let ref = SheetCell.columnLetters(index) + "\(number)"
            switch cell {
            case .empty: continue
            case .text(let value):
                let s = (style ?? .text).rawValue
                out += "<c r=\"\(ref)\" s=\"\(s)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(value))</t></is></c>"
            case .date(let day):
                out += "<c r=\"\(ref)\" s=\"\(Style.date.rawValue)\"><v>\(serial(day))</v></c>"
            case .dateTime(let day, let minute):
                // A day and a fraction of it; minutes divide exactly enough for display.
                let value = Double(serial(day)) + Double(minute) / 1440
                out += "<c r=\"\(ref)\" s=\"\(Style.dateTime.rawValue)\"><v>\(value)</v></c>"
            case .number(let value):
                out += "<c r=\"\(ref)\"><v>\(value)</v></c>"
            }
        }
        return out + "</row>"
    }

    /// Excel's day serial (the 1900 system): 25569 is 1970-01-01. Dates before
    /// 1 March 1900 do not occur in a personnel list.
    static func serial(_ day: CivilDate) -> Int { day.dayNumber + 25_569 }

    /// Characters wide: the longest value, between 6 and 60.
    static func widths(headings: [String], rows: [[XLSXCell]]) -> [Int] {
        var widths = headings.map { $0.count + 3 }  // room for the filter button
        for cells in rows {
            for (index, cell) in cells.enumerated() where index < widths.count {
                let length: Int
                switch cell {
                case .empty: length = 0
                case .text(let value): length = value.count
                case .date: length = 10
                case .dateTime: length = 16
                case .number(let value): length = String(value).count
                }
                widths[index] = max(widths[index], length + 1)
            }
        }
        return widths.map { min(max($0, 6), 60) }
    }

    /// XML text: the data's characters as an export keeps them
    /// (`UntrustedText.exportable`), the markup characters escaped, a CR written as a
    /// reference (a reader would turn a bare CRLF into LF), and what XML 1.0 cannot
    /// carry at all (U+FFFE/U+FFFF) replaced.
    static func escaped(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in UntrustedText.exportable(raw).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
