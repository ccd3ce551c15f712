import Foundation
import Testing
@testable import NetraCore

@Suite struct WorkbookReadingTests {
    typealias F = WorkbookFixture

    @Test func xlsxCellsKeepTheirTypes() throws {
        let rows = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
        <row r="3"><c r="A3" t="s"><v>3</v></c><c r="C3"><v>58</v></c><c r="D3" s="1"><v>45069</v></c><c r="E3" s="2"><v>45070.5</v></c>\
        <c r="F3" t="b"><v>1</v></c><c r="G3" t="e"><v>#N/A</v></c><c r="H3" s="4"><v>0.5</v></c><c r="I3" s="5"><v>1500</v></c></row>
        <row r="7">\(F.inline("B7", "Dewi \"Sari\", S.Pd."))<c r="C7" t="str"><f>A1</f><v>NIP</v></c><c r="D7" t="d"><v>2024-02-14T00:00:00</v></c></row>
        <row r="9"><c r="A9" t="s"><v>4</v></c></row>
        """
        let bytes = try F.xlsx(sheets: [("Sheet1", rows)], shared: ["NIP", "NAMA", "BUP", "Ahmad & Co", ""])
        let sheet = try Workbook.sheet(bytes)
        #expect(sheet.name == "Sheet1")
        #expect(sheet.rows.map(\.number) == [1, 3, 7])  // row 9 holds only an empty string
        #expect(sheet.rows[0].denseCells == [.text("NIP"), .text("NAMA"), .text("BUP")])
        #expect(sheet.rows[1].denseCells == [
            .text("Ahmad & Co"), .empty, .number("58"), .date(CivilDate(year: 2023, month: 5, day: 23)!),
            .date(CivilDate(year: 2023, month: 5, day: 24)!), .boolean(true), .text("#N/A"), .number("0.5"), .number("1500"),
        ])
        #expect(sheet.rows[2].denseCells == [.empty, .text("Dewi \"Sari\", S.Pd."), .text("NIP"), .date(CivilDate(year: 2024, month: 2, day: 14)!)])
    }

    @Test func theSheetNamedLikeTheTableWinsOverTheFirst() throws {
        let bytes = try F.xlsx(sheets: [("Rekap", "<row r=\"1\">\(F.inline("A1", "rekap"))</row>"),
                                        ("Data Pegawai", "<row r=\"2\">\(F.inline("A2", "pegawai"))</row>")])
        let chosen = try Workbook.sheet(bytes, preferring: DataFile.officers.sheetNames)
        #expect(chosen.name == "Data Pegawai")
        #expect(chosen.rows == [WorkbookRow(number: 2, cells: [.text("pegawai")])])
        #expect(try Workbook.sheet(bytes).name == "Rekap")
    }

    @Test func richTextAndPhoneticRunsInSharedStrings() throws {
        let sst = """
        <?xml version="1.0"?><sst xmlns="\(F.main)"><si><r><rPr><b/></rPr><t>Dr. </t></r><r><t xml:space="preserve">Ahmad</t></r><rPh sb="0" eb="1"><t>ahm</t></rPh></si></sst>
        """
        let bytes = try F.xlsx(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")], sharedXML: sst)
        #expect(try Workbook.sheet(bytes).rows[0].denseCells == [.text("Dr. Ahmad")])
    }

    @Test func excelSerialDatesWithTheLeapYearBugAnd1904() {
        func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }
        #expect(SpreadsheetDate.fromSerial(1, date1904: false) == d(1900, 1, 1))
        #expect(SpreadsheetDate.fromSerial(59, date1904: false) == d(1900, 2, 28))
        #expect(SpreadsheetDate.fromSerial(60, date1904: false) == nil)  // 29 Feb 1900 never was
        #expect(SpreadsheetDate.fromSerial(61, date1904: false) == d(1900, 3, 1))
        #expect(SpreadsheetDate.fromSerial(45069, date1904: false) == d(2023, 5, 23))
        #expect(SpreadsheetDate.fromSerial(45069.99, date1904: false) == d(2023, 5, 23))
        #expect(SpreadsheetDate.fromSerial(0, date1904: true) == d(1904, 1, 1))
        #expect(SpreadsheetDate.fromSerial(43607, date1904: true) == d(2023, 5, 23))
        #expect(SpreadsheetDate.fromSerial(-1, date1904: false) == nil)
        #expect(SpreadsheetDate.isDateFormat("dd/mm/yyyy"))
        #expect(SpreadsheetDate.isDateFormat("[$-421]d mmmm yyyy"))
        #expect(!SpreadsheetDate.isDateFormat("\"Rp\"#,##0"))
        #expect(!SpreadsheetDate.isDateFormat("[Red]0.00;\\d"))
        #expect(!SpreadsheetDate.isDateFormat("h:mm"))
    }

    @Test func date1904Workbooks() throws {
        let bytes = try F.xlsx(sheets: [("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43607</v></c></row>")], date1904: true)
        #expect(try Workbook.sheet(bytes).rows[0].denseCells == [.date(CivilDate(year: 2023, month: 5, day: 23)!)])
    }

    @Test func odsRepeatsCoveredCellsAndTrailingEmptiness() throws {
        let rows = """
        <table:table-header-rows><table:table-row>\(F.odsText("NIP"))\(F.odsText("NAMA"))<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>UNIT</text:p></table:table-cell><table:covered-table-cell/>\(F.odsText("TGL"))</table:table-row></table:table-header-rows>
        <table:table-row table:number-rows-repeated="2">\(F.odsText("x", repeated: 3))<table:table-cell table:number-columns-repeated="1020"/></table:table-row>
        <table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="58" calcext:value-type="float"><text:p>58</text:p></table:table-cell>\
        <table:table-cell office:value-type="date" office:date-value="2023-05-23T10:00:00"><text:p>23/05/23</text:p></table:table-cell>\
        <table:table-cell office:value-type="string"><text:p>Jl.<text:s text:c="3"/>Mulawarman</text:p><text:p>RT <text:span>05</text:span></text:p><office:annotation><text:p>catatan</text:p></office:annotation></table:table-cell>\
        <table:table-cell office:value-type="boolean" office:boolean-value="true"/></table:table-row>
        <table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
        """
        let sheet = try Workbook.sheet(try F.ods(tables: [("Sheet1", rows)]))
        // The repeated row is kept once, with its count; the next row is row 4.
        #expect(sheet.rows.map(\.number) == [1, 2, 4])
        #expect(sheet.rows.map(\.repeats) == [1, 2, 1])
        #expect(sheet.rows[0].denseCells == [.text("NIP"), .text("NAMA"), .text("UNIT"), .empty, .text("TGL")])
        #expect(sheet.rows[1].runs == [CellRun(column: 0, count: 3, cell: .text("x"))])
        #expect(sheet.rows[1].denseCells == [.text("x"), .text("x"), .text("x")])
        #expect(sheet.rows[2].denseCells == [.empty, .empty, .number("58"), .date(CivilDate(year: 2023, month: 5, day: 23)!),
                                        .text("Jl.   Mulawarman\nRT 05"), .boolean(true)])
    }

    @Test func odsPrefersTheTableNamedLikeTheFile() throws {
        let bytes = try F.ods(tables: [("Rekap", "<table:table-row>\(F.odsText("a"))</table:table-row>"),
                                       ("Kasus", "<table:table-row>\(F.odsText("b"))</table:table-row>")])
        #expect(try Workbook.sheet(bytes, preferring: DataFile.cases.sheetNames).rows[0].denseCells == [.text("b")])
        #expect(try Workbook.sheet(bytes, preferring: DataFile.officers.sheetNames).rows[0].denseCells == [.text("a")])
    }

    @Test func theKindComesFromTheContentNotTheName() throws {
        #expect(throws: WorkbookProblem.notArchive) { try Workbook.sheet(Array("nip;nama\n".utf8)) }
        #expect(throws: WorkbookProblem.legacyOrEncrypted) {
            try Workbook.sheet([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        }
        #expect(throws: WorkbookProblem.notSpreadsheet) { try Workbook.sheet(try F.zip([("word/document.xml", "<w/>")])) }
        let encrypted = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"
        #expect(throws: WorkbookProblem.encrypted) { try Workbook.sheet(try F.ods(tables: [], manifest: encrypted)) }
        #expect(throws: WorkbookProblem.noSheet) { try Workbook.sheet(try F.ods(tables: [])) }
    }

    @Test func referencesToColumns() {
        #expect(SheetPart.column(of: "A1") == 0)
        #expect(SheetPart.column(of: "Z9") == 25)
        #expect(SheetPart.column(of: "AA10") == 26)
        #expect(SheetPart.column(of: "XFD1") == 16_383)
        #expect(SheetPart.column(of: "12") == nil)
        #expect(SheetCell.columnLetters(0) == "A")
        #expect(SheetCell.columnLetters(27) == "AB")
        #expect(SheetCell.columnLetters(16_383) == "XFD")
    }
}

extension WorkbookRow {
    func renumbered(_ n: Int) -> WorkbookRow { WorkbookRow(number: n, repeats: repeats, runs: runs) }
}
