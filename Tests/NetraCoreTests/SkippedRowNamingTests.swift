import Foundation
import Testing
@testable import NetraCore

/// Issue 14, "never a false all-clear": a skipped roster row is named when it was a
/// candidate's — from a workbook as from CSV — or when its officer has a request or
/// case still open.
@Suite struct SkippedRowNamingTests {
    typealias F = WorkbookFixture

    /// The demo's officers.csv as sheet rows: heading, then one row per officer.
    static var demoRows: [[String]] {
        LegacyDemo.officers.replacingOccurrences(of: "\u{FEFF}", with: "")
            .split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A NIP as a spreadsheet stores it once typed as a number: 15 significant digits.
    static func asNumber(_ nip: String) -> String { String(format: "%.14E", Double(nip)!) }

    /// The demo roster as an xlsx whose NIP cells are numbers (as a clerk's workbook).
    static func demoXLSX() throws -> [UInt8] {
        let xml = demoRows.enumerated().map { index, cells in
            let r = index + 1
            return "<row r=\"\(r)\">" + cells.enumerated().filter { !$1.isEmpty }.map { column, text in
                let ref = "\(SheetCell.columnLetters(column))\(r)"
                return column == 0 && r > 1 ? "<c r=\"\(ref)\"><v>\(asNumber(text))</v></c>" : F.inline(ref, text)
            }.joined() + "</row>"
        }.joined()
        return try F.xlsx(sheets: [("Pegawai", xml)])
    }

    /// The same as an ods, the NIP cells floats.
    static func demoODS() throws -> [UInt8] {
        let xml = demoRows.enumerated().map { index, cells in
            "<table:table-row>" + cells.enumerated().map { column, text in
                if column == 0 && index > 0 {
                    return "<table:table-cell office:value-type=\"float\" office:value=\"\(asNumber(text))\"/>"
                }
                return text.isEmpty ? "<table:table-cell/>" : F.odsText(text)
            }.joined() + "</table:table-row>"
        }.joined()
        return try F.ods(tables: [("Pegawai", xml)])
    }

    /// The demo folder with officers stored as `name` (the other tables as CSV).
    static func folder(officers name: String, _ bytes: [UInt8]) -> StoredFiles {
        var files: [String: (bytes: [UInt8], modified: Date?)] = [name: (bytes, nil)]
        for (file, text) in DemoData.files where file != .officers { files[file.fileName] = (Array(text.utf8), nil) }
        return StoredFiles(files: files)
    }

    @Test(arguments: ["officers.xlsx", "officers.ods"])
    func aWorkbookNamesEveryCandidateWhoseNIPIsANumber(_ name: String) throws {
        let bytes = name.hasSuffix(".xlsx") ? try Self.demoXLSX() : try Self.demoODS()
        let r = DataFolder.read(from: Self.folder(officers: name, bytes))
        // Who the CSV says the active candidates are: every one of them must be named.
        let expected = DataFolder.read(from: MemoryFiles(DemoData.files)).dataset.roster.officers
            .filter { $0.candidacy.isActiveCandidate }.map { Diagnostic.SkippedCandidate(name: $0.name, candidacy: $0.candidacy) }
        #expect(expected.count >= 5)
        #expect(r.dataset.roster.officers.isEmpty)
        #expect(r.skippedCandidates.map(\.skippedCandidate!) == expected)
        let hendra = try #require(r.skippedCandidates.first)
        #expect(hendra.place() == "\(name):Pegawai!A2")
        #expect(hendra.text.text(.id).hasPrefix("baris dilewati: Hendra Wijaya (bacaleg) tidak terhitung sebagai calon — nip '1.97003141996031E+17'"))
        #expect(hendra.text.text(.en).hasPrefix("row skipped: Hendra Wijaya (bacaleg) is not counted as a candidate — nip '1.97003141996031E+17' is stored as a number"))
        // A row that is nobody's candidacy stays the plain number message.
        let bambang = try #require(r.diagnostics.first { $0.skippedRow?.name == "Bambang Sutrisno" })
        #expect(bambang.skippedCandidate == nil)
        #expect(bambang.text.text(.en).hasPrefix("nip '1.96309041987031E+17' is stored as a number"))
    }

    @Test func aSkippedRowWhoseOwnNIPHasAnOpenRequestIsNamed() throws {
        // Month 13: the digits read, the birth date does not; the request was filed
        // under the same digits.
        var files = DemoData.files
        files[.officers] = files[.officers]!.replacingOccurrences(of: "196309041987031001;Ir.;Bambang", with: "196313041987031001;Ir.;Bambang")
        files[.retirements] = files[.retirements]!.replacingOccurrences(of: "196309041987031001,bup", with: "196313041987031001,bup")
        let r = DataFolder.read(from: MemoryFiles(files))
        let named = try #require(r.skippedWithOpenMatters.first)
        #expect(r.skippedWithOpenMatters.count == 1)
        #expect(named.skippedMatter == .request(.age))
        #expect(named.text.text(.id).hasPrefix("baris dilewati: Bambang Sutrisno (permohonan pensiun terbuka) tidak ada di daftar pegawai — NIP BARU '196313041987031001'"))
        #expect(named.text.text(.en).hasPrefix("row skipped: Bambang Sutrisno (open retirement request) is not on the roster — NIP BARU '196313041987031001'"))
    }

    @Test func aRowWithNothingOpenOrAnotherOfficersNIPIsNotNamed() {
        var files = DemoData.files
        // Bambang's row mistyped, his request not: nothing ties the two in one reading.
        files[.officers] = files[.officers]!.replacingOccurrences(of: "196309041987031001;Ir.;Bambang", with: "196313041987031001;Ir.;Bambang")
        #expect(DataFolder.read(from: MemoryFiles(files)).skippedWithOpenMatters.isEmpty)
        // A second row with Hendra's NIP is skipped, but Hendra is on the roster: his
        // request is not this row's.
        files = DemoData.files
        files[.officers]! += "197003141996031001;Orang Lain;X;Staf;III/a;;;;;PNS;;\r\n"
        #expect(DataFolder.read(from: MemoryFiles(files)).skippedWithOpenMatters.isEmpty)
    }

    @Test func anOpenCaseNamesTheRowToo() throws {
        // Eko Prasetyo has case NTR-2023-009 under review; his NIP mistyped (month 13)
        // in both files.
        var files = DemoData.files
        files[.officers] = files[.officers]!.replacingOccurrences(of: "198302182008121001;;Eko", with: "198313182008121001;;Eko")
        files[.cases] = files[.cases]!.replacingOccurrences(of: "NTR-2023-009;198302182008121001", with: "NTR-2023-009;198313182008121001")
        let r = DataFolder.read(from: MemoryFiles(files))
        let named = try #require(r.skippedWithOpenMatters.first)
        #expect(named.skippedMatter == .neutralityCase("NTR-2023-009"))
        #expect(named.text.text(.id).hasPrefix("baris dilewati: Eko Prasetyo (kasus netralitas terbuka NTR-2023-009) tidak ada di daftar pegawai — "))
        #expect(named.text.text(.en).hasPrefix("row skipped: Eko Prasetyo (open neutrality case NTR-2023-009) is not on the roster — "))
    }
}
