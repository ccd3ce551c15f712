import Foundation
@testable import NetraCore

/// Workbooks shaped the way offices' files are shaped when they surprise a reader:
/// hidden sheets with stale copies, a workbook that opens on its second sheet, a cell
/// far to the right in every row, rows and columns LibreOffice writes as repeats.
///
/// Each is built here and also committed under Fixtures/Workbooks/shapes (rebuild with
/// `NETRA_WRITE_WORKBOOK_FIXTURES=1 swift test --filter WorkbookShapeTests`), where the
/// `netra check` memory test and `netra-bench --workbook` read them.
enum WorkbookShape: String, CaseIterable {
    case hiddenSheet = "hidden-sheet.xlsx"
    case veryHiddenSheet = "very-hidden-sheet.xlsx"
    case activeSheet = "active-sheet.xlsx"
    case hiddenAndActiveODS = "hidden-and-active.ods"
    case farRight = "far-right.xlsx"
    case repeatedRows = "repeated-rows.ods"
    case repeatedColumns = "repeated-columns.ods"

    typealias F = WorkbookFixture
    static let headings = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG", "PENCALONAN"]

    /// How many officers a correct reading finds.
    var officers: Int {
        switch self {
        case .farRight, .repeatedColumns: 2_000
        case .repeatedRows: 1
        default: 40
        }
    }

    /// The 18-digit NIP of officer `i`, distinct up to 2,997 (men born 14 March 1970–72,
    /// appointed March 1996).
    static func nip(_ i: Int) -> String { "19\(70 + i / 999)0314" + "1996031" + String(format: "%03d", i % 999 + 1) }

    func build() throws -> [UInt8] {
        switch self {
        case .hiddenSheet:
            // The stale copy is named like the table and comes first; the workbook opens
            // on the real one.
            return try F.xlsx(sheets: [("pegawai", Self.xlsxRows(2, from: 90)), ("Rekap 2023", Self.xlsxRows(40))],
                              states: ["hidden", nil], activeTab: 1)
        case .veryHiddenSheet:
            return try F.xlsx(sheets: [("Data", Self.xlsxRows(40)), ("officers", Self.xlsxRows(2, from: 90))],
                              states: [nil, "veryHidden"], activeTab: 0)
        case .activeSheet:
            return try F.xlsx(sheets: [("Januari", Self.xlsxRows(2, from: 90)), ("Februari", Self.xlsxRows(40))], activeTab: 1)
        case .hiddenAndActiveODS:
            return try F.ods(tables: [("Januari", Self.odsRows(2, from: 90)), ("pegawai", Self.odsRows(2, from: 95)),
                                      ("Februari", Self.odsRows(40))],
                             hidden: ["pegawai"], active: "Februari")
        case .farRight:
            return try F.xlsx(sheets: [("Sheet1", Self.xlsxRows(2_000) { r in "<c r=\"XFD\(r)\"><v>1</v></c>" })])
        case .repeatedRows:
            // LibreOffice writes identical rows as one repeated row.
            let row = "<table:table-row table:number-rows-repeated=\"1000000\">" + Self.odsCells(0) + "</table:table-row>"
            return try F.ods(tables: [("Sheet1", Self.odsHeading + row + Self.odsTail)])
        case .repeatedColumns:
            // As LibreOffice saves a sheet someone coloured to the edge and noted things
            // in far to the right: in every row 16,000 styled empty cells as one repeat,
            // then a note and a value repeated 300 times; inside the table a value
            // repeated over two columns.
            let styled = "<table:table-cell table:style-name=\"ce1\" table:number-columns-repeated=\"16000\"/>"
            let rows = (0..<2_000).map { i in
                "<table:table-row table:style-name=\"ro1\">" + F.odsText(Self.nip(i)) + F.odsText("Pegawai \(i)")
                    + F.odsText("Sekretariat", repeated: 2) + F.odsText("III/a") + F.odsText("-")
                    + styled + F.odsText("catatan") + F.odsText("x", repeated: 300) + "</table:table-row>"
            }.joined()
            let heading = "<table:table-row>" + Self.headings.map { F.odsText($0) }.joined() + styled + "</table:table-row>"
            let empty = "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"1000\">\(styled)</table:table-row>"
            return try F.ods(tables: [("Sheet1", heading + rows + empty + Self.odsTail)])
        }
    }

    /// A heading row and `count` officers from row 2 on; `extra` adds cells to a row.
    static func xlsxRows(_ count: Int, from first: Int = 0, extra: (Int) -> String = { _ in "" }) -> String {
        let heading = "<row r=\"1\">" + headings.enumerated().map { F.inline("\(SheetCell.columnLetters($0.offset))1", $0.element) }.joined() + "</row>"
        return heading + (0..<count).map { i in
            let r = i + 2
            let values = [nip(first + i), "Pegawai \(first + i)", "Sekretariat Daerah", "Analis", "III/a", "-"]
            return "<row r=\"\(r)\">" + values.enumerated().map { F.inline("\(SheetCell.columnLetters($0.offset))\(r)", $0.element) }.joined()
                + extra(r) + "</row>"
        }.joined()
    }

    static let odsHeading = "<table:table-row>" + headings.map { F.odsText($0) }.joined() + "</table:table-row>"
    /// What LibreOffice ends every sheet with.
    static let odsTail = "<table:table-row table:number-rows-repeated=\"48000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"

    static func odsCells(_ i: Int) -> String {
        [nip(i), "Pegawai \(i)", "Sekretariat Daerah", "Analis", "III/a", "-"].map { F.odsText($0) }.joined()
    }

    static func odsRows(_ count: Int, from first: Int = 0) -> String {
        odsHeading + (0..<count).map { "<table:table-row>" + odsCells(first + $0) + "</table:table-row>" }.joined()
    }

    /// Where the committed copies live.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Workbooks/shapes")
}
