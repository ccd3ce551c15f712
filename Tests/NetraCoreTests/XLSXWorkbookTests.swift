import Foundation
import Testing
@testable import NetraCore

/// The workbook `netra export --format xlsx` writes, read back by Netra's own reader
/// (openpyxl reads it too: see ExportWorkbookTests in netraTests).
@Suite struct XLSXWorkbookTests {
    @Test func cellsComeBackWithTheirTypesAndHostileTextStaysText() throws {
        let day = try #require(CivilDate(year: 2023, month: 5, day: 23))
        let hostile = "<b>&\"Tim\" 'A'</b> =1+1 \u{1B}[31m"
        let bytes = try XLSXWorkbook.bytes(sheet: "Kasus: [draf]/2023?", headings: ["NIP", "Nama", "Batas", "Lewat"], rows: [
            [.text("197807192005011001"), .text(hostile), .date(day), .number(155)],
            [.text("198302182008121001"), .empty, .empty, .number(-3)],
        ])
        let sheet = try Workbook.sheet(bytes)
        // Excel's forbidden characters in a sheet name become `_`.
        #expect(sheet.name == "Kasus_ _draf__2023_")
        #expect(sheet.rows.map(\.number) == [1, 2, 3])
        #expect(sheet.rows[0].denseCells == ["NIP", "Nama", "Batas", "Lewat"].map(WorkbookCell.text))
        let first = sheet.rows[1].denseCells
        #expect(first[0] == .text("197807192005011001"))
        // Markup is escaped, not interpreted; the escape character is replaced (the XML
        // would not be well-formed otherwise), and nothing reads as a formula.
        #expect(first[1] == .text("<b>&\"Tim\" 'A'</b> =1+1 \u{FFFD}[31m"))
        #expect(first[2] == .date(day))
        #expect(first[3] == .number("155"))
        #expect(sheet.rows[2].denseCells.first == .text("198302182008121001"))
        #expect(sheet.rows[2].denseCells.last == .number("-3"))
    }

    @Test func excelDaySerialsAndTheAutofilterRange() throws {
        #expect(XLSXWorkbook.serial(try #require(CivilDate(year: 1970, month: 1, day: 1))) == 25_569)
        // Excel shows 45069 as 23 May 2023.
        #expect(XLSXWorkbook.serial(try #require(CivilDate(year: 2023, month: 5, day: 23))) == 45_069)
        let sheet = XLSXWorkbook.worksheet(headings: ["A", "B", "C"], rows: [[.text("x")], [.text("y")]])
        #expect(sheet.contains("<autoFilter ref=\"A1:C3\"/>"))
        #expect(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""))
        #expect(XLSXWorkbook.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(XLSXWorkbook.sheetName("  ") == "Netra")
    }
}
