import Foundation
import Testing
@testable import NetraCore

/// Every problem in a table read from a workbook names its sheet and cell
/// (`officers.xlsx:Pegawai!B14`) and keeps the sheet's row as its line — the reader's
/// own problems, the heading row's, and those the later checks find on the records.
@Suite struct WorkbookPlaceTests {
    typealias F = WorkbookFixture

    /// An xlsx row of inline strings from column A.
    static func xlsxRow(_ r: Int, _ cells: [String]) -> String {
        "<row r=\"\(r)\">" + cells.enumerated().filter { !$1.isEmpty }.map { F.inline("\(SheetCell.columnLetters($0))\(r)", $1) }.joined() + "</row>"
    }

    /// An ods row of text cells from column A (an empty string is an empty cell).
    static func odsRow(_ cells: [String]) -> String {
        "<table:table-row>" + cells.map { $0.isEmpty ? "<table:table-cell/>" : F.odsText($0) }.joined() + "</table:table-row>"
    }

    static let officerHeadings = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG", "PENCALONAN", "NAMA", "CATATAN"]

    /// A roster whose every row has one kind of problem, in a sheet whose name needs quoting.
    static func roster() throws -> [UInt8] {
        let rows = [
            officerHeadings,
            ["12345", "Hendra", "Setda", "Analis", "III/a", "-"],
            ["197003141996031001", "", "Setda", "Analis", "III/a", "-"],
            ["198101052009011001", "Dewi\u{7F}", "Setda", "Analis", "III/a", "-"],
            ["198101052009011001", "Dewi lagi", "Setda", "Analis", "III/a", "-"],
            ["198505122010012002", "Rina", "Setda", "Analis", "III/a", "calon"],
            ["199001012015031004", "Agus", "Setda", "Plt. Kepala Bagian", "III/a", "-"],
        ]
        let xml = rows.enumerated().map { xlsxRow($0 + 1, $1) }.joined()
        return try F.xlsx(sheets: [("Data Pegawai", xml)])
    }

    @Test func eachKindOfRowProblemNamesItsCellInAnXlsx() throws {
        let outcome = DataFolder.read(.officers, from: StoredFiles(files: ["officers.xlsx": (try Self.roster(), nil)]))
        let places = outcome.diagnostics.map { $0.place() }
        #expect(places == [
            "officers.xlsx:'Data Pegawai'!G1",  // NAMA twice: the second heading
            "officers.xlsx:'Data Pegawai'!H1",  // CATATAN, not a column Netra reads
            "officers.xlsx:'Data Pegawai'!A2",  // a NIP of five digits
            "officers.xlsx:'Data Pegawai'!B3",  // no name
            "officers.xlsx:'Data Pegawai'!B4",  // a control character in the name
            "officers.xlsx:'Data Pegawai'!A5",  // the NIP of row 4 again
            "officers.xlsx:'Data Pegawai'!F6",  // an unknown candidacy
            "officers.xlsx:'Data Pegawai'!D7",  // an acting title: the age is the post's
        ], "\(lines(outcome.diagnostics))")
        // The line stays the sheet's row, for whoever jumps by row number.
        #expect(outcome.diagnostics.map(\.line) == [1, 1, 2, 3, 4, 5, 6, 7])
        #expect(outcome.diagnostics[3].formatted().hasPrefix("officers.xlsx:'Data Pegawai'!B3: error: "))
        #expect(outcome.diagnostics[4].severity == .warning)
    }

    @Test func anOdsTableAndTheChecksAfterReadingNameCellsToo() throws {
        let officers = [["nip", "nama", "unit", "jabatan", "golongan", "pencalonan"],
                        ["198101052009011001", "Dewi", "Setda", "Analis", "III/a", "-"]]
        let retirements = [
            ["NIP", "JENIS", "TANGGAL PENGAJUAN", "TAHAP", "TMT"],
            ["197003141996031001", "pensiun dini", "02/05/2023", "diajukan", ""],  // nobody on the roster
            ["198101052009011001", "", "02/05/2023", "diajukan", ""],  // no kind
            ["198101052009011001", "pensiun dini", "31/02/2023", "diajukan", ""],  // no such date
            ["198101052009011001", "pensiun dini", "02/05/2023", "ditunda", ""],  // an unknown stage
            ["198101052009011001", "pensiun dini", "02/05/2023", "diajukan", "01/04/2023"],  // TMT before filing
        ]
        let files = StoredFiles(files: [
            "officers.csv": (Array(officers.map { $0.joined(separator: ";") }.joined(separator: "\n").utf8), nil),
            "retirements.ods": (try F.ods(tables: [("Pensiun", retirements.map(Self.odsRow).joined())]), nil),
        ])
        let reading = DataFolder.read(from: files)
        let mine = reading.diagnostics.filter { $0.file == .retirements }
        #expect(mine.map { $0.place() } == ["retirements.ods:Pensiun!A2", "retirements.ods:Pensiun!B3", "retirements.ods:Pensiun!C4",
                                            "retirements.ods:Pensiun!D5", "retirements.ods:Pensiun!E6"], "\(lines(mine))")
        #expect(mine[0].message.contains("not in officers"))
        #expect(mine.map(\.severity) == [.warning, .error, .error, .error, .warning])
        // The CSV table beside it keeps its lines.
        #expect(reading.origins[.officers] == nil)
        #expect(reading.origins[.retirements]?.sheet == "Pensiun")
    }

    @Test func aMissingColumnNamesTheFirstFreeHeadingCell() throws {
        let rows = Self.xlsxRow(1, ["id", "nip", "tanggal laporan", "ringkasan"]) + Self.xlsxRow(2, ["B-01", "", "2023-05-20", "x"])
        let outcome = DataFolder.read(.cases, from: StoredFiles(files: ["cases.xlsx": (try F.xlsx(sheets: [("Kasus", rows)]), nil)]))
        #expect(outcome.isBroken)
        #expect(outcome.diagnostics.map { $0.place() } == ["cases.xlsx:Kasus!E1"])
        #expect(outcome.diagnostics.first?.message.hasPrefix("missing required column") == true)
    }

    @Test func checkTextAndJSONCarryTheCell() throws {
        let files = StoredFiles(files: ["officers.xlsx": (try Self.roster(), nil)])
        let report = CheckReport(folder: ".", reading: DataFolder.read(from: files), now: at("2023-05-23T02:00:00Z"))
        let text = report.text(.en)
        #expect(text.contains("\nofficers.xlsx:'Data Pegawai'!F6: error: unknown PENCALONAN 'calon'"))
        #expect(report.text(.id).contains("officers.xlsx:'Data Pegawai'!A2: error: "))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(.en).utf8)) as? [String: Any])
        let problems = try #require(json["problems"] as? [[String: Any]])
        let candidacy = try #require(problems.first { ($0["message"] as? String)?.contains("PENCALONAN") == true })
        #expect(candidacy["file"] as? String == "officers.xlsx")
        #expect(candidacy["sheet"] as? String == "Data Pegawai")
        #expect(candidacy["cell"] as? String == "F6")
        #expect(candidacy["line"] as? Int == 6)
        // A problem of the file as a whole has neither.
        let whole = problems.filter { $0["line"] == nil }
        #expect(!whole.isEmpty && whole.allSatisfy { $0["cell"] == nil && $0["sheet"] == nil })
    }

    @Test func cellReferences() {
        #expect(SheetCell(sheet: "Pegawai", column: 1, row: 14).description == "Pegawai!B14")
        #expect(SheetCell(sheet: "Data Pegawai", column: 27, row: 3).description == "'Data Pegawai'!AB3")
        #expect(SheetCell(sheet: "Tim's", column: 16_383, row: 1).description == "'Tim''s'!XFD1")
        #expect(SheetCell(sheet: "2023", column: 0, row: 9).description == "'2023'!A9")
        #expect(SheetCell(sheet: "Pegawai", column: nil, row: 9).description == "Pegawai!9:9")
        // A heading the sheet lacks leaves the whole row.
        let origin = SheetOrigin(file: .officers, form: .ods, sheet: "Pegawai", headings: ["NIP", "NAMA"])
        let placed = origin.locate(Diagnostic(.warning, .officers, line: 9, heading: "election", Message(untranslated: "x")))
        #expect(placed.place() == "officers.ods:Pegawai!9:9")
        // CSV places are unchanged.
        #expect(Diagnostic(.warning, .officers, line: 9, heading: "nip", Message(untranslated: "x")).place() == "officers.csv:9")
    }
}
