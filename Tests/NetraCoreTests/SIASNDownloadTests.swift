import Foundation
import Testing
@testable import NetraCore

/// A roster exactly as a SIASN bulk download comes (68 columns, `|`-separated,
/// upper-case headings with underscores, dates `dd-mm-yyyy`), beside the office's
/// candidates.csv: see docs/decisions.md, "Sources as the office gets them".
@Suite struct SIASNDownloadTests {
    static func download() throws -> String {
        try CandidatesFileTests.fixture("siasn-officers.csv")
    }

    @Test func theDownloadReadsWithOneNoteForItsOtherColumns() throws {
        let reading = RecordReaders.officers(Array(try Self.download().utf8))
        let roster = try #require(reading.value)
        #expect(roster.officers.count == 40)
        let notes = lines(reading.diagnostics)
        // One note for the dozens of columns Netra does not use, naming a few and counting the rest.
        #expect(notes.filter { $0.contains("not used by Netra") }.count == 1)
        #expect(notes.contains("officers.csv:1: warning: columns 'PNS_ID', 'NIP_LAMA', 'TEMPAT_LAHIR_ID', 'TEMPAT_LAHIR_NAMA', 'AGAMA_ID', 'AGAMA_NAMA' and 50 more not used by Netra (ignored)"))
        #expect(reading.diagnostics.errorCount == 0)
        let hendra = roster.officers[0]
        #expect(hendra.nip == NIP(value: 197003141996031001))
        #expect(hendra.unit == "Sekretariat Daerah")  // UNOR_INDUK_NAMA, not UNOR_NAMA
        #expect(hendra.position == "Kepala Bagian Tata Pemerintahan")
        #expect(hendra.grade == "IV/a")
        #expect(hendra.recordedBirthDate == CivilDate(year: 1970, month: 3, day: 14))
        #expect(hendra.sexText == "M")
        #expect(hendra.status == .active)
        #expect(roster.officers.first { $0.employment == .pppk }?.nip == NIP(value: 199104172022211004))
        #expect(roster.officers.first { $0.statusText == "Pemblokiran Data PNS" }?.status == .blocked)
    }

    @Test func theDownloadWithCandidatesGivesTheAlertsOfTheMergedRoster() throws {
        var files = DemoData.files
        files[.officers] = try Self.download()
        let split = DataFolder.read(from: MemoryFiles(files))
        let merged = DataFolder.read(from: MemoryFiles(try CandidatesFileTests.mergedFolder()))
        #expect(split.diagnostics.errorCount == 0)
        let a = Situation(dataset: split.dataset, now: DemoData.storyMoment)
        let b = Situation(dataset: merged.dataset, now: DemoData.storyMoment)
        #expect(a.counts.candidates == 5)
        #expect(a.alerts == b.alerts)
    }

    @Test func siasnSpellingsOfEveryColumnNetraReads() {
        // Spaces or underscores, upper case, the `NAMA` suffixes SIASN adds.
        let pairs: [(String, OfficerColumn)] = [
            ("NIP BARU", .nip), ("NIP_BARU", .nip), ("GELAR DEPAN", .titleBefore), ("GELAR_BELAKANG", .titleAfter),
            ("TGL LAHIR", .birthDate), ("TANGGAL LAHIR", .birthDate), ("TANGGAL_LAHIR", .birthDate),
            ("JENIS KELAMIN", .sex), ("JENIS PEGAWAI", .employment), ("JENIS_PEGAWAI_NAMA", .employment),
            ("KEDUDUKAN HUKUM", .status), ("KEDUDUKAN_HUKUM_NAMA", .status), ("GOL AKHIR", .grade), ("GOL_AKHIR_NAMA", .grade),
            ("JABATAN NAMA", .position), ("NAMA JABATAN", .position), ("JABATAN_NAMA", .position),
            ("UNOR NAMA", .unit), ("NAMA UNOR", .unit), ("UNOR_NAMA", .unit), ("UNOR INDUK NAMA", .unit), ("TMT PENSIUN", .retirementDate),
        ]
        for (heading, column) in pairs { #expect(OfficerColumn.parse(heading) == column, "\(heading)") }
        #expect(OfficerColumn.parse("NIP LAMA") == nil)
    }

    @Test func datesAsSIASNWritesThem() throws {
        for text in ["14-03-1970", "1970-03-14", "14/03/1970"] {
            #expect(try DateText.parse(text).get() == CivilDate(year: 1970, month: 3, day: 14), "\(text)")
        }
    }
}
