import Foundation
import Testing
@testable import NetraCore

/// Workbooks saved by a real spreadsheet program: LibreOffice converted the flat
/// sources in Fixtures/Workbooks/source (scripts/make-workbook-fixtures.sh) into the
/// .xlsx and .ods read here. Each form must give the same officers, dates and
/// problems as the sources say.
@Suite struct SpreadsheetMadeFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Workbooks")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func read(_ file: DataFile, _ form: TableForm) throws -> FileOutcome {
        let name = file.fileName(as: form)
        return DataFolder.read(file, from: StoredFiles(files: [name: (try fixture(name), nil)]))
    }

    @Test(arguments: [TableForm.xlsx, .ods])
    func theRosterLibreOfficeSaved(form: TableForm) throws {
        let outcome = try Self.read(.officers, form)
        guard case .officers(let roster) = outcome.records else { Issue.record("no roster: \(lines(outcome.diagnostics))"); return }
        // Row 4 is empty, row 6's NIP is a number: four officers, each on its sheet row.
        #expect(roster.officers.map(\.nip.description) == ["197003141996031001", "198101052009011001", "198505122010012002", "199001012015031004"])
        #expect(roster.officers.map(\.line) == [2, 3, 5, 7])
        // NAMA is merged over B1:C1; the columns after it keep their places.
        #expect(roster.officers.map(\.name) == ["Hendra Wijaya, S.E.", "Dewi Lestari", "Rina Marlina", "Agus Salim"])
        #expect(roster.officers.map(\.unit) == ["Sekretariat Daerah", "Dinas Pendidikan", "Dinas Pendidikan", "Sekretariat Daerah"])
        #expect(roster.officers.map(\.grade) == ["III/d", "III/c", "III/b", "III/a"])
        #expect(roster.officers.map(\.candidacy) == [.bacaleg, .none, .none, .none])
        #expect(roster.officers[0].party == "Partai Contoh")
        // Numbers, and dates shown as 01/04/2028, "1 Februari 2041" and with a time of day.
        #expect(roster.officers.map(\.retirementAge) == [58, 60, 58, 58])
        #expect(roster.officers.map(\.recordedRetirementDate) == [CivilDate(year: 2028, month: 4, day: 1), CivilDate(year: 2041, month: 2, day: 1),
                                                                   nil, CivilDate(year: 2048, month: 2, day: 1)])
        // The one problem: the NIP typed as a number, named by its cell; the row is a
        // candidate's, so it names them too.
        // Before it, the note on which of the workbook's two sheets was read.
        let sheet = form == .xlsx ? "officers.xlsx" : "officers.ods"
        #expect(outcome.diagnostics.count == 2)
        #expect(lines(outcome.diagnostics).first == "\(sheet): warning: read sheet 'Pegawai' of 2 visible sheets because it is named like the table")
        #expect(lines(outcome.diagnostics).last?.hasPrefix("\(sheet):Pegawai!A6: error: row skipped: Budi Santoso (bacaleg) is not counted as a candidate — nip '1.98703152011011E+") == true)
        #expect(outcome.diagnostics.last?.skippedCandidate == .init(name: "Budi Santoso", candidacy: .bacaleg))
        #expect(outcome.diagnostics.last?.line == 6)
        #expect(outcome.diagnostics.last?.message.contains("the last 3 are lost") == true)
    }

    @Test(arguments: [TableForm.xlsx, .ods])
    func datesWhateverTheirDisplayFormat(form: TableForm) throws {
        let outcome = try Self.read(.retirements, form)
        guard case .retirements(let requests) = outcome.records else { Issue.record("no requests: \(lines(outcome.diagnostics))"); return }
        #expect(requests.map(\.nip.description) == ["198101052009011001", "197003141996031001", "199001012015031004"])
        // dd-mm-yyyy, mm/dd/yy and a date typed as text in the office's order.
        #expect(requests.map(\.filedOn) == [CivilDate(year: 2023, month: 5, day: 2), CivilDate(year: 2023, month: 5, day: 15),
                                            CivilDate(year: 2023, month: 5, day: 23)])
        // "1 Agustus 2023", yyyy-mm-dd, dd-mm-yyyy.
        #expect(requests.map(\.effectiveOn) == [CivilDate(year: 2023, month: 8, day: 1), CivilDate(year: 2023, month: 7, day: 1),
                                                CivilDate(year: 2023, month: 6, day: 1)])
        #expect(requests.map(\.stage) == [.verified, .sent, .decreed])
        #expect(requests.last?.decreeNumber == "800/123/BKPSDM")
        // "31 Juni 2023" typed as text: the sheet's name has a space, so it is quoted.
        let name = form == .xlsx ? "retirements.xlsx" : "retirements.ods"
        #expect(outcome.diagnostics.count == 1)
        #expect(lines(outcome.diagnostics).first?.hasPrefix("\(name):'Usulan Pensiun'!C4: error: ") == true)
        #expect(outcome.diagnostics.first?.location.cell == SheetCell(sheet: "Usulan Pensiun", column: 2, row: 4))
    }

    /// The CSV fuzzer's approach on real archives: bytes flipped all over what
    /// LibreOffice wrote, and the file cut short as a half-finished save leaves it.
    /// Each outcome, through the whole reading path, is records or a named problem.
    @Test(arguments: ["officers.xlsx", "officers.ods", "retirements.xlsx", "retirements.ods"])
    func damagedCopiesNeverCrashOrHang(name: String) throws {
        let good = try Self.fixture(name)
        let file = DataFile(storedName: name)!
        var generator = SplitMix(state: UInt64(name.utf8.count) &* 7919)
        for round in 0..<400 {
            var bytes = good
            if round % 4 == 3 {
                bytes.removeLast(1 + Int(generator.next() % UInt64(bytes.count - 1)))
            } else {
                for _ in 0..<(1 + Int(generator.next() % 6)) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
            }
            let outcome = DataFolder.read(file, from: StoredFiles(files: [name: (bytes, nil)]))
            #expect(outcome.records != nil || !outcome.diagnostics.isEmpty, "round \(round) gave neither records nor a problem")
            #expect(outcome.diagnostics.allSatisfy { $0.location.path == name }, "round \(round)")
        }
    }
}
