import Foundation
import Testing
@testable import NetraCore

/// Workbooks as tables of the data folder: the same readers and messages as CSV, with
/// the workbook's name and row numbers.
@Suite struct WorkbookFolderTests {
    typealias F = WorkbookFixture

    static let headings = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG", "PENCALONAN", "TMT JABATAN"]

    /// A roster sheet named "Pegawai": row 2 fine, row 3 a NIP stored as a number,
    /// row 5 an unknown candidacy (row 4 empty), row 6 fine with a date cell.
    static func roster() throws -> [UInt8] {
        let heading = "<row r=\"1\">" + headings.indices.map { "<c r=\"\(SheetCell.columnLetters($0))1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
        func row(_ r: Int, nip: String, _ name: String, candidacy: String, nipIsNumber: Bool = false) -> String {
            let nipCell = nipIsNumber ? "<c r=\"A\(r)\"><v>\(nip)</v></c>" : "<c r=\"A\(r)\" s=\"3\" t=\"inlineStr\"><is><t>\(nip)</t></is></c>"
            return "<row r=\"\(r)\">\(nipCell)\(F.inline("B\(r)", name))\(F.inline("C\(r)", "Sekretariat Daerah"))"
                + "\(F.inline("D\(r)", "Analis"))\(F.inline("E\(r)", "III/a"))\(F.inline("F\(r)", candidacy))<c r=\"G\(r)\" s=\"2\"><v>25668</v></c></row>"
        }
        let rows = heading
            + row(2, nip: "197003141996031001", "Hendra, S.E.", candidacy: "bacaleg")
            + row(3, nip: "1.98505122010011E+17", "Rina", candidacy: "", nipIsNumber: true)
            + row(5, nip: "198101052009011001", "Dewi", candidacy: "calon")
            + row(6, nip: "198101052009011002", "Budi", candidacy: "-")
        return try F.xlsx(sheets: [("Rekap", ""), ("Pegawai", rows)], shared: headings)
    }

    @Test func anOfficersWorkbookReadsLikeItsCSV() throws {
        let source = StoredFiles(files: ["officers.xlsx": (try Self.roster(), nil)])
        let outcome = DataFolder.read(.officers, from: source)
        guard case .officers(let roster) = outcome.records else { Issue.record("no roster"); return }
        #expect(roster.officers.map(\.name) == ["Hendra, S.E.", "Budi"])
        #expect(roster.officers.map(\.line) == [2, 6])
        #expect(roster.officers[0].candidacy == .bacaleg)
        let out = lines(outcome.diagnostics)
        #expect(out.count == 4)
        // Two visible sheets (Rekap is empty but shown): the note says which was read.
        #expect(out[0] == "officers.xlsx: warning: read sheet 'Pegawai' of 2 visible sheets because it is named like the table")
        #expect(out[1] == "officers.xlsx:Pegawai!G1: warning: column 'TMT JABATAN' not used by Netra (ignored)")
        #expect(out[2] == "officers.xlsx:Pegawai!A3: error: nip '1.98505122010011E+17' is stored as a number in the workbook: a spreadsheet keeps only 15 digits, so the last 3 are lost. Format the nip column as Text and type the 18 digits again")
        #expect(out[3].hasPrefix("officers.xlsx:Pegawai!F5: error: unknown PENCALONAN 'calon'"))
        // The row an editor jumps to stays the line.
        #expect(outcome.diagnostics.map(\.line) == [nil, 1, 3, 5])
    }

    @Test func dateCellsAreDatesWhateverTheirDisplay() throws {
        // filed_on as a date cell in a custom Indonesian format; effective_on as text.
        let rows = "<row r=\"1\">\(F.inline("A1", "nip"))\(F.inline("B1", "jenis"))\(F.inline("C1", "tanggal pengajuan"))\(F.inline("D1", "tahap"))\(F.inline("E1", "tmt"))</row>"
            + "<row r=\"2\">\(F.inline("A2", "197003141996031001"))\(F.inline("B2", "pensiun dini"))<c r=\"C2\" s=\"2\"><v>45069</v></c>\(F.inline("D2", "diajukan"))\(F.inline("E2", "01-07-2023"))</row>"
        let source = StoredFiles(files: ["retirements.xlsx": (try F.xlsx(sheets: [("Pensiun", rows)]), nil)])
        let outcome = DataFolder.read(.retirements, from: source)
        guard case .retirements(let requests) = outcome.records else { Issue.record("no requests: \(lines(outcome.diagnostics))"); return }
        #expect(outcome.diagnostics.isEmpty)
        #expect(requests.first?.filedOn == CivilDate(year: 2023, month: 5, day: 23))
        #expect(requests.first?.effectiveOn == CivilDate(year: 2023, month: 7, day: 1))
    }

    @Test func anOdsCasesTable() throws {
        let rows = "<table:table-row>" + ["id", "nip", "tanggal laporan", "sumber", "ringkasan", "status"].map { F.odsText($0) }.joined() + "</table:table-row>"
            + "<table:table-row>\(F.odsText("B-01"))<table:table-cell/><table:table-cell office:value-type=\"date\" office:date-value=\"2023-05-20\"/>\(F.odsText("Bawaslu"))\(F.odsText("Foto; kampanye, \"hari\" ke-2"))\(F.odsText("baru"))</table:table-row>"
            + "<table:table-row><table:table-cell table:number-columns-repeated=\"6\"/></table:table-row>"
            + "<table:table-row>\(F.odsText("B-02"))<table:table-cell office:value-type=\"float\" office:value=\"1.98505122010011E+17\"/><table:table-cell office:value-type=\"date\" office:date-value=\"2023-05-21\"/>\(F.odsText("KIPP"))\(F.odsText("x"))\(F.odsText("baru"))</table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
        let source = StoredFiles(files: ["cases.ods": (try F.ods(tables: [("Kasus", rows)]), nil)])
        let outcome = DataFolder.read(.cases, from: source)
        guard case .cases(let cases) = outcome.records else { Issue.record("no cases"); return }
        #expect(cases.map(\.id) == ["B-01"])
        #expect(cases.first?.summary == "Foto; kampanye, \"hari\" ke-2")
        #expect(cases.first?.reportedOn == CivilDate(year: 2023, month: 5, day: 20))
        #expect(outcome.diagnostics.count == 1)
        #expect(lines(outcome.diagnostics).first?.hasPrefix("cases.ods:Kasus!B4: error: nip '1.98505122010011E+17' is stored") == true)
    }

    @Test func anUnreadableWorkbookIsNamedAndKeepsTheLastGoodData() throws {
        let source = StoredFiles(files: ["officers.xlsx": (Array("NIP;NAMA\n".utf8), nil)])
        let outcome = DataFolder.read(.officers, from: source)
        #expect(outcome.isBroken)
        #expect(lines(outcome.diagnostics) == ["officers.xlsx: error: 'officers.xlsx' is not a workbook (it is not a zip archive): if it is CSV text, name it .csv; otherwise save it again from the spreadsheet as .xlsx or .ods"])
    }

    @Test func theFormChangedLastIsReadAndTheOtherNamed() throws {
        let csv = Array("nip,name,unit,position,grade,candidacy\n197003141996031001,From CSV,U,P,III/a,\n".utf8)
        let older = Date(timeIntervalSince1970: 1_684_800_000), newer = older.addingTimeInterval(60)
        for (csvTime, xlsxTime, expected) in [(older, newer, "Hendra, S.E."), (newer, older, "From CSV")] {
            let source = StoredFiles(files: ["officers.csv": (csv, csvTime), "officers.xlsx": (try Self.roster(), xlsxTime)])
            let outcome = DataFolder.read(.officers, from: source)
            guard case .officers(let roster) = outcome.records else { Issue.record("no roster"); return }
            #expect(roster.officers.first?.name == expected)
            let read = xlsxTime > csvTime ? "officers.xlsx" : "officers.csv", other = xlsxTime > csvTime ? "officers.csv" : "officers.xlsx"
            #expect(lines(outcome.diagnostics).first == "\(read): warning: \(other) is also in the folder: reading \(read), the one changed last; remove or rename the other so that nobody edits the wrong one")
        }
    }

    @Test func storedNamesMapBackToTheirTable() {
        #expect(DataFile(storedName: "officers.ods") == .officers)
        #expect(DataFile(storedName: "cases.xlsx") == .cases)
        #expect(DataFile(storedName: "retirements.csv") == .retirements)
        #expect(DataFile(storedName: "netra.toml") == .settings)
        #expect(DataFile(storedName: "schedule.xlsx") == nil)
        #expect(DataFile(storedName: "~$officers.xlsx") == nil)  // Excel's lock file
        #expect(DataFile.schedule.storedNames == ["schedule.toml"])
    }

    @Test func onDiskAWorkbookIsFoundAndItsChangesAreSeen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netra-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(try Self.roster()).write(to: folder.appendingPathComponent("officers.xlsx"))
        let files = FolderFiles(folder: folder)
        #expect(files.storedForms(of: .officers).map(\.form) == [.xlsx])
        let reading = DataFolder.read(from: files)
        #expect(reading.dataset.roster.officers.count == 2)
        #expect(!reading.unusableFiles.contains(.officers))

        // Polling sees a workbook saved the way spreadsheets do (a new file renamed into place).
        let before = try #require(FileStamp.take(folder.path))
        let temporary = folder.appendingPathComponent("officers.xlsx~tmp")
        try Data(try F.xlsx(sheets: [("Pegawai", "")])).write(to: temporary)
        _ = rename(temporary.path, folder.appendingPathComponent("officers.xlsx").path)
        let after = try #require(FileStamp.take(folder.path))
        #expect(before[.officers] != after[.officers])
        #expect(before[.cases] == after[.cases])
    }
}
