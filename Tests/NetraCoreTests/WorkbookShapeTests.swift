import Foundation
import Testing
import ZIPFoundation
@testable import NetraCore

/// Workbooks read the way Excel and LibreOffice show them (issue 21, part 4): hidden
/// sheets never read, the active sheet before the first, and a sheet's cost set by the
/// cells that hold something, not by the area a far-right or repeated cell spans.
@Suite struct WorkbookShapeTests {
    typealias F = WorkbookFixture

    static func read(_ bytes: [UInt8], as form: TableForm) -> (officers: [Officer], lines: [String]) {
        let outcome = WorkbookTable.read(.officers, form: form, bytes: bytes)
        guard case .officers(let roster) = outcome.records else { return ([], outcome.diagnostics.map { $0.formatted(language: .en) }) }
        return (roster.officers, outcome.diagnostics.map { $0.formatted(language: .en) })
    }

    static func form(_ shape: WorkbookShape) -> TableForm { shape.rawValue.hasSuffix(".ods") ? .ods : .xlsx }

    @Test func aHiddenStaleCopyNamedLikeTheTableIsNotRead() throws {
        let (officers, lines) = Self.read(try WorkbookShape.hiddenSheet.build(), as: .xlsx)
        #expect(officers.count == 40)
        #expect(officers.first?.name == "Pegawai 0")
        #expect(lines == ["officers.xlsx: warning: read sheet 'Rekap 2023' of 1 visible sheet because it is the sheet the workbook opens on; 1 hidden sheet is never read; to have another sheet read, name it 'officers' / 'pegawai'"])
        // And in Indonesian.
        let outcome = WorkbookTable.read(.officers, form: .xlsx, bytes: try WorkbookShape.hiddenSheet.build())
        #expect(outcome.diagnostics[0].formatted(language: .id) == "officers.xlsx: warning: dibaca sheet 'Rekap 2023' dari 1 sheet yang terlihat, karena sheet itu yang terbuka saat workbook dibuka; 1 sheet tersembunyi tidak pernah dibaca; agar sheet lain yang dibaca, beri nama 'officers' / 'pegawai'")
    }

    @Test func aVeryHiddenSheetNamedLikeTheTableIsNotRead() throws {
        let (officers, lines) = Self.read(try WorkbookShape.veryHiddenSheet.build(), as: .xlsx)
        #expect(officers.count == 40)
        #expect(lines.count == 1)
        #expect(lines[0].contains("read sheet 'Data' of 1 visible sheet because it is the sheet the workbook opens on; 1 hidden sheet is never read"))
    }

    @Test func theActiveSheetWinsOverTheFirst() throws {
        let (officers, lines) = Self.read(try WorkbookShape.activeSheet.build(), as: .xlsx)
        #expect(officers.count == 40)
        #expect(lines == ["officers.xlsx: warning: read sheet 'Februari' of 2 visible sheets because it is the sheet the workbook opens on; to have another sheet read, name it 'officers' / 'pegawai'"])
    }

    @Test func odsHiddenTablesAndTheActiveTable() throws {
        let (officers, lines) = Self.read(try WorkbookShape.hiddenAndActiveODS.build(), as: .ods)
        #expect(officers.count == 40)
        #expect(lines == ["officers.ods: warning: read sheet 'Februari' of 2 visible sheets because it is the sheet the workbook opens on; 1 hidden sheet is never read; to have another sheet read, name it 'officers' / 'pegawai'"])
    }

    @Test func aVisibleSheetNamedLikeTheTableWinsOverTheActiveOne() throws {
        let bytes = try F.xlsx(sheets: [("Rekap", WorkbookShape.xlsxRows(2, from: 90)), ("Pegawai", WorkbookShape.xlsxRows(3))], activeTab: 0)
        let sheet = try Workbook.sheet(bytes, preferring: DataFile.officers.sheetNames)
        #expect(sheet.name == "Pegawai")
        #expect(sheet.choice == SheetChoice(reason: .named, visible: 2, hidden: 0))
        let ods = try F.ods(tables: [("Rekap", WorkbookShape.odsRows(2, from: 90)), ("Pegawai", WorkbookShape.odsRows(3))], active: "Rekap")
        #expect(try Workbook.sheet(ods, preferring: DataFile.officers.sheetNames).choice == SheetChoice(reason: .named, visible: 2, hidden: 0))
    }

    @Test func withoutAViewTheFirstVisibleSheetIsRead() throws {
        let bytes = try F.xlsx(sheets: [("Lama", WorkbookShape.xlsxRows(2, from: 90)), ("Baru", WorkbookShape.xlsxRows(3))], states: ["hidden", nil])
        let sheet = try Workbook.sheet(bytes)
        #expect(sheet.name == "Baru")
        #expect(sheet.choice == SheetChoice(reason: .first, visible: 1, hidden: 1))
        // An active tab pointing at a hidden sheet (Excel never saves one) is not followed.
        let odd = try F.xlsx(sheets: [("Lama", ""), ("Baru", "")], states: ["hidden", nil], activeTab: 0)
        #expect(try Workbook.sheet(odd).name == "Baru")
    }

    @Test func aSingleSheetNeedsNoNote() throws {
        let (officers, lines) = Self.read(try F.xlsx(sheets: [("Sheet1", WorkbookShape.xlsxRows(3))]), as: .xlsx)
        #expect(officers.count == 3)
        #expect(lines.isEmpty)
    }

    @Test func aWorkbookWhoseSheetsAreAllHiddenSaysSo() throws {
        let xlsx = try F.xlsx(sheets: [("A", ""), ("B", "")], states: ["hidden", "veryHidden"])
        #expect(throws: WorkbookProblem.onlyHiddenSheets) { try Workbook.sheet(xlsx) }
        let ods = try F.ods(tables: [("A", "")], hidden: ["A"])
        #expect(throws: WorkbookProblem.onlyHiddenSheets) { try Workbook.sheet(ods) }
        let outcome = WorkbookTable.read(.officers, form: .xlsx, bytes: xlsx)
        #expect(outcome.diagnostics.map { $0.formatted(language: .en) }
            == ["officers.xlsx: error: 'officers.xlsx' shows no sheet: every sheet is hidden. Unhide the sheet that holds the table (right-click a sheet tab, Unhide)"])
    }

    @Test func aCellFarToTheRightInEveryRowIsOneCellAndOneWarning() throws {
        let bytes = try WorkbookShape.farRight.build()
        let sheet = try Workbook.sheet(bytes)
        #expect(sheet.rows.count == 2_001)
        #expect(sheet.rows[1].runs.count == 7)
        #expect(sheet.rows[1].runs.last == CellRun(column: 16_383, count: 1, cell: .number("1")))
        let (officers, lines) = Self.read(bytes, as: .xlsx)
        #expect(officers.count == 2_000)
        #expect(lines == ["officers.xlsx:Sheet1!XFD2: warning: 2000 cells to the right of the last heading are ignored (the first is here): give the column a heading if it belongs to the table"])
    }

    @Test func aRowRepeatedAMillionTimesIsReadOnceAndSaidOnce() throws {
        let bytes = try WorkbookShape.repeatedRows.build()
        let sheet = try Workbook.sheet(bytes)
        #expect(sheet.rows.map(\.number) == [1, 2])
        #expect(sheet.rows[1].repeats == 1_000_000)
        let (officers, lines) = Self.read(bytes, as: .ods)
        #expect(officers.map(\.nip.description) == [WorkbookShape.nip(0)])
        #expect(lines == ["officers.ods:Sheet1!2:2: warning: this row is repeated 1000000 times in the file (rows 2–1000001); it is read once, the copies are left out"])
    }

    @Test func repeatedColumnsCostOneRunEach() throws {
        let bytes = try WorkbookShape.repeatedColumns.build()
        let sheet = try Workbook.sheet(bytes)
        #expect(sheet.rows.count == 2_001)
        #expect(sheet.rows[1].runs.map(\.count) == [1, 1, 2, 1, 1, 1, 300])
        #expect(sheet.rows[1].runs.map(\.column) == [0, 1, 2, 4, 5, 16_006, 16_007])
        #expect(sheet.rows[1].cell(at: 3) == .text("Sekretariat"))
        let (officers, lines) = Self.read(bytes, as: .ods)
        #expect(officers.count == 2_000)
        #expect(officers[0].position == "Sekretariat")
        #expect(lines == ["officers.ods:Sheet1!\(SheetCell.columnLetters(16_006))2: warning: 602000 cells to the right of the last heading are ignored (the first is here): give the column a heading if it belongs to the table"])
    }

    /// The committed copies read as the built ones do (they are what `netra check` is
    /// measured on); with NETRA_WRITE_WORKBOOK_FIXTURES=1 they are written afresh.
    @Test(arguments: WorkbookShape.allCases)
    func theCommittedCopyReadsLikeTheBuiltOne(shape: WorkbookShape) throws {
        let built = try shape.build()
        let file = WorkbookShape.folder.appendingPathComponent(shape.rawValue)
        if ProcessInfo.processInfo.environment["NETRA_WRITE_WORKBOOK_FIXTURES"] == "1" {
            try FileManager.default.createDirectory(at: WorkbookShape.folder, withIntermediateDirectories: true)
            try Data(built).write(to: file)
        }
        let committed = Array(try Data(contentsOf: file))
        let a = Self.read(built, as: Self.form(shape)), b = Self.read(committed, as: Self.form(shape))
        #expect(a.officers.count == shape.officers)
        #expect(b.officers.count == shape.officers)
        #expect(a.lines == b.lines)
    }
}
