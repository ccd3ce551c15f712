import Foundation
import Testing
@testable import NetraCore

/// A roster exported from SIASN, with the office's PENCALONAN column added: the
/// sample the README shows.
@Suite struct SIASNExportTests {
    static let export = """
    NIP BARU;NIP LAMA;GELAR DEPAN;NAMA;GELAR BELAKANG;JENIS PEGAWAI;KEDUDUKAN HUKUM;GOL AKHIR;NAMA JABATAN;UNOR INDUK;NAMA UNOR;TMT PENSIUN;PENCALONAN
    197003141996031001;010203040;Dr. H.;Ahmad Fauzan;S.Sos., M.Si.;PNS Daerah Kab./Kota;Aktif;IV/b;Kepala Bagian Umum;Sekretariat Daerah;Bagian Umum;01-04-2030;Bacaleg
    198101052009011001;;;Siti Rahma;S.E.;PNS Daerah Kab./Kota;Diberhentikan;III/c;Analis Kebijakan;Dinas Pendidikan;SD Negeri 001;01-02-2039;Bacaleg
    199203152023212001;;;Nur Aini;A.Md.;PPPK;Aktif;IX;Pengelola Data;Dinas Kesehatan;Puskesmas Klandasan;;-
    196505101990032002;;;Wahyuni;;PNS Daerah Kab./Kota;Pemblokiran Data PNS;III/d;Bendahara;Dinas Sosial;Bidang Rehabilitasi;;
    """

    @Test func headingsAndValuesOfAnExport() throws {
        let reading = RecordReaders.officers(Array(Self.export.utf8))
        #expect(lines(reading.diagnostics) == [
            "officers.csv:1: warning: column 'NIP LAMA' not used by Netra (ignored)",
            "officers.csv:2: warning: TMT PENSIUN 2030-04-01 differs from 2028-04-01, the date the NIP's birth date and a retirement age of 58 give; Netra uses 2030-04-01, as recorded",
        ])
        let officers = try #require(reading.value).officers
        #expect(officers.count == 4)
        let ahmad = officers[0]
        #expect(ahmad.name == "Ahmad Fauzan")
        #expect(ahmad.displayName == "Dr. H. Ahmad Fauzan, S.Sos., M.Si.")
        #expect(ahmad.unit == "Sekretariat Daerah")  // UNOR INDUK, not NAMA UNOR
        #expect(ahmad.position == "Kepala Bagian Umum")
        #expect(ahmad.grade == "IV/b")
        #expect(ahmad.employment == .pns)
        #expect(ahmad.status == .active)
        #expect(ahmad.ageRetirementDate == CivilDate(year: 2030, month: 4, day: 1))
        #expect(ahmad.derivedRetirementDate == CivilDate(year: 2028, month: 4, day: 1))
        #expect(officers[1].status == .dismissed)
        #expect(officers[1].statusText == "Diberhentikan")
        #expect(!officers[1].isInService)
        #expect(officers[1].displayName == "Siti Rahma, S.E.")
        #expect(officers[2].employment == .pppk)
        #expect(officers[2].ageRetirementDate == nil)
        #expect(officers[3].status == .blocked)
        #expect(officers[3].isInService)
        #expect(officers[3].displayName == "Wahyuni")
    }

    @Test func aDismissedCandidateIsNoLongerChased() throws {
        let roster = try #require(RecordReaders.officers(Array(Self.export.utf8)).value)
        var dataset = Dataset()
        dataset.roster = roster
        let situation = Situation(dataset: dataset, now: Date(timeIntervalSince1970: 1_684_807_200))  // 23 May 2023
        #expect(situation.candidates.map(\.officer.name) == ["Ahmad Fauzan"])
        #expect(situation.counts.candidates == 1)
    }

    @Test func theSmallestUnitWhenItIsTheOnlyOne() throws {
        let text = "NIP;NAMA;NAMA UNOR;JABATAN;GOL;PENCALONAN\n197003141996031001;A;SD Negeri 001;Guru;III/a;-\n"
        let reading = RecordReaders.officers(Array(text.utf8))
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.value?.officers.first?.unit == "SD Negeri 001")
        // Two main spellings still warn.
        let twice = "NIP;NAMA;UNIT KERJA;UNOR INDUK;JABATAN;GOL;PENCALONAN\n197003141996031001;A;X;Y;Guru;III/a;-\n"
        #expect(lines(RecordReaders.officers(Array(twice.utf8)).diagnostics) == ["officers.csv:1: warning: column 'UNOR INDUK' is a second unit column; only the first is read"])
    }

    @Test func legalStatusWords() {
        #expect(LegalStatus.classify("Aktif") == .active)
        #expect(LegalStatus.classify("CLTN") == .unpaidLeave)
        #expect(LegalStatus.classify("Cuti di Luar Tanggungan Negara") == .unpaidLeave)
        #expect(LegalStatus.classify("Tugas Belajar") == .studyLeave)
        #expect(LegalStatus.classify("Masa Persiapan Pensiun") == .preRetirement)
        #expect(LegalStatus.classify("Pemberhentian Sementara") == .suspended)
        #expect(LegalStatus.classify("Pemblokiran Data PNS") == .blocked)
        #expect(LegalStatus.classify("Diberhentikan Tidak Dengan Hormat") == .dismissed)
        #expect(LegalStatus.classify("Pensiun") == .retired)
        #expect(LegalStatus.classify("Meninggal Dunia") == .deceased)
        #expect(LegalStatus.classify("Penerima Uang Tunggu") == .other)
        #expect(LegalStatus.classify("dismissed") == .dismissed)
        #expect(Employment.parseExport("PNS Daerah Kab./Kota") == .pns)
        #expect(Employment.parseExport("CPNS Pusat") == .pns)
        #expect(Employment.parseExport("PPPK Paruh Waktu") == .pppk)
        #expect(Employment.parseExport("Honorer") == nil)
    }

    @Test func aSIASNWorkbookWithDateCellsAndTitles() throws {
        typealias F = WorkbookFixture
        let headings = ["NIP BARU", "GELAR DEPAN", "NAMA", "GELAR BELAKANG", "UNOR INDUK", "NAMA JABATAN", "GOL AKHIR", "KEDUDUKAN HUKUM", "TMT PENSIUN", "PENCALONAN"]
        let heading = "<row r=\"1\">" + headings.enumerated().map { F.inline("\(SheetCell.columnLetters($0))1", $1) }.joined() + "</row>"
        let values = ["197003141996031001", "Dr.", "Ahmad Fauzan", "M.Si.", "Sekretariat Daerah", "Kepala Bagian", "IV/b", "Aktif"]
        let row = "<row r=\"2\">" + values.enumerated().map { F.inline("\(SheetCell.columnLetters($0))2", $1) }.joined()
            + "<c r=\"I2\" s=\"1\"><v>46844</v></c>\(F.inline("J2", "DCT"))</row>"
        let source = StoredFiles(files: ["officers.xlsx": (try F.xlsx(sheets: [("Data ASN", heading + row)]), nil)])
        let outcome = DataFolder.read(.officers, from: source)
        guard case .officers(let roster) = outcome.records else { Issue.record("no roster"); return }
        #expect(outcome.diagnostics.isEmpty)
        #expect(roster.officers.first?.displayName == "Dr. Ahmad Fauzan, M.Si.")
        #expect(roster.officers.first?.ageRetirementDate == CivilDate(year: 2028, month: 4, day: 1))
    }
}
