import Foundation
import Testing
@testable import NetraCore

/// Offices put a title above the column headings ("DAFTAR NOMINATIF PNS …", a date, a
/// blank line): the heading line is the first that names a required column, the
/// title lines are skipped with a warning, and every later line keeps its number.
@Suite struct TitleRowTests {
    typealias F = WorkbookFixture

    static let title = "DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL;;;;\r\nPemerintah Kota Balikpapan, per 1 Mei 2023;;;;\r\n;;;;\r\n"
    static let roster = "NIP;Nama;Unit kerja;Jabatan;Gol;Pencalonan\r\n"
        + "197003141996031001;Hendra Wijaya;Sekretariat Daerah;Analis;IV/a;-\r\n"
        + "12345;Nomor Pendek;Sekretariat Daerah;Analis;III/a;-\r\n"

    @Test func aCSVWithATitleIsReadFromItsHeadingLine() throws {
        let reading = RecordReaders.officers(Array((Self.title + Self.roster).utf8))
        let roster = try #require(reading.value)
        #expect(roster.officers.map(\.name) == ["Hendra Wijaya"])
        // The title is named once, by its lines; the bad NIP keeps its own line (6).
        let skipped = try #require(reading.diagnostics.first { $0.severity == .warning && $0.line == 1 })
        #expect(skipped.text.english.contains("lines 1–2 above the column headings skipped"))
        #expect(skipped.text.text(.id).contains("baris 1–2 di atas judul kolom dilewati"))
        #expect(reading.diagnostics.contains { $0.severity == .error && $0.line == 6 })
    }

    @Test func withoutATitleNothingIsSaid() throws {
        let reading = RecordReaders.officers(Array(Self.roster.utf8))
        #expect(reading.value?.officers.count == 1)
        #expect(!reading.diagnostics.contains { $0.text.english.contains("skipped (a title") })
    }

    @Test func aFileWhoseHeadingNamesNoRequiredColumnStillSaysWhatIsMissing() {
        let reading = RecordReaders.officers(Array("Nomor;Nama\r\n1970;Hendra\r\n".utf8))
        #expect(reading.value == nil)
        let missing = reading.diagnostics.first { $0.severity == .error }
        #expect(missing?.line == 1)
        #expect(missing?.text.english.contains("missing required column") == true)
        // In Indonesian the column is named as a clerk would head it, the canonical name beside it.
        let indonesian = missing?.text.text(.id) ?? ""
        #expect(indonesian.contains("unit kerja (unit)") && indonesian.contains("golongan (grade)"), "\(indonesian)")
        // Candidacy is not required: candidates.csv may say who runs.
        #expect(!indonesian.contains("pencalonan"))
        #expect(!indonesian.contains("nip baru"))
        let cases = RecordReaders.cases(Array("nip;sumber\r\n".utf8))
        let casesMissing = cases.diagnostics.first { $0.severity == .error }?.text.text(.id) ?? ""
        #expect(casesMissing.contains("tanggal laporan (reported_on)"), "\(casesMissing)")
    }

    @Test func aWorkbookWithATitleRowIsReadAndItsCellsNamed() throws {
        func row(_ r: Int, _ cells: [String]) -> String {
            "<row r=\"\(r)\">" + cells.enumerated().filter { !$1.isEmpty }.map { F.inline("\(SheetCell.columnLetters($0))\(r)", $1) }.joined() + "</row>"
        }
        let xml = row(1, ["DAFTAR NOMINATIF PNS"]) + row(3, ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL", "PENCALONAN"])
            + row(4, ["197003141996031001", "Hendra Wijaya", "Setda", "Analis", "IV/a", "-"])
            + "<row r=\"5\"><c r=\"A5\"><v>1.98101052009011E+17</v></c>" + F.inline("B5", "Irwan") + "</row>"
        let outcome = DataFolder.read(.officers, from: StoredFiles(files: ["officers.xlsx": (try F.xlsx(sheets: [("Pegawai", xml)]), nil)]))
        let places = outcome.diagnostics.map { "\($0.severity):\($0.place())" }
        #expect(places.contains("warning:officers.xlsx:Pegawai!1:1"), "\(places)")
        // The NIP stored as a number is still recognised under a heading on row 3.
        #expect(places.contains("error:officers.xlsx:Pegawai!A5"), "\(places)")
        guard case .officers(let roster)? = outcome.records else { Issue.record("no roster: \(places)"); return }
        #expect(roster.officers.map(\.name) == ["Hendra Wijaya"])
    }
}
